// The in-app scenario editor's state: the scenario being edited, what was last saved, the
// undo history, the item selected in the outline and the live diagnostics. Lives in AppState; only
// applyCommand changes it.
#pragma once

#include "core/editor/scenario_edit.h"
#include "core/scenario/diagnostic.h"
#include "core/scenario/model.h"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cs {

class StructureLibrary;

// A diagnostic of the edited scenario, placed at the item and key it is about, so the form can show it
// next to the field. key "" = about the item as a whole (or the file, when part is Scenario).
struct FieldProblem {
    Part part = Part::Scenario;
    int item = 0;
    std::string key; // the file key: "title", "focus", "question", "positions" …
    Diagnostic diagnostic;
    bool operator==(const FieldProblem&) const = default;
};

// What `--check` would say about the edited scenario, placed on its fields.
struct EditedCheck {
    std::vector<Diagnostic> diagnostics; // line:col in the canonical text the scenario saves as
    std::vector<FieldProblem> problems;  // the same, by item and key
    bool valid = false;                  // no errors: the scene can preview it
};

// Writes the scenario as it would be saved and checks that text exactly as `--check` does (the same
// parser and rules), images relative to `folder` (empty: image files are not looked at).
EditedCheck checkEdited(const Scenario& scenario, const std::filesystem::path& folder,
                        const StructureLibrary& builtIns);

// True when TOML text has a comment (a '#' outside every string): saving in canonical form drops them.
bool hasTomlComments(std::string_view text);

// One step of the undo history: the scenario before an edit (and the selection then).
struct UndoEntry {
    Scenario before;
    Part part = Part::Scenario;
    int item = 0;
    std::optional<ScenarioEdit> edit; // the edit that followed (for merging typing into one step)
    std::string label;                // describeEdit(), for the Edit menu
};

// What the person asked to do while there were unsaved changes: asked first (Save, Don't save, Cancel).
enum class LeaveKind : std::uint8_t {
    None,
    Quit,
    OpenFile,
    NewFromTemplate,
    CloseEditor,
    CloseScenario,
    RestoreAutosave
};
enum class LeaveAnswer : std::uint8_t { Save, Discard, Cancel };

struct EditorState {
    bool open = false;
    // Where Save writes; "" = nowhere yet (a new scenario, or a built-in one): Save asks for a folder.
    std::string file;
    Scenario scenario;           // what is being edited
    Scenario saved;              // as last opened or saved: unsaved changes = scenario != saved
    std::uint64_t revision = 0;  // goes up with every change of `scenario` (preview, checks, autosave)
    std::vector<UndoEntry> undo; // unlimited within a session
    std::vector<UndoEntry> redo;
    bool mergeOpen = false; // the next edit of the same field may join the last undo step
    Part selectedPart = Part::Scenario;
    int selectedItem = 0;

    EditedCheck check; // of `scenario` at `checkedRevision` (the app layer runs it)
    std::uint64_t checkedRevision = 0;

    bool hadComments = false; // the file had comments: saving drops them (asked before the 1st save)
    bool commentsQuestionPending = false;
    bool commentsAccepted = false;

    LeaveKind leavePending = LeaveKind::None; // "save the changes first?" asked
    std::string leaveTarget;                  // the file to open next (OpenFile)

    bool saveAsVisible = false; // the Save as… / New… folder question
    std::string saveAsFolder;   // the folder typed there
    bool saveAsForNew = false;  // the dialog makes a new scenario from the template

    std::string status; // "Saved 14:02", an error from the last save, "Restored from autosave" …
    bool statusIsError = false;

    bool dirty() const { return open && scenario != saved; }
};

// What an autosave found at start-up holds (offered once, never during a show).
struct RestoreOffer {
    std::string autosaveFile; // where the unsaved edit was kept
    std::string originalFile; // the scenario file it belongs to ("" = never saved)
    std::string title;        // for the question
    bool operator==(const RestoreOffer&) const = default;
};

} // namespace cs
