// The web page's entry point: the same Studio as the desktop window, driven by the browser's animation
// frames instead of a loop of its own. Like the desktop, it draws only when something changed: a
// browser frame with nothing to do returns at once and leaves the canvas as it is.
//
// The page (index.html, pre.js) talks to it through the functions marked EMSCRIPTEN_KEEPALIVE: a
// scenario opened from the person's device or dropped on the page, and a few numbers for the page and
// its tests (frames drawn, the step on stage).
#include "app/platform.h"
#include "app/studio.h"

#include "core/data_paths.h"
#include "core/scenario/diagnostic.h"
#include "render/gl_api.h"

#include <emscripten.h>
#include <emscripten/html5.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace cs {
namespace {

struct WebApp {
    std::unique_ptr<GlWindow> window;
    std::unique_ptr<Studio> studio;
    std::deque<std::string> toOpen; // files the page put in the browser's memory, to open next
    Uint64 last = 0;
    double frequency = 1.0;
    bool redraw = true;
    long framesDrawn = 0;
    double firstFrameAt = -1.0;           // ms since the page started loading
    double lastPoll = 0.0;                // ms: the last look at files and unsaved reflections
    std::string stateText;                // coinstudio_state()'s answer, kept alive for the caller
    std::vector<std::string> noticesSeen; // the app's notices as last looked at
};

WebApp* g_app = nullptr;

// What the page asks for, through the environment pre.js sets: the published scenario
// (COINSTUDIO_OPEN), and the address's ?lang= and ?step=.
struct WebOptions {
    std::string file;
    std::string language;
    int step = 0;
};

WebOptions pageOptions() {
    WebOptions o;
    if (const char* v = std::getenv("COINSTUDIO_OPEN")) o.file = v;
    if (const char* v = std::getenv("COINSTUDIO_LANG")) o.language = v;
    if (const char* v = std::getenv("COINSTUDIO_STEP")) o.step = std::max(0, std::atoi(v) - 1);
    return o;
}

// The audience view has no place for the app's notices (they are for the person at the laptop, in the
// workspace): in the page, a new one shows in the page's own notice box instead, so that a key that
// does nothing here (F5, Ctrl+E) still says why.
void showNewNoticeOnPage(WebApp& app) {
    const AppState& s = app.studio->state();
    if (s.notices == app.noticesSeen) return;
    const bool added = s.notices.size() > app.noticesSeen.size() ||
                       (!s.notices.empty() && (app.noticesSeen.empty() || s.notices.back() != app.noticesSeen.back()));
    app.noticesSeen = s.notices;
    if (added && s.screen == Screen::Audience)
        EM_ASM(
            {
                if (Module.coinstudioNotice) Module.coinstudioNotice(UTF8ToString($0));
            },
            s.notices.back().c_str());
}

void oneFrame() {
    WebApp& app = *g_app;
    Studio& studio = *app.studio;
    const char* doing = "waiting for input";
    try {
        doing = "opening a scenario from this device";
        while (!app.toOpen.empty()) {
            const std::string file = app.toOpen.front();
            app.toOpen.pop_front();
            studio.openFile(file, 0);
            app.redraw = true;
        }
        // Four times a second, as the desktop's loop: a reflection written after a pause in the typing
        // (the page then copies it into the browser's storage), a changed picture shown.
        if (const double now = emscripten_get_now(); now - app.lastPoll >= 250.0) {
            app.lastPoll = now;
            doing = "keeping the learner's data";
            if (studio.pollFiles()) app.redraw = true;
        }
        doing = "updating the clocks";
        if (studio.tick()) app.redraw = true;
        const Uint64 now = SDL_GetPerformanceCounter();
        studio.advance(std::min(double(now - app.last) / app.frequency, 3600.0));
        app.last = now;

        doing = "handling input";
        SDL_Event event;
        while (SDL_PollEvent(&event) != 0) {
            studio.handleEvent(event);
            app.redraw = true;
            // As on the desktop: a frame after each key press, so that ImGui sees the key held down.
            if (event.type == SDL_KEYDOWN) break;
        }
        if (app.redraw || studio.wantsAnotherFrame()) {
            doing = "drawing a frame";
            studio.drawFrame();
            app.window->swap();
            app.redraw = false;
            ++app.framesDrawn;
            showNewNoticeOnPage(app);
            if (app.firstFrameAt < 0) app.firstFrameAt = emscripten_get_now();
        }
    } catch (const std::exception& e) {
        studio.recoverFromFault(e.what(), doing);
        app.redraw = true;
    } catch (...) {
        studio.recoverFromFault("an unknown exception", doing);
        app.redraw = true;
    }
}

// The page cannot start (no WebGL 2, no font in its data): said on the console and on the page.
int fatal(const std::string& error) {
    std::fprintf(stderr, "coinstudio: error: %s\n", error.c_str());
    EM_ASM(
        {
            if (Module.showFatal) Module.showFatal(UTF8ToString($0));
        },
        error.c_str());
    return 3;
}

int startPage() {
    const WebOptions o = pageOptions();
    std::string error;
    WindowDesc desc;
    // The canvas's size as the page laid it out (CSS pixels × the device's pixel ratio).
    double cssWidth = 0, cssHeight = 0;
    emscripten_get_element_css_size("#canvas", &cssWidth, &cssHeight);
    desc.width = std::max(320, int(cssWidth));
    desc.height = std::max(240, int(cssHeight));
    auto window = GlWindow::create(desc, error);
    if (!window) {
        return fatal(error);
    }
    StudioDesc sd;
    sd.dataDir = findDataDir();
    sd.language = o.language;
    sd.userData = true;
    auto studio = Studio::create(*window, std::move(sd), error);
    if (!studio) {
        return fatal(error);
    }
    if (!o.file.empty() && !studio->openFile(o.file, o.step)) {
        for (const auto& d : studio->fileProblems())
            std::fprintf(stderr, "%s\n", formatDiagnostic(d).c_str());
    }
    g_app = new WebApp; // lives as long as the page
    g_app->window = std::move(window);
    g_app->studio = std::move(studio);
    g_app->last = SDL_GetPerformanceCounter();
    g_app->frequency = double(SDL_GetPerformanceFrequency());
    // 0: at the browser's own frame rate (requestAnimationFrame); false: main returns and the page lives on.
    emscripten_set_main_loop(oneFrame, 0, false);
    return 0;
}

} // namespace
} // namespace cs

