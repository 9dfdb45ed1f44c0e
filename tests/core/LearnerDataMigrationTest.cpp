// Learner data of the first format (steps numbered, file keyed by the scenario's path) brought over to step keys
// and a key from the scenario's id, on first open, with the scenario as it is opened; nothing is lost on the way.
#include "ScenarioTestSupport.h"
#include "status_checks.h"

#include "core/file_io.h"
#include "core/user_data/store.h"

#include <gtest/gtest.h>

#include <filesystem>

namespace cs {
namespace {

namespace fs = std::filesystem;
using test::readText;
using test::writeText;

// tests/data/learners/v1-intro.toml was written by writeLearnerToml as it was before step keys: reflections on
// steps 6 and 10 and on a step 15 the introduction never had, answers to steps 1 and 5, last step 6.
std::string firstFormatFile() {
    return readText(fs::path(COINSTUDIO_TEST_DATA_DIR) / "data" / "learners" / "v1-intro.toml");
}

class LearnerDataMigrationTest : public ::testing::Test {
  protected:
    void SetUp() override {
        fs::create_directories(dir_ / "course");
        scenarioFile_ = dir_ / "course" / "intro.toml";
        writeText(scenarioFile_, readText(test::sourceDir() / "scenarios" / "01-introduction.toml"));
        const StructureLibrary library = StructureLibrary::builtIn();
        ParseOptions options;
        options.library = &library;
        options.decodeImages = false;
        ParseResult parsed = loadScenarioFile(scenarioFile_, options);
        ASSERT_TRUE(parsed.ok()) << test::describe(parsed.diagnostics);
        intro_ = *parsed.scenario;
        data_ = dir_.path() / "data" / "coinstudio";
        identity_ = identifyScenario(intro_, scenarioFile_, "en");
    }
    void TearDown() override { setWriteFaultHookForTesting({}); }

