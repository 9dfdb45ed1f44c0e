// What the app keeps for the person, on its own: settings and the chosen language come back at the
// next start, a scenario opened again offers to resume where they left off, reflections are exported
// to a new file in the home folder, "delete all my data" removes everything, and without a store
// nothing is kept.
#include "app/personal_data.h"
#include "scenario_text.h"
#include "scoped_env.h"
#include "status_checks.h"
#include "temp_folder.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

namespace cs {
namespace {

namespace fs = std::filesystem;

bool anyNoticeHas(const AppState& state, const std::string& words) {
    for (const auto& n : state.notices) {
        if (n.find(words) != std::string::npos) return true;
    }
    return false;
}

class PersonalDataTest : public ::testing::Test {
  protected:
    void SetUp() override { fs::create_directories(dir_ / "home"); }
    void TearDown() override { fs::remove_all(dir_); }
    UserDataStoreDesc store() const {
        return UserDataStoreDesc{.configDir = dir_ / "config", .dataDir = dir_ / "data", .noSave = false, .clock = {}};
    }
    // Three steps, opened from the tests' data.
    static fs::path lessonFile() { return fs::path(COINSTUDIO_TEST_DATA_DIR) / "data/walkthrough/three-steps.toml"; }
    // A new start of the app: a state with the scenario on stage, opened from lessonFile().
    AppState opened(PersonalData& data) {
        AppState state = makeStartState(testing::builtInLibrary());
        data.loadInto(state);
        applyCommand(state, cmd::LoadScenario{testing::scenarioFromFile(lessonFile())});
        data.scenarioOpened(state, lessonFile());
        return state;
    }

    fs::path dir_ = testing::freshTempFolderForThisTest("personal-data");
    testing::ScopedEnv homeIsHere_{"HOME", (dir_ / "home").string()};
};

TEST_F(PersonalDataTest, WithoutAStoreNothingIsKeptAndNothingIsWritten) {
    PersonalData data(std::nullopt, "");
    AppState state = opened(data);
    EXPECT_FALSE(data.kept());
    applyCommand(state, cmd::GoToStep{3});
    data.persist(state, true);
    data.flush();
    EXPECT_TRUE(state.notices.empty());
    EXPECT_TRUE(state.recentFiles.empty());
    EXPECT_FALSE(fs::exists(dir_ / "config"));
    EXPECT_FALSE(fs::exists(dir_ / "data"));
}

TEST_F(PersonalDataTest, SettingsAndTheChosenLanguageComeBackAtTheNextStart) {
    {
        PersonalData data(store(), "");
        AppState state = makeStartState(testing::builtInLibrary());
        EXPECT_EQ(data.loadInto(state), "");
        applyCommand(state, cmd::SetPreferences{1.5f, true, true, false, true});
        data.languageChosen("fr");
        data.persist(state, true);
        data.flush();
    }
    PersonalData again(store(), "");
    AppState state = makeStartState(testing::builtInLibrary());
    EXPECT_EQ(again.loadInto(state), "fr");
    EXPECT_FLOAT_EQ(state.prefs.textScale, 1.5f);
    EXPECT_TRUE(state.prefs.reducedMotion);
    EXPECT_TRUE(state.prefs.lightTheme);
}

TEST_F(PersonalDataTest, AScenarioOpenedAgainOffersToResumeWhereThePersonLeftOffAndIsARecentFile) {
    {
        PersonalData data(store(), "");
        AppState state = opened(data);
        applyCommand(state, cmd::GoToStep{3});
        data.persist(state, true);
        data.flush();
    }
    PersonalData again(store(), "");
    AppState state = opened(again);
    ASSERT_TRUE(state.resumeOffer.has_value());
    EXPECT_EQ(*state.resumeOffer, 2); // the third step, from 0
    ASSERT_FALSE(state.recentFiles.empty());
    EXPECT_EQ(fs::path(state.recentFiles.front()).filename(), "three-steps.toml");
}

TEST_F(PersonalDataTest, ReflectionsAreExportedToANewFileInTheHomeFolderNeverOverAnOldOne) {
    PersonalData data(store(), "");
    AppState state = opened(data);
    const cmd::SetReflection typed{0, "I notice the coin has two faces."};
    applyCommand(state, typed);
    ASSERT_OK(data.learner().reflectionTyped(state, typed));
    data.exportReflectionsToHome(state);
    ASSERT_TRUE(anyNoticeHas(state, "Your reflections were saved to ")) << ::testing::PrintToString(state.notices);
    const std::string said = state.notices.back();
    const fs::path file = said.substr(said.find(" to ") + 4);
    EXPECT_EQ(file.parent_path(), dir_ / "home");
    std::ifstream in(file);
    std::stringstream text;
    text << in.rdbuf();
    EXPECT_NE(text.str().find("I notice the coin has two faces."), std::string::npos);

    // A second export with other words: a new file beside the first.
    const cmd::SetReflection more{0, "And the faces are tied together."};
    applyCommand(state, more);
    ASSERT_OK(data.learner().reflectionTyped(state, more));
    data.exportReflectionsToHome(state);
    const std::string second = state.notices.back();
    EXPECT_NE(second, said);
    EXPECT_TRUE(fs::exists(file));
}

TEST_F(PersonalDataTest, DeletingAllMyDataRemovesWhatWasKeptAndSaysSo) {
    PersonalData data(store(), "");
    AppState state = opened(data);
    applyCommand(state, cmd::GoToStep{2});
    data.persist(state, true);
    data.flush();
    ASSERT_FALSE(state.recentFiles.empty());

    data.deleteAll(state);
    EXPECT_TRUE(anyNoticeHas(state, "All your saved data on this computer was deleted"))
        << ::testing::PrintToString(state.notices);
    EXPECT_TRUE(state.recentFiles.empty());
    PersonalData again(store(), "");
    AppState next = opened(again);
    EXPECT_FALSE(next.resumeOffer.has_value());
}

} // namespace
} // namespace cs
