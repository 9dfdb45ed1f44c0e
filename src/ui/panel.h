// The one small base every view derives from: it reads const state and returns Commands.
#pragma once

#include "core/app_state.h"
#include "core/commands.h"
#include "core/stage_geometry.h"
#include "ui/fonts.h"
#include "ui/theme.h"

#include <vector>

namespace cs {

using CommandList = std::vector<Command>;

struct AudienceLayout {
    PixelRect stage;   // where the coins are framed
    PixelRect caption; // the band with the step title and text
    float scale = 1.0f;
};

// Everything a panel may look at while drawing. Nothing here is mutable.
struct UiContext {
    const AppState& state;
    const StageView& stage;
    const UiFonts& fonts;
    const Theme& theme;
    const AudienceLayout& layout;
    glm::vec2 framebuffer{0.0f};
};

class Panel {
public:
    virtual ~Panel() = default;
    // Draws with ImGui into the current frame; appends the Commands the user's input asked for.
    virtual void drawContent(const UiContext& ui, CommandList& out) = 0;
};

// Splits the framebuffer into the stage and the caption band of the audience view.
AudienceLayout computeAudienceLayout(glm::vec2 framebuffer, float fontScale);

} // namespace cs
