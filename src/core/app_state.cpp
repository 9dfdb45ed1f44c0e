// Applying Commands to AppState. Each command's effect is small and explicit here so that tests can
// reach every state without a mouse, and so the UI never changes state on its own.
#include "core/app_state.h"

#include <algorithm>
#include <cmath>

namespace cs {

float elevationFor(Show show) {
    switch (show) {
    case Show::Top:
    case Show::Bottom: return 38.0f;
    case Show::Both: return 24.0f;
    case Show::Edge: return 3.0f;
    }
    return 24.0f;
}

float mirrorFor(Show show) { return show == Show::Both ? 1.0f : 0.0f; }

AppState makeStartState() {
    AppState s;
    s.coins.push_back(PlacedCoin{});
    s.focus = 0;
    s.view.show = Show::Both;
    s.view.elevationDeg = Tween::constant(elevationFor(Show::Both));
    s.view.mirror = Tween::constant(mirrorFor(Show::Both));
    return s;
}

double AppState::animationsEndTime() const {
    double end = timeline.now();
    for (const auto& c : coins) end = std::max(end, c.flip.endTime());
    end = std::max({end, view.elevationDeg.endTime(), view.mirror.endTime()});
    return end;
}

bool AppState::isAnimating() const { return animationsEndTime() > timeline.now(); }

void AppState::settle() {
    for (auto& c : coins) c.flip.snap(c.flip.to);
    view.elevationDeg.snap(view.elevationDeg.to);
    view.mirror.snap(view.mirror.to);
}

namespace {

struct Applier {
    AppState& s;

    void operator()(const cmd::FlipFocusedCoin&) {
        if (s.coins.empty()) return;
        auto& coin = s.coins[std::size_t(std::clamp(s.focus, 0, int(s.coins.size()) - 1))];
        const float target = coin.faceUpAtEnd() == Face::Top ? 1.0f : 0.0f;
        coin.flip.retarget(target, s.timeline.now(), s.motion(durations::kFlip), Ease::InOutCubic);
    }
    void operator()(const cmd::RotateView& r) {
        if (!std::isfinite(r.yawDeg) || !std::isfinite(r.pitchDeg)) return;
        s.view.yawDeg = std::remainder(s.view.yawDeg + r.yawDeg, 360.0f);
        s.view.pitchDeg = std::clamp(s.view.pitchDeg + r.pitchDeg, -kMaxPitchDeg, kMaxPitchDeg);
    }
    void operator()(const cmd::ResetView&) {
        s.view.yawDeg = 0.0f;
        s.view.pitchDeg = 0.0f;
    }
    void operator()(const cmd::SetShow& c) {
        s.view.show = c.show;
        const double t = s.timeline.now();
        s.view.elevationDeg.retarget(elevationFor(c.show), t, s.motion(durations::kView));
        s.view.mirror.retarget(mirrorFor(c.show), t, s.motion(durations::kView));
    }
    void operator()(const cmd::ToggleFullscreen&) { s.fullscreen = !s.fullscreen; }
    void operator()(const cmd::LeaveFullscreen&) { s.fullscreen = false; }
    void operator()(const cmd::ChangeTextScale& c) {
        // Steps of 10 % feel even on a projector; the range keeps layouts usable.
        if (c.direction == 0) {
            s.prefs.textScale = 1.0f;
        } else {
            const float next = std::round((s.prefs.textScale + 0.1f * float(c.direction > 0 ? 1 : -1)) * 10.0f) / 10.0f;
            s.prefs.textScale = std::clamp(next, kMinTextScale, kMaxTextScale);
        }
    }
    void operator()(const cmd::SetReducedMotion& c) {
        s.prefs.reducedMotion = c.on;
        if (c.on) s.settle();
    }
    void operator()(const cmd::ToggleHelp&) { s.helpVisible = !s.helpVisible; }
    void operator()(const cmd::Blackout&) {
        s.blackout = true;
        s.whiteout = false;
    }
    void operator()(const cmd::Whiteout&) {
        s.whiteout = true;
        s.blackout = false;
    }
    void operator()(const cmd::EndBlankScreen&) {
        s.blackout = false;
        s.whiteout = false;
    }
    // Walkthrough navigation arrives with the scenario engine; until a scenario is open these only
    // clear the typed step number.
    void operator()(const cmd::NextStep&) { s.typedStepNumber.clear(); }
    void operator()(const cmd::PreviousStep&) { s.typedStepNumber.clear(); }
    void operator()(const cmd::FirstStep&) { s.typedStepNumber.clear(); }
    void operator()(const cmd::LastStep&) { s.typedStepNumber.clear(); }
    void operator()(const cmd::TypeStepDigit& c) {
        if (c.digit < '0' || c.digit > '9') return;
        if (s.typedStepNumber.size() < 6) s.typedStepNumber += c.digit;
    }
    void operator()(const cmd::ClearStepDigits&) { s.typedStepNumber.clear(); }
    void operator()(const cmd::GoToStep&) { s.typedStepNumber.clear(); }
    void operator()(const cmd::RevealAnswer&) {}
    void operator()(const cmd::TogglePresenterOverlay&) {}
    void operator()(const cmd::RequestQuit&) { s.quitRequested = true; }
};

} // namespace

void applyCommand(AppState& state, const Command& command) { std::visit(Applier{state}, command); }

const char* commandName(const Command& command) {
    static constexpr const char* kNames[] = {
        "FlipFocusedCoin", "RotateView", "ResetView",     "SetShow",       "ToggleFullscreen",
        "LeaveFullscreen", "ChangeTextScale", "SetReducedMotion", "ToggleHelp", "Blackout",
        "Whiteout",        "EndBlankScreen",  "NextStep",      "PreviousStep",  "FirstStep",
        "LastStep",        "TypeStepDigit",   "ClearStepDigits", "GoToStep",    "RevealAnswer",
        "TogglePresenterOverlay", "RequestQuit"};
    static_assert(std::size(kNames) == std::variant_size_v<Command>);
    return kNames[command.index()];
}

} // namespace cs
