// The coin on real GL (Mesa llvmpipe through EGL): rendered offscreen and compared with goldens.
#include "gl_test_support.h"

#include "app/studio.h"
#include "core/app_state.h"
#include "core/data_paths.h"
#include "render/render_target.h"
#include "render/stage_renderer.h"

#include <epoxy/gl.h>

namespace cs {
namespace {

using testing::matchesGolden;
using testing::sharedWindow;
using testing::Thresholds;

// llvmpipe is deterministic for one Mesa build; other CPUs take other SIMD paths, which moves a
// few antialiased edge pixels by a few levels. Max 64 tolerates those edge pixels; the mean
// (a fraction of one level) catches any real change of shape, colour or lighting.
constexpr Thresholds kStage{64, 0.6};

// Text is rasterised by FreeType from the installed Noto Sans: looser limits than the stage alone.
constexpr Thresholds kFrame{96, 1.5};

constexpr int kW = 480, kH = 320;

Image renderStage(const AppState& state) {
    sharedWindow();
    std::string problems;
    auto renderer =
        StageRenderer::create(std::filesystem::path(COINSTUDIO_SOURCE_DIR) / "shaders", StageConfig{}.shape, problems);
    EXPECT_TRUE(renderer) << problems;
    if (!renderer) return {};
    std::string error;
    auto target = RenderTarget::create(kW, kH, 0, error);
    EXPECT_TRUE(target) << error;
    if (!target) return {};
    target->bind();
    const StageView view = computeStageView(state, {float(kW), float(kH)}, {0, 0, float(kW), float(kH)});
    std::vector<CoinLook> looks(state.coins.size());
    renderer->draw(view, looks, StageTheme{}, StageQuality::Final);
    return target->read();
}

// A whole audience frame as the window and --screenshot draw it: stage, face labels, caption.
Image renderFrame(const AppState& state) {
    GlWindow& window = sharedWindow();
    std::string error;
    StudioDesc desc;
    desc.dataDir = COINSTUDIO_SOURCE_DIR;
    desc.initialState = state;
    desc.screen = Screen::Audience;
    auto studio = Studio::create(window, std::move(desc), error);
    EXPECT_TRUE(studio) << error;
    if (!studio) return {};
    return testing::settledFrameOf(*studio, window);
}

AppState showing(Show show) {
    AppState s = makeStartState();
    applyCommand(s, cmd::SetShow{show});
    s.settle();
    return s;
}

// The pixel at a projected world point (top-left origin).
const std::uint8_t* pixelAt(const Image& img, glm::vec3 p) {
    const int x = std::clamp(int(p.x), 0, img.width - 1), y = std::clamp(int(p.y), 0, img.height - 1);
    return &img.rgba[std::size_t((y * img.width + x) * 4)];
}

TEST(CoinGLTest, BothFacesViewMatchesGolden) {
    const Image img = renderStage(showing(Show::Both));
    EXPECT_TRUE(matchesGolden(img, "coin-both", kStage));
}

TEST(CoinGLTest, TopViewMatchesGolden) {
    EXPECT_TRUE(matchesGolden(renderStage(showing(Show::Top)), "coin-top", kStage));
}

TEST(CoinGLTest, FlippedCoinMatchesGolden) {
    // Both faces look alike on purpose (equal weight), so the flipped golden is a whole frame:
    // its label plates say which face is up.
    AppState s = showing(Show::Top);
    applyCommand(s, cmd::FlipFocusedCoin{});
    s.settle();
    EXPECT_TRUE(matchesGolden(renderFrame(s), "frame-flipped", kFrame));
}

TEST(CoinGLTest, HalfwayThroughAFlipMatchesGolden) {
    AppState s = showing(Show::Top);
    applyCommand(s, cmd::FlipFocusedCoin{});
    s.timeline.advance(durations::kFlip / 2); // time only moves by hand
    EXPECT_TRUE(matchesGolden(renderStage(s), "coin-mid-flip", kStage));
}

TEST(CoinGLTest, EdgeViewMatchesGolden) {
    EXPECT_TRUE(matchesGolden(renderStage(showing(Show::Edge)), "coin-edge", kStage));
}

TEST(CoinGLTest, BothFacesAreLitAlike) {
    // Equal visual weight: the top face and its mirrored bottom face get the same brightness.
    const AppState s = showing(Show::Both);
    const Image img = renderStage(s);
    const StageView v = computeStageView(s, {float(kW), float(kH)}, {0, 0, float(kW), float(kH)});
    const float h = StageConfig{}.shape.thickness * 0.5f;
    const auto* top = pixelAt(img, v.project(glm::vec3(v.coins[0].model * glm::vec4(0.3f, h, 0.0f, 1.0f))));
    const auto* bottom = pixelAt(img, v.project(glm::vec3(v.coins[0].mirrored * glm::vec4(0.3f, -h, 0.0f, 1.0f))));
    for (int c = 0; c < 3; ++c)
        EXPECT_NEAR(int(top[c]), int(bottom[c]), 12) << "channel " << c;
}

TEST(CoinGLTest, TheCoinIsLitNotFlat) {
    // Lighting: the rim is darker than the face, so the disc reads as a solid object.
    const AppState s = showing(Show::Top);
    const Image img = renderStage(s);
    const StageView v = computeStageView(s, {float(kW), float(kH)}, {0, 0, float(kW), float(kH)});
    const auto& model = v.coins[0].model;
    const auto* face = pixelAt(img, v.project(glm::vec3(model * glm::vec4(0.0f, 0.08f, 0.3f, 1.0f))));
    const auto* rim = pixelAt(img, v.project(glm::vec3(model * glm::vec4(0.0f, 0.0f, 1.0f, 1.0f))));
    const int faceSum = face[0] + face[1] + face[2], rimSum = rim[0] + rim[1] + rim[2];
    EXPECT_GT(faceSum, rimSum + 20);
    const auto* corner = pixelAt(img, {2.0f, 2.0f, 0.0f});
    EXPECT_EQ(corner[0], StageTheme{}.background.r); // background outside the coin
}

TEST(CoinGLTest, AStageAtRestIsAntialiasedOnceThenReused) {
    sharedWindow();
    std::string problems;
    auto renderer = StageRenderer::create({}, StageConfig{}.shape, problems); // embedded shaders
    ASSERT_TRUE(renderer) << problems;
    EXPECT_FALSE(renderer->shadersFromFiles());
    ASSERT_TRUE(renderer->softwareRenderer()); // these tests run on Mesa's llvmpipe
    std::string error;
    auto target = RenderTarget::create(kW, kH, 0, error);
    ASSERT_TRUE(target);
    const AppState s = showing(Show::Both);
    const StageView view = computeStageView(s, {float(kW), float(kH)}, {0, 0, float(kW), float(kH)});
    auto drawNow = [&](const StageView& v) {
        target->bind();
        renderer->draw(v, {}, StageTheme{});
        return target->read();
    };
    // First sight of a stage: drawn fast (it may be moving), and a refinement is wanted.
    const Image moving = drawNow(view);
    EXPECT_FALSE(renderer->lastDrawReused());
    EXPECT_TRUE(renderer->needsRefinement());
    // Still the next frame: drawn again with MSAA.
    const Image refined = drawNow(view);
    EXPECT_FALSE(renderer->lastDrawReused());
    EXPECT_FALSE(renderer->needsRefinement());
    EXPECT_GT(compareImages(moving, refined).maxChannelDelta, 0); // edges differ: now antialiased
    // And from then on reused, pixel for pixel.
    const Image reused = drawNow(view);
    EXPECT_TRUE(renderer->lastDrawReused());
    EXPECT_EQ(compareImages(refined, reused).maxChannelDelta, 0);
    // The refined picture is the Final-quality one.
    target->bind();
    renderer->draw(view, {}, StageTheme{}, StageQuality::Final);
    EXPECT_EQ(compareImages(refined, target->read()).maxChannelDelta, 0);
    // Any change draws again.
    AppState moved = s;
    applyCommand(moved, cmd::RotateView{10.0f, 0.0f});
    drawNow(computeStageView(moved, {float(kW), float(kH)}, {0, 0, float(kW), float(kH)}));
    EXPECT_FALSE(renderer->lastDrawReused());
}

TEST(CoinGLTest, AStageDrawnInSeveralMultisampledBandsIsTheStageDrawnInOne) {
    // On a software renderer the stage at rest is antialiased a band of rows at a time (memory);
    // the bands join without a seam. Only a float rounding of the shifted viewport may move an edge
    // sample: a level or two on a handful of pixels.
    sharedWindow();
    constexpr int w = 1280, h = 960;
    const AppState s = showing(Show::Both);
    const StageView view = computeStageView(s, {float(w), float(h)}, {0, 0, float(w), float(h)});
    const auto box = StageRenderer::coverage(view, StageConfig{}.shape.radius, StageConfig{}.shape.thickness);
    auto render = [&](int bandPixels) {
        std::string problems, error;
        auto renderer = StageRenderer::create(std::filesystem::path(COINSTUDIO_SOURCE_DIR) / "shaders",
                                              StageConfig{}.shape, problems);
        renderer->setBandPixels(bandPixels);
        auto target = RenderTarget::create(w, h, 0, error);
        target->bind();
        renderer->draw(view, {}, StageTheme{}, StageQuality::Final);
        return target->read();
    };
    const int rowsPerBand = (1 << 14) / box[2] / 64 * 64;
    ASSERT_GT(box[3], 2 * std::max(rowsPerBand, 64)); // several bands
    const ImageDifference d = compareImages(render(1 << 30), render(1 << 14));
    EXPECT_LE(d.maxChannelDelta, 4);
    EXPECT_LT(d.meanChannelDelta, 0.01);
}

TEST(CoinGLTest, EmbeddedShadersDrawTheSameAsTheShaderFiles) {
    const AppState s = showing(Show::Both);
    const Image fromFiles = renderStage(s);
    sharedWindow();
    std::string problems;
    auto renderer = StageRenderer::create("/nonexistent", StageConfig{}.shape, problems);
    ASSERT_TRUE(renderer);
    EXPECT_NE(problems.find("not found"), std::string::npos);
    std::string error;
    auto target = RenderTarget::create(kW, kH, 0, error);
    target->bind();
    renderer->draw(computeStageView(s, {float(kW), float(kH)}, {0, 0, float(kW), float(kH)}), {}, StageTheme{},
                   StageQuality::Final);
    EXPECT_EQ(compareImages(fromFiles, target->read()).maxChannelDelta, 0);
}

TEST(CoinGLTest, FullFrameWithLabelsAndCaptionMatchesGolden) {
    EXPECT_TRUE(matchesGolden(renderFrame(makeStartState()), "frame-start", kFrame));
}

} // namespace
} // namespace cs
