// Composition of the workspace's panels (drawn back to front).
#include "ui/workspace_view.h"

namespace cs {

CommandList WorkspaceView::draw(const UiContext& ui) {
    CommandList out;
    stageInput_.drawContent(ui, out);
    labels_.drawContent(ui, out);
    overlay_.drawContent(ui, out);
    menu_.drawContent(ui, out);
    // Open, the editor takes the palette's and the step panel's places and lists its own live
    // problems under the stage (the file's load problems are among them).
    editor_.drawContent(ui, out);
    if (!ui.state.editor.open) {
        palette_.drawContent(ui, out);
        step_.drawContent(ui, out);
        problems_.drawContent(ui, out);
    }
    browser_.drawContent(ui, out);
    sources_.drawContent(ui, out);
    glossary_.drawContent(ui, out);
    settings_.drawContent(ui, out);
    present_.drawContent(ui, out);
    export_.drawContent(ui, out);
    publish_.drawContent(ui, out);
    help_.drawContent(ui, out);
    editorQuestions_.drawContent(ui, out); // modal: last, over everything
    return out;
}

} // namespace cs
