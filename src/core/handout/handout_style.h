// The handouts' inline style sheet and its colours (dark text on light backgrounds, ≥ 7:1).
#pragma once

#include "core/color.h"

#include <string>
#include <string_view>
#include <vector>

namespace cs::handout {

// Every colour the style sheet uses, named by its role. Tests check the text pairs' contrast.
struct HandoutPalette {
    Rgb8 text{0x1B, 0x1B, 0x1B};
    Rgb8 muted{0x3D, 0x3D, 0x3D}; // step numbers, small print
    Rgb8 link{0x0B, 0x4A, 0x8B};
    Rgb8 page{0xFF, 0xFF, 0xFF};
    Rgb8 note{0xFF, 0xF3, 0xD6}; // content notes
    Rgb8 noteBorder{0x8A, 0x5A, 0x00};
    Rgb8 prompt{0xEE, 0xF3, 0xF8}; // questions, discussion and reflection prompts
    Rgb8 promptBorder{0x3F, 0x6E, 0x9E};
    Rgb8 warning{0xFD, 0xE8, 0xE8}; // "facilitator only" banner
    Rgb8 warningBorder{0xA3, 0x3A, 0x3A};
    Rgb8 tableHead{0xED, 0xED, 0xED};
    Rgb8 rule{0x76, 0x76, 0x76}; // borders and lines (≥ 3:1 against the page, WCAG non-text contrast)
};

// A foreground that the style sheet puts on a background, for the contrast check.
struct TextOnBackground {
    std::string_view what;
    Rgb8 foreground;
    Rgb8 background;
};

// Every text colour on every background it can meet in the handouts.
std::vector<TextOnBackground> textColourPairs(const HandoutPalette& palette);

// The complete style sheet (screen and print) for both documents.
std::string handoutCss(const HandoutPalette& palette);

} // namespace cs::handout
