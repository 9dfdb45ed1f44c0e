// Recent files: most recent first, one entry per file, at most ten, missing files dropped on load.
#include "core/user_data/recent_files.h"
#include "file_bytes.h"
#include "status_checks.h"
#include "temp_folder.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <unistd.h>

namespace cs {
namespace {

using testing::slurp;
using testing::writeRaw;

namespace fs = std::filesystem;

class UserDataRecentFilesTest : public ::testing::Test {
  protected:
    void SetUp() override {
        root_ = testing::freshTempFolderForThisTest("recent");
        fs::create_directories(root_ / "scenarios");
        data_ = root_ / "data" / "coinstudio";
    }
    void TearDown() override { fs::remove_all(root_); }
    fs::path scenario(const std::string& name) {
        const fs::path p = root_ / "scenarios" / name;
        std::ofstream(p) << "format = 1\n";
        return p;
    }

    fs::path root_;
    fs::path data_;
};

TEST_F(UserDataRecentFilesTest, MostRecentFirstAndEachFileOnce) {
    RecentFiles recent;
    const fs::path a = scenario("a.toml"), b = scenario("b.toml");
    recent.noteOpened(a);
    recent.noteOpened(b);
    recent.noteOpened(a);
    EXPECT_EQ(recent.files(), (std::vector<fs::path>{a, b}));
    // The same file through "..", a relative path or a symlink is the same entry.
    fs::create_symlink(root_ / "scenarios", root_ / "link");
    recent.noteOpened(root_ / "link" / "b.toml");
    recent.noteOpened(root_ / "scenarios" / "x" / ".." / "a.toml");
    EXPECT_EQ(recent.files(), (std::vector<fs::path>{a, b}));
    EXPECT_TRUE(recent.forget(b));
    EXPECT_FALSE(recent.forget(b));
    EXPECT_EQ(recent.files(), (std::vector<fs::path>{a}));
}

TEST_F(UserDataRecentFilesTest, TheListKeepsTheTenMostRecent) {
    RecentFiles recent;
    std::vector<fs::path> opened;
    for (int i = 0; i < 13; ++i) {
        opened.push_back(scenario("s" + std::to_string(i) + ".toml"));
        recent.noteOpened(opened.back());
    }
    ASSERT_EQ(recent.files().size(), kMaxRecentFiles);
    EXPECT_EQ(recent.files().front(), opened[12]);
    EXPECT_EQ(recent.files().back(), opened[3]);
}

TEST_F(UserDataRecentFilesTest, SavedListsLoadBackAndMissingFilesAreDropped) {
    RecentFiles recent;
    const fs::path a = scenario("a.toml"), gone = scenario("gone.toml"), c = scenario("é ᓀ \"q\".toml");
    recent.noteOpened(a);
    recent.noteOpened(gone);
    recent.noteOpened(c);
    ASSERT_OK(saveRecentFiles(data_, recent));
    EXPECT_EQ(loadRecentFiles(data_).recent, recent);
    fs::remove(gone);
    const RecentFilesLoad load = loadRecentFiles(data_);
    EXPECT_EQ(load.recent.files(), (std::vector<fs::path>{c, a}));
    EXPECT_EQ(load.notice, "") << "a file that went away is not a problem to report";
    EXPECT_FALSE(loadRecentFiles(root_ / "nowhere").notice.size());
}

TEST_F(UserDataRecentFilesTest, ReadingDeduplicatesCapsAndSkipsWhatIsNotAnAbsolutePath) {
    std::string text = "format = 1\nfiles = [\"/s/1\", \"relative/x.toml\", 3, \"/s/1\",";
    for (int i = 2; i <= 14; ++i)
        text += " \"/s/" + std::to_string(i) + "\",";
    text += "]\n";
    const RecentFilesLoad load = readRecentFilesToml(text, "recent.toml", [](const fs::path&) { return true; });
    ASSERT_EQ(load.recent.files().size(), kMaxRecentFiles);
    EXPECT_EQ(load.recent.files().front(), fs::path("/s/1"));
    EXPECT_EQ(load.recent.files()[1], fs::path("/s/2"));
    EXPECT_EQ(load.recent.files().back(), fs::path("/s/10"));
    EXPECT_NE(load.notice.find("'relative/x.toml'"), std::string::npos) << load.notice;
    EXPECT_NE(load.notice.find("a whole number"), std::string::npos) << load.notice;
}

TEST_F(UserDataRecentFilesTest, ADamagedListStartsEmptyWithANotice) {
    writeRaw(recentFilesPath(data_), "files = [\"/a\"\n");
    const RecentFilesLoad load = loadRecentFiles(data_);
    EXPECT_TRUE(load.recent.empty());
    EXPECT_NE(load.notice.find("could not be read"), std::string::npos) << load.notice;
    writeRaw(recentFilesPath(data_), "files = \"/a\"\n");
    EXPECT_NE(loadRecentFiles(data_).notice.find("must be a list"), std::string::npos);
}

TEST_F(UserDataRecentFilesTest, PathsThatAreNotUtf8AreLeftOutOfTheFile) {
    RecentFiles recent;
    const fs::path odd = root_ / "scenarios" / std::string("caf\xE9.toml"); // Latin-1 é
    std::ofstream(odd) << "format = 1\n";
    const fs::path a = scenario("a.toml");
    recent.noteOpened(a);
    recent.noteOpened(odd);
    ASSERT_OK(saveRecentFiles(data_, recent));
    EXPECT_EQ(loadRecentFiles(data_).recent.files(), (std::vector<fs::path>{a}));
}

} // namespace
} // namespace cs
