// The key table: presses → Commands.
#include "core/keymap.h"

#include "core/app_state.h"

#include <gtest/gtest.h>

namespace cs {
namespace {

template <typename T> bool is(const std::optional<Command>& c) {
    return c && c->holds<T>();
}

KeyPress press(Key k, bool ctrl = false) {
    KeyPress p;
    p.key = k;
    p.ctrl = ctrl;
    return p;
}

TEST(KeymapTest, ClickerAndArrowKeysStep) {
    const AppState s = makeStartState();
    for (Key k : {Key::Right, Key::PageDown, Key::Space, Key::Enter, Key::KeypadEnter}) {
        EXPECT_TRUE(is<cmd::NextStep>(commandForKey(press(k), s))) << keyName(k);
    }
    for (Key k : {Key::Left, Key::PageUp, Key::Backspace}) {
        EXPECT_TRUE(is<cmd::PreviousStep>(commandForKey(press(k), s))) << keyName(k);
    }
    EXPECT_TRUE(is<cmd::FirstStep>(commandForKey(press(Key::Home), s)));
    EXPECT_TRUE(is<cmd::LastStep>(commandForKey(press(Key::End), s)));
}

TEST(KeymapTest, DigitsThenEnterJumpToThatStep) {
    AppState s = makeStartState();
    auto c = commandForKey(press(Key('1')), s);
    ASSERT_TRUE(is<cmd::TypeStepDigit>(c));
    applyCommand(s, *c);
    c = commandForKey(press(Key(std::uint32_t(Key::Keypad0) + 2)), s); // keypad 2
    ASSERT_TRUE(is<cmd::TypeStepDigit>(c));
    EXPECT_EQ(c->get<cmd::TypeStepDigit>().digit, '2');
    applyCommand(s, *c);
    c = commandForKey(press(Key::Enter), s);
    ASSERT_TRUE(is<cmd::GoToStep>(c));
    EXPECT_EQ(c->get<cmd::GoToStep>().number, 12);
    // Other "next" keys still just go on, even with digits typed.
    EXPECT_TRUE(is<cmd::NextStep>(commandForKey(press(Key::PageDown), s)));
    // Esc forgets the digits rather than leaving fullscreen.
    EXPECT_TRUE(is<cmd::ClearStepDigits>(commandForKey(press(Key::Escape), s)));
}

TEST(KeymapTest, FlipRotateAndTextScale) {
    const AppState s = makeStartState();
    EXPECT_TRUE(is<cmd::FlipFocusedCoin>(commandForKey(press(Key::F), s)));
    const auto left = commandForKey(press(Key::Left, true), s);
    ASSERT_TRUE(is<cmd::RotateView>(left));
    EXPECT_LT(left->get<cmd::RotateView>().yawDeg, 0.0f);
    const auto up = commandForKey(press(Key::Up, true), s);
    ASSERT_TRUE(is<cmd::RotateView>(up));
    EXPECT_GT(up->get<cmd::RotateView>().pitchDeg, 0.0f);
    EXPECT_FALSE(commandForKey(press(Key::Up), s)); // plain Up means nothing
    for (Key k : {Key::Plus, Key::Equals, Key::KeypadPlus}) {
        const auto c = commandForKey(press(k, true), s);
        ASSERT_TRUE(is<cmd::ChangeTextScale>(c)) << keyName(k);
        EXPECT_EQ(c->get<cmd::ChangeTextScale>().direction, 1);
    }
    const auto smaller = commandForKey(press(Key::Minus, true), s);
    ASSERT_TRUE(is<cmd::ChangeTextScale>(smaller));
    EXPECT_EQ(smaller->get<cmd::ChangeTextScale>().direction, -1);
    const auto reset = commandForKey(press(Key::Digit0, true), s);
    ASSERT_TRUE(is<cmd::ChangeTextScale>(reset));
    EXPECT_EQ(reset->get<cmd::ChangeTextScale>().direction, 0);
    EXPECT_FALSE(commandForKey(press(Key('5'), true), s)); // Ctrl+5 is nothing, not a reset
}

TEST(KeymapTest, ScreenKeys) {
    const AppState s = makeStartState();
    EXPECT_TRUE(is<cmd::Blackout>(commandForKey(press(Key::B), s)));
    EXPECT_TRUE(is<cmd::Blackout>(commandForKey(press(Key::Period), s)));
    EXPECT_TRUE(is<cmd::Whiteout>(commandForKey(press(Key::W), s)));
    EXPECT_TRUE(is<cmd::RevealAnswer>(commandForKey(press(Key::R), s)));
    EXPECT_TRUE(is<cmd::TogglePresenterOverlay>(commandForKey(press(Key::N), s)));
    EXPECT_TRUE(is<cmd::ToggleHelp>(commandForKey(press(Key::F1), s)));
    EXPECT_TRUE(is<cmd::ToggleFullscreen>(commandForKey(press(Key::F11), s)));
    EXPECT_TRUE(is<cmd::LeaveFullscreen>(commandForKey(press(Key::Escape), s)));
}

TEST(KeymapTest, EscapeClosesHelpFirstAndNeverQuits) {
    AppState s = makeStartState();
    applyCommand(s, cmd::ToggleHelp{});
    EXPECT_TRUE(is<cmd::ToggleHelp>(commandForKey(press(Key::Escape), s)));
    for (Key k : {Key::Escape, Key('q'), Key::F1}) {
        const auto c = commandForKey(press(k), s);
        EXPECT_FALSE(is<cmd::RequestQuit>(c));
    }
}

TEST(KeymapTest, AnyKeyEndsABlankScreenAndDoesNothingElse) {
    AppState s = makeStartState();
    applyCommand(s, cmd::Blackout{});
    for (Key k : {Key::F, Key::PageDown, Key('x'), Key::Escape}) {
        EXPECT_TRUE(is<cmd::EndBlankScreen>(commandForKey(press(k), s))) << keyName(k);
    }
}

TEST(KeymapTest, AltChordsAndUnknownKeysAreLeftAlone) {
    const AppState s = makeStartState();
    KeyPress alt = press(Key::F);
    alt.alt = true;
    EXPECT_FALSE(commandForKey(alt, s));
    EXPECT_FALSE(commandForKey(press(Key::Unknown), s));
    EXPECT_FALSE(commandForKey(press(Key('z')), s));
}

TEST(KeymapTest, DuringAShowQuittingAndTheMirroredScreenQuestionAreAnsweredByKeys) {
    AppState s = makeStartState();
    applyCommand(s, cmd::StartPresentation{true, false});
    // Ctrl+Q asks; Esc keeps presenting; Ctrl+Q twice quits.
    applyCommand(s, *commandForKey(press(Key::Q, true), s));
    EXPECT_TRUE(s.presentation.quitConfirmPending);
    EXPECT_FALSE(s.quitRequested);
    applyCommand(s, *commandForKey(press(Key::Escape), s));
    EXPECT_FALSE(s.presentation.quitConfirmPending);
    EXPECT_FALSE(s.quitRequested);
    EXPECT_FALSE(commandForKey(press(Key::Q), s)); // plain Q is nothing
    applyCommand(s, *commandForKey(press(Key::Q, true), s));
    applyCommand(s, *commandForKey(press(Key::Q, true), s));
    EXPECT_TRUE(s.quitRequested);

    // N asks whether the screen may show the notes; N again says yes, Esc no.
    AppState t = makeStartState();
    applyCommand(t, cmd::StartPresentation{true, false});
    applyCommand(t, *commandForKey(press(Key::N), t));
    EXPECT_TRUE(t.presentation.overlayConfirmPending);
    applyCommand(t, *commandForKey(press(Key::Escape), t));
    EXPECT_FALSE(t.presentation.overlayVisible);
    EXPECT_FALSE(t.presentation.overlayConfirmPending);
    applyCommand(t, *commandForKey(press(Key::N), t));
    applyCommand(t, *commandForKey(press(Key::N), t));
    EXPECT_TRUE(t.presentation.overlayVisible);
    // F1 asks the same way, for the help.
    AppState u = makeStartState();
    applyCommand(u, cmd::StartPresentation{true, false});
    applyCommand(u, *commandForKey(press(Key::F1), u));
    EXPECT_FALSE(u.helpVisible);
    EXPECT_TRUE(u.presentation.overlayConfirmPending);
    applyCommand(u, *commandForKey(press(Key::F1), u));
    EXPECT_TRUE(u.helpVisible);
    EXPECT_FALSE(u.presentation.overlayVisible);
}

TEST(KeymapTest, OutsideAShowCtrlQQuitsAndF5OpensTheStartScreenButNeverEndsAShow) {
    AppState s = makeStartState();
    EXPECT_TRUE(is<cmd::TogglePresentSetup>(commandForKey(press(Key::F5), s)));
    applyCommand(s, *commandForKey(press(Key::Q, true), s));
    EXPECT_TRUE(s.quitRequested);
    AppState show = makeStartState();
    applyCommand(show, cmd::StartPresentation{false, false});
    EXPECT_FALSE(commandForKey(press(Key::F5), show)); // a clicker's "play" button
}

TEST(KeymapTest, EveryBindingHasADescriptionAndKeyName) {
    for (const auto& b : keyTable()) {
        EXPECT_FALSE(describe(b.action).empty());
        EXPECT_NE(keyName(b.key), "?");
    }
}

} // namespace
} // namespace cs