extern "C" {

// The page put a scenario (and its pictures beside it) into the browser's memory at `path`: it opens
// at its first step, or its problems are listed, as File → Open does on the desktop.
EMSCRIPTEN_KEEPALIVE void coinstudio_open(const char* path) {
    if (cs::g_app && path) cs::g_app->toOpen.emplace_back(path);
}

// The browser entered or left fullscreen (the person pressed Esc, or the browser refused the app's
// request): the app's idea of it follows.
EMSCRIPTEN_KEEPALIVE void coinstudio_fullscreen_changed(int on) {
    if (!cs::g_app) return;
    if (bool(on) != cs::g_app->studio->state().fullscreen)
        cs::g_app->studio->apply(on ? cs::Command(cs::cmd::ToggleFullscreen{})
                                    : cs::Command(cs::cmd::LeaveFullscreen{}));
    cs::g_app->redraw = true;
}

// The page is being left or hidden: what is still being typed is written now (the page then copies it
// into the browser's storage).
EMSCRIPTEN_KEEPALIVE void coinstudio_save_now() {
    if (cs::g_app) cs::g_app->studio->saveNow();
}

// For the page and its tests: what is on stage, as JSON.
EMSCRIPTEN_KEEPALIVE const char* coinstudio_state() {
    if (!cs::g_app) return "{}";
    const cs::AppState& s = cs::g_app->studio->state();
    nlohmann::json j;
    j["framesDrawn"] = cs::g_app->framesDrawn;
    j["firstFrameMs"] = cs::g_app->firstFrameAt;
    j["scenario"] = s.scenario ? s.scenario->scenario.id : "";
    j["language"] = s.scenario ? s.scenario->language : s.uiLanguage;
    j["step"] = s.step;
    j["steps"] = s.scenario ? s.scenario->stepCount() : 0;
    j["screen"] = s.screen == cs::Screen::Audience ? "audience" : "workspace";
    j["contentNotePending"] = s.contentNotePending;
    j["answerRevealed"] = s.answerRevealed;
    const auto answer = s.answers.find(s.step);
    j["answer"] = answer != s.answers.end() ? answer->second : 0;
    const auto reflection = s.reflections.find(s.step);
    j["reflection"] = reflection != s.reflections.end() ? reflection->second : "";
    j["fullscreen"] = s.fullscreen;
    nlohmann::json problems = nlohmann::json::array();
    for (const auto& d : s.problems)
        problems.push_back(cs::formatDiagnostic(d));
    j["problems"] = problems;
    j["notices"] = s.notices;
    cs::g_app->stateText = j.dump();
    return cs::g_app->stateText.c_str();
}

} // extern "C"

int main() {
    // Where the page's data lies in the browser's memory (packed by the build: shaders, assets,
    // built-in scenarios, fonts).
    setenv("COINSTUDIO_DATA_DIR", "/data", 0);
    return cs::startPage();
}
