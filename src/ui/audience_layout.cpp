// How the audience view and the workspace divide the framebuffer.
#include "ui/panel.h"

#include <algorithm>
#include <cmath>

namespace cs {

ViewLayout computeAudienceLayout(glm::vec2 fb, float fontScale) {
    ViewLayout l;
    l.scale = fontScale;
    const float w = std::max(fb.x, 1.0f);
    const float h = std::max(fb.y, 1.0f);
    // The band grows with the text size so a title and three lines of body text always fit.
    const float band = std::clamp(h * 0.27f * std::max(fontScale / (h / 1080.0f), 1.0f), h * 0.2f, h * 0.45f);
    l.caption = {0.0f, h - band, w, band};
    const float top = h * 0.04f;
    l.stage = {0.0f, top, w, std::max(h - band - top, 1.0f)};
    return l;
}

ViewLayout computeWorkspaceLayout(glm::vec2 fb, float fontScale, bool problemsShown) {
    ViewLayout l;
    l.scale = fontScale;
    const float w = std::max(fb.x, 1.0f);
    const float h = std::max(fb.y, 1.0f);
    // The menu bar is one line of the UI font plus ImGui's frame padding.
    l.menuHeight = std::round(20.0f * fontScale + 8.0f * fontScale);
    const float body = std::max(h - l.menuHeight, 1.0f);
    const float paletteWidth = std::clamp(w * 0.16f, std::min(220.0f * fontScale, w * 0.3f), w * 0.3f);
    const float sideWidth = std::clamp(w * 0.26f, std::min(340.0f * fontScale, w * 0.4f), w * 0.4f);
    l.palette = {0.0f, l.menuHeight, paletteWidth, body};
    l.side = {w - sideWidth, l.menuHeight, sideWidth, body};
    const float stageWidth = std::max(w - paletteWidth - sideWidth, 1.0f);
    const float problemsHeight = problemsShown ? std::round(body * 0.28f) : 0.0f;
    l.stage = {paletteWidth, l.menuHeight, stageWidth, std::max(body - problemsHeight, 1.0f)};
    l.problems = {paletteWidth, l.menuHeight + body - problemsHeight, stageWidth, problemsHeight};
    return l;
}

} // namespace cs
