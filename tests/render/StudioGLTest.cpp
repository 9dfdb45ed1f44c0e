// The running app around a scenario file: open, hot reload keeping the step, a broken save keeps the
// last good version on show with its problems listed, an invalid file opens with its problems.
#include "gl_test_support.h"

#include "app/studio.h"
#include "core/file_io.h"

#include <chrono>
#include <filesystem>
#include <unistd.h>

namespace cs {
namespace {

namespace fs = std::filesystem;

constexpr const char* kScenario = R"(format = 1
id = "reload-test"
title = "Reload test"
[[step]]
title = "First"
text = "One."
coins = ["racism"]
[[step]]
title = "Second"
text = "Two."
[[step]]
title = "Third"
text = "Three."
)";

class StudioGLTest : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ = fs::temp_directory_path() / ("coinstudio-studio-" + std::to_string(::getpid()) + "-" +
                                            ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(dir_);
        fs::create_directories(dir_);
        file_ = dir_ / "lesson.toml";
        std::string error;
        StudioDesc desc;
        desc.dataDir = COINSTUDIO_SOURCE_DIR;
        studio_ = Studio::create(testing::sharedWindow(), std::move(desc), error);
        ASSERT_TRUE(studio_) << error;
    }
    void TearDown() override { fs::remove_all(dir_); }

    // Writes the file and moves its time stamp on, as an editor's save would.
    void save(const std::string& text) {
        ASSERT_EQ(writeFileAtomic(file_, std::string_view(text)), "");
        fs::last_write_time(file_, fs::file_time_type::clock::now() + std::chrono::seconds(++saves_));
    }

    fs::path dir_, file_;
    std::unique_ptr<Studio> studio_;
    int saves_ = 0;
};

TEST_F(StudioGLTest, OpensAFileAtItsFirstStep) {
    save(kScenario);
    ASSERT_TRUE(studio_->openFile(file_));
    const AppState& s = studio_->state();
    EXPECT_EQ(s.step, 0);
    EXPECT_EQ(s.tr(s.currentStep()->title), "First");
    ASSERT_EQ(s.coins.size(), 1u);
    EXPECT_EQ(s.coins[0].structureId, "racism");
    EXPECT_TRUE(s.problems.empty());
    studio_->drawFrame(); // and it draws
}

TEST_F(StudioGLTest, AnEditReloadsAndKeepsTheStep) {
    save(kScenario);
    ASSERT_TRUE(studio_->openFile(file_));
    studio_->apply(cmd::GoToStep{2});
    EXPECT_FALSE(studio_->pollFiles()); // nothing changed yet
    std::string edited = kScenario;
    edited.replace(edited.find("\"Second\""), 8, "\"Second, edited\"");
    save(edited);
    EXPECT_TRUE(studio_->pollFiles());
    const AppState& s = studio_->state();
    EXPECT_EQ(s.step, 1);
    EXPECT_EQ(s.tr(s.currentStep()->title), "Second, edited");
}

TEST_F(StudioGLTest, ABrokenSaveKeepsTheLastGoodVersionAndListsTheProblem) {
    save(kScenario);
    ASSERT_TRUE(studio_->openFile(file_));
    studio_->apply(cmd::GoToStep{3});
    std::string broken = kScenario;
    broken.replace(broken.find("text = \"Two.\""), 13, "txt = \"Two.\"");
    save(broken);
    EXPECT_TRUE(studio_->pollFiles());
    const AppState& s = studio_->state();
    EXPECT_TRUE(s.problemsStale);
    EXPECT_TRUE(s.problemsVisible);
    ASSERT_FALSE(s.problems.empty());
    EXPECT_EQ(s.problems[0].line, 10);
    EXPECT_EQ(s.problems[0].column, 1);
    EXPECT_NE(s.problems[0].message.find("did you mean 'text'"), std::string::npos) << s.problems[0].message;
    EXPECT_EQ(s.step, 2); // still on stage, unchanged
    EXPECT_EQ(s.tr(s.currentStep()->title), "Third");
    studio_->drawFrame();
    // Fixed again: the problems go, the show goes on.
    save(kScenario);
    EXPECT_TRUE(studio_->pollFiles());
    EXPECT_FALSE(studio_->state().problemsStale);
    EXPECT_TRUE(studio_->state().problems.empty());
    EXPECT_EQ(studio_->state().step, 2);
}

TEST_F(StudioGLTest, AnInvalidFileOpensWithItsProblemsListed) {
    save("format = 1\nid = \"x\"\ntitle = \"x\"\n[[step]]\ntitle = \"a\"\ntext = \"b\"\nshow = \"sideways\"\n");
    EXPECT_FALSE(studio_->openFile(file_));
    const AppState& s = studio_->state();
    EXPECT_FALSE(s.scenario); // nothing was replaced
    ASSERT_FALSE(s.problems.empty());
    EXPECT_EQ(s.problems[0].line, 7);
    EXPECT_TRUE(s.problemsVisible);
    studio_->drawFrame();
}

TEST_F(StudioGLTest, OpenFileCommandClosesTheBrowserAndShowsTheFile) {
    save(kScenario);
    studio_->apply(cmd::OpenFileBrowser{});
    EXPECT_TRUE(studio_->state().browser.open);
    EXPECT_FALSE(studio_->state().browser.entries.empty() && studio_->state().browser.error.empty());
    studio_->apply(cmd::OpenFile{file_.string()});
    EXPECT_FALSE(studio_->state().browser.open);
    ASSERT_TRUE(studio_->state().scenario);
    studio_->apply(cmd::BrowseFolder{dir_.string()});
    ASSERT_EQ(studio_->state().browser.entries.size(), 1u);
    EXPECT_EQ(studio_->state().browser.entries[0].name, "lesson.toml");
}

} // namespace
} // namespace cs
