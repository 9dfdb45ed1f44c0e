// Hex colours and WCAG contrast.
#include "core/color.h"

#include <gtest/gtest.h>

namespace cs {
namespace {

TEST(ColorTest, ParsesLongAndShortHex) {
    EXPECT_EQ(parseHexColor("#0072B2"), (Rgb8{0x00, 0x72, 0xB2}));
    EXPECT_EQ(parseHexColor("#0072b2"), (Rgb8{0x00, 0x72, 0xB2}));
    EXPECT_EQ(parseHexColor("#F0A"), (Rgb8{0xFF, 0x00, 0xAA}));
}

TEST(ColorTest, RejectsMalformedHex) {
    for (const char* bad : {"", "#", "0072B2", "#0072B", "#0072B2F", "#GG0000", "# 72B2", "#12", "blue"}) {
        EXPECT_FALSE(parseHexColor(bad)) << bad;
    }
}

TEST(ColorTest, HexRoundTrips) {
    EXPECT_EQ(toHex(Rgb8{0xE6, 0x9F, 0x00}), "#E69F00");
}

TEST(ColorTest, ContrastMatchesWcagReferenceValues) {
    EXPECT_NEAR(contrastRatio({0, 0, 0}, {255, 255, 255}), 21.0f, 0.01f);
    EXPECT_NEAR(contrastRatio({255, 255, 255}, {255, 255, 255}), 1.0f, 1e-4f);
    // #767676 on white is the well-known 4.54:1 grey.
    EXPECT_NEAR(contrastRatio({0x76, 0x76, 0x76}, {255, 255, 255}), 4.54f, 0.01f);
}

TEST(ColorTest, DarkenForWhiteTextReachesTheAskedRatio) {
    for (Rgb8 c : {okabe_ito::orange, okabe_ito::skyBlue, okabe_ito::yellow, okabe_ito::bluishGreen}) {
        const Rgb8 d = darkenForWhiteText(c, 7.0f);
        EXPECT_GE(contrastRatio(d, {255, 255, 255}), 7.0f);
    }
}

} // namespace
} // namespace cs
