// Presentation display planning: where the audience window and the presenter's notes go.
#include "core/display_plan.h"

#include <gtest/gtest.h>

namespace cs {
namespace {

std::vector<DisplayInfo> displays(int n) {
    std::vector<DisplayInfo> d;
    for (int i = 0; i < n; ++i)
        d.push_back({i * 1920, 0, 1920, 1080, i == 0, "display " + std::to_string(i + 1)});
    return d;
}

TEST(DisplayPlanTest, OneDisplayMeansTheAudienceThereAndAnOverlay) {
    const auto plan = planPresentation(displays(1), std::nullopt);
    EXPECT_TRUE(plan.error.empty());
    EXPECT_EQ(plan.audience, 0);
    EXPECT_TRUE(plan.singleDisplay());
}

TEST(DisplayPlanTest, TwoDisplaysPutTheAudienceOnTheNonPrimaryOne) {
    const auto plan = planPresentation(displays(2), std::nullopt);
    EXPECT_EQ(plan.audience, 1);
    EXPECT_EQ(plan.presenter, 0);
    // The primary is not always the first.
    auto d = displays(3);
    d[0].primary = false;
    d[2].primary = true;
    const auto other = planPresentation(d, std::nullopt);
    EXPECT_EQ(other.audience, 0);
    EXPECT_EQ(other.presenter, 2);
}

TEST(DisplayPlanTest, DisplayNCountsFromOneAndOutOfRangeIsAUsageError) {
    const auto plan = planPresentation(displays(2), 1);
    EXPECT_EQ(plan.audience, 0);
    EXPECT_EQ(plan.presenter, 1);
    const auto bad = planPresentation(displays(2), 3);
    EXPECT_NE(bad.error.find("--display 3"), std::string::npos);
    EXPECT_NE(bad.error.find("1 to 2"), std::string::npos);
    EXPECT_FALSE(planPresentation(displays(1), 0).error.empty());
}

TEST(DisplayPlanTest, UnpluggingTheProjectorKeepsTheShowOnTheLaptop) {
    const auto plan = planPresentation(displays(2), std::nullopt);
    const auto after = replanPresentation(displays(1), plan);
    EXPECT_EQ(after.audience, 0);
    EXPECT_TRUE(after.singleDisplay());
    // Plugged in again: the room's picture goes back to the projector, the notes to the laptop.
    const auto again = replanPresentation(displays(2), after);
    EXPECT_EQ(again.audience, 1);
    EXPECT_EQ(again.presenter, 0);
}

TEST(DisplayPlanTest, APlannedDisplayIsUsedAgainWhenItComesBack) {
    auto three = displays(3);
    const auto plan = planPresentation(three, 3);
    EXPECT_EQ(plan.audience, 2);
    const auto unplugged = replanPresentation(displays(1), plan);
    EXPECT_TRUE(unplugged.singleDisplay());
    EXPECT_EQ(replanPresentation(three, unplugged).audience, 2);
    // Only two come back: display 3 is not there, so the automatic choice.
    const auto two = replanPresentation(displays(2), unplugged);
    EXPECT_TRUE(two.error.empty());
    EXPECT_EQ(two.audience, 1);
    EXPECT_EQ(two.presenter, 0);
}

TEST(DisplayPlanTest, AThirdDisplayArrivingKeepsTheShowWhereItIs) {
    const auto plan = planPresentation(displays(2), std::nullopt);
    const auto after = replanPresentation(displays(3), plan);
    EXPECT_EQ(after.audience, 1);
    EXPECT_EQ(after.presenter, 0);
}

TEST(DisplayPlanTest, NoDisplaysAtAllIsAnErrorNotACrash) {
    EXPECT_FALSE(planPresentation({}, std::nullopt).error.empty());
    const PresentationPlan current;
    EXPECT_EQ(replanPresentation({}, current).audience, current.audience);
}

} // namespace
} // namespace cs
