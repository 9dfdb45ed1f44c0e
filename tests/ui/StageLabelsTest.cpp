// Face label plates: the words of each face, inside the stage, not overlapping, same size for both.
#include "ui_test_support.h"

#include "ui/stage_labels.h"

namespace cs {
namespace {

class StageLabelsTest : public testing::ImGuiFixture {};

bool overlap(const LabelPlate& a, const LabelPlate& b) {
    return a.min().x < b.max().x && b.min().x < a.max().x && a.min().y < b.max().y && b.min().y < a.max().y;
}

TEST_F(StageLabelsTest, EachFaceSaysWhichFaceAndThatItIsUnearned) {
    EXPECT_EQ(faceWordsFor(makeStartState(), 0, Face::Top).group, "Top face");
    EXPECT_EQ(faceWordsFor(makeStartState(), 0, Face::Top).meaning, "unearned advantage");
    EXPECT_EQ(faceWordsFor(makeStartState(), 0, Face::Bottom).group, "Bottom face");
    EXPECT_EQ(faceWordsFor(makeStartState(), 0, Face::Bottom).meaning, "unearned disadvantage");
}

TEST_F(StageLabelsTest, PlatesSitInsideTheStageWithoutOverlapInEveryView) {
    const glm::vec2 fb{1920, 1080};
    const ViewLayout layout = computeAudienceLayout(fb, 1.0f);
    const Theme theme = projectorDarkTheme();
    for (Show show : kAllShows) {
        AppState s = makeStartState();
        applyCommand(s, cmd::SetShow{show});
        s.settle();
        const StageView view = computeStageView(s, fb, layout.stage);
        const UiContext ui{s, view, fonts_, theme, layout, fb};
        std::vector<LabelPlate> plates;
        frame([&] { plates = layoutStageLabels(ui).plates; });
        ASSERT_EQ(plates.size(), 2u) << int(show);
        for (const auto& p : plates) {
            EXPECT_GE(p.min().x, layout.stage.x);
            EXPECT_GE(p.min().y, layout.stage.y);
            EXPECT_LE(p.max().x, layout.stage.x + layout.stage.width);
            EXPECT_LE(p.max().y, layout.stage.y + layout.stage.height + 0.5f);
        }
        EXPECT_FALSE(overlap(plates[0], plates[1])) << "show " << int(show);
        // Equal weight: same height, same font for both faces.
        EXPECT_FLOAT_EQ(plates[0].size.y, plates[1].size.y);
    }
}

TEST_F(StageLabelsTest, LabelTextIsProjectorSized) {
    // 30 px at 1080 lines: legible from the back of a room.
    EXPECT_GE(fonts_.label->FontSize, 30.0f);
    EXPECT_GE(fonts_.title->FontSize, 48.0f);
    EXPECT_GE(fonts_.body->FontSize, 28.0f);
}

} // namespace
} // namespace cs
