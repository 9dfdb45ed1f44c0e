// The interactive window: wait for events when nothing moves, draw only when something changed.
#include "app/platform.h"
#include "app/run_modes.h"
#include "app/studio.h"

#include "core/data_paths.h"

#include <epoxy/gl.h>

#include <algorithm>

namespace cs {

std::filesystem::path defaultScenarioPath(const std::filesystem::path& dataDir) {
    if (dataDir.empty()) return {};
    const auto p = dataDir / "scenarios" / "01-introduction.toml";
    std::error_code ec;
    return std::filesystem::is_regular_file(p, ec) ? p : std::filesystem::path();
}

int runWindow(const CliOptions& o) {
    std::string error;
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
    auto studio = Studio::create(*window, std::move(sd), error);
    if (!studio) {
        reportFatal(error, true);
        return exit_code::kEnvironment;
    }
    if (o.fullscreen) studio->apply(cmd::ToggleFullscreen{});
    // An invalid FILE opens with its problems listed; the app does not exit.
    if (!o.files.empty()) studio->openFile(o.files.front(), o.step ? *o.step - 1 : 0);

    Uint64 last = SDL_GetPerformanceCounter();
    const double frequency = double(SDL_GetPerformanceFrequency());
    bool running = true;
    bool redraw = true;
    while (running) {
        SDL_Event event;
        // Idle: block until something happens (near-zero CPU). The timeout only bounds how late
        // background checks (file reloads) can run; it does not redraw by itself.
        const bool busy = redraw || studio->wantsAnotherFrame();
        bool have = busy ? SDL_PollEvent(&event) != 0 : SDL_WaitEventTimeout(&event, 250) != 0;

        // A changed scenario file reloads within a second (the wait above wakes up 4 times a second).
        if (studio->pollFiles()) redraw = true;

        const Uint64 now = SDL_GetPerformanceCounter();
        // Time passes before new input applies, so an animation starts where it is first drawn.
        studio->advance(std::min(double(now - last) / frequency, 0.25));
        last = now;

        while (have) {
            if (event.type == SDL_QUIT) running = false;
            if (event.type == SDL_WINDOWEVENT &&
                (event.window.event == SDL_WINDOWEVENT_CLOSE)) running = false;
            if (event.type == SDL_WINDOWEVENT || event.type == SDL_DISPLAYEVENT) redraw = true;
            studio->handleEvent(event);
            redraw = true;
            have = SDL_PollEvent(&event) != 0;
        }
        if (studio->state().quitRequested) running = false;
        if (!running) break;
        if (redraw || studio->wantsAnotherFrame()) {
            studio->drawFrame();
            window->swap();
            redraw = false;
        }
    }
    studio->saveNow();
    return exit_code::kOk;
}

} // namespace cs