    UserDataStoreDesc desc(bool noSave = false) {
        return UserDataStoreDesc{.configDir = dir_.path() / "config" / "coinstudio",
                                 .dataDir = data_,
                                 .noSave = noSave,
                                 .clock = [] { return std::int64_t(1'800'000'000); }};
    }
    fs::path formerFile() const { return learnerFilePath(data_, formerLearnerKey(intro_, scenarioFile_)); }
    fs::path newFile() const { return learnerFilePath(data_, identity_.key); }
    void writeFormerFile() {
        fs::create_directories(formerFile().parent_path());
        writeText(formerFile(), firstFormatFile());
    }
    // The intro's step keys, for what the store holds.
    std::string key(int index) const { return stepKey(intro_, index); }

    test::TempDir dir_;
    fs::path scenarioFile_;
    fs::path data_;
    Scenario intro_;
    ScenarioIdentity identity_;
};

TEST_F(LearnerDataMigrationTest, TheFixtureIsTheFirstFormatAsItWasWritten) {
    const std::string text = firstFormatFile();
    EXPECT_NE(text.find("format = 1\n"), std::string::npos);
    EXPECT_EQ(text.find("step_key"), std::string::npos);
    EXPECT_NE(text.find("[[reflection]]\nstep = 6\ntext = \"\"\"\nThe lift at work"), std::string::npos);
    // Read as it is: entries by number, waiting for a scenario to say which steps they meant.
    const LearnerDataLoad load = readLearnerToml(text, "v1-intro.toml");
    EXPECT_EQ(load.notice, "");
    EXPECT_EQ(load.data.indexedReflections.size(), 3u);
    EXPECT_EQ(load.data.indexedAnswers, (std::map<int, int>{{0, 2}, {4, 1}}));
    EXPECT_EQ(load.data.lastStep, 5);
    EXPECT_TRUE(load.data.reflections.empty());
}

TEST_F(LearnerDataMigrationTest, AFirstFormatFileIsBroughtOverOnFirstOpenAndThenRemoved) {
    writeFormerFile();
    {
        UserDataStore store(desc());
        const LearnerData& data = store.openScenario(identity_, &intro_);
        EXPECT_TRUE(store.takeNotices().empty());
        // Step 6 asks "What the top face holds"; step 10 is the commitments; 15 never existed.
        EXPECT_EQ(data.reflections.at(key(5)).text, "The lift at work: I never think about it.\nÇa compte aussi 🪙");
        EXPECT_EQ(data.reflections.at(key(5)).stepTitle, "What the top face holds");
        EXPECT_NE(data.reflections.at(key(5)).prompt.find("Think of one coin where you stand on the top face"),
                  std::string::npos);
        EXPECT_EQ(data.reflections.at(key(9)).text, "Listening first.\n");
        EXPECT_EQ(data.reflections.at("gone:15").text, "Written on a step the scenario no longer has.");
        EXPECT_EQ(data.answers.at(key(0)).choice, 2);
        EXPECT_EQ(data.answers.at(key(4)).choice, 1);
        EXPECT_EQ(data.lastStep, 5);
        EXPECT_EQ(data.updatedAt, 1'795'000'000) << "bringing over is not a change (2026-11-18T11:06:40Z)";
        EXPECT_FALSE(store.hasUnsavedChanges());
    }
    // Written under the new key at once; only then was the former file (and its companions) removed.
    EXPECT_FALSE(fs::exists(formerFile()));
    EXPECT_FALSE(fs::exists(fs::path(formerFile()) += ".bak"));
    const std::string written = readText(newFile());
    EXPECT_NE(written.find("format = 2\n"), std::string::npos) << written;
    EXPECT_NE(written.find("step_key = \"" + key(5) + "\"\nstep = 6\nstep_title = \"What the top face holds\"\n"),
              std::string::npos)
        << written;
    EXPECT_NE(written.find("step_key = \"gone:15\"\nstep = 15\ntext = \"Written on a step"), std::string::npos)
        << written;

    // The next session reads the new file, and a step inserted before them since changes nothing.
    Scenario edited = intro_;
    Step first;
    first.title = LocalText("en", "A welcome added later");
    first.reflect = LocalText("en", "How do you arrive today?");
    edited.steps.insert(edited.steps.begin(), first);
    UserDataStore again(desc());
    const LearnerData& data = again.openScenario(identifyScenario(edited, scenarioFile_, "en"), &edited);
    const LearnerDataOnSteps on = learnerDataOnSteps(data, learnerStepsOf(edited, "en"));
    EXPECT_EQ(on.reflections.at(6), "The lift at work: I never think about it.\nÇa compte aussi 🪙");
    EXPECT_EQ(on.reflections.at(10), "Listening first.\n");
    // Step 5 (now 6) no longer asks a question (the introduction moved it to step 4): its answer is kept
    // and listed with the reflection of the step that never existed, not shown on another question.
    EXPECT_EQ(on.answers, (std::map<int, int>{{1, 2}}));
    ASSERT_EQ(on.orphans.size(), 2u);
    EXPECT_EQ(on.orphans[0].text, "Written on a step the scenario no longer has.");
    EXPECT_EQ(on.orphans[0].stepNumber, 15);
    EXPECT_TRUE(on.orphans[1].isAnswer);
    EXPECT_EQ(on.orphans[1].stepNumber, 5);
}

TEST_F(LearnerDataMigrationTest, TheFormerFileStaysWhenTheNewOneCannotBeWritten) {
    writeFormerFile();
    UserDataStore store(desc());
    setWriteFaultHookForTesting([](WriteStage stage) { return stage == WriteStage::Rename; });
    const LearnerData& data = store.openScenario(identity_, &intro_);
    EXPECT_EQ(data.reflections.at(key(9)).text, "Listening first.\n") << "in memory all the same";
    const std::vector<std::string> notices = store.takeNotices();
    ASSERT_EQ(notices.size(), 1u);
    EXPECT_NE(notices[0].find("could not be saved"), std::string::npos) << notices[0];
    EXPECT_EQ(readText(formerFile()), firstFormatFile());
    EXPECT_FALSE(fs::exists(newFile()));
    EXPECT_TRUE(store.hasUnsavedChanges());

    setWriteFaultHookForTesting({});
    EXPECT_OK(store.flush());
    EXPECT_TRUE(fs::exists(newFile()));
    EXPECT_FALSE(fs::exists(formerFile()));
}

TEST_F(LearnerDataMigrationTest, SavingNothingBringsItOverInMemoryOnly) {
    writeFormerFile();
    {
        UserDataStore store(desc());
        Settings s;
        s.saveNothing = true;
        ASSERT_OK(store.changeSettings(s));
    }
    const std::string settings = readText(settingsFilePath(desc().configDir));
    UserDataStore store(desc());
    ASSERT_TRUE(store.savingNothing());
    EXPECT_EQ(store.openScenario(identity_, &intro_).reflections.at(key(5)).stepNumber, 6);
    EXPECT_OK(store.flush());
    EXPECT_EQ(readText(formerFile()), firstFormatFile());
    EXPECT_FALSE(fs::exists(newFile()));
    EXPECT_EQ(readText(settingsFilePath(desc().configDir)), settings);
}

TEST_F(LearnerDataMigrationTest, NoSaveReadsNoFormerDataEither) {
    writeFormerFile();
    UserDataStore store(desc(/*noSave=*/true));
    EXPECT_TRUE(store.openScenario(identity_, &intro_).empty());
    EXPECT_OK(store.flush());
    EXPECT_EQ(readText(formerFile()), firstFormatFile());
    EXPECT_FALSE(fs::exists(newFile()));
}

TEST_F(LearnerDataMigrationTest, ADamagedFormerFileIsLeftWhereItIs) {
    fs::create_directories(formerFile().parent_path());
    writeText(formerFile(), "[[reflection]]\nstep = 6\ntext = \"half a sent");
    UserDataStore store(desc());
    EXPECT_TRUE(store.openScenario(identity_, &intro_).empty());
    EXPECT_EQ(store.takeNotices().size(), 1u);
    EXPECT_TRUE(fs::exists(formerFile()));
    EXPECT_FALSE(fs::exists(newFile()));
}

TEST_F(LearnerDataMigrationTest, ABuiltInScenarioFileIsConvertedInPlace) {
    const ScenarioIdentity builtIn = identifyBuiltInScenario(intro_, "en");
    fs::create_directories(learnersFolder(data_));
    writeText(learnerFilePath(data_, builtIn.key), firstFormatFile());
    UserDataStore store(desc());
    const LearnerData& data = store.openScenario(builtIn, &intro_);
    EXPECT_EQ(data.reflections.at(key(5)).stepNumber, 6);
    EXPECT_TRUE(data.indexedReflections.empty());
    const LearnerDataLoad reread = loadLearnerData(data_, builtIn.key);
    EXPECT_EQ(reread.notice, "");
    EXPECT_EQ(reread.data.reflections, data.reflections);
    EXPECT_TRUE(reread.data.indexedReflections.empty());
}

TEST_F(LearnerDataMigrationTest, TheDataDoesNotDependOnWhereTheFileIs) {
    {
        UserDataStore store(desc());
        store.openScenario(identity_, &intro_);
        ASSERT_OK(store.setReflection(identity_.key, learnerStepsOf(intro_, "en")[5], "written in course/"));
    }
    // Moved, renamed, saved elsewhere: the same id, the same data.
    fs::create_directories(dir_ / "moved");
    fs::rename(scenarioFile_, dir_ / "moved" / "renamed.toml");
    UserDataStore store(desc());
    const ScenarioIdentity moved = identifyScenario(intro_, dir_ / "moved" / "renamed.toml", "en");
    EXPECT_EQ(moved.key, identity_.key);
    EXPECT_EQ(store.openScenario(moved, &intro_).reflections.at(key(5)).text, "written in course/");
    EXPECT_EQ(store.learnerData(moved.key)->scenarioFile, fs::canonical(dir_ / "moved" / "renamed.toml").string());
}

TEST_F(LearnerDataMigrationTest, TwoFormerFilesOfTheSameIdJoinWithoutLosingAnything) {
    writeFormerFile();
    // A second copy of the scenario elsewhere, with its own first-format file and another text on step 6.
    fs::create_directories(dir_ / "copy");
    const fs::path copy = dir_ / "copy" / "intro.toml";
    fs::copy_file(scenarioFile_, copy);
    std::string other = firstFormatFile();
    const std::string mine = "The lift at work: I never think about it.";
    other.replace(other.find(mine), mine.size(), "Another thought, in the other copy.");
    writeText(learnerFilePath(data_, formerLearnerKey(intro_, copy)), other);

    UserDataStore store(desc());
    store.openScenario(identity_, &intro_);
    const ScenarioIdentity second = identifyScenario(intro_, copy, "en");
    ASSERT_EQ(second.key, identity_.key);
    const LearnerData& data = store.openScenario(second, &intro_);
    EXPECT_EQ(data.reflections.at(key(5)).text.rfind(mine, 0), 0u);
    EXPECT_EQ(data.reflections.at(key(5) + "~2").text.rfind("Another thought, in the other copy.", 0), 0u);
    EXPECT_EQ(data.reflections.count(key(9)), 1u) << "the same text once";
    EXPECT_FALSE(fs::exists(learnerFilePath(data_, formerLearnerKey(intro_, copy))));
    // The one that cannot be on its step is listed with the rest of what has no step.
    // ... and the answer to step 5, which no longer asks a question.
    const LearnerDataOnSteps on = learnerDataOnSteps(data, learnerStepsOf(intro_, "en"));
    EXPECT_EQ(on.orphans.size(), 3u);
}

TEST_F(LearnerDataMigrationTest, AReflectionWhoseStepIsGoneStaysInTheFileWhenOtherDataChanges) {
    const std::vector<LearnerStep> steps = learnerStepsOf(intro_, "en");
    {
        UserDataStore store(desc());
        store.openScenario(identity_, &intro_);
        ASSERT_OK(store.setReflection(identity_.key, steps[5], "on the top face"));
    }
    // The author removes that step; the learner answers elsewhere, which writes the file again.
    Scenario shorter = intro_;
    shorter.steps.erase(shorter.steps.begin() + 5);
    UserDataStore store(desc());
    store.openScenario(identifyScenario(shorter, scenarioFile_, "en"), &shorter);
    ASSERT_OK(store.setAnswer(identity_.key, learnerStepsOf(shorter, "en")[0], 1));
    const LearnerData reread = loadLearnerData(data_, identity_.key).data;
    EXPECT_EQ(reread.reflections.at(steps[5].key).text, "on the top face");
    const LearnerDataOnSteps on = learnerDataOnSteps(reread, learnerStepsOf(shorter, "en"));
    ASSERT_EQ(on.orphans.size(), 1u);
    EXPECT_EQ(on.orphans[0].stepTitle, "What the top face holds");
    EXPECT_NE(
        exportReflections(reread, shorter, "en").find("## From a step that no longer exists: What the top face holds"),
        std::string::npos);
}

} // namespace
} // namespace cs
