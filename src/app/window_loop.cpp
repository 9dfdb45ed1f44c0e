// The interactive window: wait for events when nothing moves, draw only when something changed.
#include "app/platform.h"
#include "app/run_modes.h"
#include "app/studio.h"

#include "core/data_paths.h"
#include "core/scenario/diagnostic.h"

#include "render/gl_api.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <stdexcept>

namespace cs {

std::filesystem::path defaultScenarioPath(const std::filesystem::path& dataDir) {
    if (dataDir.empty()) return {};
    const auto p = dataDir / "scenarios" / "01-introduction.toml";
    std::error_code ec;
    return std::filesystem::is_regular_file(p, ec) ? p : std::filesystem::path();
}

namespace {

// Test hook for the journeys: COINSTUDIO_INJECT_FAULT=frame:N throws inside the N-th frame, to prove
// that the guard around each frame keeps the app and the person's work alive.
struct InjectedFault {
    long atFrame = 0;
};

InjectedFault injectedFaultFromEnvironment() {
    InjectedFault f;
    const char* v = std::getenv("COINSTUDIO_INJECT_FAULT");
    if (v && std::strncmp(v, "frame:", 6) == 0) f.atFrame = std::strtol(v + 6, nullptr, 10);
    return f;
}

} // namespace

int runWindow(const CliOptions& o) {
    std::string error;
    // Closing one of two windows must not quit behind the app's back (it asks during a show).
    SDL_SetHint(SDL_HINT_QUIT_ON_LAST_WINDOW_CLOSE, "0");
    WindowDesc desc;
    desc.fullscreen = o.fullscreen;
    desc.width = 1600;
    desc.height = 900;
    auto window = GlWindow::create(desc, error);
    if (!window) {
        reportFatal(error, true);
        return exit_code::kEnvironment;
    }
    StudioDesc sd;
    sd.dataDir = findDataDir();
    sd.language = o.language;
    sd.userData = true;
    sd.noSave = o.noSave;
    if (o.viewGiven && o.view == ViewKind::Audience) sd.screen = Screen::Audience;
    auto studio = Studio::create(*window, std::move(sd), error);
    if (!studio) {
        reportFatal(error, true);
        return exit_code::kEnvironment;
    }
    if (o.fullscreen) studio->apply(cmd::ToggleFullscreen{});
    // An invalid FILE opens with its problems listed; the app does not exit.
    bool opened = false;
    if (!o.files.empty())
        opened = studio->openFile(o.files.front(), o.step ? *o.step - 1 : 0);
    else if (o.present)
        opened = studio->openFile(defaultScenarioPath(findDataDir()), o.step ? *o.step - 1 : 0);
    if (o.present && !opened) {
        // Nothing to show a room: the workspace lists the file's problems instead of an empty show.
        std::fprintf(stderr, "coinstudio: error: %s cannot be presented; its problems are listed in the window\n",
                     o.files.empty() ? "the built-in introduction" : o.files.front().c_str());
        for (const auto& d : studio->fileProblems())
            std::fprintf(stderr, "%s\n", formatDiagnostic(d).c_str());
    } else if (o.present) {
        // --display N that does not exist is a usage error, said before anything is shown to a room.
        if (const std::string err = studio->present(o.display.value_or(0)); !err.empty()) {
            studio.reset();
            std::fprintf(stderr, "coinstudio: error: %s\n", err.c_str());
            return exit_code::kUsage;
        }
        // --room: an address or port that cannot be used is said before the room sees anything.
        if (o.room) {
            if (const std::string err = studio->openRoom(RoomOptions{o.roomBind, o.roomPort}); !err.empty()) {
                studio.reset();
                std::fprintf(stderr, "coinstudio: error: %s\n", err.c_str());
                return exit_code::kEnvironment;
            }
        }
    }
    // Unsaved edits of a session that ended badly (asked in the workspace, never in front of a room).
    studio->offerRestore();

    Uint64 last = SDL_GetPerformanceCounter();
    const double frequency = double(SDL_GetPerformanceFrequency());
    const InjectedFault fault = injectedFaultFromEnvironment();
    long frames = 0;
    bool running = true;
    bool redraw = true;
    while (running) {
        // No exception ends the app in a person's hands: one that escapes an event or a frame is
        // caught here, the work is kept, a note is written and the loop goes on (Studio::recoverFromFault).
        const char* doing = "waiting for input";
        try {
            SDL_Event event;
            // Idle: block until something happens (near-zero CPU). The timeout only bounds how late
            // background checks (file reloads) can run; it does not redraw by itself.
            const bool busy = redraw || studio->wantsAnotherFrame();
            bool have = busy ? SDL_PollEvent(&event) != 0 : SDL_WaitEventTimeout(&event, 250) != 0;

            // A changed scenario file reloads within a second (the wait above wakes up 4 times a second).
            doing = "checking the scenario file for changes";
            if (studio->pollFiles()) redraw = true;
            doing = "updating the clocks";
            if (studio->tick()) redraw = true; // the presenter's clocks, the audience cursor

            const Uint64 now = SDL_GetPerformanceCounter();
            // Time passes before new input applies, so an animation starts where it is first drawn. All
            // of it passes (the presenter's clocks are real time); an animation caught by a stall ends.
            studio->advance(std::min(double(now - last) / frequency, 3600.0));
            last = now;

            doing = "handling input";
            while (have) {
                // SDL_QUIT comes from the system (a signal, logging out); closing a window asks the Studio,
                // which quits at once, or asks first during a show.
                if (event.type == SDL_QUIT) running = false;
                studio->handleEvent(event);
                redraw = true;
                // ImGui 1.86 reads keys as held-down flags each frame: a press and its release handled
                // before one frame would vanish (fast typing, remote desktops, scripted input). A frame
                // is drawn after each key press; the release waits in SDL's queue until then.
                if (event.type == SDL_KEYDOWN) break;
                have = SDL_PollEvent(&event) != 0;
            }
            if (studio->state().quitRequested) running = false;
            if (!running) break;
            if (redraw || studio->wantsAnotherFrame()) {
                doing = "drawing a frame";
                ++frames;
                if (fault.atFrame > 0 && frames == fault.atFrame)
                    throw std::runtime_error("a fault injected for testing");
                studio->drawFrame();
                window->swap();
                redraw = false;
            }
        } catch (const std::exception& e) {
            studio->recoverFromFault(e.what(), doing);
            redraw = true;
        } catch (...) {
            studio->recoverFromFault("an unknown exception", doing);
            redraw = true;
        }
    }
    studio->saveNow();
    return exit_code::kOk;
}

} // namespace cs
