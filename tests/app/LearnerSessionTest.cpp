// The learner's session on its own: answers and reflections written under their steps' keys, followed
// through a reload that moves the steps, never emptied by a stage that lost its copy, and nothing kept
// without a store.
#include "app/learner_session.h"
#include "scenario_text.h"
#include "status_checks.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <unistd.h>

namespace cs {
namespace {

namespace fs = std::filesystem;

constexpr const char* kTwoSteps = R"(format = 1
id = "session-test"
title = "Session test"
[[step]]
id = "first"
title = "First"
text = "One."
reflect = "Think about one."
[[step]]
id = "second"
title = "Second"
text = "Two."
reflect = "Think about two."
)";

// The same scenario with a step inserted before "second".
std::string withAStepInserted() {
    std::string text = kTwoSteps;
    const std::string second = "[[step]]\nid = \"second\"";
    text.insert(text.find(second), "[[step]]\nid = \"inserted\"\ntitle = \"Inserted\"\ntext = \"New.\"\n");
    return text;
}

class LearnerSessionTest : public ::testing::Test {
  protected:
    void SetUp() override {
        dir_ = fs::temp_directory_path() / ("coinstudio-session-" + std::to_string(::getpid()) + "-" +
                                            ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(dir_);
        store_ = std::make_unique<UserDataStore>(
            UserDataStoreDesc{.configDir = dir_ / "config", .dataDir = dir_ / "data", .noSave = false, .clock = {}});
        state_ = makeStartState(testing::builtInLibrary());
    }
    void TearDown() override { fs::remove_all(dir_); }

    std::shared_ptr<const LoadedScenario> scenario(const std::string& text, std::uint64_t revision) {
        return testing::scenarioFromText(text, file(), "", revision);
    }
    fs::path file() const { return dir_ / "lesson.toml"; }
    // The two-step scenario on stage, opened from file(), and the session attached to it.
    bool openTwoSteps(LearnerSession& s) {
        applyCommand(state_, cmd::LoadScenario{scenario(kTwoSteps, 1)});
        return s.attach(state_, file());
    }
    void type(LearnerSession& s, int step, const std::string& text) {
        const cmd::SetReflection c{step, text};
        applyCommand(state_, c);
        EXPECT_OK(s.reflectionTyped(state_, c));
    }
    std::string stored(const LearnerSession& s, const std::string& stepKey) const {
        const LearnerData* data = store_->learnerData(s.key());
        if (!data) return "(no data)";
        const auto it = data->reflections.find(stepKey);
        return it == data->reflections.end() ? "" : it->second.text;
    }

    fs::path dir_;
    std::unique_ptr<UserDataStore> store_;
    AppState state_;
};

TEST_F(LearnerSessionTest, AReflectionStaysWithItsStepWhenAReloadInsertsAStepBeforeIt) {
    LearnerSession session(store_.get(), "");
    ASSERT_TRUE(openTwoSteps(session));
    EXPECT_FALSE(session.key().empty());
    applyCommand(state_, cmd::GoToStep{2});
    type(session, 1, "about the second step");
    applyCommand(state_, cmd::ChooseAnswer{1, 2});
    EXPECT_OK(session.write(state_, true));
    EXPECT_EQ(stored(session, "id:second"), "about the second step");

    // The file is edited elsewhere: a step before "second". The stage follows by key.
    applyCommand(state_, cmd::LoadScenario{scenario(withAStepInserted(), 2), true});
    EXPECT_OK(session.follow(state_));
    ASSERT_TRUE(state_.reflections.count(2));
    EXPECT_EQ(state_.reflections.at(2), "about the second step");
    EXPECT_FALSE(state_.reflections.count(1));
    EXPECT_EQ(stored(session, "id:second"), "about the second step");
}

TEST_F(LearnerSessionTest, AStageThatLostItsCopyNeverEmptiesTheStoredReflection) {
    LearnerSession session(store_.get(), "");
    ASSERT_TRUE(openTwoSteps(session));
    type(session, 0, "kept");
    EXPECT_OK(session.write(state_, true));
    // A preview or a reload puts a stage with no reflections up; writing then changes nothing stored.
    state_.reflections.clear();
    EXPECT_OK(session.write(state_, true));
    EXPECT_EQ(stored(session, "id:first"), "kept");
}

TEST_F(LearnerSessionTest, TypingIsWrittenOnAPauseNotAtEveryKey) {
    LearnerSession session(store_.get(), "");
    ASSERT_TRUE(openTwoSteps(session));
    type(session, 0, "half a thou");
    EXPECT_OK(session.write(state_, false));
    EXPECT_EQ(stored(session, "id:first"), ""); // still typing
    state_.timeline.advance(2.0);               // a pause
    EXPECT_OK(session.write(state_, false));
    EXPECT_EQ(stored(session, "id:first"), "half a thou");
}

TEST_F(LearnerSessionTest, WithoutAStoreNothingIsKept) {
    LearnerSession session(nullptr, "");
    applyCommand(state_, cmd::LoadScenario{scenario(kTwoSteps, 1)});
    EXPECT_FALSE(session.attach(state_, file()));
    type(session, 0, "nowhere");
    EXPECT_OK(session.write(state_, true));
    EXPECT_TRUE(session.key().empty());
}

TEST(BuiltInScenarioFileTest, OnlyFilesInTheDataFoldersScenariosAreBuiltIn) {
    const fs::path data = COINSTUDIO_SOURCE_DIR;
    EXPECT_TRUE(isBuiltInScenarioFile(data, data / "scenarios" / "01-introduction.toml"));
    EXPECT_FALSE(isBuiltInScenarioFile(data, data / "tests" / "data" / "scenes" / "bench.toml"));
    EXPECT_FALSE(isBuiltInScenarioFile("", data / "scenarios" / "01-introduction.toml"));
}

} // namespace
} // namespace cs
