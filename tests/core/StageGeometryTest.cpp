// Stage layout and framing: coins in a row, always inside the stage rect; label anchors per face.
#include "core/stage_geometry.h"

#include "core/app_state.h"

#include <gtest/gtest.h>

#include <cmath>

namespace cs {
namespace {

AppState stateWith(int coins, Show show) {
    AppState s = makeStartState();
    s.coins.assign(std::size_t(coins), PlacedCoin{});
    for (int i = 0; i < coins; ++i)
        s.coins[std::size_t(i)].slot = Tween::constant(float(i));
    s.view.rowCentre = Tween::constant(float(coins - 1) * 0.5f);
    applyCommand(s, cmd::SetShow{show});
    s.settle();
    return s;
}

// Every rim point of every coin (and mirror image) lands inside the rect.
void expectInside(const StageView& v, const PixelRect& r, const StageConfig& cfg = {}) {
    for (const auto& c : v.coins) {
        for (int k = 0; k < 64; ++k) {
            const float a = 6.2831853f * float(k) / 64.0f;
            for (float y : {-cfg.shape.thickness / 2, cfg.shape.thickness / 2}) {
                const glm::vec4 local{cfg.shape.radius * std::cos(a), y, cfg.shape.radius * std::sin(a), 1.0f};
                std::vector<glm::mat4> models{c.model};
                if (v.mirrorAmount > 0.5f) models.push_back(c.mirrored);
                for (const auto& m : models) {
                    const glm::vec3 p = v.project(glm::vec3(m * local));
                    EXPECT_GE(p.x, r.x - 0.5f);
                    EXPECT_LE(p.x, r.x + r.width + 0.5f);
                    EXPECT_GE(p.y, r.y - 0.5f);
                    EXPECT_LE(p.y, r.y + r.height + 0.5f);
                }
            }
        }
    }
}

TEST(StageGeometryTest, RowPositionsAreCentredAndEvenlySpaced) {
    const auto xs = rowPositions(3, 2.0f);
    ASSERT_EQ(xs.size(), 3u);
    EXPECT_FLOAT_EQ(xs[0], -2.0f);
    EXPECT_FLOAT_EQ(xs[1], 0.0f);
    EXPECT_FLOAT_EQ(xs[2], 2.0f);
    EXPECT_TRUE(rowPositions(0, 2.0f).empty());
}

TEST(StageGeometryTest, CoinsAreFramedInsideTheStageAtEveryShowAndSize) {
    const glm::vec2 sizes[] = {{1024, 600}, {1920, 1080}, {3840, 2160}, {600, 1024}};
    for (int n = 1; n <= 6; ++n) {
        for (Show show : kAllShows) {
            const AppState s = stateWith(n, show);
            for (const auto& fb : sizes) {
                const PixelRect rect{0.0f, fb.y * 0.05f, fb.x, fb.y * 0.65f};
                const StageView v = computeStageView(s, fb, rect);
                ASSERT_EQ(v.coins.size(), std::size_t(n));
                expectInside(v, rect);
            }
        }
    }
}

TEST(StageGeometryTest, CoinsStandInARowNotALadder) {
    const AppState s = stateWith(4, Show::Top);
    const StageView v = computeStageView(s, {1920, 1080}, {0, 0, 1920, 800});
    for (std::size_t i = 1; i < v.coins.size(); ++i) {
        EXPECT_FLOAT_EQ(v.coins[i].centre.y, v.coins[0].centre.y);
        EXPECT_GT(v.coins[i].centre.x, v.coins[i - 1].centre.x);
    }
}

TEST(StageGeometryTest, BothViewShowsTopFaceDirectlyAndBottomFaceInTheMirror) {
    const AppState s = stateWith(1, Show::Both);
    const StageView v = computeStageView(s, {1920, 1080}, {0, 0, 1920, 800});
    EXPECT_FLOAT_EQ(v.mirrorAmount, 1.0f);
    const auto anchors = faceAnchors(v);
    ASSERT_EQ(anchors.size(), 2u);
    EXPECT_EQ(anchors[0].face, Face::Top);
    EXPECT_EQ(anchors[0].placement, FaceAnchor::Placement::OnFace);
    EXPECT_EQ(anchors[1].face, Face::Bottom);
    EXPECT_EQ(anchors[1].placement, FaceAnchor::Placement::InMirror);
    EXPECT_GT(anchors[1].screen.y, anchors[0].screen.y); // the mirror is below
    // Equal weight: both faces are seen equally squarely.
    EXPECT_NEAR(anchors[0].facing, anchors[1].facing, 0.05f);
}

TEST(StageGeometryTest, FlippedCoinShowsItsBottomFaceAndPutsTheTopLabelBeyondTheRim) {
    AppState s = stateWith(1, Show::Top);
    applyCommand(s, cmd::FlipFocusedCoin{});
    s.settle();
    const StageView v = computeStageView(s, {1920, 1080}, {0, 0, 1920, 800});
    const auto anchors = faceAnchors(v);
    ASSERT_EQ(anchors.size(), 2u);
    EXPECT_EQ(anchors[1].face, Face::Bottom);
    EXPECT_EQ(anchors[1].placement, FaceAnchor::Placement::OnFace);
    EXPECT_EQ(anchors[0].placement, FaceAnchor::Placement::BeyondRim);
    EXPECT_GT(anchors[0].screen.y, anchors[1].screen.y); // the hidden top now points down
}

TEST(StageGeometryTest, EdgeViewPutsTopLabelAboveAndBottomLabelBelow) {
    const AppState s = stateWith(1, Show::Edge);
    const StageView v = computeStageView(s, {1920, 1080}, {0, 0, 1920, 800});
    const auto anchors = faceAnchors(v);
    ASSERT_EQ(anchors.size(), 2u);
    EXPECT_LT(anchors[0].screen.y, anchors[1].screen.y);
}

TEST(StageGeometryTest, StageRectOffsetMovesTheFraming) {
    const AppState s = stateWith(1, Show::Top);
    const StageView a = computeStageView(s, {1000, 1000}, {0, 0, 1000, 500});
    const StageView b = computeStageView(s, {1000, 1000}, {0, 500, 1000, 500});
    const glm::vec3 pa = a.project(a.coins[0].centre), pb = b.project(b.coins[0].centre);
    EXPECT_NEAR(pb.y - pa.y, 500.0f, 1.0f);
    EXPECT_NEAR(pa.x, pb.x, 0.5f);
}

TEST(StageGeometryTest, DegenerateSizesDoNotBreakTheMath) {
    const AppState s = stateWith(2, Show::Both);
    const StageView v = computeStageView(s, {0, 0}, {0, 0, 0, 0});
    for (const auto& c : v.coins) {
        const glm::vec3 p = v.project(c.centre);
        EXPECT_TRUE(std::isfinite(p.x));
        EXPECT_TRUE(std::isfinite(p.y));
    }
}

TEST(StageGeometryTest, ARowFramedByTheHeightSpreadsOutAcrossAWideStageAtTheSameSize) {
    // Two coins, both faces shown: a short stage decides their size; a wide one leaves room that the
    // labels between them need, so they stand further apart, still inside, still as large.
    const AppState s = stateWith(2, Show::Both);
    const glm::vec2 fb{1920, 1080};
    const PixelRect narrow{0, 0, 700, 300}, wide{0, 0, 1800, 300};
    const StageView a = computeStageView(s, fb, narrow), b = computeStageView(s, fb, wide);
    expectInside(a, narrow);
    expectInside(b, wide);
    auto screenRadius = [](const StageView& v) {
        return std::abs(v.project(v.coins[0].centre + glm::vec3(1.0f, 0.0f, 0.0f)).x - v.project(v.coins[0].centre).x);
    };
    auto apart = [](const StageView& v) {
        return std::abs(v.project(v.coins[1].centre).x - v.project(v.coins[0].centre).x);
    };
    EXPECT_NEAR(screenRadius(b), screenRadius(a), 0.02f * screenRadius(a));
    EXPECT_GT(apart(b), 1.5f * apart(a));
    // Never further than maxSpacing radii.
    EXPECT_LE(apart(b) / screenRadius(b), StageConfig{}.maxSpacing + 0.01f);
    // A stage that is not wider than the row needs changes nothing.
    const StageView c = computeStageView(s, fb, {0, 0, 700, 1000});
    EXPECT_NEAR(apart(c) / screenRadius(c), StageConfig{}.spacing, 0.01f);
}

TEST(StageGeometryTest, APlacedCoinMakesRoomSmoothlyAndTheFramingFollows) {
    AppState s = makeStartState(std::make_shared<const StructureLibrary>(StructureLibrary::builtIn()));
    applyCommand(s, cmd::PlaceCoin{"racism"});
    s.settle();
    const glm::vec2 fb{1920, 1080};
    const PixelRect rect{0, 0, 1920, 800};
    const float before = computeStageView(s, fb, rect).coins[0].centre.x;
    applyCommand(s, cmd::PlaceCoin{"ableism"});
    // At once: nothing has jumped.
    EXPECT_FLOAT_EQ(computeStageView(s, fb, rect).coins[0].centre.x, before);
    s.timeline.advance(durations::kView * 0.5);
    const StageView half = computeStageView(s, fb, rect);
    EXPECT_LT(half.coins[0].centre.x, before); // sliding left to make room
    s.settle();
    const StageView end = computeStageView(s, fb, rect);
    EXPECT_NEAR(end.coins[0].centre.x, -end.coins[1].centre.x, 1e-4f); // centred pair
    EXPECT_LT(end.coins[0].centre.x, half.coins[0].centre.x);
}

} // namespace
} // namespace cs
