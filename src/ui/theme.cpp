// Theme colours.
#include "ui/theme.h"

#include <imgui.h>

#include <algorithm>

namespace cs {

Theme projectorDarkTheme() {
    Theme t;
    t.background = {0x1C, 0x1D, 0x22};
    t.captionBand = {0x26, 0x28, 0x30};
    t.text = {0xFF, 0xFF, 0xFF};
    t.textMuted = {0xD2, 0xD5, 0xDC};
    t.plate = {0x12, 0x13, 0x17};
    t.plateText = {0xFF, 0xFF, 0xFF};
    t.plateEdge = {0xD2, 0xD5, 0xDC};
    return t;
}

Theme projectorLightTheme() {
    Theme t;
    t.background = {0xF2, 0xF2, 0xF0};
    t.captionBand = {0xE4, 0xE5, 0xE8};
    t.text = {0x11, 0x11, 0x11};
    t.textMuted = {0x3A, 0x3D, 0x44};
    t.plate = {0xFF, 0xFF, 0xFF};
    t.plateText = {0x11, 0x11, 0x11};
    t.plateEdge = {0x3A, 0x3D, 0x44};
    return t;
}

unsigned int toImColor(Rgb8 c, float alpha) {
    const auto a = static_cast<int>(std::clamp(alpha, 0.0f, 1.0f) * 255.0f + 0.5f);
    return IM_COL32(c.r, c.g, c.b, a);
}

} // namespace cs
