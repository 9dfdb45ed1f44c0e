// The scenario editor's state changes: every edit goes through applyEdit() with the scenario before it
// kept for undo, so undo and redo restore exact states; typing in one field is one undo step.
#include "core/editor/editor_commands.h"

#include "core/app_state.h"

#include <algorithm>

namespace cs {

namespace {

void clampSelection(EditorState& e) {
    const int n = itemCount(e.scenario, e.selectedPart);
    if (e.selectedPart == Part::Scenario || n <= 0) {
        if (n <= 0) e.selectedPart = Part::Scenario;
        e.selectedItem = 0;
        return;
    }
    e.selectedItem = std::clamp(e.selectedItem, 0, n - 1);
}

// Where the selection goes after an edit: to what the edit made or moved, so the form stays on it.
void followEdit(EditorState& e, const ScenarioEdit& edit) {
    if (const auto* a = std::get_if<edit::AddItem>(&edit)) {
        e.selectedPart = a->part;
        const int n = itemCount(e.scenario, a->part);
        e.selectedItem = a->at < 0 || a->at >= n ? n - 1 : a->at;
    } else if (const auto* d = std::get_if<edit::DuplicateItem>(&edit)) {
        e.selectedPart = d->part;
        e.selectedItem = d->index + 1;
    } else if (const auto* m = std::get_if<edit::MoveItem>(&edit)) {
        e.selectedPart = m->part;
        e.selectedItem = m->to;
    } else if (const auto* x = std::get_if<edit::DeleteItem>(&edit)) {
        e.selectedPart = x->part;
        e.selectedItem = std::min(x->index, itemCount(e.scenario, x->part) - 1);
    }
    clampSelection(e);
}

void restore(EditorState& e, UndoEntry& from, std::vector<UndoEntry>& to) {
    UndoEntry back;
    back.before = std::move(e.scenario);
    back.part = e.selectedPart;
    back.item = e.selectedItem;
    back.label = from.label;
    to.push_back(std::move(back));
    e.scenario = std::move(from.before);
    e.selectedPart = from.part;
    e.selectedItem = from.item;
    clampSelection(e);
    ++e.revision;
    e.mergeOpen = false;
}

// Closed: nothing kept but the revision count (so a later StartEditing is a new revision).
void closeEditor(EditorState& e) {
    const std::uint64_t revision = e.revision;
    e = EditorState{};
    e.revision = revision;
}

} // namespace

int editorPreviewStep(const EditorState& editor) {
    return editor.selectedPart == Part::Step ? editor.selectedItem : -1;
}

void applyEditorCommand(AppState& s, const cmd::StartEditing& c) {
    EditorState e;
    e.open = true;
    e.file = c.file;
    e.scenario = c.scenario;
    e.saved = c.savedKnown ? c.saved : c.scenario;
    e.hadComments = c.hadComments;
    e.status = c.status;
    e.revision = s.editor.revision + 1; // a new revision: the app checks and previews it
    // The outline starts where the walkthrough is, so the preview does not jump.
    if (s.step >= 0 && s.step < itemCount(e.scenario, Part::Step)) {
        e.selectedPart = Part::Step;
        e.selectedItem = s.step;
    }
    s.editor = std::move(e);
    s.screen = Screen::Workspace;
}

void applyEditorCommand(AppState& s, const cmd::CloseEditor&) {
    if (!s.editor.open) return;
    if (s.editor.dirty()) {
        s.editor.leavePending = LeaveKind::CloseEditor;
        return;
    }
    closeEditor(s.editor);
}

void applyEditorCommand(AppState& s, const cmd::EditScenario& c) {
    EditorState& e = s.editor;
    if (!e.open) return;
    Scenario before = e.scenario;
    const std::string error = applyEdit(e.scenario, c.edit);
    if (!error.empty()) {
        e.status = error;
        e.statusIsError = true;
        return;
    }
    if (e.scenario == before) return; // nothing changed: no undo step
    const bool merge =
        e.mergeOpen && !e.undo.empty() && e.undo.back().edit && mergesWithPrevious(*e.undo.back().edit, c.edit);
    if (merge) {
        e.undo.back().edit = c.edit;
    } else {
        UndoEntry entry;
        entry.before = std::move(before);
        entry.part = e.selectedPart;
        entry.item = e.selectedItem;
        entry.edit = c.edit;
        entry.label = describeEdit(c.edit);
        e.undo.push_back(std::move(entry));
    }
    e.redo.clear();
    e.mergeOpen = true;
    followEdit(e, c.edit);
    ++e.revision;
    if (e.statusIsError) {
        e.status.clear();
        e.statusIsError = false;
    }
}

void applyEditorCommand(AppState& s, const cmd::Undo&) {
    EditorState& e = s.editor;
    if (!e.open || e.undo.empty()) return;
    UndoEntry entry = std::move(e.undo.back());
    e.undo.pop_back();
    restore(e, entry, e.redo);
}

void applyEditorCommand(AppState& s, const cmd::Redo&) {
    EditorState& e = s.editor;
    if (!e.open || e.redo.empty()) return;
    UndoEntry entry = std::move(e.redo.back());
    e.redo.pop_back();
    restore(e, entry, e.undo);
}

void applyEditorCommand(AppState& s, const cmd::SelectEditorItem& c) {
    EditorState& e = s.editor;
    if (!e.open) return;
    const int n = itemCount(e.scenario, c.part);
    if (c.part != Part::Scenario && (c.item < 0 || c.item >= n)) return;
    e.selectedPart = c.part;
    e.selectedItem = c.part == Part::Scenario ? 0 : c.item;
    e.mergeOpen = false;
}

void applyEditorCommand(AppState& s, const cmd::SetEditorCheck& c) {
    EditorState& e = s.editor;
    if (!e.open || c.revision != e.revision) return; // an older revision's check: a newer one follows
    e.check = c.check;
    e.checkedRevision = c.revision;
}

void applyEditorCommand(AppState& s, const cmd::AskAboutComments&) {
    if (!s.editor.open) return;
    s.editor.commentsQuestionPending = true;
    s.screen = Screen::Workspace;
}

void applyEditorCommand(AppState& s, const cmd::AnswerComments& c) {
    s.editor.commentsQuestionPending = false;
    if (c.save) s.editor.commentsAccepted = true;
}

void applyEditorCommand(AppState& s, const cmd::AskBeforeLeaving& c) {
    if (!s.editor.dirty()) return;
    s.editor.leavePending = c.kind;
    s.editor.leaveTarget = c.target;
    s.screen = Screen::Workspace; // the question is the editor's: it must be on screen
}

void applyEditorCommand(AppState& s, const cmd::AnswerLeave& c) {
    EditorState& e = s.editor;
    if (e.leavePending == LeaveKind::None) return;
    if (c.answer == LeaveAnswer::Cancel) {
        e.leavePending = LeaveKind::None;
        e.leaveTarget.clear();
        return;
    }
    if (c.answer == LeaveAnswer::Discard) {
        // The edits are dropped. Quitting and closing the editor go on here; opening another file,
        // a new scenario or a restore are the app layer's (it reads files).
        const LeaveKind kind = e.leavePending;
        e.scenario = e.saved;
        e.leavePending = LeaveKind::None;
        if (kind == LeaveKind::Quit) s.quitRequested = true;
        if (kind == LeaveKind::CloseEditor) closeEditor(s.editor);
    }
    // Save: the app layer saves, then goes on (or, when saving fails, keeps the question away and
    // shows the error: the edit stays in memory).
}

void applyEditorCommand(AppState& s, const cmd::ShowSaveAs& c) {
    s.editor.saveAsVisible = true;
    s.editor.saveAsForNew = c.forNew;
}

void applyEditorCommand(AppState& s, const cmd::SetSaveAsFolder& c) {
    s.editor.saveAsFolder = c.folder;
}

void applyEditorCommand(AppState& s, const cmd::HideSaveAs&) {
    s.editor.saveAsVisible = false;
}

void applyEditorCommand(AppState& s, const cmd::EditorSaved& c) {
    EditorState& e = s.editor;
    if (!e.open) return;
    if (!c.error.empty()) {
        e.status = c.error;
        e.statusIsError = true;
        if (c.inPlace) e.file = c.file;
        return;
    }
    e.file = c.file;
    e.saved = c.scenario;
    e.hadComments = false; // the file on disk is now the canonical form
    e.status = c.status;
    e.statusIsError = false;
    e.saveAsVisible = false;
    e.mergeOpen = false;
}

void applyEditorCommand(AppState& s, const cmd::SetEditorStatus& c) {
    s.editor.status = c.text;
    s.editor.statusIsError = c.error;
}

void applyEditorCommand(AppState& s, const cmd::OfferRestore& c) {
    // Never asked in front of a room (no dialog ever appears on the audience view): the app offers it again after the
    // show.
    if (s.presentation.active) return;
    s.restoreOffer = c.offer;
}

void applyEditorCommand(AppState& s, const cmd::DismissRestore&) {
    s.restoreOffer.reset();
}

} // namespace cs
