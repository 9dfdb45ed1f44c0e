// A frame the same as the one before is kept and shown again from its kept tiles: the window then
// shows exactly the pixels a full redraw would, and anything that changes is drawn again.
#include "gl_test_support.h"

#include "app/studio.h"
#include "core/image.h"
#include "render/kept_frame.h"

#include <epoxy/gl.h>

#include <filesystem>
#include <set>

namespace cs {
namespace {

namespace fs = std::filesystem;

// --- The tiles of a picture, without GL -----------------------------------------------------------

struct Picture {
    int width, height;
    std::vector<std::uint8_t> rgba;
    void fill(int x0, int y0, int w, int h, std::array<std::uint8_t, 3> c) {
        for (int y = y0; y < y0 + h; ++y)
            for (int x = x0; x < x0 + w; ++x) {
                std::uint8_t* p = &rgba[(std::size_t(y) * std::size_t(width) + std::size_t(x)) * 4];
                p[0] = c[0], p[1] = c[1], p[2] = c[2], p[3] = 255;
            }
    }
    std::vector<KeptFrame::Run> runs(std::array<std::uint8_t, 3> background) const {
        return KeptFrame::runsNotBackground(width, height, background, [&](int first, int count) {
            return std::span<const std::uint8_t>(rgba.data() + std::size_t(first) * std::size_t(width) * 4,
                                                 std::size_t(count) * std::size_t(width) * 4);
        });
    }
};

constexpr std::array<std::uint8_t, 3> kBackground{30, 32, 40};
constexpr int kT = KeptFrame::kTile;

TEST(KeptFrameTilesTest, OnlyTilesWithSomethingButBackgroundAreKeptAndOneColourRunsAreFilled) {
    Picture p{10 * kT, 4 * kT, {}};
    p.rgba.resize(std::size_t(p.width) * std::size_t(p.height) * 4);
    p.fill(0, 0, p.width, p.height, kBackground);
    p.fill(0, 0, p.width, kT, {50, 52, 60});               // a band of one colour along the bottom row of tiles
    p.fill(2 * kT + 3, 2 * kT + 5, 1, 1, {255, 255, 255}); // one pixel of a glyph
    p.fill(5 * kT - 1, 3 * kT, 2, 1, {200, 100, 0});       // a mark across two tiles
    const auto runs = p.runs(kBackground);
    ASSERT_EQ(runs.size(), 3u);
    // Bottom row: one flat run over the whole width, in the band's colour.
    EXPECT_TRUE(runs[0].flat);
    EXPECT_EQ(runs[0].x, 0);
    EXPECT_EQ(runs[0].width, p.width);
    EXPECT_EQ(runs[0].colour, (std::array<std::uint8_t, 3>{50, 52, 60}));
    // The glyph's tile only.
    EXPECT_FALSE(runs[1].flat);
    EXPECT_EQ(runs[1].x, 2 * kT);
    EXPECT_EQ(runs[1].y, 2 * kT);
    EXPECT_EQ(runs[1].width, kT);
    // The mark: its two tiles merged into one run.
    EXPECT_FALSE(runs[2].flat);
    EXPECT_EQ(runs[2].x, 4 * kT);
    EXPECT_EQ(runs[2].width, 2 * kT);
}

TEST(KeptFrameTilesTest, AllBackgroundKeepsNothingAndPackedRunsNeverOverlap) {
    Picture p{7 * kT + 5, 3 * kT + 7, {}}; // edges that are not whole tiles
    p.rgba.resize(std::size_t(p.width) * std::size_t(p.height) * 4);
    p.fill(0, 0, p.width, p.height, kBackground);
    EXPECT_TRUE(p.runs(kBackground).empty());
    for (int y = 0; y < p.height; y += 9)
        p.fill((y * 7) % (p.width - 2), y, 2, 1, {255, std::uint8_t(y), 0});
    p.fill(p.width - 1, p.height - 1, 1, 1, {1, 2, 3}); // the last pixel, in partial tiles
    const auto runs = p.runs(kBackground);
    int packedHeight = 0;
    const auto at = KeptFrame::pack(runs, p.width, packedHeight);
    ASSERT_EQ(at.size(), runs.size());
    std::set<std::pair<int, int>> used;
    for (std::size_t i = 0; i < runs.size(); ++i) {
        EXPECT_LE(runs[i].x + runs[i].width, p.width);
        EXPECT_LE(runs[i].y + runs[i].height, p.height);
        if (runs[i].flat) continue;
        EXPECT_LE(at[i][0] + runs[i].width, p.width);
        EXPECT_LE(at[i][1] + runs[i].height, packedHeight);
        for (int y = at[i][1]; y < at[i][1] + runs[i].height; ++y)
            for (int x = at[i][0]; x < at[i][0] + runs[i].width; ++x)
                EXPECT_TRUE(used.insert({x, y}).second);
    }
    const bool lastKept = std::any_of(runs.begin(), runs.end(), [&](const KeptFrame::Run& r) {
        return r.x + r.width == p.width && r.y + r.height == p.height;
    });
    EXPECT_TRUE(lastKept);
}

// --- In the app --------------------------------------------------------------------------------------

class KeptFrameGLTest : public ::testing::Test {
  protected:
    void SetUp() override {
        std::string error;
        StudioDesc desc;
        desc.dataDir = COINSTUDIO_SOURCE_DIR;
        studio_ = Studio::create(testing::sharedWindow(), std::move(desc), error);
        ASSERT_TRUE(studio_) << error;
        ASSERT_TRUE(studio_->openFile(fs::path(COINSTUDIO_SOURCE_DIR) / "tests/data/scenes/bench.toml"));
    }
    Image frame() {
        studio_->drawFrame();
        glBindFramebuffer(GL_READ_FRAMEBUFFER, 0);
        glReadBuffer(GL_BACK);
        return readPixels(testing::sharedWindow().drawableWidth(), testing::sharedWindow().drawableHeight());
    }
    // Draws until the frame is shown from the kept one (at most a few frames). Gives that frame and
    // the one before it, which was drawn in full (and kept).
    std::pair<Image, Image> keptAndDrawn() {
        Image before;
        for (int i = 0; i < 6; ++i) {
            Image im = frame();
            if (studio_->frameReused()) return {std::move(im), std::move(before)};
            before = std::move(im);
        }
        ADD_FAILURE() << "the frame was never kept";
        return {};
    }
    std::unique_ptr<Studio> studio_;
};

TEST_F(KeptFrameGLTest, TheKeptFrameIsExactlyTheDrawnOneInEachViewAndTheme) {
    for (const Screen screen : {Screen::Audience, Screen::Workspace}) {
        for (const bool light : {false, true}) {
            studio_->apply(cmd::SetScreen{screen});
            studio_->apply(cmd::SetPreferences{1.0f, false, light, false, true});
            studio_->settle();
            const auto [kept, drawn] = keptAndDrawn();
            ASSERT_EQ(kept.width, drawn.width);
            EXPECT_TRUE(kept.rgba == drawn.rgba)
                << (screen == Screen::Audience ? "audience" : "workspace") << (light ? ", light" : ", dark")
                << ": mean difference " << compareImages(kept, drawn).meanChannelDelta;
            EXPECT_GT(studio_->keptShare(), 0.05f); // something is kept …
            EXPECT_LT(studio_->keptShare(), 0.95f); // … and not the plain background
            for (int i = 0; i < 3; ++i) {
                EXPECT_TRUE(frame().rgba == drawn.rgba); // and it stays the same
                EXPECT_TRUE(studio_->frameReused());
            }
        }
    }
}

TEST_F(KeptFrameGLTest, AChangeIsDrawnAtOnceAndKeptAgainOnceStill) {
    studio_->apply(cmd::SetScreen{Screen::Audience});
    studio_->settle();
    const Image before = keptAndDrawn().first;
    // The text size changes: the very next frame is drawn, not shown from the kept one.
    studio_->apply(cmd::SetPreferences{1.3f, false, false, false, true});
    const Image after = frame();
    EXPECT_FALSE(studio_->frameReused());
    EXPECT_GT(compareImages(before, after).meanChannelDelta, 0.01);
    const auto [keptAfter, drawnAfter] = keptAndDrawn();
    EXPECT_TRUE(keptAfter.rgba == drawnAfter.rgba);
}

} // namespace
} // namespace cs
