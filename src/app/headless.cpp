// --screenshot and --bench: the window's frame function on SDL's offscreen driver, no display needed.
#include "app/bench_stats.h"
#include "app/platform.h"
#include "app/run_modes.h"
#include "app/studio.h"

#include "core/data_paths.h"
#include "core/export_plan.h"
#include "core/file_io.h"
#include "core/handout/handout.h"
#include "core/image.h"
#include "core/scenario/diagnostic.h"
#include "render/render_target.h"

#include <epoxy/gl.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <regex>

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
    if (studio.state().scenario) {
        studio.apply(cmd::GoToStep{step});
        studio.apply(cmd::AcknowledgeContentNote{}); // the end state of the step: the note was read
    }
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
    sd.presenterView = o.view == ViewKind::Presenter;
    h.studio = Studio::create(*h.window, std::move(sd), error);
    if (!h.studio) {
        reportFatal(error, false);
        return exit_code::kEnvironment;
    }
    const int rc = openScenarioForPicture(o, *h.studio);
    // The presenter's window as during a show (clocks at the start, this step's notes).
    if (rc == exit_code::kOk && o.view == ViewKind::Presenter) h.studio->apply(cmd::StartPresentation{false, false});
    return rc;
}

} // namespace

// The picture of the frame just drawn (back buffer, before the swap).
Image captureFrame(GlWindow& window) {
    glFinish();
    glBindFramebuffer(GL_READ_FRAMEBUFFER, 0);
    glReadBuffer(GL_BACK);
    return readPixels(window.drawableWidth(), window.drawableHeight());
}

// Draws the end state of the current step: no animation in flight; the second frame lets ImGui
// size its windows and the stage settle on its antialiased picture.
Image pictureOfCurrentStep(Headless& h) {
    h.studio->settle();
    h.studio->drawFrame();
    h.window->swap();
    h.studio->drawFrame();
    return captureFrame(*h.window);
}

int runScreenshot(const CliOptions& o) {
    Headless h;
    if (int rc = openHeadless(o, h); rc != exit_code::kOk) return rc;
    const Image image = pictureOfCurrentStep(h);
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

int runExport(const CliOptions& o) {
    namespace fs = std::filesystem;
    const fs::path dir = o.outputPath;
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec || !fs::is_directory(dir, ec)) {
        reportFatal("cannot create the folder " + dir.string() + (ec ? ": " + ec.message() : ""), false);
        return exit_code::kEnvironment;
    }
    Headless h;
    if (int rc = openHeadless(o, h); rc != exit_code::kOk) return rc;
    const AppState& state = h.studio->state();
    if (!state.scenario) {
        reportFatal("nothing to export: no scenario (give FILE, or install the built-in scenarios)", false);
        return exit_code::kInvalidInput;
    }
    const int steps = state.scenario->stepCount();

    // Files of the export's names that the app did not write are someone's: never replaced unless asked.
    if (!o.replace) {
        const std::vector<fs::path> foreign = foreignFilesAnExportWouldReplace(dir, steps);
        if (!foreign.empty()) {
            for (const auto& f : foreign) {
                std::fprintf(stderr, "coinstudio: error: %s was not written by Coin Model Studio and the export would replace it\n",
                             f.string().c_str());
            }
            std::fprintf(stderr, "coinstudio: error: nothing was exported; move those files away, choose another folder, or "
                                 "add --replace to replace them\n");
            return exit_code::kInvalidInput;
        }
    }
    // Pictures of an earlier export that this one will not overwrite would be mistaken for its own.
    static const std::regex kStepPicture(R"(step-\d+\.png)");
    std::vector<fs::path> stale;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        std::error_code typeError;
        if (it->is_regular_file(typeError) && std::regex_match(it->path().filename().string(), kStepPicture)) {
            stale.push_back(it->path());
        }
    }
    for (const auto& picture : stale) fs::remove(picture, ec);
    for (int n = 1; n <= steps; ++n) {
        std::fprintf(stderr, "coinstudio: export: step %d of %d\n", n, steps);
        h.studio->apply(cmd::GoToStep{n});
        h.studio->apply(cmd::AcknowledgeContentNote{}); // the picture shows the step, not its note
        const auto png = encodePng(pictureOfCurrentStep(h));
        const fs::path file = dir / stepImageFileName(n, steps);
        if (std::string err = writeFileAtomic(file, png); !err.empty() || png.empty()) {
            reportFatal("cannot write " + file.string() + (err.empty() ? "" : ": " + err), false);
            return exit_code::kEnvironment;
        }
    }
    HandoutInput input;
    input.scenario = &state.scenario->scenario;
    input.structures = &state.scenario->structures;
    input.language = state.scenario->language;
    input.imageWidth = h.window->drawableWidth();
    input.imageHeight = h.window->drawableHeight();
    input.generator = std::string("Coin Model Studio ") + versionString();
    for (const auto& [name, text] : {std::pair{"handout.html", participantHandout(input)},
                                     std::pair{"handout-notes.html", facilitatorNotes(input)}}) {
        std::fprintf(stderr, "coinstudio: export: %s\n", name);
        if (std::string err = writeFileAtomic(dir / name, text); !err.empty()) {
            reportFatal("cannot write " + (dir / name).string() + ": " + err, false);
            return exit_code::kEnvironment;
        }
    }
    std::fprintf(stderr, "coinstudio: exported %d step%s to %s\n", steps, steps == 1 ? "" : "s", dir.string().c_str());
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
