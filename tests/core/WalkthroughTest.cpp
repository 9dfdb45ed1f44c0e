// The walkthrough: entering step k gives the same scene whether you stepped or jumped there;
// stepping forward animates, jumping shows end states; reloads keep the step; stage commands.
#include "core/app_state.h"
#include "core/scenario/parser.h"
#include "scenario_text.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

namespace cs {
namespace {

std::filesystem::path testFile() {
    return std::filesystem::path(COINSTUDIO_TEST_DATA_DIR) / "data/walkthrough/three-steps.toml";
}

AppState opened(const std::shared_ptr<const LoadedScenario>& doc) {
    AppState s = makeStartState(testing::builtInLibrary());
    applyCommand(s, cmd::LoadScenario{doc});
    return s;
}

// What a step's scene is once everything has settled, for comparing two ways of getting there.
struct Scene {
    std::vector<std::string> coins;
    std::vector<float> flips;
    int focus;
    std::vector<std::string> personas;
    Action action;
    int actionCoin;
    float actionProgress;
    Show show;
    float elevation;
    float mirror;
    bool operator==(const Scene&) const = default;
};

Scene sceneOf(AppState s) {
    s.settle();
    Scene out{};
    const double t = s.timeline.now();
    for (const auto& c : s.coins) {
        out.coins.push_back(c.structureId);
        out.flips.push_back(c.flip.valueAt(t));
    }
    out.focus = s.focus;
    out.personas = s.personas;
    out.action = s.action.kind;
    out.actionCoin = s.action.coin;
    out.actionProgress = s.action.progress.valueAt(t);
    out.show = s.view.show;
    out.elevation = s.view.elevationDeg.valueAt(t);
    out.mirror = s.view.mirror.valueAt(t);
    return out;
}

// The end state of step k reached by stepping 1…k (with time passing) equals jumping to k, for every
// k of `doc`. Used for the test scenario here and every built-in scenario.
void expectSteppingEqualsJumping(const std::shared_ptr<const LoadedScenario>& doc) {
    AppState stepped = opened(doc);
    for (int k = 0; k < doc->stepCount(); ++k) {
        if (k > 0) {
            // Next first moves past a content note, then on to the next step.
            if (stepped.contentNotePending) applyCommand(stepped, cmd::NextStep{});
            applyCommand(stepped, cmd::NextStep{});
            stepped.timeline.advance(0.3); // part-way through its animation
        }
        ASSERT_EQ(stepped.step, k);
        AppState jumped = opened(doc);
        applyCommand(jumped, cmd::GoToStep{k + 1});
        EXPECT_FALSE(jumped.isAnimating()) << "a jump shows end states, step " << k + 1;
        EXPECT_EQ(sceneOf(stepped), sceneOf(jumped)) << doc->file << " step " << k + 1;
        // Backwards too: from the last step jump back to k.
        AppState back = opened(doc);
        applyCommand(back, cmd::LastStep{});
        applyCommand(back, cmd::GoToStep{k + 1});
        EXPECT_EQ(sceneOf(back), sceneOf(jumped)) << doc->file << " step " << k + 1 << " from the end";
    }
}

TEST(WalkthroughTest, OpeningShowsTheFirstStepAtRest) {
    const auto doc = testing::scenarioFromFile(testFile());
    ASSERT_TRUE(doc);
    const AppState s = opened(doc);
    EXPECT_EQ(s.step, 0);
    ASSERT_EQ(s.coins.size(), 1u);
    EXPECT_EQ(s.coins[0].structureId, "ableism");
    EXPECT_EQ(s.view.show, Show::Both);
    EXPECT_FALSE(s.isAnimating());
    ASSERT_NE(s.currentStep(), nullptr);
    EXPECT_EQ(s.tr(s.currentStep()->title), "One coin");
    // The palette now offers the scenario's library (built-ins merged with its own structures).
    EXPECT_TRUE(s.structures->contains("racism"));
}

TEST(WalkthroughTest, SteppingForwardPlaysTheFlipAndEndsOnTheOtherFace) {
    AppState s = opened(testing::scenarioFromFile(testFile()));
    applyCommand(s, cmd::NextStep{});
    EXPECT_EQ(s.step, 1);
    EXPECT_TRUE(s.isAnimating());
    EXPECT_EQ(s.action.kind, Action::Flip);
    EXPECT_EQ(s.coins[0].faceUpAtEnd(), Face::Bottom); // show = top, flip ends on the bottom face
    EXPECT_EQ(s.view.show, Show::Bottom);
    s.timeline.advance(10.0);
    EXPECT_FALSE(s.isAnimating());
    EXPECT_FLOAT_EQ(s.coins[0].flip.valueAt(s.timeline.now()), 1.0f);
}

TEST(WalkthroughTest, CoinsAndPersonasCarryOverAndFocusFollowsTheStep) {
    AppState s = opened(testing::scenarioFromFile(testFile()));
    applyCommand(s, cmd::GoToStep{4});
    ASSERT_EQ(s.coins.size(), 2u); // step 4 has no `coins`: the same as step 3
    EXPECT_EQ(s.coins[1].structureId, "racism");
    EXPECT_EQ(s.focus, 0); // focus absent: the first coin on stage (docs/scenario-format.md), not step 3's focus
    EXPECT_EQ(s.personas, std::vector<std::string>{"ari"});
    EXPECT_EQ(s.action.kind, Action::Dismantle);
    EXPECT_FLOAT_EQ(s.action.progress.valueAt(s.timeline.now()), 1.0f);
}

TEST(WalkthroughTest, SteppingAndJumpingReachTheSameScene) {
    expectSteppingEqualsJumping(testing::scenarioFromFile(testFile()));
}

TEST(WalkthroughTest, EveryBuiltInScenarioStepsAndJumpsAlike) {
    int files = 0;
    for (const auto& file : testing::builtInScenarioFiles(testing::WithTemplate::Yes)) {
        const auto doc = testing::scenarioFromFile(file);
        ASSERT_TRUE(doc);
        expectSteppingEqualsJumping(doc);
        ++files;
    }
    EXPECT_GE(files, 1);
}

TEST(WalkthroughTest, AContentNoteShowsFirstAndNextMovesPastItBeforeTheStep) {
    auto doc = testing::scenarioFromFile(testFile());
    ASSERT_TRUE(doc);
    Scenario withNote = doc->scenario;
    withNote.steps[1].contentNote = LocalText("en", "This step talks about exclusion.");
    const auto noted = makeLoadedScenario(withNote, *testing::builtInLibrary(), doc->file, "", "");
    AppState s = opened(noted);
    applyCommand(s, cmd::NextStep{});
    EXPECT_EQ(s.step, 1);
    EXPECT_TRUE(s.contentNotePending);
    applyCommand(s, cmd::RevealAnswer{}); // nothing is revealed under a note
    EXPECT_FALSE(s.answerRevealed);
    applyCommand(s, cmd::NextStep{});
    EXPECT_EQ(s.step, 1); // the note is read; still the same step
    EXPECT_FALSE(s.contentNotePending);
    applyCommand(s, cmd::NextStep{});
    EXPECT_EQ(s.step, 2);
    applyCommand(s, cmd::GoToStep{2}); // a jump shows the note again
    EXPECT_TRUE(s.contentNotePending);
    applyCommand(s, cmd::AcknowledgeContentNote{});
    EXPECT_FALSE(s.contentNotePending);
}

TEST(WalkthroughTest, PredictThenRevealKeepsTheChoiceAndNothingIsScored) {
    auto doc = testing::scenarioFromFile(testFile());
    Scenario q = doc->scenario;
    q.steps[0].question = Question{LocalText("en", "Which face?"),
                                   {LocalText("en", "Top"), LocalText("en", "Bottom")},
                                   2,
                                   LocalText("en", "Both come from the coin.")};
    AppState s = opened(makeLoadedScenario(q, *testing::builtInLibrary(), doc->file, "", ""));
    EXPECT_FALSE(s.answerShown());
    applyCommand(s, cmd::ChooseAnswer{0, 3}); // out of range: ignored
    EXPECT_FALSE(s.answerShown());
    applyCommand(s, cmd::ChooseAnswer{0, 1});
    EXPECT_TRUE(s.answerShown());
    EXPECT_EQ(s.answers.at(0), 1);
    applyCommand(s, cmd::ChooseAnswer{1, 1}); // step 2 has no question
    EXPECT_EQ(s.answers.count(1), 0u);
    // In the room: R reveals without anyone choosing; a new step hides it again.
    applyCommand(s, cmd::NextStep{});
    applyCommand(s, cmd::PreviousStep{});
    EXPECT_TRUE(s.answerShown()); // the learner's own choice stays
    AppState room = opened(makeLoadedScenario(q, *testing::builtInLibrary(), doc->file, "", ""));
    applyCommand(room, cmd::RevealAnswer{});
    EXPECT_TRUE(room.answerShown());
    applyCommand(room, cmd::NextStep{});
    EXPECT_FALSE(room.answerRevealed);
}

TEST(WalkthroughTest, ReflectionsAreKeptPerStepCappedAndEmptyMeansNone) {
    AppState s = opened(testing::scenarioFromFile(testFile()));
    applyCommand(s, cmd::SetReflection{0, "Je remarque… ᓀᐦᐃᔭᐍᐏᐣ"});
    EXPECT_EQ(s.reflections.at(0), "Je remarque… ᓀᐦᐃᔭᐍᐏᐣ");
    std::string huge(AppState::kMaxReflectionBytes + 10, 'a');
    huge.replace(AppState::kMaxReflectionBytes - 1, 3, "é…"); // a multi-byte character across the cap
    applyCommand(s, cmd::SetReflection{1, huge});
    EXPECT_LE(s.reflections.at(1).size(), AppState::kMaxReflectionBytes);
    EXPECT_NE(static_cast<unsigned char>(s.reflections.at(1).back()) & 0xC0, 0xC0u); // no broken character
    applyCommand(s, cmd::SetReflection{0, ""});
    EXPECT_EQ(s.reflections.count(0), 0u);
    applyCommand(s, cmd::SetReflection{99, "x"});
    EXPECT_EQ(s.reflections.count(99), 0u);
}

TEST(WalkthroughTest, SwitchingLanguageKeepsTheStep) {
    AppState s = opened(testing::scenarioFromFile(testFile()));
    applyCommand(s, cmd::GoToStep{3});
    applyCommand(s, cmd::SetLanguage{"fr"});
    EXPECT_EQ(s.step, 2);
    EXPECT_EQ(s.tr(s.currentStep()->title), "Deux pièces");
    EXPECT_EQ(s.coins.size(), 2u);
}

TEST(WalkthroughTest, NavigationStaysInRange) {
    AppState s = opened(testing::scenarioFromFile(testFile()));
    applyCommand(s, cmd::PreviousStep{});
    EXPECT_EQ(s.step, 0);
    applyCommand(s, cmd::LastStep{});
    EXPECT_EQ(s.step, 3);
    applyCommand(s, cmd::NextStep{});
    EXPECT_EQ(s.step, 3);
    applyCommand(s, cmd::GoToStep{99});
    EXPECT_EQ(s.step, 3);
    applyCommand(s, cmd::GoToStep{0});
    EXPECT_EQ(s.step, 3);
    applyCommand(s, cmd::FirstStep{});
    EXPECT_EQ(s.step, 0);
}

TEST(WalkthroughTest, TypedDigitsThenEnterJump) {
    AppState s = opened(testing::scenarioFromFile(testFile()));
    applyCommand(s, cmd::TypeStepDigit{'3'});
    applyCommand(s, cmd::GoToStep{3});
    EXPECT_EQ(s.step, 2);
    EXPECT_TRUE(s.typedStepNumber.empty());
}

TEST(WalkthroughTest, AReloadKeepsTheStepClampedToTheNewLength) {
    const auto doc = testing::scenarioFromFile(testFile());
    AppState s = opened(doc);
    applyCommand(s, cmd::GoToStep{3});
    applyCommand(s, cmd::LoadScenario{doc, true});
    EXPECT_EQ(s.step, 2);
    // A shorter version: the step is clamped.
    Scenario shorter = doc->scenario;
    shorter.steps.resize(2);
    applyCommand(
        s, cmd::LoadScenario{makeLoadedScenario(shorter, *testing::builtInLibrary(), doc->file, "", "", 2), true});
    EXPECT_EQ(s.step, 1);
}

TEST(WalkthroughTest, AReloadFollowsTheStepOnStageWhenStepsAreAddedOrMovedBeforeIt) {
    const auto doc = testing::scenarioFromFile(testFile());
    AppState s = opened(doc);
    applyCommand(s, cmd::GoToStep{2});
    // A new step written before step 1 in a text editor: the stage stays on the same step, now 3rd.
    Scenario inserted = doc->scenario;
    Step added;
    added.title = LocalText{"en", "A step written in between"};
    inserted.steps.insert(inserted.steps.begin(), added);
    applyCommand(
        s, cmd::LoadScenario{makeLoadedScenario(inserted, *testing::builtInLibrary(), doc->file, "", "", 2), true});
    EXPECT_EQ(s.step, 2);
    EXPECT_EQ(s.tr(s.currentStep()->title), s.tr(doc->scenario.steps[1].title));
    // The step on stage moved to the end: the stage goes with it.
    Scenario moved = inserted;
    std::rotate(moved.steps.begin() + 2, moved.steps.begin() + 3, moved.steps.end());
    applyCommand(s,
                 cmd::LoadScenario{makeLoadedScenario(moved, *testing::builtInLibrary(), doc->file, "", "", 3), true});
    EXPECT_EQ(s.step, int(moved.steps.size()) - 1);
    EXPECT_EQ(s.tr(s.currentStep()->title), s.tr(doc->scenario.steps[1].title));
}

TEST(WalkthroughTest, LanguageChoosesTheTexts) {
    const AppState s = opened(testing::scenarioFromFile(testFile(), "fr"));
    EXPECT_EQ(s.tr(s.currentStep()->title), "Une pièce");
}

TEST(WalkthroughTest, CloseScenarioReturnsToTheStartScene) {
    AppState s = opened(testing::scenarioFromFile(testFile()));
    applyCommand(s, cmd::CloseScenario{});
    EXPECT_FALSE(s.scenario);
    ASSERT_EQ(s.coins.size(), 1u);
    EXPECT_TRUE(s.coins[0].structureId.empty());
    EXPECT_EQ(s.structures, s.builtIns);
}

TEST(WalkthroughTest, ProblemsOpenThePanelOnlyForErrors) {
    AppState s = makeStartState(testing::builtInLibrary());
    applyCommand(s, cmd::SetProblems{{Diagnostic{"f", 1, 1, Severity::Warning, "w"}}, false});
    EXPECT_FALSE(s.problemsVisible);
    applyCommand(s, cmd::SetProblems{{Diagnostic{"f", 2, 3, Severity::Error, "e"}}, true});
    EXPECT_TRUE(s.problemsVisible);
    EXPECT_TRUE(s.problemsStale);
}

TEST(StageCommandsTest, PlacingReplacesTheGenericCoinAndStopsAtSix) {
    AppState s = makeStartState(testing::builtInLibrary());
    applyCommand(s, cmd::PlaceCoin{"racism"});
    ASSERT_EQ(s.coins.size(), 1u);
    EXPECT_EQ(s.coins[0].structureId, "racism");
    EXPECT_TRUE(s.isAnimating()); // it grows in
    applyCommand(s, cmd::PlaceCoin{"no-such-structure"});
    EXPECT_EQ(s.coins.size(), 1u);
    for (const char* id : {"ableism", "sexism", "classism", "heterosexism", "cisnormativity", "settler-colonialism"}) {
        applyCommand(s, cmd::PlaceCoin{id});
    }
    EXPECT_EQ(int(s.coins.size()), kMaxCoins);
    EXPECT_EQ(s.focus, kMaxCoins - 1);
}

TEST(StageCommandsTest, PlaceAtAnIndexRemoveMoveAndFocus) {
    AppState s = makeStartState(testing::builtInLibrary());
    applyCommand(s, cmd::PlaceCoin{"racism"});
    applyCommand(s, cmd::PlaceCoin{"ableism"});
    applyCommand(s, cmd::PlaceCoin{"sexism", 0});
    ASSERT_EQ(s.coins.size(), 3u);
    EXPECT_EQ(s.coins[0].structureId, "sexism");
    EXPECT_EQ(s.focus, 0);
    applyCommand(s, cmd::FocusCoin{2});
    EXPECT_EQ(s.focus, 2);
    applyCommand(s, cmd::MoveCoin{2, 0}); // ableism to the front; focus follows it
    EXPECT_EQ(s.coins[0].structureId, "ableism");
    EXPECT_EQ(s.focus, 0);
    applyCommand(s, cmd::RemoveCoin{0});
    ASSERT_EQ(s.coins.size(), 2u);
    EXPECT_EQ(s.coins[0].structureId, "sexism");
    EXPECT_EQ(s.focus, 0);
    applyCommand(s, cmd::RemoveCoin{7}); // out of range: nothing
    applyCommand(s, cmd::MoveCoin{0, 9});
    applyCommand(s, cmd::FocusCoin{-1});
    EXPECT_EQ(s.coins.size(), 2u);
    EXPECT_EQ(s.focus, 0);
}

TEST(StageCommandsTest, PlayActionRunsOnTheCoinInFocusToItsEnd) {
    AppState s = makeStartState(testing::builtInLibrary());
    applyCommand(s, cmd::PlaceCoin{"racism"});
    applyCommand(s, cmd::PlaceCoin{"ableism"});
    for (Action a : {Action::LiftToTop, Action::Dismantle, Action::Levels}) {
        applyCommand(s, cmd::PlayAction{a});
        EXPECT_EQ(s.action.kind, a);
        EXPECT_EQ(s.action.coin, 1);
        EXPECT_TRUE(s.isAnimating());
        s.timeline.advance(durations::kAction + 1.0);
        EXPECT_FLOAT_EQ(s.action.progress.valueAt(s.timeline.now()), 1.0f);
    }
    applyCommand(s, cmd::PlayAction{Action::Flip});
    EXPECT_EQ(s.coins[1].faceUpAtEnd(), Face::Bottom);
    applyCommand(s, cmd::PlayAction{Action::None});
    EXPECT_EQ(s.action.kind, Action::None);
    applyCommand(s, cmd::RemoveCoin{1}); // removing the acting coin ends the action
    EXPECT_EQ(s.action.coin, -1);
}

TEST(StageCommandsTest, PersonasOnlyFromTheScenario) {
    AppState s = opened(testing::scenarioFromFile(testFile()));
    applyCommand(s, cmd::PlacePersona{"nobody"});
    EXPECT_TRUE(s.personas.empty());
    applyCommand(s, cmd::PlacePersona{"ari"});
    applyCommand(s, cmd::PlacePersona{"ari"});
    EXPECT_EQ(s.personas, std::vector<std::string>{"ari"});
    applyCommand(s, cmd::RemovePersona{"ari"});
    EXPECT_TRUE(s.personas.empty());
}

} // namespace
} // namespace cs

