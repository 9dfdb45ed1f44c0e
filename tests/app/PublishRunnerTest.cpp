// File → Publish as web page… without a window: the web build found (or not) for the menu, the folder
// suggested for each scenario, a publish told in the dialog, the question before replacing someone's
// file, and a broken file's problems listed.
#include "app/publish_runner.h"
#include "core/publish_plan.h"
#include "file_bytes.h"
#include "scenario_text.h"
#include "scoped_env.h"
#include "temp_folder.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

namespace cs {
namespace {

namespace fs = std::filesystem;
using testing::slurp;
using testing::writeRaw;

std::string lessonText(const std::string& id, const std::string& title) {
    return "format = 1\nid = \"" + id + "\"\ntitle = \"" + title +
           "\"\n[[step]]\nid = \"one\"\ntitle = \"One\"\ntext = \"The first step.\"\n";
}

class PublishRunnerTest : public ::testing::Test {
  protected:
    void SetUp() override {
        for (const std::string_view name : kWebBuildFiles)
            writeRaw(web_ / name, "web: " + std::string(name));
    }
    void TearDown() override { fs::remove_all(home_); }
    // The scenario on stage, and its file on disk (what is published).
    void open(const std::string& id, const std::string& title) {
        const fs::path file = home_ / "course" / (id + ".toml");
        writeRaw(file, lessonText(id, title));
        applyCommand(state_, cmd::LoadScenario{testing::scenarioFromText(lessonText(id, title), file)});
    }

    fs::path home_ = testing::freshTempFolderForThisTest("publish-runner");
    fs::path web_ = home_ / "web-build";
    testing::ScopedEnv homeIsHere_{"HOME", home_.string()};
    testing::ScopedEnv webIsHere_{"COINSTUDIO_WEB_DIR", web_.string()};
    AppState state_ = makeStartState(testing::builtInLibrary());
};

TEST_F(PublishRunnerTest, TheMenuKnowsWhetherThereIsAWebBuild) {
    PublishRunner runner;
    runner.findWebBuild(state_);
    EXPECT_EQ(state_.publishDialog.webBuild, web_.string());
    fs::remove(web_ / "coinstudio.wasm"); // an incomplete one is none
    runner.findWebBuild(state_);
    EXPECT_EQ(state_.publishDialog.webBuild, "");
}

TEST_F(PublishRunnerTest, TheDialogSuggestsAFolderOfItsOwnForEachScenario) {
    PublishRunner runner;
    open("first-lesson", "First lesson");
    runner.toggleDialog(state_, cmd::TogglePublishDialog{});
    ASSERT_TRUE(state_.publishDialog.visible);
    EXPECT_EQ(state_.publishDialog.folder, (home_ / "first-lesson-web").string());
    runner.toggleDialog(state_, cmd::TogglePublishDialog{});
    open("second-lesson", "Second lesson");
    runner.toggleDialog(state_, cmd::TogglePublishDialog{});
    EXPECT_EQ(state_.publishDialog.folder, (home_ / "second-lesson-web").string());
}

TEST_F(PublishRunnerTest, PublishingWritesTheFolderAndSaysWhere) {
    PublishRunner runner;
    open("lesson", "Lesson");
    runner.toggleDialog(state_, cmd::TogglePublishDialog{});
    applyCommand(state_, cmd::SetPublishFolder{"~/site"});
    runner.publish(state_, false);
    EXPECT_TRUE(state_.publishDialog.published) << state_.publishDialog.message;
    EXPECT_NE(state_.publishDialog.message.find((home_ / "site").string()), std::string::npos);
    ASSERT_FALSE(state_.notices.empty());
    EXPECT_EQ(state_.notices.back(), state_.publishDialog.message);
    EXPECT_EQ(slurp(home_ / "site/scenario/lesson.toml"), lessonText("lesson", "Lesson"));
    EXPECT_EQ(slurp(home_ / "site/index.html"), "web: index.html");
    EXPECT_TRUE(fs::exists(home_ / "site/published.json"));
}

TEST_F(PublishRunnerTest, SomeonesFileIsListedAndKeptUntilReplaceIsChosen) {
    PublishRunner runner;
    open("lesson", "Lesson");
    runner.toggleDialog(state_, cmd::TogglePublishDialog{});
    writeRaw(home_ / "site/index.html", "<p>my page</p>");
    applyCommand(state_, cmd::SetPublishFolder{(home_ / "site").string()});
    runner.publish(state_, false);
    EXPECT_FALSE(state_.publishDialog.published);
    EXPECT_EQ(state_.publishDialog.foreign, (std::vector<std::string>{"index.html"}));
    EXPECT_EQ(slurp(home_ / "site/index.html"), "<p>my page</p>");
    EXPECT_FALSE(fs::exists(home_ / "site/published.json"));

    runner.publish(state_, true);
    EXPECT_TRUE(state_.publishDialog.published) << state_.publishDialog.message;
    EXPECT_TRUE(state_.publishDialog.foreign.empty());
    EXPECT_EQ(slurp(home_ / "site/index.html"), "web: index.html");
}

TEST_F(PublishRunnerTest, AFileBrokenOnDiskIsNotPublishedAndItsProblemsAreListed) {
    PublishRunner runner;
    open("lesson", "Lesson");
    writeRaw(home_ / "course/lesson.toml", "format = 1\nid = \"lesson\"\ntitle = \"x\"\n[[step]]\ntittle = \"a\"\n");
    runner.toggleDialog(state_, cmd::TogglePublishDialog{});
    runner.publish(state_, false);
    EXPECT_FALSE(state_.publishDialog.published);
    EXPECT_NE(state_.publishDialog.message.find("cannot be published"), std::string::npos)
        << state_.publishDialog.message;
    const auto& problems = state_.publishDialog.problems;
    EXPECT_TRUE(std::any_of(problems.begin(), problems.end(), [](const std::string& line) {
        return line.find("lesson.toml:5:1: error:") != std::string::npos;
    })) << (problems.empty() ? "no problems listed" : problems.front());
    EXPECT_FALSE(fs::exists(home_ / "lesson-web"));
}

} // namespace
} // namespace cs
