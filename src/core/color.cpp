// Hex colour parsing and WCAG contrast arithmetic.
#include "core/color.h"

#include <cmath>

namespace cs {
namespace {

int hexDigit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

float channelToLinear(std::uint8_t v) {
    const float s = float(v) / 255.0f;
    return s <= 0.04045f ? s / 12.92f : std::pow((s + 0.055f) / 1.055f, 2.4f);
}

} // namespace

std::optional<Rgb8> parseHexColor(std::string_view text) {
    if (text.size() != 4 && text.size() != 7) return std::nullopt;
    if (text[0] != '#') return std::nullopt;
    int digits[6] = {};
    const std::size_t n = text.size() - 1;
    for (std::size_t i = 0; i < n; ++i) {
        digits[i] = hexDigit(text[i + 1]);
        if (digits[i] < 0) return std::nullopt;
    }
    if (n == 3) {
        return Rgb8{std::uint8_t(digits[0] * 17), std::uint8_t(digits[1] * 17), std::uint8_t(digits[2] * 17)};
    }
    return Rgb8{std::uint8_t(digits[0] * 16 + digits[1]), std::uint8_t(digits[2] * 16 + digits[3]),
                std::uint8_t(digits[4] * 16 + digits[5])};
}

std::string toHex(Rgb8 c) {
    static constexpr char kDigits[] = "0123456789ABCDEF";
    std::string out = "#";
    for (std::uint8_t v : {c.r, c.g, c.b}) {
        out += kDigits[v >> 4];
        out += kDigits[v & 15];
    }
    return out;
}

Rgbf toLinear(Rgb8 c) {
    return {channelToLinear(c.r), channelToLinear(c.g), channelToLinear(c.b)};
}

float relativeLuminance(Rgb8 c) {
    const Rgbf l = toLinear(c);
    return 0.2126f * l.r + 0.7152f * l.g + 0.0722f * l.b;
}

float contrastRatio(Rgb8 a, Rgb8 b) {
    float la = relativeLuminance(a), lb = relativeLuminance(b);
    if (la < lb) std::swap(la, lb);
    return (la + 0.05f) / (lb + 0.05f);
}

Rgb8 darkenForWhiteText(Rgb8 c, float minRatio) {
    constexpr Rgb8 white{255, 255, 255};
    Rgb8 out = c;
    for (int step = 0; step < 64 && contrastRatio(out, white) < minRatio; ++step) {
        out = Rgb8{std::uint8_t(out.r * 0.94f), std::uint8_t(out.g * 0.94f), std::uint8_t(out.b * 0.94f)};
    }
    return out;
}

} // namespace cs
