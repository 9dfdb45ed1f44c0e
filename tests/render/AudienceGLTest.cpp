// The audience view of built-in scenarios as a projector shows it, at sizes and text scales a room
// meets: golden pictures of a few steps whose layout was wrong before (lift to top with its old place,
// a dismantled coin with its groups, four coins in French at 150 % text on 720 lines). The layout test
// (tests/ui/AudienceLayoutTest.cpp) checks every step; these keep what it checks looking right.
#include "gl_test_support.h"
#include "status_checks.h"

#include "app/studio.h"
#include "core/file_io.h"
#include "render/render_target.h"

#include <epoxy/gl.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>

namespace cs {
namespace {

namespace fs = std::filesystem;

// As SceneGLTest: text is rasterised by FreeType from the installed Noto Sans and edges by llvmpipe,
// so the max allows a few antialiased pixels to move; the mean catches any change of what is drawn.
constexpr testing::Thresholds kAudience{96, 1.5};

struct Shot {
    const char* scenario; // file name in scenarios/
    int step;             // from 1
    int width, height;
    float textScale;
    const char* language;
};

// The audience view of `shot` at its end state, in a hidden window of its size.
Image render(const Shot& shot) {
    testing::sharedWindow(); // SDL video and GL are up
    WindowDesc wd;
    wd.width = shot.width;
    wd.height = shot.height;
    wd.hidden = true;
    wd.vsync = false;
    std::string error;
    auto window = GlWindow::create(wd, error);
    EXPECT_TRUE(window) << error;
    if (!window) return {};
    StudioDesc desc;
    desc.dataDir = COINSTUDIO_SOURCE_DIR;
    desc.screen = Screen::Audience;
    desc.language = shot.language;
    auto studio = Studio::create(*window, std::move(desc), error);
    EXPECT_TRUE(studio) << error;
    if (!studio) return {};
    cmd::SetPreferences prefs;
    prefs.textScale = shot.textScale;
    studio->apply(prefs);
    const fs::path file = fs::path(shot.scenario).is_absolute()
                              ? fs::path(shot.scenario)
                              : fs::path(COINSTUDIO_SOURCE_DIR) / "scenarios" / shot.scenario;
    EXPECT_TRUE(studio->openFile(file.string()));
    if (!studio->state().scenario || shot.step > studio->state().scenario->stepCount()) return {};
    studio->apply(cmd::GoToStep{shot.step});
    if (studio->state().contentNotePending) studio->apply(cmd::AcknowledgeContentNote{});
    studio->settle();
    Image image = testing::settledFrameOf(*studio, *window);
    studio.reset();
    testing::sharedWindow().makeCurrent();
    return image;
}

TEST(AudienceGLTest, LiftToTopKeepsTheOldPlaceAndItsCaptionClearOfThePlates) {
    EXPECT_TRUE(testing::matchesGolden(render({"01-introduction.toml", 7, 960, 540, 1.0f, "en"}),
                                       "audience-01-lift-to-top", kAudience));
}

TEST(AudienceGLTest, DismantledCoinLeavesBothGroupsSideBySideWithRobinAmongDisabledPeople) {
    EXPECT_TRUE(testing::matchesGolden(render({"02-ableism.toml", 8, 960, 540, 1.0f, "en"}), "audience-02-dismantled",
                                       kAudience));
}

TEST(AudienceGLTest, FourCoinsInFrenchAt150PercentTextOn720Lines) {
    EXPECT_TRUE(testing::matchesGolden(render({"01-introduction.toml", 9, 1280, 720, 1.5f, "fr"}),
                                       "audience-01-four-coins-fr-150", kAudience));
}

// Not a check: writes the audience view of every step of every built-in scenario to a folder, to look
// at. COINSTUDIO_AUDIENCE_DUMP=<folder> [COINSTUDIO_AUDIENCE_SIZE=1920x1080] [COINSTUDIO_TEXT_SCALE=1.5]
// [COINSTUDIO_LANG=fr] [COINSTUDIO_SCENARIO=01] coinstudio_gl_tests --gtest_also_run_disabled_tests
// --gtest_filter='*DISABLED_DumpEveryStep'
TEST(AudienceGLTest, DISABLED_DumpEveryStep) {
    const char* dir = std::getenv("COINSTUDIO_AUDIENCE_DUMP");
    ASSERT_TRUE(dir) << "set COINSTUDIO_AUDIENCE_DUMP to a folder";
    int width = 1920, height = 1080;
    if (const char* size = std::getenv("COINSTUDIO_AUDIENCE_SIZE")) std::sscanf(size, "%dx%d", &width, &height);
    const float scale =
        std::getenv("COINSTUDIO_TEXT_SCALE") ? float(std::atof(std::getenv("COINSTUDIO_TEXT_SCALE"))) : 1.0f;
    const std::string language = std::getenv("COINSTUDIO_LANG") ? std::getenv("COINSTUDIO_LANG") : "en";
    const std::string only = std::getenv("COINSTUDIO_SCENARIO") ? std::getenv("COINSTUDIO_SCENARIO") : "";
    fs::create_directories(dir);
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(fs::path(COINSTUDIO_SOURCE_DIR) / "scenarios"))
        files.push_back(e.path());
    files.push_back(fs::path(COINSTUDIO_SOURCE_DIR) / "tests/data/scenes/crowded.toml");
    for (const auto& path : files) {
        const fs::directory_entry e(path);
        const std::string name = e.path().filename().string();
        if (e.path().extension() != ".toml" || name == "template.toml" || name.rfind(only, 0) != 0) continue;
        for (int step = 1; step <= 14; ++step) {
            const std::string full = e.path().string();
            const Image image = render({full.c_str(), step, width, height, scale, language.c_str()});
            if (image.rgba.empty()) break;
            const std::string out =
                std::string(dir) + "/" + e.path().stem().string() + "-" + std::to_string(step) + ".png";
            EXPECT_OK(writeFileAtomic(out, encodePng(image)));
        }
    }
}

} // namespace
} // namespace cs
