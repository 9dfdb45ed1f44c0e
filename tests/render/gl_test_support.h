// Shared pieces of the GL tests: one hidden offscreen window per test program, and golden-image
// comparison with max/mean thresholds that writes the actual and a diff picture on failure.
#pragma once

#include "app/platform.h"
#include "core/image.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>

namespace cs {
class Studio;
}

namespace cs::testing {

// A hidden 3.3 core context on SDL's offscreen driver, created once and shared by every test.
GlWindow& sharedWindow();

// Draws two frames of `studio` (the second at rest, antialiased) into `window` and reads the window back.
Image settledFrameOf(Studio& studio, GlWindow& window);

struct Thresholds {
    int maxChannelDelta;     // worst single channel of a single pixel, 0..255
    double meanChannelDelta; // average over every channel of every pixel
};

// Compares `actual` with tests/golden/<name>.png. With COINSTUDIO_UPDATE_GOLDENS=1 in the
// environment the golden is (re)written instead and the test passes.
::testing::AssertionResult matchesGolden(const Image& actual, const std::string& name, Thresholds limits);

} // namespace cs::testing
