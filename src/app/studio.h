// Studio: the running app around one AppState: fonts, the stage renderer and the views, and one
// frame function shared by the window, --screenshot and --bench.
#pragma once

#include "app/editor_files.h"
#include "app/export_runner.h"
#include "app/input_router.h"
#include "app/live_room.h"
#include "app/panel_settling.h"
#include "app/personal_data.h"
#include "app/presenter_outputs.h"
#include "app/publish_runner.h"
#include "app/scenario_on_stage.h"
#include "app/show_control.h"
#include "core/app_state.h"
#include "core/display_plan.h"
#include "core/editor/autosave.h"
#include "core/scenario/watcher.h"
#include "core/user_data/store.h"
#include "render/kept_frame.h"
#include "render/render_target.h"
#include "render/stage_renderer.h"
#include "render/texture_cache.h"
#include "ui/audience_view.h"
#include "ui/fonts.h"
#include "ui/presenter_view.h"
#include "ui/workspace_view.h"

#include <SDL.h>

#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <utility>

namespace cs {

class GlWindow;
class OffscreenUi;

struct StudioDesc {
    std::filesystem::path dataDir;        // shaders/, assets/, scenarios/
    std::optional<AppState> initialState; // default: the start scene
    std::string language;                 // --lang; "" = the locale's, else the scenario's first
    Screen screen = Screen::Workspace;    // the window starts in the workspace; pictures: audience
    // The window keeps the user's settings, recent files and learner data (reflections, answers,
    // where they left off). Pictures, exports and benchmarks neither read nor write any of it.
    bool userData = false;
    bool noSave = false; // --no-save: nothing at all is written
    // --screenshot --view presenter: the window shows the presenter's view (notes, previews, steps).
    bool presenterView = false;
    // The built-in scenarios, for the start screen and a show's setup (reading them all is part of
    // start-up); a picture of a scenario shows neither.
    bool listBuiltIns = true;
    // Fonts baked ahead into the atlas the window draws with (GlWindow's fontAtlas): used as they are
    // when baked at the size the window needs, else baked again.
    PreparedFonts* preparedFonts = nullptr;
    // Pictures only (--text-scale, --theme): instead of the defaults.
    std::optional<float> textScale;
    std::optional<bool> lightTheme;
};

// The valid scenarios in <dataDir>/scenarios, by file name, for the start screen.
std::vector<BuiltInScenario> listBuiltInScenarios(const std::filesystem::path& dataDir,
                                                  const StructureLibrary& library);

class Studio {
    struct PrivateTag {
        explicit PrivateTag() = default;
    };

  public:
    explicit Studio(PrivateTag);
    ~Studio();
    Studio(const Studio&) = delete;
    Studio& operator=(const Studio&) = delete;
    // Needs `window`'s GL context current. Returns null with `error` (and exit code 3 material:
    // missing font, unusable GL) on failure.
    static std::unique_ptr<Studio> create(GlWindow& window, StudioDesc desc, std::string& error);

    const AppState& state() const { return state_; }
    // Applies a Command; effects (opening files, the clipboard) are carried out here, the rest by core.
    void apply(const Command& command);

    // Opens a scenario file and shows step `startStep` (from 0). Problems go to the problems panel.
    // False when the file has no version that loads (then nothing else changed on stage).
    bool openFile(const std::filesystem::path& file, int startStep = 0);
    // The open file's problems of the latest attempt (for --screenshot etc. to print).
    const std::vector<Diagnostic>& fileProblems() const;
    // Checks the open file for changes and reloads it (keeping the step). True when something changed.
    bool pollFiles();
    // Writes what is still unsaved (a reflection being typed); call before quitting.
    void saveNow();
    // Turns one SDL event into Commands (keys only when no widget holds the keyboard).
    void handleEvent(const SDL_Event& event);
    // Lets animation time pass (the only place wall-clock time enters the app).
    void advance(double seconds) { state_.timeline.advance(seconds); }
    void settle() { state_.settle(); }
    // The presenter's picture of the room, width × height: of the step on stage ("What the room sees") or of
    // the next one ("Next"), drawn as the previews draw them (tests compare it with the audience's frame).
    Image roomPreview(bool next, int width, int height);
    // In a show on two displays: the presenter window's "What the room sees" as last copied from the
    // audience window (empty without a presenter window).
    Image presenterRoomPicture();

    // Draws one complete frame into the window's default framebuffer (not swapped).
    void drawFrame();

    int msaaSamples() const { return renderer_ ? renderer_->msaaSamples() : 0; }
    // Off: the stage and the whole frame are drawn in full every frame even when nothing moved (for --bench).
    void setStageCaching(bool on) {
        if (renderer_) renderer_->setCaching(on);
        if (kept_) kept_->setEnabled(on);
    }
    // Final for pictures (--screenshot, --export): nothing moves in a picture, so the stage is drawn
    // antialiased from its first frame instead of quickly first and again at rest (the window's way).
    void setStageQuality(StageQuality quality) { stageQuality_ = quality; }

    // Whether the last frame reused the unchanged stage picture (see StageRenderer).
    bool stageReused() const { return renderer_ && renderer_->lastDrawReused(); }
    // Whether the last frame was the same as the one before, copied from the kept frame (KeptFrame).
    bool frameReused() const { return kept_ && kept_->lastShown(); }
    // Share of the window the kept frame copies (the rest is background), 0–1.
    float keptShare() const { return kept_ ? kept_->keptShare() : 0.0f; }

