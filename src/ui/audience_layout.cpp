// The audience view's split between stage and caption band.
#include "ui/panel.h"

#include <algorithm>

namespace cs {

AudienceLayout computeAudienceLayout(glm::vec2 fb, float fontScale) {
    AudienceLayout l;
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

} // namespace cs
