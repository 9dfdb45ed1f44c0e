// Every Command's effect on AppState, and animation end states through the timeline only.
#include "core/app_state.h"

#include <gtest/gtest.h>

#include <limits>
#include <set>
#include <utility>

namespace cs {
namespace {

TEST(AppStateTest, StartsWithOneCoinSeenWithBothFacesAndNothingMoving) {
    const AppState s = makeStartState();
    ASSERT_EQ(s.coins.size(), 1u);
    EXPECT_EQ(s.view.show, Show::Both);
    EXPECT_EQ(s.coins[0].faceUpAtEnd(), Face::Top);
    EXPECT_FALSE(s.isAnimating());
}

TEST(AppStateTest, FlipAnimatesToTheOtherFaceAndEndsThere) {
    AppState s = makeStartState();
    applyCommand(s, cmd::FlipFocusedCoin{});
    EXPECT_TRUE(s.isAnimating());
    EXPECT_EQ(s.coins[0].faceUpAtEnd(), Face::Bottom);
    EXPECT_FLOAT_EQ(s.coins[0].flip.valueAt(s.timeline.now()), 0.0f);
    s.timeline.advance(durations::kFlip / 2);
    const float half = s.coins[0].flip.valueAt(s.timeline.now());
    EXPECT_GT(half, 0.3f);
    EXPECT_LT(half, 0.7f);
    s.timeline.advance(durations::kFlip);
    EXPECT_FALSE(s.isAnimating());
    EXPECT_FLOAT_EQ(s.coins[0].flip.valueAt(s.timeline.now()), 1.0f);
}

TEST(AppStateTest, FlippingAgainMidwayTurnsBackFromWhereTheCoinIs) {
    AppState s = makeStartState();
    applyCommand(s, cmd::FlipFocusedCoin{});
    s.timeline.advance(durations::kFlip / 2);
    const float mid = s.coins[0].flip.valueAt(s.timeline.now());
    applyCommand(s, cmd::FlipFocusedCoin{});
    EXPECT_EQ(s.coins[0].faceUpAtEnd(), Face::Top);
    EXPECT_FLOAT_EQ(s.coins[0].flip.valueAt(s.timeline.now()), mid); // no jump
    s.settle();
    EXPECT_FLOAT_EQ(s.coins[0].flip.valueAt(s.timeline.now()), 0.0f);
}

TEST(AppStateTest, ReducedMotionJumpsStraightToEndStates) {
    AppState s = makeStartState();
    applyCommand(s, cmd::SetReducedMotion{true});
    applyCommand(s, cmd::FlipFocusedCoin{});
    EXPECT_FALSE(s.isAnimating());
    EXPECT_FLOAT_EQ(s.coins[0].flip.valueAt(s.timeline.now()), 1.0f);
    applyCommand(s, cmd::SetShow{Show::Edge});
    EXPECT_FALSE(s.isAnimating());
    EXPECT_FLOAT_EQ(s.view.elevationDeg.valueAt(s.timeline.now()), elevationFor(Show::Edge));
}

TEST(AppStateTest, TurningOnReducedMotionFinishesRunningAnimations) {
    AppState s = makeStartState();
    applyCommand(s, cmd::FlipFocusedCoin{});
    ASSERT_TRUE(s.isAnimating());
    applyCommand(s, cmd::SetReducedMotion{true});
    EXPECT_FALSE(s.isAnimating());
}

TEST(AppStateTest, SetShowMovesCameraAndMirror) {
    AppState s = makeStartState();
    for (Show show : kAllShows) {
        applyCommand(s, cmd::SetShow{show});
        s.settle();
        EXPECT_EQ(s.view.show, show);
        EXPECT_FLOAT_EQ(s.view.elevationDeg.valueAt(s.timeline.now()), elevationFor(show));
        EXPECT_FLOAT_EQ(s.view.mirror.valueAt(s.timeline.now()), show == Show::Both ? 1.0f : 0.0f);
    }
}

TEST(AppStateTest, RotateAccumulatesClampsPitchAndResets) {
    AppState s = makeStartState();
    applyCommand(s, cmd::RotateView{30.0f, 50.0f});
    applyCommand(s, cmd::RotateView{30.0f, 50.0f});
    EXPECT_FLOAT_EQ(s.view.yawDeg, 60.0f);
    EXPECT_FLOAT_EQ(s.view.pitchDeg, kMaxPitchDeg);
    applyCommand(s, cmd::RotateView{400.0f, 0.0f});
    EXPECT_GE(s.view.yawDeg, -180.0f);
    EXPECT_LE(s.view.yawDeg, 180.0f);
    applyCommand(s, cmd::RotateView{std::numeric_limits<float>::quiet_NaN(), 1.0f}); // ignored
    EXPECT_FLOAT_EQ(s.view.pitchDeg, kMaxPitchDeg);
    applyCommand(s, cmd::ResetView{});
    EXPECT_FLOAT_EQ(s.view.yawDeg, 0.0f);
    EXPECT_FLOAT_EQ(s.view.pitchDeg, 0.0f);
}

TEST(AppStateTest, FullscreenTogglesAndEscapeOnlyLeaves) {
    AppState s = makeStartState();
    applyCommand(s, cmd::ToggleFullscreen{});
    EXPECT_TRUE(s.fullscreen);
    applyCommand(s, cmd::LeaveFullscreen{});
    EXPECT_FALSE(s.fullscreen);
    applyCommand(s, cmd::LeaveFullscreen{});
    EXPECT_FALSE(s.fullscreen);
    EXPECT_FALSE(s.quitRequested);
}

TEST(AppStateTest, TextScaleStepsByTenPercentWithinLimits) {
    AppState s = makeStartState();
    applyCommand(s, cmd::ChangeTextScale{+1});
    EXPECT_FLOAT_EQ(s.prefs.textScale, 1.1f);
    for (int i = 0; i < 100; ++i)
        applyCommand(s, cmd::ChangeTextScale{+1});
    EXPECT_FLOAT_EQ(s.prefs.textScale, kMaxTextScale);
    for (int i = 0; i < 100; ++i)
        applyCommand(s, cmd::ChangeTextScale{-1});
    EXPECT_FLOAT_EQ(s.prefs.textScale, kMinTextScale);
    applyCommand(s, cmd::ChangeTextScale{0});
    EXPECT_FLOAT_EQ(s.prefs.textScale, 1.0f);
}

TEST(AppStateTest, BlackoutAndWhiteoutExcludeEachOtherAndAnyKeyEndsThem) {
    AppState s = makeStartState();
    applyCommand(s, cmd::Blackout{});
    EXPECT_TRUE(s.blackout);
    applyCommand(s, cmd::Whiteout{});
    EXPECT_TRUE(s.whiteout);
    EXPECT_FALSE(s.blackout);
    applyCommand(s, cmd::EndBlankScreen{});
    EXPECT_FALSE(s.whiteout);
    EXPECT_FALSE(s.blackout);
}

TEST(AppStateTest, TypedStepDigitsCollectAndClear) {
    AppState s = makeStartState();
    applyCommand(s, cmd::TypeStepDigit{'1'});
    applyCommand(s, cmd::TypeStepDigit{'2'});
    applyCommand(s, cmd::TypeStepDigit{'x'}); // not a digit: ignored
    EXPECT_EQ(s.typedStepNumber, "12");
    applyCommand(s, cmd::GoToStep{12});
    EXPECT_TRUE(s.typedStepNumber.empty());
    for (int i = 0; i < 20; ++i)
        applyCommand(s, cmd::TypeStepDigit{'9'});
    EXPECT_LE(s.typedStepNumber.size(), 6u); // bounded
    applyCommand(s, cmd::ClearStepDigits{});
    EXPECT_TRUE(s.typedStepNumber.empty());
}

TEST(AppStateTest, HelpTogglesAndQuitIsOnlyEverRequested) {
    AppState s = makeStartState();
    applyCommand(s, cmd::ToggleHelp{});
    EXPECT_TRUE(s.helpVisible);
    applyCommand(s, cmd::ToggleHelp{});
    EXPECT_FALSE(s.helpVisible);
    applyCommand(s, cmd::RequestQuit{});
    EXPECT_TRUE(s.quitRequested);
}

TEST(AppStateTest, FlipWithNoCoinsDoesNothing) {
    AppState s;
    applyCommand(s, cmd::FlipFocusedCoin{});
    EXPECT_TRUE(s.coins.empty());
    EXPECT_FALSE(s.isAnimating());
}

TEST(AppStateTest, CommandsHaveReadableNames) {
    EXPECT_STREQ(commandName(Command{cmd::FlipFocusedCoin{}}), "FlipFocusedCoin");
    EXPECT_STREQ(commandName(Command{cmd::RequestQuit{}}), "RequestQuit");
    EXPECT_STREQ(commandName(Command{cmd::AnswerRestore{}}), "AnswerRestore");
}

// Every command's name is its own: none empty, no two alike (a copied struct keeps its old name).
TEST(AppStateTest, EveryCommandHasItsOwnName) {
    std::set<std::string_view> names;
    [&]<std::size_t... I>(std::index_sequence<I...>) {
        (names.insert(std::variant_alternative_t<I, Command::Variant>::kName), ...);
    }
    (std::make_index_sequence<std::variant_size_v<Command::Variant>>{});
    EXPECT_EQ(names.size(), std::variant_size_v<Command::Variant>);
    EXPECT_EQ(names.count(""), 0u);
}

} // namespace
} // namespace cs

