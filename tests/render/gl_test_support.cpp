// GL test window and golden comparison.
#include "gl_test_support.h"

#include "app/studio.h"
#include "core/file_io.h"
#include "render/render_target.h"

#include <epoxy/gl.h>

#include <cstdlib>
#include <filesystem>

// Mesa's GL driver leaves allocations behind at teardown that LeakSanitizer reports (unsymbolized,
// exit code 1). Leak checking is off for this GL test program only; every other
// suite keeps it.
extern "C" const char* __asan_default_options();
extern "C" const char* __asan_default_options() {
    return "detect_leaks=0";
}

namespace cs::testing {

GlWindow& sharedWindow() {
    static std::unique_ptr<GlWindow> window = [] {
        useOffscreenVideoDriverUnlessSet();
        WindowDesc desc;
        desc.width = 640;
        desc.height = 360;
        desc.hidden = true;
        desc.vsync = false;
        std::string error;
        auto w = GlWindow::create(desc, error);
        if (!w) {
            ADD_FAILURE() << "no GL context: " << error;
            std::abort();
        }
        return w;
    }();
    window->makeCurrent();
    return *window;
}

::testing::AssertionResult matchesGolden(const Image& actual, const std::string& name, Thresholds limits) {
    namespace fs = std::filesystem;
    const fs::path golden = fs::path(COINSTUDIO_GOLDEN_DIR) / (name + ".png");
    const char* update = std::getenv("COINSTUDIO_UPDATE_GOLDENS");
    if (update && std::string(update) == "1") {
        const std::string err = writeFileAtomic(golden, encodePng(actual)).text();
        if (!err.empty()) return ::testing::AssertionFailure() << "cannot update golden: " << err;
        return ::testing::AssertionSuccess() << "golden " << golden << " updated";
    }
    const ReadResult file = readFileCapped(golden, kMaxImageFileBytes);
    if (!file.ok) {
        return ::testing::AssertionFailure()
               << "missing golden " << golden << " (run with COINSTUDIO_UPDATE_GOLDENS=1 to create it)";
    }
    const DecodeResult expected = decodeImage(file.bytes, 8192);
    if (expected.error != ImageError::None) {
        return ::testing::AssertionFailure() << "unreadable golden " << golden << ": " << expected.message;
    }
    const ImageDifference d = compareImages(actual, expected.image);
    if (d.sameSize && d.maxChannelDelta <= limits.maxChannelDelta && d.meanChannelDelta <= limits.meanChannelDelta) {
        return ::testing::AssertionSuccess();
    }
    const fs::path outDir = COINSTUDIO_TEST_OUTPUT_DIR;
    std::error_code ec;
    fs::create_directories(outDir, ec);
    std::string written = writeFileAtomic(outDir / (name + ".actual.png"), encodePng(actual)).text();
    if (d.sameSize && written.empty())
        written = writeFileAtomic(outDir / (name + ".diff.png"), encodePng(d.diff)).text();
    return ::testing::AssertionFailure() << name << ": " << (d.sameSize ? "" : "size differs; ") << "max channel delta "
                                         << d.maxChannelDelta << " (limit " << limits.maxChannelDelta << "), mean "
                                         << d.meanChannelDelta << " (limit " << limits.meanChannelDelta << "). "
                                         << (written.empty() ? "Actual and diff written to " + outDir.string()
                                                             : "The pictures could not be written: " + written);
}

Image settledFrameOf(Studio& studio, GlWindow& window) {
    for (int i = 0; i < 2; ++i)
        studio.drawFrame();
    glFinish();
    glBindFramebuffer(GL_READ_FRAMEBUFFER, 0);
    glReadBuffer(GL_BACK);
    return readPixels(window.drawableWidth(), window.drawableHeight());
}

} // namespace cs::testing
