// Hot reload: the watcher notices content changes (not mere touches), and the document keeps the
// last good scenario while the file is broken. Time stamps are set explicitly, so no sleeping.
#include "ScenarioTestSupport.h"

#include "core/scenario/watcher.h"

namespace cs {
namespace {

using Clock = std::filesystem::file_time_type::clock;

const char* kGood = "format = 1\nid = \"r\"\ntitle = \"Reload\"\n[[step]]\ntitle = \"One\"\ncoins = [\"racism\"]\n";
const char* kGoodTwoSteps =
    "format = 1\nid = \"r\"\ntitle = \"Reload\"\n[[step]]\ntitle = \"One\"\ncoins = [\"racism\"]\n"
    "[[step]]\ntitle = \"Two\"\n";
const char* kBroken = "format = 1\nid = \"r\"\ntitle = \"Reload\"\n[[step]]\ntitle = \"One\"\nshow = \"sideways\"\n";

class ReloadTest : public ::testing::Test {
  protected:
    // Writes the file and moves its time stamp on by a whole second, as a later save would.
    void save(const std::string& text) {
        test::writeText(file, text);
        stamp += std::chrono::seconds(1);
        std::filesystem::last_write_time(file, stamp);
    }

    test::TempDir dir;
    std::filesystem::path file = dir / "scenario.toml";
    std::filesystem::file_time_type stamp = Clock::now();
};

TEST_F(ReloadTest, WatcherReportsContentChangesOnly) {
    save(kGood);
    ScenarioWatcher watcher(file);
    EXPECT_TRUE(watcher.readNow().ok);
    EXPECT_FALSE(watcher.poll());

    save(kGoodTwoSteps);
    ReadResult content;
    EXPECT_TRUE(watcher.poll(&content));
    EXPECT_EQ(std::string(content.bytes.begin(), content.bytes.end()), kGoodTwoSteps);
    EXPECT_FALSE(watcher.poll()); // reported once

    // Touched (new time stamp) but the same bytes: not a change.
    save(kGoodTwoSteps);
    EXPECT_FALSE(watcher.poll());

    // Same size and the same time stamp, different bytes: seen once the stamp moves.
    std::string sameSize = kGoodTwoSteps;
    sameSize[sameSize.size() - 3] = 'X';
    save(sameSize);
    EXPECT_TRUE(watcher.poll());
}

TEST_F(ReloadTest, WatcherSeesTheFileDisappearAndComeBack) {
    save(kGood);
    ScenarioWatcher watcher(file);
    watcher.readNow();
    std::filesystem::remove(file);
    ReadResult content;
    EXPECT_TRUE(watcher.poll(&content));
    EXPECT_FALSE(content.ok);
    EXPECT_FALSE(watcher.poll());
    save(kGood);
    EXPECT_TRUE(watcher.poll());
}

TEST_F(ReloadTest, DocumentKeepsTheLastGoodVersionWhileTheFileIsBroken) {
    save(kGood);
    ScenarioDocument document(file, StructureLibrary::builtIn());
    EXPECT_EQ(document.scenario(), nullptr);
    ASSERT_TRUE(document.load());
    ASSERT_NE(document.scenario(), nullptr);
    EXPECT_EQ(document.scenario()->steps.size(), 1u);
    EXPECT_TRUE(document.diagnostics().empty());
    EXPECT_FALSE(document.showingStale());
    EXPECT_EQ(document.revision(), 1u);
    EXPECT_FALSE(document.reloadIfChanged());

    // Broken on disk: the good version stays, the problem is listed with its position.
    save(kBroken);
    EXPECT_TRUE(document.reloadIfChanged());
    ASSERT_NE(document.scenario(), nullptr);
    EXPECT_EQ(document.scenario()->steps.size(), 1u);
    EXPECT_TRUE(document.showingStale());
    EXPECT_EQ(document.revision(), 1u);
    ASSERT_EQ(document.diagnostics().size(), 1u);
    EXPECT_EQ(document.diagnostics()[0].line, 6);
    EXPECT_EQ(document.diagnostics()[0].column, 8);
    EXPECT_EQ(document.diagnostics()[0].file, file.string());
    EXPECT_FALSE(document.reloadIfChanged()); // nothing new

    // Fixed: the new version replaces the old one.
    save(kGoodTwoSteps);
    EXPECT_TRUE(document.reloadIfChanged());
    EXPECT_FALSE(document.showingStale());
    EXPECT_TRUE(document.diagnostics().empty());
    EXPECT_EQ(document.scenario()->steps.size(), 2u);
    EXPECT_EQ(document.revision(), 2u);
}

TEST_F(ReloadTest, ABrokenFirstLoadHasNoScenarioButListsTheProblems) {
    save(kBroken);
    ScenarioDocument document(file, StructureLibrary::builtIn());
    EXPECT_FALSE(document.load());
    EXPECT_EQ(document.scenario(), nullptr);
    EXPECT_FALSE(document.showingStale());
    EXPECT_TRUE(document.latestFailed());
    EXPECT_EQ(document.diagnostics().size(), 1u);
    save(kGood);
    EXPECT_TRUE(document.reloadIfChanged());
    EXPECT_NE(document.scenario(), nullptr);
    EXPECT_EQ(document.structures().find("racism")->id, "racism");
}

} // namespace
} // namespace cs
