// AppState: everything the app shows, in one struct. Only applyCommand() and Timeline::advance change it.
#pragma once

#include "core/commands.h"
#include "core/loaded_scenario.h"
#include "core/timeline.h"
#include "core/vocabulary.h"

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace cs {

// Durations of the scene's animations, in seconds (reduced motion turns them all into jumps).
namespace durations {
inline constexpr double kFlip = 0.9;
inline constexpr double kView = 0.7;
inline constexpr double kAppear = 0.5;
inline constexpr double kAction = 2.4; // lift-to-top, dismantle, levels: staged, so longer
} // namespace durations

// Most coins the stage holds (one to six in a row).
inline constexpr int kMaxCoins = 6;

// One coin on the stage: one social structure. `flip` runs from 0 (top face up) to 1 (bottom face up).
struct PlacedCoin {
    std::string structureId; // empty for the generic coin of the start scene
    Tween flip = Tween::constant(0.0f);
    Tween appear = Tween::constant(1.0f); // 0 → 1 when placed
    Tween slot = Tween::constant(0.0f);   // place in the row; slides when coins come, go or move

    Face faceUpAtEnd() const { return flip.to >= 0.5f ? Face::Bottom : Face::Top; }
};

// The step's action, playing on one coin. `progress` runs 0 → 1 (the action's stages are parts of
// that span); it stays at 1 while the step lasts so the end state remains on screen.
struct ActionState {
    Action kind = Action::None;
    int coin = -1;
    Tween progress = Tween::constant(0.0f);
};

struct ViewState {
    Show show = Show::Both;
    // Camera elevation above the stage plane in degrees, and how much of the mirror that shows
    // the bottom faces is visible (0..1). Both follow `show`.
    Tween elevationDeg = Tween::constant(24.0f);
    Tween mirror = Tween::constant(1.0f);
    // The middle of the row, in slots: (coins - 1) / 2, sliding as the row grows or shrinks, so the
    // camera framing moves smoothly too.
    Tween rowCentre = Tween::constant(0.0f);
    // The user's own turn of the stage (mouse drag, Ctrl+arrows), added to the camera.
    float yawDeg = 0.0f;
    float pitchDeg = 0.0f;
};

// The in-app file browser (File → Open…): no system dialog, nothing pops up over a show.
struct FileBrowserState {
    bool open = false;
    std::string folder;               // the folder listed
    std::vector<FolderEntry> entries; // folders first, then .toml files, each sorted by name
    std::string error;                // why the folder could not be read
    bool forPresentation = false;     // picking a file chooses it for the present dialog
};

// A show in front of a room (`--present`, or File → Present).
struct PresentationState {
    bool active = false;
    bool singleDisplay = true;          // no presenter display: notes are an overlay on the audience view
    bool overlayVisible = false;        // N, one display only
    bool overlayConfirmPending = false; // "this screen may be mirrored" asked, not yet answered
    bool overlayConfirmed = false;      // answered yes once (kept in the settings)
    bool quitConfirmPending = false;    // quitting asked on the presenter side
    double startedAt = 0.0;             // timeline time the show began
    double stepStartedAt = 0.0;         // timeline time the current step began
    bool helpAfterConfirm = false;      // F1 asked the mirrored-screen question, not N
};

// File → Export pictures and handouts…
struct ExportDialog {
    bool visible = false;
    std::string folder;
    int width = 1920, height = 1080;
    bool running = false;
    double fraction = 0.0;            // 0..1 while running
    std::string message;              // the latest progress line, or how it ended
    std::vector<std::string> foreign; // not written by the app, would be replaced: asked first
};

// File → Publish as web page…: the folder, then Publish (plain copying, done at once by the app layer).
struct PublishDialog {
    bool visible = false;
    std::string folder;
    // Where the web build the page is copied from was found; "" = none (the menu item says to run ./web.sh).
    std::string webBuild;
    bool published = false;            // the last Publish wrote the folder (`message` says where)
    std::string message;               // where it was published, or why it was not
    std::vector<std::string> problems; // the scenario's problems, one "FILE:LINE:COL: error: ..." line each
    std::vector<std::string> foreign;  // files no publish wrote that publishing would replace: asked first
};

// File → Present…: what the facilitator chose before the show starts.
// Nothing chosen here changes what is on stage until the show starts.
struct PresentSetup {
    bool visible = false;
    int display = 0;                // from 1; 0 = automatic
    std::string scenarioFile;       // "" = the open scenario
    std::string language;           // "" = the chosen scenario's current (or first) language
    std::optional<bool> lightTheme; // unset = the theme in the settings
    bool room = false;              // "Room answers (phones)": the live room opens with the show
};

// What the person set (saved by the app in the settings file, unless saving is off).
struct Preferences {
    float textScale = 1.0f; // 0.5 .. 3.0, Ctrl + / - / 0
    bool reducedMotion = false;
    bool lightTheme = false;  // the projector theme: dark (default) or light
    bool saveNothing = false; // shared computers: no reflections, recent files or resume data written
    bool askToResume = true;
};

struct AppState {
    Timeline timeline;
    // What the coins can be: the built-in library, or the open scenario's merged library.
    std::shared_ptr<const StructureLibrary> structures;
    std::shared_ptr<const StructureLibrary> builtIns; // kept for when the scenario closes
    std::shared_ptr<const LoadedScenario> scenario;   // null: the start scene
    int step = -1;                                    // index into scenario->steps; -1 = none

    std::vector<PlacedCoin> coins;
    int focus = 0;                     // index into coins
    std::vector<std::string> personas; // persona ids on stage, in order
    ActionState action;
    ViewState view;
    Preferences prefs;

    // The learner's side of the walkthrough (this session; the app stores it unless saving is off).
    std::map<int, int> answers;             // step index → chosen choice (from 1)
    std::map<int, std::string> reflections; // step index → private reflection
    // Reflections and answers kept for steps the scenario no longer has: listed read-only in Settings.
    std::vector<OrphanedLearnerEntry> orphanedLearnerData;
    bool answerRevealed = false;     // R: the current question's answer shown to the room
    std::optional<int> resumeOffer;  // "continue at step N?" waiting for an answer
    bool contentNotePending = false; // the current step's content note is shown first

    std::vector<Diagnostic> problems; // of the latest load or reload
    bool problemsStale = false;       // the file is broken; the last good version is shown
    bool problemsVisible = false;

    Screen screen = Screen::Workspace; // the window's layout; pictures use the audience view
    PresentationState presentation;
    PresentSetup presentSetup;
    RoomStatus room; // the live room during a show (phones answering); closed otherwise
    ExportDialog exportDialog;
    PublishDialog publishDialog;
    std::vector<DisplayInfo> displays;             // the system's, for the start screen's choice
    std::string uiLanguage = "en";                 // the app's own words when no scenario says otherwise
    std::vector<BuiltInScenario> builtInScenarios; // listed on the start screen
    FileBrowserState browser;
    EditorState editor;                       // the scenario editor
    std::optional<RestoreOffer> restoreOffer; // unsaved edits of a session that ended badly: restore?

    bool fullscreen = false;      // the window follows this
    bool helpVisible = false;     // F1 shortcut overlay
    bool sourcesVisible = false;  // Help → Sources
    bool glossaryVisible = false; // Help → Glossary
    bool settingsVisible = false;
    std::vector<std::string> notices;     // for the person at the laptop; never on the audience view
    std::vector<std::string> recentFiles; // most recent first (start screen)
    bool noSaveFlag = false;              // started with --no-save: nothing can be saved this session
    bool blackout = false;                // B or '.'
    bool whiteout = false;                // W
    bool quitRequested = false;
    std::string typedStepNumber; // digits typed before Enter

    // True while any animation still has to reach its end value.
    bool isAnimating() const;
    // Latest end time of every running animation (now() when none).
    double animationsEndTime() const;
    // Jumps every animation to its end state (screenshots, exports, jumps between steps).
    void settle();
    // Seconds an animation should take now: 0 with reduced motion.
    double motion(double seconds) const { return prefs.reducedMotion ? 0.0 : seconds; }

    // The question of the current step has been answered here or revealed to the room.
    bool answerShown() const;
    // Maximum length of one reflection, in bytes (a very long paste is cut, never refused).
    static constexpr std::size_t kMaxReflectionBytes = 20000;

    bool hasSteps() const { return scenario && step >= 0 && step < scenario->stepCount(); }
    const Step* currentStep() const { return hasSteps() ? &scenario->scenario.steps[std::size_t(step)] : nullptr; }
    const Structure* structureOf(const PlacedCoin& coin) const;
    // The text in the scenario's chosen language (English-only texts of the start scene pass through).
    const std::string& tr(const LocalText& text) const;
};

// The start state: one generic coin, seen with both faces visible (neither face is the default).
// `builtIns` becomes the palette's library.
AppState makeStartState(std::shared_ptr<const StructureLibrary> builtIns = nullptr);

float elevationFor(Show show);
float mirrorFor(Show show);
float flipFor(Show show); // the coin's resting turn for a view: 1 for bottom, else 0

inline constexpr float kMinTextScale = 0.5f;
inline constexpr float kMaxTextScale = 3.0f;
inline constexpr float kMaxPitchDeg = 80.0f;

void applyCommand(AppState& state, const Command& command);

// The language the audience reads: the scenario's chosen language, the app's own on the start scene.
std::string_view languageOf(const AppState& state);

// Puts the scene of step `index` (from 0) on stage. animate: stepping forward (the step's action
// plays); otherwise everything jumps to its end state. Either way the state after settle() is the
// same, whatever came before.
void enterStep(AppState& state, int index, bool animate);

} // namespace cs
