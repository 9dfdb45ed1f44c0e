// --screenshot and --bench: the window's frame function on SDL's offscreen driver, no display needed.
#include "app/bench_process.h"
#include "app/bench_room.h"
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
#include "ui/fonts.h"

#include "render/gl_api.h"
#include <cmath>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <regex>
#include <thread>

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
        for (const auto& d : studio.fileProblems())
            std::fprintf(stderr, "%s\n", formatDiagnostic(d).c_str());
        if (!opened) {
            std::fprintf(stderr,
                         "coinstudio: error: %s cannot be shown; fix the problems above (coinstudio --check "
                         "FILE lists them)\n",
                         file.string().c_str());
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
    std::unique_ptr<PreparedFonts> fonts; // the window's ImGui context draws with its atlas: outlives it
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
    // The fonts are found and baked on another thread while SDL, EGL and the GL driver open the
    // window: the two longest parts of start-up at once. No ImGui context exists until the window
    // asks for the atlas (fontAtlas), after the wait.
    h.fonts = std::make_unique<PreparedFonts>();
    std::jthread baker(
        [fonts = h.fonts.get(), scale = fontScaleFor(o.height, o.textScale.value_or(Preferences{}.textScale))] {
            prepareFonts(*fonts, scale);
        });
    desc.fontAtlas = [&baker, &h] {
        baker.join();
        return h.fonts->atlas.get();
    };
    h.window = GlWindow::create(desc, error);
    if (baker.joinable()) baker.join(); // the window failed before asking
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
    sd.listBuiltIns = false; // only the start screen shows them: listed below if it is what is shown
    sd.preparedFonts = h.fonts.get();
    sd.textScale = o.textScale;
    sd.lightTheme = o.lightTheme;
    const std::filesystem::path dataDir = sd.dataDir;
    h.studio = Studio::create(*h.window, std::move(sd), error);
    if (!h.studio) {
        reportFatal(error, false);
        return exit_code::kEnvironment;
    }
    const int rc = openScenarioForPicture(o, *h.studio);
    if (rc == exit_code::kOk && !h.studio->state().scenario) {
        h.studio->apply(cmd::SetBuiltInScenarios{listBuiltInScenarios(dataDir, *h.studio->state().builtIns)});
    }
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
// size its windows (the stage, drawn at Final quality in the first, is reused).
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
    h.studio->setStageQuality(StageQuality::Final);
    const Image image = pictureOfCurrentStep(h);
    const auto png = encodePng(image);
    if (png.empty()) {
        reportFatal("could not encode the picture as PNG", false);
        return exit_code::kEnvironment;
    }
    if (const Status written = writeFileAtomic(o.outputPath, png); !written.ok()) {
        reportFatal("cannot write " + o.outputPath + ": " + written.text(), false);
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
    h.studio->setStageQuality(StageQuality::Final);
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
                std::fprintf(
                    stderr,
                    "coinstudio: error: %s was not written by Coin Model Studio and the export would replace it\n",
                    f.string().c_str());
            }
            std::fprintf(stderr,
                         "coinstudio: error: nothing was exported; move those files away, choose another folder, or "
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
    for (const auto& picture : stale)
        fs::remove(picture, ec);
    for (int n = 1; n <= steps; ++n) {
        std::fprintf(stderr, "coinstudio: export: step %d of %d\n", n, steps);
        h.studio->apply(cmd::GoToStep{n});
        h.studio->apply(cmd::AcknowledgeContentNote{}); // the picture shows the step, not its note
        const auto png = encodePng(pictureOfCurrentStep(h));
        const fs::path file = dir / stepImageFileName(n, steps);
        if (png.empty()) {
            reportFatal("cannot write " + file.string() + ": the picture could not be encoded as PNG", false);
            return exit_code::kEnvironment;
        }
        if (const Status written = writeFileAtomic(file, png); !written.ok()) {
            reportFatal("cannot write " + file.string() + ": " + written.text(), false);
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
        if (const Status written = writeFileAtomic(dir / name, text); !written.ok()) {
            reportFatal("cannot write " + (dir / name).string() + ": " + written.text(), false);
            return exit_code::kEnvironment;
        }
    }
    std::fprintf(stderr, "coinstudio: exported %d step%s to %s\n", steps, steps == 1 ? "" : "s", dir.string().c_str());
    return exit_code::kOk;
}

namespace {

// coinstudio's own start-up run: the same picture as this bench (the child exits after one frame).
std::vector<std::string> firstFrameArgs(const CliOptions& o) {
    std::vector<std::string> args{"--bench", "--size", std::to_string(o.width) + "x" + std::to_string(o.height)};
    if (o.step) args.insert(args.end(), {"--step", std::to_string(*o.step)});
    if (!o.language.empty()) args.insert(args.end(), {"--lang", o.language});
    if (o.textScale) args.insert(args.end(), {"--text-scale", std::to_string(int(std::lround(*o.textScale * 100.0f)))});
    if (o.lightTheme) args.insert(args.end(), {"--theme", *o.lightTheme ? "light" : "dark"});
    if (o.view == ViewKind::Workspace) args.insert(args.end(), {"--view", "workspace"});
    if (o.view == ViewKind::Presenter) args.insert(args.end(), {"--view", "presenter"});
    for (const auto& f : o.files)
        args.push_back(std::filesystem::absolute(f).string());
    return args;
}

// From starting a process to its first presented frame, as its parent sees it: the median of a few
// starts (the machine may be shared), coinstudio and the baseline taking turns.
struct StartupTimes {
    std::optional<double> coinstudio;
    std::optional<double> baseline;
};
StartupTimes measureStartup(const CliOptions& o, const std::filesystem::path& baseline) {
    constexpr int kRuns = 5;
    std::vector<double> own, base;
    const std::string size = std::to_string(o.width) + "x" + std::to_string(o.height);
    for (int i = 0; i < kRuns; ++i) {
        const ChildRun self = runChild({thisExecutable(), firstFrameArgs(o), true});
        if (self.exitCode == 0 && self.firstFrameMs) own.push_back(*self.firstFrameMs);
        if (baseline.empty()) continue;
        const ChildRun b = runChild({baseline, {"--size", size}, true});
        if (b.exitCode == 0 && b.firstFrameMs) base.push_back(*b.firstFrameMs);
    }
    StartupTimes t; // unknown when any start failed
    if (own.size() == std::size_t(kRuns)) t.coinstudio = medianOf(own);
    if (base.size() == std::size_t(kRuns)) t.baseline = medianOf(base);
    return t;
}

constexpr int kWarmupFrames = 30;

// What one measured run of frames gave.
struct FrameRun {
    FrameStats stats;
    int stageReused = 0;           // frames that reused the unchanged stage
    int frameKept = 0;             // frames shown again whole from the kept one
    FrameStats whileRoomAnswering; // of the frames that ended while the room's phones were still answering
    int framesWhileRoomAnswering = 0;
};

// Draws one frame as the window does and waits for it (glFinish); its time in milliseconds.
double drawFinishedFrame(Headless& h) {
    const auto start = std::chrono::steady_clock::now();
    h.studio->drawFrame();
    h.window->swap();
    glFinish();
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

// Draws kWarmupFrames, then measures `frames` frames. `room`: its phones start, all at once, with the
// first measured frame.
FrameRun measureFrames(Headless& h, int frames, bool caching, SimulatedRoom* room = nullptr) {
    h.studio->setStageCaching(caching);
    FrameRun run;
    std::vector<double> frameMs, answeringMs;
    frameMs.reserve(std::size_t(frames));
    for (int i = 0; i < kWarmupFrames; ++i)
        drawFinishedFrame(h);
    if (room) room->startPhones();
    for (int i = 0; i < frames; ++i) {
        frameMs.push_back(drawFinishedFrame(h));
        run.stageReused += h.studio->stageReused() ? 1 : 0;
        run.frameKept += h.studio->frameReused() ? 1 : 0;
        if (room && room->phonesAnswering()) answeringMs.push_back(frameMs.back());
    }
    run.stats = summarize(std::move(frameMs));
    run.framesWhileRoomAnswering = int(answeringMs.size());
    run.whileRoomAnswering = summarize(std::move(answeringMs));
    return run;
}

// Draws kWarmupFrames, then measures as many frames as are drawn in `seconds` (a step at rest, as the
// app draws it). `room`: its paced phones start with the first measured frame and stop with the last.
struct TimedFrames {
    FrameStats stats;
    int frames = 0;
};
TimedFrames measureFramesFor(Headless& h, int seconds, SimulatedRoom* room = nullptr) {
    h.studio->setStageCaching(true);
    for (int i = 0; i < kWarmupFrames; ++i)
        drawFinishedFrame(h);
    if (room) room->startPacedPhones(seconds);
    std::vector<double> frameMs;
    const auto end = std::chrono::steady_clock::now() + std::chrono::seconds(seconds);
    while (std::chrono::steady_clock::now() < end)
        frameMs.push_back(drawFinishedFrame(h));
    TimedFrames run;
    run.frames = int(frameMs.size());
    run.stats = summarize(std::move(frameMs));
    return run;
}

// The room's question for the benched step, in the scenario's language (a made-up one, said on stdout,
// when the step has none).
SimulatedRoomDesc simulatedRoomFor(const CliOptions& o, const Headless& h) {
    SimulatedRoomDesc desc;
    desc.port = o.roomPort;
    desc.language = std::string(languageOf(h.studio->state()));
    if (auto question = roomQuestionOfStep(h.studio->state())) {
        desc.question = std::move(*question);
    } else {
        desc.question = madeUpRoomQuestion();
        std::printf("room: step %d has no question: the phones answer a made-up one with %zu choices\n",
                    o.step.value_or(1), desc.question.choices.size());
    }
    return desc;
}

// The peak: the --frames frames again while every phone loads the page, asks, answers and asks again,
// all at once; prints the room's response times and the frames beside them.
int benchRoomAtOnce(const CliOptions& o, Headless& h, const SimulatedRoomDesc& desc, const FrameStats& withoutRoom) {
    std::string error;
    auto room = SimulatedRoom::open(desc, error);
    if (!room) {
        reportFatal(error, false);
        return exit_code::kEnvironment;
    }
    std::printf("room: 127.0.0.1:%d, %d simulated phones on %d threads, each: the page, the question, its "
                "answer, the question again\n",
                room->port(), desc.devices, desc.threads);
    const FrameRun run = measureFrames(h, o.frames, true, room.get());
    const SimulatedRoomReport report = room->finish();
    std::printf("%s\n", roomRequestsLine(summarizeRoomRequests(report.requestMs, report.devices, report.counted,
                                                               report.failedRequests))
                            .c_str());
    std::printf("%s\n",
                roomFrameLine({run.stats, run.whileRoomAnswering, run.framesWhileRoomAnswering, o.frames}, withoutRoom)
                    .c_str());
    std::printf("room_phones ms=%.0f cpu_ms=%.0f (the simulated phones' own work, on this computer's cores too: real "
                "phones spare it)\n",
                report.phonesMs, report.phonesCpuMs);
    if (report.counted != report.devices || report.failedRequests > 0) {
        std::fprintf(stderr, "coinstudio: error: the room counted %d answers of %d phones (%d requests failed)\n",
                     report.counted, report.devices, report.failedRequests);
        return exit_code::kEnvironment;
    }
    return exit_code::kOk;
}

// A room as it is during a question: a fresh room (a show holds at most 500 devices) whose phones have
// their page open; frames for --room-seconds with them quiet, then as long again while each asks for
// the question every 2 s and answers once. The two runs are back to back, so that both see the
// machine alike (another program's load changes over seconds); the quiet room only waits for a
// connection.
int benchRoomPaced(const CliOptions& o, Headless& h, const SimulatedRoomDesc& desc) {
    std::string error;
    auto room = SimulatedRoom::open(desc, error);
    if (!room || !room->joinPhones(error)) {
        reportFatal(error, false);
        return exit_code::kEnvironment;
    }
    std::printf("room: then a fresh room, its %d phones with the page open: %d s of frames with them quiet, then "
                "%d s while each asks for the question every %g s and answers once at a random moment (%d "
                "threads, a connection a request)\n",
                desc.devices, o.roomSeconds, o.roomSeconds, desc.pollSeconds, desc.pacedThreads);
    const TimedFrames quiet = measureFramesFor(h, o.roomSeconds);
    const TimedFrames paced = measureFramesFor(h, o.roomSeconds, room.get());
    const SimulatedRoomReport report = room->finish();
    PacedRoomRun run;
    run.seconds = o.roomSeconds;
    run.requests = summarizeRoomRequests(report.requestMs, report.devices, report.counted, report.failedRequests);
    run.frames = paced.stats;
    run.frameCount = paced.frames;
    run.without = quiet.stats;
    run.withoutCount = quiet.frames;
    std::printf("%s\n", pacedRoomLine(run).c_str());
    std::printf("room_paced_phones cpu_ms=%.0f most_late_ms=%.1f (their own work, and how late a request left "
                "after its moment)\n",
                report.phonesCpuMs, report.mostLateMs);
    if (report.counted != report.devices || report.failedRequests > 0) {
        std::fprintf(stderr, "coinstudio: error: the paced room counted %d answers of %d phones (%d requests failed)\n",
                     report.counted, report.devices, report.failedRequests);
        return exit_code::kEnvironment;
    }
    return exit_code::kOk;
}

// --room: the live room opened on loopback with the benched step's question, and the frames of a
// step at rest measured again beside simulated phones: all at once (the peak), then paced as a room's.
int benchRoom(const CliOptions& o, Headless& h, const FrameStats& withoutRoom) {
    const SimulatedRoomDesc desc = simulatedRoomFor(o, h);
    const int atOnce = benchRoomAtOnce(o, h, desc, withoutRoom);
    const int paced = benchRoomPaced(o, h, desc);
    return atOnce != exit_code::kOk ? atOnce : paced;
}

// What kFirstFrameEnv asks for: one frame drawn and presented, then a line for the parent.
int presentFirstFrame(Headless& h) {
    h.studio->settle();
    h.studio->drawFrame();
    h.window->swap();
    glFinish();
    std::printf("%s\n", std::string(kFirstFrameLine).c_str());
    std::fflush(stdout);
    return exit_code::kOk;
}

} // namespace

int runBench(const CliOptions& o) {
    useOffscreenVideoDriverUnlessSet(); // for the children too
    const char* firstFrameOnly = std::getenv(kFirstFrameEnv);
    if (firstFrameOnly && std::string_view(firstFrameOnly) == "1") {
        Headless h;
        if (int rc = openHeadless(o, h); rc != exit_code::kOk) return rc;
        return presentFirstFrame(h);
    }
    // The children first, while this process is still small: start-up of both programs, then the
    // baseline's own frames and memory at this size.
    const std::filesystem::path baseline = baselineExecutable();
    const StartupTimes startup = measureStartup(o, baseline);
    std::optional<BenchNumbers> baselineBench;
    if (!baseline.empty()) {
        const ChildRun b = runChild(
            {baseline,
             {"--frames", std::to_string(o.frames), "--size", std::to_string(o.width) + "x" + std::to_string(o.height)},
             false});
        const std::string out = b.out.substr(0, b.out.find_last_not_of('\n') + 1);
        if (b.exitCode == 0) baselineBench = parseBenchLine(out.substr(out.rfind('\n') + 1));
    }

    Headless h;
    if (int rc = openHeadless(o, h); rc != exit_code::kOk) return rc;
    h.studio->settle();
    // First the cost of drawing everything every frame (what an animation costs), then the frame as
    // the app really draws a step that has come to rest (an unchanged stage is reused).
    const FrameRun full = measureFrames(h, o.frames, false);
    const FrameRun normal = measureFrames(h, o.frames, true);
    const double rssMb = peakRssMb(); // before the picture below, which a bench frame does not need

    // PNG encoding, which --screenshot and --export add to a frame: measured on its own.
    h.studio->drawFrame();
    const Image picture = captureFrame(*h.window);
    const auto pngStart = std::chrono::steady_clock::now();
    const auto png = encodePng(picture);
    const double pngMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - pngStart).count();

    std::printf("bench: coinstudio %dx%d, %d frames after %d warm-up, stage MSAA %dx, renderer %s\n",
                h.window->drawableWidth(), h.window->drawableHeight(), o.frames, kWarmupFrames, h.studio->msaaSamples(),
                reinterpret_cast<const char*>(glGetString(GL_RENDERER)));
    std::printf("full_redraw_ms median=%.3f p95=%.3f\n", full.stats.medianMs, full.stats.p95Ms);
    std::printf("stage reused in %d of %d frames; the whole frame shown again from the kept one in %d (kept pixels "
                "cover %.0f %% of the window, the rest is background or one colour)\n",
                normal.stageReused, o.frames, normal.frameKept, double(h.studio->keptShare()) * 100.0);
    std::printf("png_encode_ms=%.3f (%dx%d, %zu KiB)\n", pngMs, picture.width, picture.height, png.size() / 1024);
    auto ms = [](const std::optional<double>& v) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%.3f", v.value_or(0.0));
        return v ? std::string(buf) : std::string("unknown");
    };
    std::printf("startup_ms coinstudio=%s imgui_baseline=%s (process start to first presented frame, median of 5)\n",
                ms(startup.coinstudio).c_str(), baseline.empty() ? "not built" : ms(startup.baseline).c_str());
    if (baseline.empty()) {
        std::printf("imgui_baseline: not found beside this program (build the imgui_baseline target): no comparison\n");
    } else if (!baselineBench || !startup.coinstudio || !startup.baseline) {
        std::printf("imgui_baseline: did not run: no comparison\n");
    } else {
        std::printf("imgui_baseline %s\n",
                    benchLine(baselineBench->frames, baselineBench->rssMb, startup.baseline).c_str());
        const BaselineRatios ratios{*startup.coinstudio / *startup.baseline, rssMb / baselineBench->rssMb,
                                    normal.stats.medianMs / baselineBench->frames.medianMs};
        std::printf("%s\n", comparisonLine(ratios).c_str());
    }
    const int roomResult = o.room ? benchRoom(o, h, normal.stats) : exit_code::kOk;
    // The line scripts read stays last, and is the run without the room.
    std::printf("%s\n", benchLine(normal.stats, rssMb, startup.coinstudio).c_str());
    return roomResult;
}

} // namespace cs
