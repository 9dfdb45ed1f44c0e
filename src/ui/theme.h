// Colours of the views. The audience theme is built for projectors: text contrast ≥ 7:1 (WCAG AAA).
#pragma once

#include "core/color.h"

namespace cs {

struct Theme {
    Rgb8 background;  // behind the stage
    Rgb8 captionBand; // behind the step title and text
    Rgb8 text;        // main text on background and band
    Rgb8 textMuted;   // secondary text (still ≥ 7:1 on the band)
    Rgb8 plate;       // label plates over the stage
    Rgb8 plateText;
    Rgb8 plateEdge;
};

Theme projectorDarkTheme();
Theme projectorLightTheme(); // for bright rooms and projectors that wash out dark pictures

// The ImGui colour for an Rgb8 with alpha (0..1).
unsigned int toImColor(Rgb8 c, float alpha = 1.0f);

} // namespace cs