    bool keyboardNavigation() const { return input_.navigating(); }

    // Starts a show (cmd::Present): the audience view fullscreen on display `display` (from 1; 0:
    // automatic), the presenter's window on another display or, with one display, the overlay (N).
    // Returns "" or why it cannot start (a display that does not exist: a usage error for --present).
    std::string present(int display) { return show_->present(display); }
    // Opens the live room for the show that runs (--room, or "Room answers (phones)" in the present
    // dialog). Returns "" or why it could not open; the show goes on either way.
    std::string openRoom(const RoomOptions& options);
    // The room's server while it is open (tests ask it what it counted), else null.
    const RoomServer* roomServer() const { return room_ ? room_->server() : nullptr; }
    // The program File → Export runs as `PROGRAM --export …` (default: this one). For tests.
    void setExportProgram(std::filesystem::path program) { export_.setProgram(std::move(program)); }
    bool exportRunning() const { return export_.running(); }
    // Where the displays come from (default: SDL). Tests give a list of their own.
    void setDisplaySource(std::function<std::vector<DisplayInfo>()> source) {
        show_->setDisplaySource(std::move(source));
    }
    // Call whenever the window loop wakes (at least 4 times a second): hides the cursor on the
    // audience view after 2 s without moving, and keeps the presenter's clocks ticking. True when a
    // frame should be drawn.
    bool tick();
    GlWindow* presenterWindow() const { return presenter_.window(); }
    // Draws and shows the presenter window's frame (drawFrame does it when the presenter needs one).
    void drawPresenterFrame();

    // True when the last frame asked for another (animation running or UI settling).
    bool wantsAnotherFrame() const;

    // --- The scenario editor's files (EditorFiles) ---------------------------------------------------------
    // Where unsaved edits are kept every few seconds (default with user data: <data>/autosave; none
    // without). Tests point it at a temporary folder.
    void setAutosaveFolder(std::filesystem::path folder);
    // At start-up (not during a show): an autosave left by a session that ended badly is offered back.
    void offerRestore();
    // Writes the autosave now if there are unsaved edits (the window loop calls it every few seconds
    // through tick(), and before quitting).
    void autosaveNow();
    // After an exception escaped a frame or an event: unsaved edits and reflections are kept, a crash
    // note goes to the user's data folder, the person sees a notice, and the app carries on. `where`
    // says what the app was doing. Returns the note's file ("" when none could be written).
    std::filesystem::path recoverFromFault(const std::string& what, const std::string& where);

    // How often unsaved edits are autosaved, in SDL ticks (ms).
    static constexpr std::uint32_t kAutosaveIntervalMs = EditorFiles::kAutosaveIntervalMs;

  private:
    bool ensureFonts(int framebufferHeight);
    // What the room's frame is drawn with (the presenter's pictures of it).
    RoomLook roomLook() { return {*window_, fonts_, theme_, &pictures_, *renderer_}; }

    // The window's title: the scenario's, then the app's name.
    void showTitle(const LocalText& title);
    void notice(const std::string& text);
    void applyOne(const Command& command);
    void presentAsSetUp(int display);
    // Loads (or reloads) the pictures of the open scenario into textures for the UI.
    void refreshPictures();
    // A key event of the current ImGui context: input_ routes it, the Command it asks for is applied.
    void handleKey(const SDL_Event& event);

    GlWindow* window_ = nullptr;
    AppState state_;
    std::filesystem::path dataDir_;
    std::shared_ptr<const StructureLibrary> builtIns_;
    std::string language_;
    // Settings, recent files, the learner's answers, reflections and step, kept on this computer.
    std::unique_ptr<PersonalData> personal_;
    // The scenario file on stage: open, hot reload, the editor's preview.
    std::unique_ptr<ScenarioOnStage> onStage_;
    std::unique_ptr<StageRenderer> renderer_;
    std::unique_ptr<KeptFrame> kept_; // the last whole frame, when the next one would be the same
    FontFiles fontFiles_;
    UiFonts fonts_;
    Theme theme_ = projectorDarkTheme();
    TextureCache textures_;
    UiPictures pictures_;
    const LoadedScenario* picturesFor_ = nullptr;
    PresenterOutputs presenter_; // the presenter's window and the pictures of the room it shows
    AudienceView audience_;
    StageQuality stageQuality_ = StageQuality::Adaptive; // of the window's stage (setStageQuality)
    bool presenterOnly_ = false;
    WorkspaceView workspace_;
    PanelSettling panels_;        // the window's panels: frames still to draw
    std::uint64_t lastUiSum_ = 0; // what ImGui drew in the last frame (a checksum)
    bool lightStyle_ = false;
    InputRouter input_;       // keys between the panels and the app's key table
    ExportRunner export_;     // File → Export…: the dialog's folder and the export's child process
    PublishRunner publish_;   // File → Publish as web page…: where the web build is, the dialog's folder
    int faultsRecovered_ = 0; // crash notes written this session (a fault that repeats writes a few)
    class Host;               // what EditorFiles and ShowControl ask of the app, answered by this Studio (studio.cpp)
    std::unique_ptr<Host> host_;
    std::unique_ptr<ShowControl> show_;        // the show on the displays: windows, plans, the cursor
    std::unique_ptr<EditorFiles> editorFiles_; // the editor's saving, pictures, autosave and restore
    std::unique_ptr<LiveRoom> room_;           // phones answering during a show (off unless asked for)
};

} // namespace cs
