// Capped reads and atomic writes, including failures at each step of the write.
#include "core/file_io.h"
#include "file_bytes.h"
#include "status_checks.h"
#include "temp_folder.h"

#include <gtest/gtest.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string_view>
#include <sys/stat.h>
#include <unistd.h>

namespace cs {
namespace {

using testing::slurp;
using testing::writeRaw;

namespace fs = std::filesystem;

class FileIoTest : public ::testing::Test {
  protected:
    void SetUp() override { dir_ = testing::freshTempFolderForThisTest("fileio"); }
    void TearDown() override {
        setWriteFaultHookForTesting({});
        fs::permissions(dir_, fs::perms::owner_all, fs::perm_options::add);
        fs::remove_all(dir_);
    }
    fs::path dir_;
};

TEST_F(FileIoTest, WritesAndReadsBack) {
    const fs::path p = dir_ / "a.txt";
    EXPECT_OK(writeFileAtomic(p, std::string_view("hello")));
    const auto r = readFileCapped(p, 100);
    ASSERT_TRUE(r.ok);
    EXPECT_EQ(std::string(r.bytes.begin(), r.bytes.end()), "hello");
}

TEST_F(FileIoTest, ReadRefusesFilesOverTheCap) {
    const fs::path p = dir_ / "big.txt";
    ASSERT_OK(writeFileAtomic(p, std::string(1000, 'x')));
    const auto r = readFileCapped(p, 999);
    EXPECT_FALSE(r.ok);
    EXPECT_TRUE(r.tooLarge);
    EXPECT_TRUE(r.bytes.empty());
}

TEST_F(FileIoTest, ReadReportsMissingFilesAndFolders) {
    EXPECT_FALSE(readFileCapped(dir_ / "nope", 10).ok);
    const auto r = readFileCapped(dir_, 10);
    EXPECT_FALSE(r.ok);
    EXPECT_FALSE(r.error.empty());
}

TEST_F(FileIoTest, KeepsABackupOfThePreviousVersion) {
    const fs::path p = dir_ / "s.toml";
    ASSERT_OK(writeFileAtomic(p, std::string_view("one"), {.keepBackup = true}));
    ASSERT_OK(writeFileAtomic(p, std::string_view("two"), {.keepBackup = true}));
    EXPECT_EQ(slurp(p), "two");
    EXPECT_EQ(slurp(dir_ / "s.toml.bak"), "one");
}

TEST_F(FileIoTest, AFailureAtAnyStageLeavesTheOldFileIntactAndNoTempFiles) {
    const fs::path p = dir_ / "s.toml";
    ASSERT_OK(writeFileAtomic(p, std::string_view("old")));
    for (WriteStage stage : {WriteStage::OpenTemp, WriteStage::Write, WriteStage::Sync, WriteStage::Rename}) {
        setWriteFaultHookForTesting([stage](WriteStage s) { return s == stage; });
        const std::string err = writeFileAtomic(p, std::string_view("new")).text();
        EXPECT_FALSE(err.empty()) << "stage " << int(stage);
        EXPECT_EQ(slurp(p), "old") << "stage " << int(stage);
    }
    setWriteFaultHookForTesting({});
    int entries = 0;
    for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir_))
        ++entries;
    EXPECT_EQ(entries, 1); // no temp files left behind
}

// Permissions: root may write anywhere, so as root these tests show nothing and skip. tests/permissions/
// run-as-user.sh runs them as an ordinary user with COINSTUDIO_REQUIRE_PERMISSION_TESTS=1, where a skip would
// hide a test that never ran: there it fails instead.
class FileIoPermissionTest : public FileIoTest {
  protected:
    void SetUp() override {
        FileIoTest::SetUp();
        if (::geteuid() != 0) return;
        const char* required = std::getenv("COINSTUDIO_REQUIRE_PERMISSION_TESTS");
        if (required && *required && std::string_view(required) != "0") {
            FAIL() << "running as root, where permissions are not enforced, but COINSTUDIO_REQUIRE_PERMISSION_TESTS "
                      "asks for these tests to run";
        }
        GTEST_SKIP() << "root ignores permissions; tests/permissions/run-as-user.sh runs these as an ordinary user";
    }
    static fs::perms readOnlyFolder() { return fs::perms::owner_read | fs::perms::owner_exec; }
};

TEST_F(FileIoPermissionTest, ReadOnlyFolderGivesAClearError) {
    fs::permissions(dir_, readOnlyFolder());
    const Status saved = writeFileAtomic(dir_ / "x", std::string_view("data"));
    EXPECT_EQ(saved.kind(), FailureKind::NotAllowed);
    const std::string& err = saved.text();
    EXPECT_NE(err.find("cannot create"), std::string::npos) << err;
    EXPECT_NE(err.find(std::strerror(EACCES)), std::string::npos) << err;
    EXPECT_NE(err.find("nothing was saved"), std::string::npos) << err;
    EXPECT_FALSE(fs::exists(dir_ / "x"));
}

