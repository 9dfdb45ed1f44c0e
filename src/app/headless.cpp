// --screenshot and --bench: the window's frame function on SDL's offscreen driver, no display needed.
#include "app/bench_stats.h"
#include "app/platform.h"
#include "app/run_modes.h"
#include "app/studio.h"

#include "core/data_paths.h"
#include "core/file_io.h"
#include "core/image.h"
#include "core/scenario/diagnostic.h"
#include "render/render_target.h"

#include <epoxy/gl.h>

#include <chrono>
#include <cstdio>
#include <filesystem>

namespace cs {
namespace {

// The scenario a picture is taken of: FILE, else the built-in introduction (else the start scene),
// at --step N. Problems of the file go to stderr in the --check format.
int openScenarioForPicture(const CliOptions& o, Studio& studio) {
    std::filesystem::path file;
    if (!o.files.empty()) {
        file = o.files.front();
    } else if (const auto intro = defaultScenarioPath(findDataDir()); !intro.empty()) {
        file = intro;
    }
    if (!file.empty()) {
        const bool opened = studio.openFile(file);
        for (const auto& d : studio.fileProblems()) std::fprintf(stderr, "%s\n", formatDiagnostic(d).c_str());
        if (!opened) {
            std::fprintf(stderr, "coinstudio: error: %s cannot be shown; fix the problems above (coinstudio --check "
                                 "FILE lists them)\n", file.string().c_str());
            return exit_code::kInvalidInput;
        }
    }
    const int steps = studio.state().scenario ? studio.state().scenario->stepCount() : 1;
    const int step = o.step.value_or(1);
    if (step < 1 || step > steps) {
        std::fprintf(stderr, "coinstudio: error: --step %d is out of range: %s has %d step%s\n", step,
                     file.empty() ? "the start scene" : file.string().c_str(), steps, steps == 1 ? "" : "s");
        return exit_code::kUsage;
    }
    if (studio.state().scenario) studio.apply(cmd::GoToStep{step});
    return exit_code::kOk;
}

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
    sd.language = o.language;
    sd.screen = o.view == ViewKind::Workspace ? Screen::Workspace : Screen::Audience;
    h.studio = Studio::create(*h.window, std::move(sd), error);
    if (!h.studio) {
        reportFatal(error, false);
        return exit_code::kEnvironment;
    }
    return openScenarioForPicture(o, *h.studio);
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
    int reused = 0;
    auto measure = [&](bool caching) {
        h.studio->setStageCaching(caching);
        reused = 0;
        std::vector<double> frameMs;
        frameMs.reserve(std::size_t(o.frames));
        for (int i = 0; i < kWarmup + o.frames; ++i) {
            const auto start = Clock::now();
            h.studio->drawFrame();
            h.window->swap();
            glFinish();
            const auto end = Clock::now();
            if (i >= kWarmup) {
                frameMs.push_back(std::chrono::duration<double, std::milli>(end - start).count());
                reused += h.studio->stageReused() ? 1 : 0;
            }
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
    std::printf("stage reused in %d of %d frames\n", reused, o.frames);
    std::printf("%s\n", benchLine(normal, peakRssMb()).c_str());
    return exit_code::kOk;
}

} // namespace cs
