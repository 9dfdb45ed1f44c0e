// Colours in the model's terms: the colour-blind-safe palette, hex parsing and WCAG contrast.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace cs {

struct Rgb8 {
    std::uint8_t r = 0, g = 0, b = 0;
    bool operator==(const Rgb8&) const = default;
};

struct Rgbf {
    float r = 0, g = 0, b = 0;
};

// Okabe & Ito (2008), "Color Universal Design": distinguishable with the common colour-vision
// deficiencies. Structure colours come from here unless a scenario sets its own.
namespace okabe_ito {
inline constexpr Rgb8 orange{0xE6, 0x9F, 0x00};
inline constexpr Rgb8 skyBlue{0x56, 0xB4, 0xE9};
inline constexpr Rgb8 bluishGreen{0x00, 0x9E, 0x73};
inline constexpr Rgb8 yellow{0xF0, 0xE4, 0x42};
inline constexpr Rgb8 blue{0x00, 0x72, 0xB2};
inline constexpr Rgb8 vermillion{0xD5, 0x5E, 0x00};
inline constexpr Rgb8 reddishPurple{0xCC, 0x79, 0xA7};
inline constexpr Rgb8 grey{0x99, 0x99, 0x99};
} // namespace okabe_ito

// Accepts "#RRGGBB" or "#RGB" (either case). Anything else: nullopt.
std::optional<Rgb8> parseHexColor(std::string_view text);
std::string toHex(Rgb8 c); // "#RRGGBB", upper case

Rgbf toLinear(Rgb8 c);               // sRGB 8-bit → linear light in [0,1]
float relativeLuminance(Rgb8 c);     // WCAG 2.x definition
float contrastRatio(Rgb8 a, Rgb8 b); // WCAG 2.x, in [1, 21]

// Scales a colour's lightness down until white text on it reaches `minRatio` contrast; keeps hue.
Rgb8 darkenForWhiteText(Rgb8 c, float minRatio);

} // namespace cs
