// File → Export… on its own: the folder suggested for each scenario, the question before replacing
// files the app did not write, and an export that fails told in the dialog and in a notice.
#include "app/export_runner.h"
#include "core/export_plan.h"
#include "scenario_text.h"
#include "scoped_env.h"
#include "temp_folder.h"

#include <gtest/gtest.h>

#include <chrono>
#include <fstream>
#include <string>
#include <thread>

namespace cs {
namespace {

namespace fs = std::filesystem;

std::string scenarioText(const std::string& id, const std::string& title) {
    return "format = 1\nid = \"" + id + "\"\ntitle = \"" + title +
           "\"\n[[step]]\nid = \"one\"\ntitle = \"One\"\ntext = \"The first step.\"\n";
}

class ExportRunnerTest : public ::testing::Test {
  protected:
    void TearDown() override { fs::remove_all(home_); }
    void open(const std::string& id, const std::string& title) {
        applyCommand(state_,
                     cmd::LoadScenario{testing::scenarioFromText(scenarioText(id, title), home_ / (id + ".toml"))});
    }

    fs::path home_ = testing::freshTempFolderForThisTest("export-runner");
    testing::ScopedEnv homeIsHere_{"HOME", home_.string()};
    AppState state_ = makeStartState(testing::builtInLibrary());
};

TEST_F(ExportRunnerTest, TheDialogSuggestsAFolderOfItsOwnForEachScenario) {
    ExportRunner runner;
    open("first-lesson", "First lesson");
    runner.toggleDialog(state_, cmd::ToggleExportDialog{});
    ASSERT_TRUE(state_.exportDialog.visible);
    const std::string first = state_.exportDialog.folder;
    EXPECT_EQ(first, defaultExportFolder(home_, "First lesson", "first-lesson").string());

    runner.toggleDialog(state_, cmd::ToggleExportDialog{}); // closed
    open("second-lesson", "Second lesson");
    runner.toggleDialog(state_, cmd::ToggleExportDialog{});
    EXPECT_EQ(state_.exportDialog.folder, defaultExportFolder(home_, "Second lesson", "second-lesson").string());
    EXPECT_NE(state_.exportDialog.folder, first);
}

TEST_F(ExportRunnerTest, FilesTheAppDidNotWriteAreListedAndNothingStarts) {
    ExportRunner runner("/bin/false"); // would fail at once if it were started
    open("lesson", "Lesson");
    runner.toggleDialog(state_, cmd::ToggleExportDialog{});
    const fs::path folder = home_ / "made-by-someone";
    fs::create_directories(folder);
    std::ofstream(folder / "step-01.png") << "a picture someone else made";
    applyCommand(state_, cmd::SetExportFolder{folder.string()});

    runner.start(state_, false);
    EXPECT_FALSE(runner.running());
    EXPECT_FALSE(state_.exportDialog.running);
    ASSERT_EQ(state_.exportDialog.foreign.size(), 1u);
    EXPECT_EQ(state_.exportDialog.foreign[0], "step-01.png");
    EXPECT_TRUE(fs::exists(folder / "step-01.png"));
}

TEST_F(ExportRunnerTest, AnExportThatFailsIsToldInTheDialogAndANotice) {
    ExportRunner runner("/bin/false");
    open("lesson", "Lesson");
    runner.toggleDialog(state_, cmd::ToggleExportDialog{});
    runner.start(state_, false);
    ASSERT_TRUE(state_.exportDialog.running);

    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
    while (state_.exportDialog.running && std::chrono::steady_clock::now() < deadline) {
        runner.poll(state_);
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    EXPECT_FALSE(state_.exportDialog.running);
    EXPECT_NE(state_.exportDialog.message.find("The export failed:"), std::string::npos) << state_.exportDialog.message;
    ASSERT_FALSE(state_.notices.empty());
    EXPECT_EQ(state_.notices.back(), state_.exportDialog.message);
    EXPECT_FALSE(runner.poll(state_)); // nothing more to tell
}

} // namespace
} // namespace cs
