// Composition of the audience view's panels.
#include "ui/audience_view.h"

#include <imgui.h>

namespace cs {

CommandList AudienceView::draw(const UiContext& ui) {
    CommandList out;
    if (ui.state.blackout || ui.state.whiteout) {
        // Nothing of the show may peek through a blanked screen.
        const Rgb8 c = ui.state.blackout ? Rgb8{0, 0, 0} : Rgb8{255, 255, 255};
        ImGui::GetForegroundDrawList()->AddRectFilled(ImVec2(0, 0), ImVec2(ui.framebuffer.x, ui.framebuffer.y),
                                                      toImColor(c));
        return out;
    }
    stageInput_.drawContent(ui, out);
    labels_.drawContent(ui, out);
    overlay_.drawContent(ui, out);
    caption_.drawContent(ui, out);
    help_.drawContent(ui, out);
    return out;
}

} // namespace cs
