// The room's view of a state not on stage: a step veiled by its content note, and the presenter's
// "Next" (the step after this one as the room will see it after the next key).
#include "scenario_text.h"

#include "core/room_view.h"

#include <gtest/gtest.h>

namespace cs {
namespace {

AppState onStepOne() {
    AppState s = makeStartState(testing::builtInLibrary());
    applyCommand(s, cmd::LoadScenario{testing::scenarioFromFile(std::filesystem::path(COINSTUDIO_TEST_DATA_DIR) /
                                                                "data/walkthrough/noted-steps.toml")});
    s.settle();
    return s;
}

TEST(RoomViewTest, AStepBehindItsContentNoteShowsAnEmptyStageUntilTheNoteIsRead) {
    AppState s = onStepOne();
    EXPECT_FALSE(veiledUntilTheNoteIsRead(s)) << "no note on step 1";
    applyCommand(s, cmd::NextStep{});
    s.settle();
    ASSERT_TRUE(s.contentNotePending);
    ASSERT_FALSE(s.coins.empty());
    const std::optional<AppState> veiled = veiledUntilTheNoteIsRead(s);
    ASSERT_TRUE(veiled);
    EXPECT_TRUE(veiled->coins.empty());
    EXPECT_TRUE(veiled->personas.empty());
    EXPECT_EQ(veiled->step, s.step) << "the caption still says which step it is";
    applyCommand(s, cmd::AcknowledgeContentNote{});
    EXPECT_FALSE(veiledUntilTheNoteIsRead(s));
}

TEST(RoomViewTest, NextIsTheFollowingStepAtRestWithNothingRevealedAndNoBlankScreen) {
    AppState s = onStepOne();
    applyCommand(s, cmd::RevealAnswer{});
    applyCommand(s, cmd::Blackout{});
    ASSERT_TRUE(s.blackout);
    const std::optional<AppState> next = nextStepAsTheRoomWillSeeIt(s);
    ASSERT_TRUE(next);
    EXPECT_EQ(next->step, 1);
    EXPECT_FALSE(next->blackout);
    EXPECT_FALSE(next->whiteout);
    EXPECT_FALSE(next->isAnimating());
    EXPECT_TRUE(next->contentNotePending) << "the room will see the note first";
    EXPECT_EQ(s.step, 0) << "the state on stage is untouched";
    EXPECT_TRUE(s.blackout);
}

TEST(RoomViewTest, ThereIsNoNextAfterTheLastStepOrWithoutAScenario) {
    AppState s = onStepOne();
    applyCommand(s, cmd::GoToStep{3});
    EXPECT_FALSE(nextStepAsTheRoomWillSeeIt(s));
    EXPECT_FALSE(nextStepAsTheRoomWillSeeIt(makeStartState(testing::builtInLibrary())));
}

} // namespace
} // namespace cs