TEST_F(FileIoPermissionTest, AFolderWithoutWritePermissionKeepsTheOldFileAndItsBackup) {
    const fs::path p = dir_ / "s.toml";
    ASSERT_OK(writeFileAtomic(p, std::string_view("one"), {.keepBackup = true}));
    ASSERT_OK(writeFileAtomic(p, std::string_view("two"), {.keepBackup = true}));
    fs::permissions(dir_, readOnlyFolder());
    const std::string err = writeFileAtomic(p, std::string_view("three"), {.keepBackup = true}).text();
    EXPECT_NE(err.find("cannot create a file in " + dir_.string()), std::string::npos) << err;
    EXPECT_NE(err.find("the previous version is unchanged"), std::string::npos) << err;
    fs::permissions(dir_, fs::perms::owner_all, fs::perm_options::add);
    EXPECT_EQ(slurp(p), "two");
    EXPECT_EQ(slurp(dir_ / "s.toml.bak"), "one");
    int entries = 0;
    for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir_))
        ++entries;
    EXPECT_EQ(entries, 2);
}

TEST_F(FileIoPermissionTest, AReadOnlyFileIsNotReplacedBehindItsBack) {
    // The folder is writable, so a rename could replace the file: the save refuses, as writing in place would.
    const fs::path p = dir_ / "s.toml";
    ASSERT_OK(writeFileAtomic(p, std::string_view("protected")));
    fs::permissions(p, fs::perms::owner_read | fs::perms::group_read);
    const Status saved = writeFileAtomic(p, std::string_view("new"), {.keepBackup = true});
    EXPECT_EQ(saved.kind(), FailureKind::NotAllowed);
    const std::string& err = saved.text();
    EXPECT_NE(err.find(p.string() + ": the file is read-only"), std::string::npos) << err;
    EXPECT_EQ(slurp(p), "protected");
    EXPECT_EQ(fs::status(p).permissions(), fs::perms::owner_read | fs::perms::group_read);
    EXPECT_FALSE(fs::exists(dir_ / "s.toml.bak"));
}

TEST_F(FileIoPermissionTest, AFolderThatCannotBeListedStillSaves) {
    // Write and search permission without read: the file can be replaced, the folder cannot be opened to flush it.
    const fs::path p = dir_ / "s.toml";
    ASSERT_OK(writeFileAtomic(p, std::string_view("one")));
    fs::permissions(dir_, fs::perms::owner_write | fs::perms::owner_exec);
    EXPECT_OK(writeFileAtomic(p, std::string_view("two"), {.keepBackup = true}));
    EXPECT_EQ(slurp(p), "two");
    EXPECT_EQ(slurp(dir_ / "s.toml.bak"), "one");
}

TEST_F(FileIoTest, VanishedFolderGivesAClearError) {
    const Status saved = writeFileAtomic(dir_ / "gone" / "x", std::string_view("data"));
    EXPECT_FALSE(saved.ok());
    EXPECT_EQ(saved.kind(), FailureKind::NotFound) << saved.text();
    EXPECT_NE(saved.text().find((dir_ / "gone").string()), std::string::npos) << saved.text();
}

} // namespace
} // namespace cs

#include "core/folder_listing.h"

namespace cs {
namespace {

TEST_F(FileIoTest, FolderListingShowsFoldersThenScenarioFilesSorted) {
    fs::create_directories(dir_ / "b-folder");
    fs::create_directories(dir_ / "A-folder");
    fs::create_directories(dir_ / ".hidden");
    for (const char* f : {"zeta.toml", "Alpha.toml", "notes.txt", ".secret.toml"}) {
        ASSERT_OK(writeFileAtomic(dir_ / f, std::string_view("x")));
    }
    const FolderListing l = listFolder(dir_);
    EXPECT_TRUE(l.error.empty());
    const std::vector<FolderEntry> expected{
        {"A-folder", true}, {"b-folder", true}, {"Alpha.toml", false}, {"zeta.toml", false}};
    EXPECT_EQ(l.entries, expected);
    EXPECT_EQ(l.folder, dir_.string());
}

TEST_F(FileIoTest, FolderListingOfAMissingFolderIsAnError) {
    const FolderListing l = listFolder(dir_ / "missing");
    EXPECT_FALSE(l.error.empty());
    EXPECT_TRUE(l.entries.empty());
}

TEST(ChosenPathTest, AFolderIsBrowsedAFileOpenedOrChosenForTheShow) {
    const std::vector<Command> folder = commandsForChosenPath("/data/lessons", true, false);
    ASSERT_EQ(folder.size(), 1u);
    ASSERT_TRUE(folder[0].holds<cmd::BrowseFolder>());
    EXPECT_EQ(folder[0].get<cmd::BrowseFolder>().path, "/data/lessons");
    const std::vector<Command> file = commandsForChosenPath("/data/intro.toml", false, false);
    ASSERT_EQ(file.size(), 1u);
    ASSERT_TRUE(file[0].holds<cmd::OpenFile>());
    EXPECT_EQ(file[0].get<cmd::OpenFile>().path, "/data/intro.toml");
    const std::vector<Command> show = commandsForChosenPath("/data/intro.toml", false, true);
    ASSERT_EQ(show.size(), 2u);
    ASSERT_TRUE(show[0].holds<cmd::ChoosePresentScenario>());
    EXPECT_TRUE(show[1].holds<cmd::CloseFileBrowser>());
    // A folder chosen from the present dialog is browsed all the same.
    EXPECT_TRUE(commandsForChosenPath("/data", true, true)[0].holds<cmd::BrowseFolder>());
}

} // namespace
} // namespace cs