#include "core/action_stages.h"

namespace cs {
namespace {

TEST(ActionStagesTest, LiftToTopEndsOnTopWithTheOldPlaceStillThere) {
    const LiftStages start = liftStages(0.0f), end = liftStages(1.0f);
    EXPECT_FLOAT_EQ(start.rise, 0.0f);
    EXPECT_FLOAT_EQ(end.rise, 1.0f);
    EXPECT_FLOAT_EQ(end.oldPlace, 1.0f); // the place left behind is not erased
}

TEST(ActionStagesTest, DismantleIsLedByTheBottomAndEndsWithPeopleSideBySide) {
    // Early on, people from the bottom face have gathered further than people from the top.
    const DismantleStages early = dismantleStages(0.15f);
    EXPECT_GT(early.bottomGathers, early.topJoins);
    // The coin goes in stages, not in one click: it is part-way at the middle.
    const DismantleStages middle = dismantleStages(0.6f);
    EXPECT_GT(middle.loosen, 0.2f);
    EXPECT_LT(middle.loosen, 0.8f);
    const DismantleStages end = dismantleStages(1.0f);
    EXPECT_FLOAT_EQ(end.loosen, 1.0f);
    EXPECT_FLOAT_EQ(end.sideBySide, 1.0f);
    EXPECT_FLOAT_EQ(end.bottomGathers, 1.0f);
    EXPECT_FLOAT_EQ(end.topJoins, 1.0f);
}

TEST(ActionStagesTest, LevelsAppearInOrderAndAllEndShown) {
    const LevelsStages a = levelsStages(0.2f);
    EXPECT_GT(a.institutional, a.interpersonal);
    EXPECT_FLOAT_EQ(a.internal, 0.0f);
    const LevelsStages end = levelsStages(1.0f);
    EXPECT_FLOAT_EQ(end.institutional, 1.0f);
    EXPECT_FLOAT_EQ(end.interpersonal, 1.0f);
    EXPECT_FLOAT_EQ(end.internal, 1.0f);
}

TEST(ActionStagesTest, ADismantledCoinIsGoneButOnlyThatOne) {
    AppState s = makeStartState(testing::builtInLibrary());
    applyCommand(s, cmd::PlaceCoin{"racism"});
    applyCommand(s, cmd::PlaceCoin{"ableism"});
    applyCommand(s, cmd::PlayAction{Action::Dismantle});
    EXPECT_FLOAT_EQ(coinPresence(s, 1).coin, 1.0f); // not yet
    s.settle();
    const CoinPresence gone = coinPresence(s, 1);
    EXPECT_FLOAT_EQ(gone.coin, 0.0f);
    EXPECT_FLOAT_EQ(gone.unearned, 0.0f);
    EXPECT_FLOAT_EQ(gone.sideBySide, 1.0f);
    EXPECT_FLOAT_EQ(coinPresence(s, 0).coin, 1.0f);
}

} // namespace
} // namespace cs
