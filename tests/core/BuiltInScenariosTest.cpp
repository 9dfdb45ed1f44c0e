// The scenarios shipped with the app: valid with no warnings, in English and French, shaped for
// a workshop (notes and minutes on every step, a question, a reflection, a discussion prompt, a closing
// support step), and together using every action.
#include "core/scenario/check.h"
#include "core/scenario/resolve.h"
#include "core/scenario/structure_library.h"
#include "scenario_text.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <set>

namespace cs {
namespace {

namespace fs = std::filesystem;

TEST(BuiltInScenariosTest, ThereAreSixAndEachChecksCleanWithNoWarnings) {
    const auto files = testing::builtInScenarioFiles();
    ASSERT_EQ(files.size(), 6u); // 06 (cultural safety) is optional in a workshop, not in the app
    const StructureLibrary library = StructureLibrary::builtIn();
    for (const auto& f : files) {
        const FileCheck c = checkScenarioFile(f.string(), library);
        ASSERT_TRUE(c.result.ok()) << f;
        EXPECT_EQ(c.result.warnings(), 0)
            << f << ": " << (c.result.diagnostics.empty() ? "" : formatDiagnostic(c.result.diagnostics[0]));
    }
}

TEST(BuiltInScenariosTest, EachIsShapedForAWorkshopInBothLanguages) {
    const StructureLibrary library = StructureLibrary::builtIn();
    std::set<Action> actions;
    for (const auto& f : testing::builtInScenarioFiles()) {
        const FileCheck c = checkScenarioFile(f.string(), library);
        ASSERT_TRUE(c.result.ok()) << f;
        const Scenario& s = *c.result.scenario;
        EXPECT_GE(s.steps.size(), 8u) << f;
        EXPECT_LE(s.steps.size(), 15u) << f;
        bool question = false, reflect = false, discuss = false;
        for (std::size_t i = 0; i < s.steps.size(); ++i) {
            const Step& st = s.steps[i];
            for (const char* lang : {"en", "fr"}) {
                EXPECT_TRUE(st.title.has(lang)) << f << " step " << i + 1 << " title " << lang;
                EXPECT_TRUE(st.text.has(lang)) << f << " step " << i + 1 << " text " << lang;
            }
            EXPECT_FALSE(st.notes.empty()) << f << " step " << i + 1 << ": facilitator notes";
            EXPECT_TRUE(st.minutes.has_value()) << f << " step " << i + 1 << ": minutes";
            question = question || st.question.has_value();
            reflect = reflect || !st.reflect.empty();
            discuss = discuss || !st.discuss.empty();
        }
        EXPECT_TRUE(question && reflect && discuss) << f;
        // The last step is the support step: the Hope for Wellness Help Line and 9-8-8.
        const std::string last = s.steps.back().text.get("en") + s.steps.back().notes.get("en");
        EXPECT_NE(last.find("1-855-242-3310"), std::string::npos) << f;
        EXPECT_NE(last.find("9-8-8"), std::string::npos) << f;
        EXPECT_FALSE(s.sources.empty()) << f;
        for (const auto& r : resolveSteps(s))
            actions.insert(r.action);
    }
    for (Action a : {Action::Flip, Action::LiftToTop, Action::Dismantle, Action::Levels}) {
        EXPECT_TRUE(actions.count(a)) << "no built-in scenario uses " << toString(a);
    }
}

} // namespace
} // namespace cs
