// The coin scene as the audience sees it, one golden picture per kind of moment: one coin
// top, flipped, three coins with their items, personas on several coins, lift-to-top end,
// dismantled end, levels. Each is the end state of a step of tests/data/scenes/golden-scenes.toml.
#include "gl_test_support.h"

#include "app/studio.h"

#include <epoxy/gl.h>

#include <filesystem>

namespace cs {
namespace {

// Text is rasterised by FreeType from the installed Noto Sans and edges by llvmpipe: the max allows
// a few antialiased pixels to move, the mean catches any change of what is drawn.
constexpr testing::Thresholds kScene{96, 1.5};

Image renderStep(int step, bool lightTheme = false, bool presenterView = false) {
    GlWindow& window = testing::sharedWindow();
    std::string error;
    StudioDesc desc;
    desc.dataDir = COINSTUDIO_SOURCE_DIR;
    desc.screen = Screen::Audience;
    desc.language = "en";
    desc.presenterView = presenterView;
    auto studio = Studio::create(window, std::move(desc), error);
    EXPECT_TRUE(studio) << error;
    if (!studio) return {};
    const std::filesystem::path scenes = std::filesystem::path(COINSTUDIO_SOURCE_DIR) / "tests/data/scenes";
    EXPECT_TRUE(studio->openFile(scenes / "golden-scenes.toml"));
    studio->apply(cmd::GoToStep{step});
    if (lightTheme) studio->apply(cmd::SetTheme{true});
    if (presenterView) studio->apply(cmd::StartPresentation{false, false});
    studio->settle();
    return testing::settledFrameOf(*studio, window);
}

TEST(SceneGLTest, OneCoinTopFace) {
    EXPECT_TRUE(testing::matchesGolden(renderStep(1), "scene-1-one-coin-top", kScene));
}
TEST(SceneGLTest, Flipped) {
    EXPECT_TRUE(testing::matchesGolden(renderStep(2), "scene-2-flipped", kScene));
}
TEST(SceneGLTest, ThreeCoinsWithItems) {
    EXPECT_TRUE(testing::matchesGolden(renderStep(3), "scene-3-three-coins-items", kScene));
}
TEST(SceneGLTest, PersonasOnSeveralCoins) {
    EXPECT_TRUE(testing::matchesGolden(renderStep(4), "scene-4-intersection", kScene));
}
TEST(SceneGLTest, LiftToTopEnd) {
    EXPECT_TRUE(testing::matchesGolden(renderStep(5), "scene-5-lift-to-top", kScene));
}
TEST(SceneGLTest, DismantledEnd) {
    EXPECT_TRUE(testing::matchesGolden(renderStep(6), "scene-6-dismantled", kScene));
}
TEST(SceneGLTest, Levels) {
    EXPECT_TRUE(testing::matchesGolden(renderStep(7), "scene-7-levels", kScene));
}
// The projector's light theme (bright rooms): the same scene as scene-3 on a light stage and band.
TEST(SceneGLTest, ProjectorLightTheme) {
    EXPECT_TRUE(testing::matchesGolden(renderStep(3, true), "projector-light-three-coins", kScene));
}
// The presenter's window at the start of a show: clocks, previews of now and next, notes, steps.
TEST(SceneGLTest, PresenterView) {
    EXPECT_TRUE(testing::matchesGolden(renderStep(3, false, true), "presenter-view", kScene));
}

} // namespace
} // namespace cs
