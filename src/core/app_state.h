// AppState: everything the app shows, in one struct. Only applyCommand() and Timeline::advance change it.
#pragma once

#include "core/commands.h"
#include "core/timeline.h"
#include "core/vocabulary.h"

#include <cstdint>
#include <string>
#include <vector>

namespace cs {

// Durations of the scene's animations, in seconds (reduced motion turns them all into jumps).
namespace durations {
inline constexpr double kFlip = 0.9;
inline constexpr double kView = 0.7;
} // namespace durations

// One coin on the stage: one social structure. `flip` runs from 0 (top face up) to 1 (bottom face up).
struct PlacedCoin {
    std::string structureId; // empty for the generic coin of the start scene
    Tween flip = Tween::constant(0.0f);

    Face faceUpAtEnd() const { return flip.to >= 0.5f ? Face::Bottom : Face::Top; }
};

struct ViewState {
    Show show = Show::Both;
    // Camera elevation above the stage plane in degrees, and how much of the mirror that shows
    // the bottom faces is visible (0..1). Both follow `show`.
    Tween elevationDeg = Tween::constant(30.0f);
    Tween mirror = Tween::constant(1.0f);
    // The user's own turn of the stage (mouse drag, Ctrl+arrows), added to the camera.
    float yawDeg = 0.0f;
    float pitchDeg = 0.0f;
};

struct Preferences {
    float textScale = 1.0f;   // 0.5 .. 3.0, Ctrl + / - / 0
    bool reducedMotion = false;
};

struct AppState {
    Timeline timeline;
    std::vector<PlacedCoin> coins;
    int focus = 0; // index into coins
    ViewState view;
    Preferences prefs;

    bool fullscreen = false;      // the window follows this
    bool helpVisible = false;     // F1 shortcut overlay
    bool blackout = false;        // B or '.'
    bool whiteout = false;        // W
    bool quitRequested = false;
    std::string typedStepNumber;  // digits typed before Enter

    // True while any animation still has to reach its end value.
    bool isAnimating() const;
    // Latest end time of every running animation (now() when none).
    double animationsEndTime() const;
    // Jumps every animation to its end state (screenshots, exports, jumps between steps).
    void settle();
    // Seconds an animation should take now: 0 with reduced motion.
    double motion(double seconds) const { return prefs.reducedMotion ? 0.0 : seconds; }
};

// The start state: one generic coin, seen with both faces visible (neither face is the default).
AppState makeStartState();

float elevationFor(Show show);
float mirrorFor(Show show);

inline constexpr float kMinTextScale = 0.5f;
inline constexpr float kMaxTextScale = 3.0f;
inline constexpr float kMaxPitchDeg = 80.0f;

void applyCommand(AppState& state, const Command& command);

} // namespace cs
