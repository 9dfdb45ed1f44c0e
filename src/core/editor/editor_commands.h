// How the scenario editor's Commands change AppState (called from applyCommand): edits with unlimited
// undo/redo, the outline's selection, the questions asked before losing or rewriting anything.
#pragma once

#include "core/commands.h"

namespace cs {

struct AppState;

void applyEditorCommand(AppState& state, const cmd::StartEditing& c);
void applyEditorCommand(AppState& state, const cmd::CloseEditor& c);
void applyEditorCommand(AppState& state, const cmd::EditScenario& c);
void applyEditorCommand(AppState& state, const cmd::Undo& c);
void applyEditorCommand(AppState& state, const cmd::Redo& c);
void applyEditorCommand(AppState& state, const cmd::SelectEditorItem& c);
void applyEditorCommand(AppState& state, const cmd::SetEditorCheck& c);
void applyEditorCommand(AppState& state, const cmd::AskAboutComments& c);
void applyEditorCommand(AppState& state, const cmd::AnswerComments& c);
void applyEditorCommand(AppState& state, const cmd::AskBeforeLeaving& c);
void applyEditorCommand(AppState& state, const cmd::AnswerLeave& c);
void applyEditorCommand(AppState& state, const cmd::ShowSaveAs& c);
void applyEditorCommand(AppState& state, const cmd::SetSaveAsFolder& c);
void applyEditorCommand(AppState& state, const cmd::HideSaveAs& c);
void applyEditorCommand(AppState& state, const cmd::EditorSaved& c);
void applyEditorCommand(AppState& state, const cmd::SetEditorStatus& c);
void applyEditorCommand(AppState& state, const cmd::OfferRestore& c);
void applyEditorCommand(AppState& state, const cmd::DismissRestore& c);

// The step the editor's preview shows for the current selection (index from 0; -1: keep the current).
int editorPreviewStep(const EditorState& editor);

} // namespace cs
