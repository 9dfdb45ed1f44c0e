// Who gets a key: the panels or the app's key table, in each situation the window can be in.
#include "core/key_routing.h"

#include <gtest/gtest.h>

namespace cs {
namespace {

KeyPress plain(Key key) {
    return KeyPress{key, false, false, false};
}
KeyPress ctrl(Key key) {
    return KeyPress{key, true, false, false};
}

KeyContext typing() {
    KeyContext c;
    c.typing = true;
    c.widgetFocus = true;
    return c;
}
KeyContext navigating() {
    KeyContext c;
    c.navigating = true;
    c.widgetFocus = true;
    return c;
}

TEST(KeyRoutingTest, OnTheStageStepKeysGoToTheAppAndNotToThePanels) {
    for (Key k : {Key::Right, Key::Left, Key::PageDown, Key::PageUp, Key::Space, Key::Home, Key::End}) {
        const KeyRoute r = routeKeyDown(plain(k), false, KeyContext{});
        EXPECT_EQ(r.toPanels, ToPanels::No) << int(k);
        EXPECT_EQ(r.effect, KeyEffect::AppKey) << int(k);
    }
    // Letters go to both: the panels may use them (a list's type-ahead), the key table too (F flips).
    const KeyRoute f = routeKeyDown(plain(Key::F), false, KeyContext{});
    EXPECT_EQ(f.toPanels, ToPanels::AsIs);
    EXPECT_EQ(f.effect, KeyEffect::AppKey);
}

TEST(KeyRoutingTest, WhileTypingOnlyTheTextFieldGetsTheKeys) {
    for (Key k : {Key::Right, Key::Space, Key::F, Key::B, Key::PageDown, Key::Enter}) {
        const KeyRoute r = routeKeyDown(plain(k), false, typing());
        EXPECT_EQ(r.toPanels, ToPanels::AsIs) << int(k);
        EXPECT_EQ(r.effect, KeyEffect::None) << int(k);
    }
}

TEST(KeyRoutingTest, EscInATextFieldLetsGoOfItAndTheFieldNeverSeesIt) {
    EXPECT_EQ(routeKeyDown(plain(Key::Escape), false, typing()),
              (KeyRoute{ToPanels::No, KeyEffect::ReleaseField, false}));
}

TEST(KeyRoutingTest, CtrlSSavesFromInsideATextFieldOnlyInTheEditorAndNotDuringAShow) {
    KeyContext c = typing();
    c.editorOpen = true;
    EXPECT_EQ(routeKeyDown(ctrl(Key::S), false, c).effect, KeyEffect::Save);
    EXPECT_EQ(routeKeyDown(ctrl(Key::S), true, c).effect, KeyEffect::None) << "held down: saves once";
    c.presenting = true;
    EXPECT_EQ(routeKeyDown(ctrl(Key::S), false, c).effect, KeyEffect::None);
    c = typing();
    EXPECT_EQ(routeKeyDown(ctrl(Key::S), false, c).effect, KeyEffect::None) << "a reflection is no scenario";
}

TEST(KeyRoutingTest, CtrlQQuitsFromAnywhereEvenAQuestion) {
    EXPECT_EQ(routeKeyDown(ctrl(Key::Q), false, typing()).effect, KeyEffect::AppKey);
    EXPECT_EQ(routeKeyDown(ctrl(Key::Q), false, navigating()).effect, KeyEffect::AppKey);
    KeyContext q;
    q.question = true;
    const KeyRoute r = routeKeyDown(ctrl(Key::Q), false, q);
    EXPECT_EQ(r.effect, KeyEffect::AppKey);
    EXPECT_EQ(r.toPanels, ToPanels::No);
}

TEST(KeyRoutingTest, AQuestionTakesTheKeysWithNavigationAndEnterPressesItsButton) {
    KeyContext q;
    q.question = true;
    const KeyRoute enter = routeKeyDown(plain(Key::Enter), false, q);
    EXPECT_EQ(enter, (KeyRoute{ToPanels::AsSpace, KeyEffect::None, true}));
    const KeyRoute right = routeKeyDown(plain(Key::Right), false, q);
    EXPECT_EQ(right.effect, KeyEffect::None) << "nothing steps the walkthrough under a question";
    EXPECT_EQ(right.toPanels, ToPanels::AsIs);
    q.navigating = true;
    EXPECT_FALSE(routeKeyDown(plain(Key::Tab), false, q).navigateForQuestion) << "already navigating";
    EXPECT_EQ(routeKeyDown(plain(Key::PageDown), false, q).effect, KeyEffect::None) << "not even the clicker";
}

TEST(KeyRoutingTest, TabStartsNavigationAndEscEndsIt) {
    EXPECT_EQ(routeKeyDown(plain(Key::Tab), false, KeyContext{}),
              (KeyRoute{ToPanels::No, KeyEffect::StartNavigation, false}));
    EXPECT_EQ(routeKeyDown(plain(Key::Tab), true, KeyContext{}).effect, KeyEffect::None) << "a held Tab";
    EXPECT_NE(routeKeyDown(ctrl(Key::Tab), false, KeyContext{}).effect, KeyEffect::StartNavigation);
    EXPECT_EQ(routeKeyDown(plain(Key::Escape), false, navigating()).effect, KeyEffect::EndNavigation);
    // While navigating, Tab and arrows move between the panels' widgets and Enter presses one.
    EXPECT_EQ(routeKeyDown(plain(Key::Tab), false, navigating()), (KeyRoute{ToPanels::AsIs, KeyEffect::None, false}));
    EXPECT_EQ(routeKeyDown(plain(Key::Right), false, navigating()).effect, KeyEffect::None);
    EXPECT_EQ(routeKeyDown(plain(Key::Enter), false, navigating()).toPanels, ToPanels::AsSpace);
}

TEST(KeyRoutingTest, TheClickerStepsWhateverHasTheFocusButNotWhileTyping) {
    for (const KeyContext& c : {navigating(), KeyContext{false, false, true}}) {
        const KeyRoute r = routeKeyDown(plain(Key::PageDown), false, c);
        EXPECT_EQ(r.effect, KeyEffect::AppKey);
        EXPECT_EQ(r.toPanels, ToPanels::No);
    }
    EXPECT_EQ(routeKeyDown(plain(Key::PageDown), false, typing()).effect, KeyEffect::None);
}

TEST(KeyRoutingTest, AWidgetWithTheFocusKeepsItsKeys) {
    KeyContext c;
    c.widgetFocus = true; // a slider being dragged, a button just clicked and highlighted
    EXPECT_EQ(routeKeyDown(plain(Key::F), false, c).effect, KeyEffect::None);
    EXPECT_EQ(routeKeyDown(ctrl(Key::Z), false, c).effect, KeyEffect::AppKey) << "undo is no widget's key";
}

TEST(KeyRoutingTest, EscClosesAMenuThenThePresentDialogAndNeverQuits) {
    KeyContext c;
    c.popupOpen = true;
    c.presentSetupOpen = true;
    EXPECT_EQ(routeKeyDown(plain(Key::Escape), false, c).effect, KeyEffect::ClosePopups);
    c.popupOpen = false;
    EXPECT_EQ(routeKeyDown(plain(Key::Escape), false, c).effect, KeyEffect::ClosePresentSetup);
    c.presentSetupOpen = false;
    // Esc on the bare stage is the key table's (it leaves fullscreen; it never quits the app).
    EXPECT_EQ(routeKeyDown(plain(Key::Escape), false, c).effect, KeyEffect::AppKey);
}

TEST(KeyRoutingTest, HeldKeysRepeatOnlyForTurningTheCoin) {
    EXPECT_EQ(routeKeyDown(plain(Key::Right), true, KeyContext{}).effect, KeyEffect::None) << "a held arrow steps once";
    EXPECT_EQ(routeKeyDown(ctrl(Key::Right), true, KeyContext{}).effect, KeyEffect::AppKey);
}

} // namespace
} // namespace cs
