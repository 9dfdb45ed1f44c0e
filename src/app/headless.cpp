// --screenshot and --bench: the window's frame function on SDL's offscreen driver, no display needed.
#include "app/bench_stats.h"
#include "app/platform.h"
#include "app/run_modes.h"
#include "app/studio.h"

#include "core/data_paths.h"
#include "core/file_io.h"
#include "core/image.h"
#include "render/render_target.h"

#include <epoxy/gl.h>

#include <chrono>
#include <cstdio>
#include <filesystem>

namespace cs {
namespace {

struct Headless {
    std::unique_ptr<GlWindow> window;
    std::unique_ptr<Studio> studio;
};

// Opens an invisible window of exactly the asked size and a Studio in it; prints the problem and
// gives the exit code on failure.
int openHeadless(const CliOptions& o, Headless& h) {
    useOffscreenVideoDriverUnlessSet();
    std::string error;
    WindowDesc desc;
    desc.width = o.width;
    desc.height = o.height;
    desc.hidden = true;
    desc.vsync = false;
    h.window = GlWindow::create(desc, error);
    if (!h.window) {
        reportFatal(error, false);
        return exit_code::kEnvironment;
    }
    if (h.window->drawableWidth() != o.width || h.window->drawableHeight() != o.height) {
        SDL_SetWindowSize(h.window->sdl(), o.width, o.height);
    }
    StudioDesc sd;
    sd.dataDir = findDataDir();
    h.studio = Studio::create(*h.window, std::move(sd), error);
    if (!h.studio) {
        reportFatal(error, false);
        return exit_code::kEnvironment;
    }
    return exit_code::kOk;
}

} // namespace

int runScreenshot(const CliOptions& o) {
    Headless h;
    if (int rc = openHeadless(o, h); rc != exit_code::kOk) return rc;
    // End state of the step: no animation in flight. Two frames let ImGui size its windows.
    h.studio->settle();
    for (int i = 0; i < 2; ++i) {
        h.studio->drawFrame();
        if (i == 0) h.window->swap();
    }
    glFinish();
    glBindFramebuffer(GL_READ_FRAMEBUFFER, 0);
    glReadBuffer(GL_BACK);
    const Image image = readPixels(h.window->drawableWidth(), h.window->drawableHeight());
    const auto png = encodePng(image);
    if (png.empty()) {
        reportFatal("could not encode the picture as PNG", false);
        return exit_code::kEnvironment;
    }
    if (std::string err = writeFileAtomic(o.outputPath, png); !err.empty()) {
        reportFatal("cannot write " + o.outputPath + ": " + err, false);
        return exit_code::kEnvironment;
    }
    std::fprintf(stderr, "coinstudio: wrote %s (%dx%d)\n", o.outputPath.c_str(), image.width, image.height);
    return exit_code::kOk;
}

int runBench(const CliOptions& o) {
    Headless h;
    if (int rc = openHeadless(o, h); rc != exit_code::kOk) return rc;
    h.studio->settle();
    using Clock = std::chrono::steady_clock;
    constexpr int kWarmup = 30;
    // Measures N frames after the warm-up, each finished with glFinish.
    auto measure = [&](bool caching) {
        h.studio->setStageCaching(caching);
        std::vector<double> frameMs;
        frameMs.reserve(std::size_t(o.frames));
        for (int i = 0; i < kWarmup + o.frames; ++i) {
            const auto start = Clock::now();
            h.studio->drawFrame();
            h.window->swap();
            glFinish();
            const auto end = Clock::now();
            if (i >= kWarmup) frameMs.push_back(std::chrono::duration<double, std::milli>(end - start).count());
        }
        return summarize(std::move(frameMs));
    };
    // First the cost of drawing everything every frame (what an animation costs), then the frame as
    // the app really draws a step that has come to rest (an unchanged stage is reused).
    const FrameStats full = measure(false);
    std::printf("bench: coinstudio %dx%d, %d frames after %d warm-up, stage MSAA %dx, renderer %s\n",
                h.window->drawableWidth(), h.window->drawableHeight(), o.frames, kWarmup, h.studio->msaaSamples(),
                reinterpret_cast<const char*>(glGetString(GL_RENDERER)));
    std::printf("full_redraw_ms median=%.3f p95=%.3f\n", full.medianMs, full.p95Ms);
    const FrameStats normal = measure(true);
    std::printf("%s\n", benchLine(normal, peakRssMb()).c_str());
    return exit_code::kOk;
}

} // namespace cs
