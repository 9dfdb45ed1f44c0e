// The audience view (what a projector shows): stage labels, caption band, help and blank screens.
#pragma once

#include "ui/caption_panel.h"
#include "ui/help_overlay.h"
#include "ui/stage_input.h"
#include "ui/stage_labels.h"
#include "ui/stage_overlay.h"

namespace cs {

class AudienceView {
public:
    // Draws every part of the view for this ImGui frame and returns what the user asked for.
    CommandList draw(const UiContext& ui);

private:
    StageInput stageInput_;
    StageLabelsPanel labels_;
    StageOverlay overlay_;
    CaptionPanel caption_;
    HelpOverlay help_;
};

} // namespace cs