namespace cs {
namespace {

TEST(PresentationStateTest, StartingAShowGoesToTheAudienceViewAndTimesSteps) {
    AppState s = makeStartState();
    s.timeline.advance(5.0);
    applyCommand(s, cmd::StartPresentation{false, false});
    EXPECT_TRUE(s.presentation.active);
    EXPECT_EQ(s.screen, Screen::Audience);
    EXPECT_DOUBLE_EQ(s.presentation.startedAt, 5.0);
    applyCommand(s, cmd::StopPresentation{});
    EXPECT_FALSE(s.presentation.active);
    EXPECT_EQ(s.screen, Screen::Workspace);
}

TEST(PresentationStateTest, OnOneDisplayTheOverlayIsConfirmedOnceThenToggles) {
    AppState s = makeStartState();
    applyCommand(s, cmd::StartPresentation{true, false});
    applyCommand(s, cmd::TogglePresenterOverlay{});
    EXPECT_TRUE(s.presentation.overlayConfirmPending);
    EXPECT_FALSE(s.presentation.overlayVisible);
    applyCommand(s, cmd::ConfirmPresenterOverlay{false}); // "no": nothing shown, asked again next time
    EXPECT_FALSE(s.presentation.overlayVisible);
    applyCommand(s, cmd::TogglePresenterOverlay{});
    EXPECT_TRUE(s.presentation.overlayConfirmPending);
    applyCommand(s, cmd::ConfirmPresenterOverlay{true});
    EXPECT_TRUE(s.presentation.overlayVisible);
    EXPECT_TRUE(s.presentation.overlayConfirmed);
    applyCommand(s, cmd::TogglePresenterOverlay{});
    EXPECT_FALSE(s.presentation.overlayVisible);
    applyCommand(s, cmd::TogglePresenterOverlay{}); // confirmed once: no question any more
    EXPECT_TRUE(s.presentation.overlayVisible);
    EXPECT_FALSE(s.presentation.overlayConfirmPending);
}

TEST(PresentationStateTest, WithTwoDisplaysNDoesNothingAndQuittingIsAsked) {
    AppState s = makeStartState();
    applyCommand(s, cmd::StartPresentation{false, false});
    applyCommand(s, cmd::TogglePresenterOverlay{});
    EXPECT_FALSE(s.presentation.overlayConfirmPending);
    applyCommand(s, cmd::RequestQuit{});
    EXPECT_FALSE(s.quitRequested);
    EXPECT_TRUE(s.presentation.quitConfirmPending);
    applyCommand(s, cmd::ConfirmQuit{false});
    EXPECT_FALSE(s.quitRequested);
    applyCommand(s, cmd::RequestQuit{});
    applyCommand(s, cmd::ConfirmQuit{true});
    EXPECT_TRUE(s.quitRequested);
}

TEST(PresentationStateTest, LosingADisplayFallsBackToTheOverlay) {
    AppState s = makeStartState();
    applyCommand(s, cmd::StartPresentation{false, true});
    applyCommand(s, cmd::SetSingleDisplay{true});
    applyCommand(s, cmd::TogglePresenterOverlay{});
    EXPECT_TRUE(s.presentation.overlayVisible); // confirmed before: shown at once
}

} // namespace
} // namespace cs
