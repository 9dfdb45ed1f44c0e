// Commands: the only way input, widgets and scenarios change AppState (see applyCommand() in
// app_state.h). Panels and key handling produce them; nothing else mutates state.
#pragma once

#include "core/display_plan.h"
#include "core/editor/editor_state.h"
#include "core/editor/scenario_edit.h"
#include "core/room/room_status.h"

#include "core/scenario/diagnostic.h"
#include "core/user_data/learner_data.h"
#include "core/vocabulary.h"

#include <concepts>
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace cs {

struct LoadedScenario;

enum class Screen : std::uint8_t { Audience, Workspace };

// A scenario shipped with the app, for the start screen.
struct BuiltInScenario {
    std::string path;
    std::string titleEn, titleFr;       // enough to list it in either language
    std::vector<std::string> languages; // the scenario's, first is its default
    // Per language: the steps (from 1) with some text missing in it (the present dialog warns).
    std::map<std::string, std::vector<int>> stepsMissingLanguage;
    bool operator==(const BuiltInScenario&) const = default;
};

// One entry of a folder listing in the in-app file browser.
struct FolderEntry {
    std::string name;
    bool folder = false;
    bool operator==(const FolderEntry&) const = default;
};

namespace cmd {
// --- the stage -------------------------------------------------------------------------------
struct FlipFocusedCoin {
    static constexpr std::string_view kName = "FlipFocusedCoin";
};
struct RotateView {
    static constexpr std::string_view kName = "RotateView";
    float yawDeg = 0.0f;
    float pitchDeg = 0.0f;
};
struct ResetView {
    static constexpr std::string_view kName = "ResetView";
};
struct SetShow {
    static constexpr std::string_view kName = "SetShow";
    Show show;
};
struct PlaceCoin {
    static constexpr std::string_view kName = "PlaceCoin";
    std::string structureId;
    int at = -1; // index in the row; -1 = at the end
};
struct RemoveCoin {
    static constexpr std::string_view kName = "RemoveCoin";
    int index = 0;
};
struct MoveCoin {
    static constexpr std::string_view kName = "MoveCoin";
    int from = 0;
    int to = 0;
};
struct FocusCoin {
    static constexpr std::string_view kName = "FocusCoin";
    int index = 0;
};
struct PlacePersona {
    static constexpr std::string_view kName = "PlacePersona";
    std::string personaId;
};
struct RemovePersona {
    static constexpr std::string_view kName = "RemovePersona";
    std::string personaId;
};
struct PlayAction {
    static constexpr std::string_view kName = "PlayAction";
    Action action = Action::None; // on the coin in focus
};
// --- window and screen -------------------------------------------------------------------------
struct ToggleFullscreen {
    static constexpr std::string_view kName = "ToggleFullscreen";
};
struct LeaveFullscreen {
    static constexpr std::string_view kName = "LeaveFullscreen";
};
struct ChangeTextScale {
    static constexpr std::string_view kName = "ChangeTextScale";
    int direction = 0; // +1 larger, -1 smaller, 0 back to 100 %
};
struct SetReducedMotion {
    static constexpr std::string_view kName = "SetReducedMotion";
    bool on = false;
};
struct ToggleHelp {
    static constexpr std::string_view kName = "ToggleHelp";
};
struct ToggleProblems {
    static constexpr std::string_view kName = "ToggleProblems";
};
struct ToggleSources {
    static constexpr std::string_view kName = "ToggleSources";
}; // Help → Sources: the scenario's citations
struct ToggleGlossary {
    static constexpr std::string_view kName = "ToggleGlossary";
}; // Help → Glossary
struct SetScreen {
    static constexpr std::string_view kName = "SetScreen";
    Screen screen = Screen::Workspace;
};
struct OpenFileBrowser {
    static constexpr std::string_view kName = "OpenFileBrowser";
    bool forPresentation = false; // the file chosen is the present dialog's choice, not opened
};
struct CloseFileBrowser {
    static constexpr std::string_view kName = "CloseFileBrowser";
};
// The app read a folder for the file browser (or could not: `error`).
struct SetFolderListing {
    static constexpr std::string_view kName = "SetFolderListing";
    std::string folder;
    std::vector<FolderEntry> entries;
    std::string error;
};
struct Blackout {
    static constexpr std::string_view kName = "Blackout";
};
struct Whiteout {
    static constexpr std::string_view kName = "Whiteout";
};
struct EndBlankScreen {
    static constexpr std::string_view kName = "EndBlankScreen";
}; // any key returns from black-out / white-out
// --- the walkthrough -----------------------------------------------------------------------------
struct NextStep {
    static constexpr std::string_view kName = "NextStep";
};
struct PreviousStep {
    static constexpr std::string_view kName = "PreviousStep";
};
struct FirstStep {
    static constexpr std::string_view kName = "FirstStep";
};
struct LastStep {
    static constexpr std::string_view kName = "LastStep";
};
struct TypeStepDigit {
    static constexpr std::string_view kName = "TypeStepDigit";
    char digit = '0';
};
struct ClearStepDigits {
    static constexpr std::string_view kName = "ClearStepDigits";
};
struct GoToStep {
    static constexpr std::string_view kName = "GoToStep";
    int number = 1; // from 1
};
struct RevealAnswer {
    static constexpr std::string_view kName = "RevealAnswer";
}; // shows the question's answer to the room (presentation)
struct TogglePresenterOverlay {
    static constexpr std::string_view kName = "TogglePresenterOverlay";
}; // N: the presenter's notes over the audience view (one display)
// The one-display confirmation: the screen may be mirrored on the projector.
struct ConfirmPresenterOverlay {
    static constexpr std::string_view kName = "ConfirmPresenterOverlay";
    bool show = false;
};
// Presentation mode: the audience view fills a display; the notes go to the presenter side.
struct StartPresentation {
    static constexpr std::string_view kName = "StartPresentation";
    bool singleDisplay = true;     // no second display: the notes are an overlay (N)
    bool overlayConfirmed = false; // the mirrored-screen question was answered before (settings)
};
struct StopPresentation {
    static constexpr std::string_view kName = "StopPresentation";
};
struct SetSingleDisplay {
    static constexpr std::string_view kName = "SetSingleDisplay";
    bool single = true; // displays came or went during the show
};
// Quitting during a show is asked on the presenter side.
struct ConfirmQuit {
    static constexpr std::string_view kName = "ConfirmQuit";
    bool quit = false;
};
// The facilitator's start screen (File → Present…): scenario, language, display and theme, then Start.
struct TogglePresentSetup {
    static constexpr std::string_view kName = "TogglePresentSetup";
};
struct ChoosePresentDisplay {
    static constexpr std::string_view kName = "ChoosePresentDisplay";
    int display = 0; // from 1; 0 = automatic (a display other than the primary when there are several)
};
// The dialog's choices change nothing on stage until Start (cmd::Present).
struct ChoosePresentScenario {
    static constexpr std::string_view kName = "ChoosePresentScenario";
    std::string file; // "" = the scenario that is open
};
struct ChoosePresentLanguage {
    static constexpr std::string_view kName = "ChoosePresentLanguage";
    std::string language; // "" = the scenario's current language
};
struct ChoosePresentTheme {
    static constexpr std::string_view kName = "ChoosePresentTheme";
    bool light = false;
};
// File → Export pictures and handouts…: the folder and the picture size, then Export.
struct ToggleExportDialog {
    static constexpr std::string_view kName = "ToggleExportDialog";
};
struct SetExportFolder {
    static constexpr std::string_view kName = "SetExportFolder";
    std::string folder;
};
struct SetExportSize {
    static constexpr std::string_view kName = "SetExportSize";
    int width = 1920;
    int height = 1080;
};
// What the app layer found and how the export goes (the UI shows it; it never runs the export).
struct SetExportStatus {
    static constexpr std::string_view kName = "SetExportStatus";
    bool running = false;
    double fraction = 0.0;
    std::string message;
    std::vector<std::string> foreign; // files not written by the app that an export would replace
};
// File → Publish as web page…: the folder, then Publish.
struct TogglePublishDialog {
    static constexpr std::string_view kName = "TogglePublishDialog";
};
struct SetPublishFolder {
    static constexpr std::string_view kName = "SetPublishFolder";
    std::string folder;
};
// What the app layer found when publishing (the UI shows it; it never publishes itself).
struct SetPublishStatus {
    static constexpr std::string_view kName = "SetPublishStatus";
    bool published = false;
    std::string message;               // where it was published, or why not; "" = nothing to say
    std::vector<std::string> problems; // the scenario's problems as --check prints them
    std::vector<std::string> foreign;  // files no publish wrote that publishing would replace
};
// Where the web build was found ("" = none): the menu item is enabled only with one.
struct SetWebBuild {
    static constexpr std::string_view kName = "SetWebBuild";
    std::string folder;
};
// Publishes the scenario on stage into the dialog's folder. Files there that no publish wrote are
// replaced only when `replaceForeign` (the dialog asked first).
struct PublishWebPage {
    static constexpr std::string_view kName = "PublishWebPage";
    bool replaceForeign = false;
};
// "Room answers (phones)" in the present dialog: the show opens the live room (off by default).
struct ChoosePresentRoom {
    static constexpr std::string_view kName = "ChoosePresentRoom";
    bool on = false;
};
// The live room as the app layer runs it: opened, counting, closed (a default RoomStatus).
struct SetRoomStatus {
    static constexpr std::string_view kName = "SetRoomStatus";
    RoomStatus status;
};
// The displays the system has now (the app layer sends them when they change).
struct SetDisplays {
    static constexpr std::string_view kName = "SetDisplays";
    std::vector<DisplayInfo> displays;
};
// Predict, then reveal: the learner picks a choice (from 1) of the current step's question.
struct ChooseAnswer {
    static constexpr std::string_view kName = "ChooseAnswer";
    int step = 0;   // index from 0
    int choice = 1; // from 1
};
// The private reflection of a step, as typed so far.
struct SetReflection {
    static constexpr std::string_view kName = "SetReflection";
    int step = 0;
    std::string text;
};
// The step's content note has been read: its content may show.
struct AcknowledgeContentNote {
    static constexpr std::string_view kName = "AcknowledgeContentNote";
};
struct SetLanguage {
    static constexpr std::string_view kName = "SetLanguage";
    std::string language; // "en", "fr", … (from the scenario's languages)
};
// The learner's earlier answers and reflections for the open scenario (loaded by the app), by step index;
// those whose step the scenario no longer has are kept aside, for Settings to list.
struct SetLearnerData {
    static constexpr std::string_view kName = "SetLearnerData";
    std::map<int, int> answers;
    std::map<int, std::string> reflections;
    std::vector<OrphanedLearnerEntry> orphans;
};
// "You were at step N last time": offered once after opening (never during a presentation).
struct OfferResume {
    static constexpr std::string_view kName = "OfferResume";
    int step = 0; // index from 0
};
struct AnswerResume {
    static constexpr std::string_view kName = "AnswerResume";
    bool resume = false; // true: go to the offered step; false: stay at the start
};
// --- settings (the app saves them) --------------------------------------------------------------
struct ToggleSettings {
    static constexpr std::string_view kName = "ToggleSettings";
};
struct SetTheme {
    static constexpr std::string_view kName = "SetTheme";
    bool light = false;
};
struct SetSaveNothing {
    static constexpr std::string_view kName = "SetSaveNothing";
    bool on = false;
};
struct SetAskToResume {
    static constexpr std::string_view kName = "SetAskToResume";
    bool on = true;
};
// All preferences at once (loaded from the settings file, or back to defaults).
struct SetPreferences {
    static constexpr std::string_view kName = "SetPreferences";
    float textScale = 1.0f;
    bool reducedMotion = false;
    bool lightTheme = false;
    bool saveNothing = false;
    bool askToResume = true;
};
// Messages for the person at the laptop (a damaged settings file, where an export went …).
struct AddNotice {
    static constexpr std::string_view kName = "AddNotice";
    std::string text;
};
struct DismissNotices {
    static constexpr std::string_view kName = "DismissNotices";
};
struct SetRecentFiles {
    static constexpr std::string_view kName = "SetRecentFiles";
    std::vector<std::string> files;
};
// --- documents -----------------------------------------------------------------------------------
// A scenario that loaded without errors. keepStep: a reload of the open file (stay on the current
// step, clamped); otherwise start at `startStep` (index from 0).
struct LoadScenario {
    static constexpr std::string_view kName = "LoadScenario";
    std::shared_ptr<const LoadedScenario> scenario;
    bool keepStep = false;
    int startStep = 0;
};
struct CloseScenario {
    static constexpr std::string_view kName = "CloseScenario";
};
struct SetBuiltInScenarios {
    static constexpr std::string_view kName = "SetBuiltInScenarios";
    std::vector<BuiltInScenario> scenarios;
};
// Problems of the latest load or reload. `stale`: the file is broken and the last good version is
// still on show.
struct SetProblems {
    static constexpr std::string_view kName = "SetProblems";
    std::vector<Diagnostic> problems;
    bool stale = false;
};
// --- the scenario editor ------------------------------------------------------------------
// The app layer read the file to edit (or made a new one): the editor opens on it. `file` "" = not
// saved anywhere yet. `hadComments`: the file had comments, which saving in canonical form drops.
struct StartEditing {
    static constexpr std::string_view kName = "StartEditing";
    std::string file;
    Scenario scenario;
    bool hadComments = false;
    Scenario saved;          // what is on disk (differs from `scenario` for a restored autosave)
    bool savedKnown = false; // false: `saved` = `scenario`
    std::string status;      // shown in the editor ("Restored the unsaved changes of …")
};
struct CloseEditor {
    static constexpr std::string_view kName = "CloseEditor";
}; // asks first when there are unsaved changes (LeaveKind::CloseEditor)
struct EditScenario {
    static constexpr std::string_view kName = "EditScenario";
    ScenarioEdit edit;
};
struct Undo {
    static constexpr std::string_view kName = "Undo";
};
struct Redo {
    static constexpr std::string_view kName = "Redo";
};
struct SelectEditorItem {
    static constexpr std::string_view kName = "SelectEditorItem";
    Part part = Part::Scenario;
    int item = 0;
};
// The app layer checked revision `revision` of the edited scenario (checkEdited).
struct SetEditorCheck {
    static constexpr std::string_view kName = "SetEditorCheck";
    std::uint64_t revision = 0;
    EditedCheck check;
};
// Before the first save of a file with comments: save anyway (dropping them) or not now.
struct AskAboutComments {
    static constexpr std::string_view kName = "AskAboutComments";
};
struct AnswerComments {
    static constexpr std::string_view kName = "AnswerComments";
    bool save = false;
};
// Something that would lose unsaved changes was asked for: the editor asks first.
struct AskBeforeLeaving {
    static constexpr std::string_view kName = "AskBeforeLeaving";
    LeaveKind kind = LeaveKind::None;
    std::string target; // the file to open next, for OpenFile
};
struct AnswerLeave {
    static constexpr std::string_view kName = "AnswerLeave";
    LeaveAnswer answer = LeaveAnswer::Cancel;
};
// Save as… / New from template…: the folder question.
struct ShowSaveAs {
    static constexpr std::string_view kName = "ShowSaveAs";
    bool forNew = false;
};
struct SetSaveAsFolder {
    static constexpr std::string_view kName = "SetSaveAsFolder";
    std::string folder;
};
struct HideSaveAs {
    static constexpr std::string_view kName = "HideSaveAs";
};
// How a save went (the app layer wrote the file): error "" = `scenario` is now what is on disk at `file`.
struct EditorSaved {
    static constexpr std::string_view kName = "EditorSaved";
    std::string file;
    Scenario scenario;
    std::string error;
    std::string status; // "Saved at 14:02" …
    // With an error: the new version is in `file` all the same, not confirmed as safely on the disk. The
    // editor then edits `file` (Save writes it again) and the edit still counts as unsaved.
    bool inPlace = false;
};
struct SetEditorStatus {
    static constexpr std::string_view kName = "SetEditorStatus";
    std::string text;
    bool error = false;
};
// An autosave from a session that did not end cleanly was found at start-up.
struct OfferRestore {
    static constexpr std::string_view kName = "OfferRestore";
    RestoreOffer offer;
};
struct DismissRestore {
    static constexpr std::string_view kName = "DismissRestore";
};
// --- effects: the app layer carries these out (file system, clipboard); core ignores them ------
struct OpenFile {
    static constexpr std::string_view kName = "OpenFile";
    std::string path;
};
struct ReloadFile {
    static constexpr std::string_view kName = "ReloadFile";
};
struct BrowseFolder {
    static constexpr std::string_view kName = "BrowseFolder";
    std::string path;
};
// A path typed into the file browser: a folder is browsed, anything else chosen as a file (the app
// looks at the disk; see commandsForChosenPath).
struct ChooseTypedPath {
    static constexpr std::string_view kName = "ChooseTypedPath";
    std::string path;
};
struct CopyText {
    static constexpr std::string_view kName = "CopyText";
    std::string text;
};
struct ExportReflections {
    static constexpr std::string_view kName = "ExportReflections";
}; // the open scenario's reflections to a Markdown file
// The web page: the browser's own file picker for a scenario file (or a whole folder) on the device.
struct PickFromDevice {
    static constexpr std::string_view kName = "PickFromDevice";
    bool folder = false;
};
struct DeleteAllMyData {
    static constexpr std::string_view kName = "DeleteAllMyData";
}; // settings, recent files, answers, reflections, resume data
struct RequestQuit {
    static constexpr std::string_view kName = "RequestQuit";
};
// Starts a show: the audience view fullscreen on display `display` (from 1; 0 = automatic), the
// presenter's notes in a window on another display, or as an overlay (N) with one display.
struct Present {
    static constexpr std::string_view kName = "Present";
    int display = 0;
};
// Runs the export in the background. Files in the folder that the app did not write are replaced
// only when `replaceForeign` (the dialog asked first).
struct StartExport {
    static constexpr std::string_view kName = "StartExport";
    bool replaceForeign = false;
};
struct CancelExport {
    static constexpr std::string_view kName = "CancelExport";
};
// The editor's effects. OpenEditor: edit the open scenario (or, with none open, a new one from the
// template, not yet saved anywhere).
struct OpenEditor {
    static constexpr std::string_view kName = "OpenEditor";
};
struct SaveScenario {
    static constexpr std::string_view kName = "SaveScenario";
};
struct SaveScenarioAs {
    static constexpr std::string_view kName = "SaveScenarioAs";
    std::string folder; // created when missing; the scenario's images are copied along
};
struct NewFromTemplate {
    static constexpr std::string_view kName = "NewFromTemplate";
    std::string folder; // "" = not saved anywhere until Save as…
};
// Copies a PNG or JPEG into the scenario's images/ folder and sets `ref` (a persona's or a step's Image).
struct AddImage {
    static constexpr std::string_view kName = "AddImage";
    FieldRef ref;
    std::string path;
};
struct AnswerRestore {
    static constexpr std::string_view kName = "AnswerRestore";
    bool restore = false; // false: the autosave is deleted
};
} // namespace cmd

// Every command, once: the variant's alternatives and Command's constructors both come from this
// list. Every command names itself (`static constexpr std::string_view kName`): a command added to
// the list without a name does not compile.
// clang-format off
#define COINSTUDIO_COMMANDS(X)    \
    X(FlipFocusedCoin)            \
    X(RotateView)                 \
    X(ResetView)                  \
    X(SetShow)                    \
    X(PlaceCoin)                  \
    X(RemoveCoin)                 \
    X(MoveCoin)                   \
    X(FocusCoin)                  \
    X(PlacePersona)               \
    X(RemovePersona)              \
    X(PlayAction)                 \
    X(ToggleFullscreen)           \
    X(LeaveFullscreen)            \
    X(ChangeTextScale)            \
    X(SetReducedMotion)           \
    X(ToggleHelp)                 \
    X(ToggleProblems)             \
    X(ToggleSources)              \
    X(ToggleGlossary)             \
    X(SetScreen)                  \
    X(OpenFileBrowser)            \
    X(CloseFileBrowser)           \
    X(SetFolderListing)           \
    X(Blackout)                   \
    X(Whiteout)                   \
    X(EndBlankScreen)             \
    X(NextStep)                   \
    X(PreviousStep)               \
    X(FirstStep)                  \
    X(LastStep)                   \
    X(TypeStepDigit)              \
    X(ClearStepDigits)            \
    X(GoToStep)                   \
    X(RevealAnswer)               \
    X(TogglePresenterOverlay)     \
    X(ConfirmPresenterOverlay)    \
    X(StartPresentation)          \
    X(StopPresentation)           \
    X(SetSingleDisplay)           \
    X(ConfirmQuit)                \
    X(TogglePresentSetup)         \
    X(ChoosePresentDisplay)       \
    X(ChoosePresentScenario)      \
    X(ChoosePresentLanguage)      \
    X(ChoosePresentTheme)         \
    X(ChoosePresentRoom)          \
    X(SetRoomStatus)              \
    X(SetDisplays)                \
    X(ToggleExportDialog)         \
    X(SetExportFolder)            \
    X(SetExportSize)              \
    X(SetExportStatus)            \
    X(TogglePublishDialog)        \
    X(SetPublishFolder)           \
    X(SetPublishStatus)           \
    X(SetWebBuild)                \
    X(PublishWebPage)             \
    X(ChooseAnswer)               \
    X(SetReflection)              \
    X(AcknowledgeContentNote)     \
    X(SetLanguage)                \
    X(SetLearnerData)             \
    X(OfferResume)                \
    X(AnswerResume)               \
    X(ToggleSettings)             \
    X(SetTheme)                   \
    X(SetSaveNothing)             \
    X(SetAskToResume)             \
    X(SetPreferences)             \
    X(AddNotice)                  \
    X(DismissNotices)             \
    X(SetRecentFiles)             \
    X(LoadScenario)               \
    X(CloseScenario)              \
    X(SetBuiltInScenarios)        \
    X(SetProblems)                \
    X(OpenFile)                   \
    X(ReloadFile)                 \
    X(BrowseFolder)               \
    X(ChooseTypedPath)            \
    X(CopyText)                   \
    X(ExportReflections)          \
    X(PickFromDevice)             \
    X(DeleteAllMyData)            \
    X(RequestQuit)                \
    X(Present)                    \
    X(StartExport)                \
    X(CancelExport)               \
    X(StartEditing)               \
    X(CloseEditor)                \
    X(EditScenario)               \
    X(Undo)                       \
    X(Redo)                       \
    X(SelectEditorItem)           \
    X(SetEditorCheck)             \
    X(AskAboutComments)           \
    X(AnswerComments)             \
    X(AskBeforeLeaving)           \
    X(AnswerLeave)                \
    X(ShowSaveAs)                 \
    X(SetSaveAsFolder)            \
    X(HideSaveAs)                 \
    X(EditorSaved)                \
    X(SetEditorStatus)            \
    X(OfferRestore)               \
    X(DismissRestore)             \
    X(OpenEditor)                 \
    X(SaveScenario)               \
    X(SaveScenarioAs)             \
    X(NewFromTemplate)            \
    X(AddImage)                   \
    X(AnswerRestore)
// clang-format on

template <typename T>
concept NamedCommand = requires {
    { T::kName } -> std::convertible_to<std::string_view>;
};

namespace detail {
// Drops the first type: the list below expands to ", cmd::A, cmd::B, ...".
template <typename Ignored, NamedCommand... Commands> struct CommandVariantOf {
    using type = std::variant<Commands...>;
};
#define COINSTUDIO_COMMAND_TYPE(Name) , cmd::Name
using CommandVariant = CommandVariantOf<void COINSTUDIO_COMMANDS(COINSTUDIO_COMMAND_TYPE)>::type;
#undef COINSTUDIO_COMMAND_TYPE
} // namespace detail

// One command. A class around the variant, not the variant itself: every panel makes and copies
// commands, and copying, moving or destroying a variant of ~100 alternatives is a lot of code. Here
// those, and one constructor per command, are compiled once (commands.cpp) instead of in every file
// that emits a command, which made each such file take ~30 s to build under the sanitizers.
class Command {
  public:
    using Variant = detail::CommandVariant;

#define COINSTUDIO_COMMAND_CONSTRUCTOR(Name) Command(cmd::Name command);
    COINSTUDIO_COMMANDS(COINSTUDIO_COMMAND_CONSTRUCTOR)
#undef COINSTUDIO_COMMAND_CONSTRUCTOR

    Command(const Command& other);
    Command(Command&& other) noexcept;
    Command& operator=(const Command& other);
    Command& operator=(Command&& other) noexcept;
    ~Command();

    template <NamedCommand T> bool holds() const {
        return std::holds_alternative<T>(variant_);
    }
    template <NamedCommand T> const T* get_if() const {
        return std::get_if<T>(&variant_);
    }
    // The command of type T; std::bad_variant_access when it is another (see holds()).
    template <NamedCommand T> const T& get() const {
        return std::get<T>(variant_);
    }
    // For std::visit (in the few places that handle every kind).
    const Variant& variant() const {
        return variant_;
    }

  private:
    Variant variant_;
};

// The command's name (its type's), for logs and test messages.
const char* commandName(const Command& command);

} // namespace cs
