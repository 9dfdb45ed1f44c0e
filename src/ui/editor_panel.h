// The scenario editor, beside the live scene: the outline of the scenario (left), the form
// of the selected item (right), the live problems under the stage, and the questions the editor asks
// before saving over comments, losing changes or restoring an autosave.
#pragma once

#include "ui/editor_fields.h"
#include "ui/panel.h"

namespace cs {

// Drawn instead of the palette and the step panel while state.editor.open: the outline in
// layout.palette, the form in layout.side, the problems in layout.problems (computeEditorLayout).
class EditorPanel final : public Panel {
  public:
    void drawContent(const UiContext& ui, CommandList& out) override;

  private:
    void drawOutline(const UiContext& ui, CommandList& out);
    void drawFormWindow(const UiContext& ui, CommandList& out);
    void drawProblemList(const UiContext& ui, CommandList& out);

    ImageChooser image_;
    // The outline item keyboard navigation was last on: moving onto another one selects it (as in a
    // list box), without fighting a selection that changed some other way (undo, a click elsewhere).
    int navItem_ = -1;
};

// The editor's questions (unsaved changes, comments, Save as… / New…, restoring an autosave), one at
// a time as a modal pop-up, reachable by keyboard. Drawn whether or not the editor is open (the
// restore offer comes at start-up), never during a presentation.
class EditorQuestions final : public Panel {
  public:
    void drawContent(const UiContext& ui, CommandList& out) override;
};

} // namespace cs
