// Step resolution: the carry-over rules of docs/scenario-format.md as the renderer and `--step N` see them.
#include "ScenarioTestSupport.h"

#include "core/scenario/resolve.h"

namespace cs {
namespace {

TEST(ScenarioResolveTest, CarryOverFillsAbsentFields) {
    const StructureLibrary library = StructureLibrary::builtIn();
    const ParseResult r = loadScenarioFile(test::corpusDir() / "valid/carry-over.toml",
                                           ParseOptions{"carry-over", std::nullopt, &library, true});
    ASSERT_TRUE(r.ok()) << test::describe(r.diagnostics);
    const std::vector<ResolvedStep> steps = resolveSteps(*r.scenario);
    ASSERT_EQ(steps.size(), 5u);

    // 1: first step without coins or personas: nothing on stage, defaults.
    EXPECT_TRUE(steps[0].coins.empty());
    EXPECT_TRUE(steps[0].personas.empty());
    EXPECT_EQ(steps[0].focus, "");
    EXPECT_EQ(steps[0].show, Show::Both);
    EXPECT_EQ(steps[0].action, Action::None);
    EXPECT_EQ(steps[0].endShow, Show::Both);

    // 2: coins set; focus is the first coin.
    EXPECT_EQ(steps[1].coins, (std::vector<std::string>{"ableism", "racism"}));
    EXPECT_EQ(steps[1].personas, std::vector<std::string>{"river"});
    EXPECT_EQ(steps[1].focus, "ableism");

    // 3: coins and personas carried over; explicit focus, show and flip.
    EXPECT_EQ(steps[2].coins, steps[1].coins);
    EXPECT_EQ(steps[2].personas, steps[1].personas);
    EXPECT_EQ(steps[2].focus, "racism");
    EXPECT_EQ(steps[2].show, Show::Top);
    EXPECT_EQ(steps[2].action, Action::Flip);
    EXPECT_EQ(steps[2].endShow, Show::Bottom);

    // 4: focus, show and action do not carry over; coins do.
    EXPECT_EQ(steps[3].coins, steps[1].coins);
    EXPECT_EQ(steps[3].focus, "ableism");
    EXPECT_EQ(steps[3].show, Show::Both);
    EXPECT_EQ(steps[3].action, Action::None);

    // 5: explicit empty lists clear the stage.
    EXPECT_TRUE(steps[4].coins.empty());
    EXPECT_TRUE(steps[4].personas.empty());
    EXPECT_EQ(steps[4].focus, "");
    EXPECT_EQ(steps[4].show, Show::Edge);
}

TEST(ScenarioResolveTest, FlipEndsOnTheOppositeFaceAndFromBothOrEdgeOnTheBottom) {
    EXPECT_EQ(showAfter(Show::Top, Action::Flip), Show::Bottom);
    EXPECT_EQ(showAfter(Show::Bottom, Action::Flip), Show::Top);
    EXPECT_EQ(showAfter(Show::Both, Action::Flip), Show::Bottom);
    EXPECT_EQ(showAfter(Show::Edge, Action::Flip), Show::Bottom);
    for (Action a : {Action::None, Action::LiftToTop, Action::Dismantle, Action::Levels}) {
        for (Show s : kAllShows)
            EXPECT_EQ(showAfter(s, a), s);
    }
}

TEST(ScenarioResolveTest, WorksOnAnEmptyOrUncheckedModel) {
    EXPECT_TRUE(resolveSteps(Scenario{}).empty());
    Scenario s;
    Step step;
    step.focus = "not-on-stage"; // resolution does not validate; the parser does
    s.steps.push_back(step);
    EXPECT_EQ(resolveSteps(s).at(0).focus, "not-on-stage");
}

TEST(ScenarioResolveTest, LanguageComesFromLangThenLocaleThenTheFirstListed) {
    Scenario s;
    s.languages = {"en", "fr", "fr-CA"};
    EXPECT_EQ(chooseLanguage(s, "crk", "fr_CA.UTF-8"), "crk"); // --lang wins, texts fall back
    EXPECT_EQ(chooseLanguage(s, "", "fr_CA.UTF-8"), "fr-CA");
    EXPECT_EQ(chooseLanguage(s, "", "fr_BE.UTF-8@euro"), "fr");
    EXPECT_EQ(chooseLanguage(s, "", "de_DE.UTF-8"), "en");
    EXPECT_EQ(chooseLanguage(s, "", "C"), "en");
    EXPECT_EQ(chooseLanguage(s, "", ""), "en");
    EXPECT_EQ(chooseLanguage(Scenario{}, "", "fr_FR"), "en");
}

TEST(ScenarioResolveTest, StructuresInvolvedListsDefinedThenUsedOnce) {
    const StructureLibrary library = StructureLibrary::builtIn();
    const ParseResult r =
        loadScenarioFile(test::corpusDir() / "valid/full.toml", ParseOptions{"full", std::nullopt, &library, true});
    ASSERT_TRUE(r.ok()) << test::describe(r.diagnostics);
    EXPECT_EQ(structuresInvolved(*r.scenario), (std::vector<std::string>{"custom-coin", "ableism", "racism"}));
}

} // namespace
} // namespace cs
