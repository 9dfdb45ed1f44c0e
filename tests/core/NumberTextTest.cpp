// shortestText: the fewest digits that read back as the same number (as std::to_chars writes them).
#include "core/number_text.h"

#include <gtest/gtest.h>

#include <cstdlib>

namespace cs {
namespace {

TEST(NumberTextTest, WritesTheFewestDigitsThatReadBack) {
    EXPECT_EQ(shortestText(0.1), "0.1");
    EXPECT_EQ(shortestText(0.1f), "0.1");
    EXPECT_EQ(shortestText(1.25f), "1.25");
    EXPECT_EQ(shortestText(-2.5), "-2.5");
    EXPECT_EQ(shortestText(1.0 / 3.0), "0.3333333333333333");
    EXPECT_EQ(shortestText(1.0f / 3.0f), "0.33333334");
    EXPECT_EQ(shortestText(1e-7), "1e-07");
}

TEST(NumberTextTest, EveryValueReadsBackExactly) {
    for (double v : {0.1, 0.7, 1.1, 123.456, 9.999999999, 1e300, -4.2e-12, 2.0 / 7.0}) {
        EXPECT_EQ(std::strtod(shortestText(v).c_str(), nullptr), v) << shortestText(v);
    }
    for (float v : {0.1f, 0.7f, 1.1f, 0.85f, 1.15f, 3.4e38f, 1e-30f}) {
        EXPECT_EQ(std::strtof(shortestText(v).c_str(), nullptr), v) << shortestText(v);
    }
}

} // namespace
} // namespace cs
