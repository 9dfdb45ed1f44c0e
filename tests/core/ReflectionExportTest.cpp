// Exporting reflections: every reflection with its step number, title and prompt, in the learner's language,
// and those whose step is gone with the title and prompt kept beside them.
#include "core/user_data/learner_data.h"

#include <gtest/gtest.h>

namespace cs {
namespace {

Scenario threeStepScenario() {
    Scenario s;
    s.id = "coin-intro";
    s.languages = {"en", "fr"};
    s.title.byLang = {{"en", "The coin model"}, {"fr", "Le modèle de la pièce"}};
    for (const auto& [en, fr] :
         std::vector<std::pair<std::string, std::string>>{{"What the coin is", "Ce qu’est la pièce"},
                                                          {"Both faces", "Les deux faces"},
                                                          {"Critical allyship", "L’alliance critique"}}) {
        Step step;
        step.title.byLang = {{"en", en}, {"fr", fr}};
        s.steps.push_back(step);
    }
    s.steps[1].reflect.byLang = {{"en", "Which coins do you stand on?\nWhich face?"},
                                 {"fr", "Sur quelles pièces vous tenez-vous?\nSur quelle face?"}};
    s.steps[2].reflect = LocalText("en", "What could you do at the institutional level?");
    return s;
}

// A reflection on step `index` of the three-step scenario, kept under that step's key.
void reflect(LearnerData& d, int index, std::string text) {
    d.reflections[stepKey(threeStepScenario(), index)] = LearnerReflection{std::move(text), index + 1, {}, {}};
}

LearnerData reflections() {
    LearnerData d;
    reflect(d, 1, "Sur la face du dessus de plusieurs pièces.\nᓀᐦᐃᔭᐍᐏᐣ — 🪙");
    reflect(d, 2, "Ask who leads.");
    return d;
}

TEST(ReflectionExportTest, EachReflectionComesWithItsStepTitleAndPrompt) {
    const std::string text = exportReflections(reflections(), threeStepScenario(), "en");
    EXPECT_EQ(text.rfind("# Reflections — The coin model\n", 0), 0u) << text;
    EXPECT_NE(text.find("never uploaded"), std::string::npos) << text;
    EXPECT_NE(text.find("## Step 2 of 3: Both faces\n\n> Which coins do you stand on?\n> Which face?\n\n"
                        "Sur la face du dessus de plusieurs pièces.\nᓀᐦᐃᔭᐍᐏᐣ — 🪙\n"),
              std::string::npos)
        << text;
    EXPECT_NE(text.find("## Step 3 of 3: Critical allyship\n\n> What could you do at the institutional level?\n\n"
                        "Ask who leads.\n"),
              std::string::npos)
        << text;
    EXPECT_EQ(text.find("What the coin is"), std::string::npos) << "steps without a reflection are left out";
    EXPECT_LT(text.find("Step 2"), text.find("Step 3"));
}

TEST(ReflectionExportTest, FrenchHeadingsAndTitlesForAFrenchLearner) {
    const std::string text = exportReflections(reflections(), threeStepScenario(), "fr-CA");
    EXPECT_EQ(text.rfind("# Réflexions — Le modèle de la pièce\n", 0), 0u) << text;
    EXPECT_NE(text.find("## Étape 2 sur 3 : Les deux faces\n\n> Sur quelles pièces vous tenez-vous?\n"),
              std::string::npos)
        << text;
    // The prompt of step 3 exists in English only: it falls back rather than disappearing.
    EXPECT_NE(text.find("## Étape 3 sur 3 : L’alliance critique\n\n> What could you do"), std::string::npos) << text;
}

TEST(ReflectionExportTest, ReflectionsOnStepsTheScenarioNoLongerHasAreStillExported) {
    LearnerData d = reflections();
    d.reflections["id:removed"] =
        LearnerReflection{"written before the step was removed", 4, "Your next step", "What will you do?\nWhen?"};
    d.reflections["gone:12"] = LearnerReflection{"written before the scenario was shortened", 12, {}, {}};
    const std::string text = exportReflections(d, threeStepScenario(), "en");
    EXPECT_NE(text.find("## From a step that no longer exists: Your next step\n\n> What will you do?\n> When?\n\n"
                        "written before the step was removed\n"),
              std::string::npos)
        << text;
    EXPECT_NE(
        text.find("## From a step that no longer exists (step 12)\n\nwritten before the scenario was shortened\n"),
        std::string::npos)
        << text;
    // After every reflection on a step the scenario has, in the order they had.
    EXPECT_LT(text.find("Ask who leads."), text.find("## From a step"));
    EXPECT_LT(text.find("Your next step"), text.find("(step 12)"));
    const std::string fr = exportReflections(d, threeStepScenario(), "fr");
    EXPECT_NE(fr.find("## D’une étape qui n’existe plus : Your next step\n"), std::string::npos) << fr;
    EXPECT_NE(fr.find("## D’une étape qui n’existe plus (étape 12)\n"), std::string::npos) << fr;
}

TEST(ReflectionExportTest, AReflectionFollowsItsStepWhenAStepIsInsertedBeforeIt) {
    const LearnerData d = reflections();
    Scenario longer = threeStepScenario();
    Step inserted;
    inserted.title = LocalText("en", "A new first step");
    longer.steps.insert(longer.steps.begin(), inserted);
    const std::string text = exportReflections(d, longer, "en");
    EXPECT_NE(text.find("## Step 3 of 4: Both faces\n\n> Which coins do you stand on?"), std::string::npos) << text;
    EXPECT_NE(text.find("## Step 4 of 4: Critical allyship\n\n> What could you do"), std::string::npos) << text;
    EXPECT_EQ(text.find("no longer exists"), std::string::npos) << text;
}

TEST(ReflectionExportTest, AStepThatLostItsPromptKeepsTheReflectionWithThePromptItHad) {
    Scenario s = threeStepScenario();
    s.steps[2].id = "allyship";
    LearnerData d;
    d.reflections["id:allyship"] = LearnerReflection{"Ask who leads.", 3, "Critical allyship", "The old prompt"};
    s.steps[2].reflect = LocalText{};
    const std::string text = exportReflections(d, s, "en");
    EXPECT_NE(text.find("## Step 3 of 3: Critical allyship\n\n> The old prompt\n\nAsk who leads.\n"), std::string::npos)
        << text;
}

TEST(ReflectionExportTest, NoReflectionsSaysSo) {
    EXPECT_NE(exportReflections(LearnerData{}, threeStepScenario(), "en").find("No reflections yet."),
              std::string::npos);
    EXPECT_NE(exportReflections(LearnerData{}, threeStepScenario(), "fr").find("Aucune réflexion"), std::string::npos);
}

TEST(ReflectionExportTest, TheTextIsExactlyAsWrittenAndTheFileNameIsSafe) {
    LearnerData d;
    reflect(d, 0, "# not a heading of ours\n\n  indented\ttext\r\nend");
    const std::string text = exportReflections(d, threeStepScenario(), "en");
    EXPECT_NE(text.find("\n# not a heading of ours\n\n  indented\ttext\r\nend\n"), std::string::npos) << text;
    EXPECT_EQ(suggestedReflectionsFileName(threeStepScenario()), "reflections-coin-intro.md");
    Scenario odd = threeStepScenario();
    odd.id = "../x";
    EXPECT_EQ(suggestedReflectionsFileName(odd), "reflections-scenario.md");
}

} // namespace
} // namespace cs
