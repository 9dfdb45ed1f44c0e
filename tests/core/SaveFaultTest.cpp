// Saving under faults at every step, and what a save keeps: mode, owner, links, the backup, taken temp names.
#include "core/file_io.h"
#include "status_checks.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <ostream>
#include <set>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace cs {
namespace {

namespace fs = std::filesystem;

class SaveFaultTest : public ::testing::Test {
  protected:
    void SetUp() override {
        std::string name = ::testing::UnitTest::GetInstance()->current_test_info()->name();
        std::replace(name.begin(), name.end(), '/', '-'); // parameterised tests are named "Test/Param"
        dir_ = fs::temp_directory_path() / ("coinstudio-savefault-" + std::to_string(::getpid()) + "-" + name);
        fs::remove_all(dir_);
        fs::create_directories(dir_);
    }
    void TearDown() override {
        setWriteFaultHookForTesting({});
        setTempNameSourceForTesting({});
        fs::remove_all(dir_);
    }
    static std::string slurp(const fs::path& p) {
        std::ifstream in(p, std::ios::binary);
        return {std::istreambuf_iterator<char>(in), {}};
    }
    static void writeRaw(const fs::path& p, std::string_view bytes, fs::perms mode = fs::perms(0644)) {
        {
            std::ofstream out(p, std::ios::binary | std::ios::trunc);
            out.write(bytes.data(), std::streamsize(bytes.size()));
        }
        fs::permissions(p, mode);
    }
    static fs::perms modeOf(const fs::path& p) { return fs::status(p).permissions(); }
    static ino_t inodeOf(const fs::path& p) {
        struct stat st {};
        EXPECT_EQ(::lstat(p.c_str(), &st), 0) << p;
        return st.st_ino;
    }
    // The names in `folder`, hidden ones (temporary files) included.
    static std::set<std::string> entries(const fs::path& folder) {
        std::set<std::string> out;
        for (const auto& e : fs::directory_iterator(folder))
            out.insert(e.path().filename().string());
        return out;
    }
    // Returns the numbers given, then counts up from the last one: predictable temporary file names.
    static TempNameSource numbers(std::vector<std::uint32_t> given) {
        return [given, next = std::size_t(0)]() mutable {
            const std::uint32_t n =
                next < given.size() ? given[next] : given.back() + std::uint32_t(next - given.size() + 1);
            ++next;
            return n;
        };
    }
    fs::path dir_;
};

// --- A failure at each step before the replace changes nothing -----------------------------------------------------

struct StageFault {
    const char* label;
    WriteStage stage;
    int error;
    const char* says; // the start of the message, which names the step that failed
    FailureKind kind; // what the code is told
};

void PrintTo(const StageFault& f, std::ostream* os) {
    *os << f.label;
}

class SaveFaultStageTest : public SaveFaultTest, public ::testing::WithParamInterface<StageFault> {};

TEST_P(SaveFaultStageTest, LeavesTheFileAndItsBackupAsTheyWereAndNoTemporaryFile) {
    const StageFault fault = GetParam();
    const fs::path file = dir_ / "lesson.toml";
    const fs::path bak = dir_ / "lesson.toml.bak";
    writeRaw(file, "old content\n", fs::perms(0640));
    writeRaw(bak, "older content\n", fs::perms(0600));
    const ino_t fileInode = inodeOf(file);
    setWriteFaultErrorHookForTesting([&](WriteStage s) { return s == fault.stage ? fault.error : 0; });

    const Status saved = writeFileAtomic(file, std::string_view("new content\n"), {.keepBackup = true});
    const std::string& error = saved.text();

    ASSERT_FALSE(saved.ok());
    EXPECT_EQ(saved.kind(), fault.kind) << failureKindName(saved.kind());
    EXPECT_TRUE(error.starts_with(std::string(fault.says) + " ")) << error;
    EXPECT_NE(error.find(file.string()), std::string::npos) << "names the file: " << error;
    EXPECT_NE(error.find(std::strerror(fault.error)), std::string::npos) << "names the cause: " << error;
    EXPECT_NE(error.find("the previous version is unchanged"), std::string::npos) << error;
    EXPECT_EQ(slurp(file), "old content\n");
    EXPECT_EQ(inodeOf(file), fileInode) << "not even rewritten with the same bytes";
    EXPECT_EQ(modeOf(file), fs::perms(0640));
    EXPECT_EQ(slurp(bak), "older content\n");
    EXPECT_EQ(modeOf(bak), fs::perms(0600));
    EXPECT_EQ(entries(dir_), (std::set<std::string>{"lesson.toml", "lesson.toml.bak"})) << "no temporary file left";

    // And the next save, with the fault gone, works.
    setWriteFaultHookForTesting({});
    EXPECT_OK(writeFileAtomic(file, std::string_view("new content\n"), {.keepBackup = true}));
    EXPECT_EQ(slurp(file), "new content\n");
    EXPECT_EQ(slurp(bak), "old content\n");
}

INSTANTIATE_TEST_SUITE_P(
    SaveFaultAtEachStage, SaveFaultStageTest,
    ::testing::Values(
        StageFault{"OpenTemp", WriteStage::OpenTemp, EACCES, "cannot create a file in", FailureKind::NotAllowed},
        StageFault{"Write", WriteStage::Write, EIO, "cannot write", FailureKind::Other},
        StageFault{"WriteDiskFull", WriteStage::Write, ENOSPC, "cannot write", FailureKind::NoSpace},
        StageFault{"WriteOverQuota", WriteStage::Write, EDQUOT, "cannot write", FailureKind::NoSpace},
        StageFault{"Sync", WriteStage::Sync, EIO, "cannot write", FailureKind::Other},
        StageFault{"Close", WriteStage::Close, EIO, "cannot finish writing", FailureKind::Other},
        StageFault{"CloseDiskFull", WriteStage::Close, ENOSPC, "cannot finish writing", FailureKind::NoSpace},
        StageFault{"Backup", WriteStage::Backup, EIO, "cannot keep the previous version", FailureKind::Other},
        StageFault{"BackupDiskFull", WriteStage::Backup, ENOSPC, "cannot keep the previous version",
                   FailureKind::NoSpace},
        StageFault{"Rename", WriteStage::Rename, EXDEV, "cannot replace", FailureKind::Other},
        StageFault{"RenameIo", WriteStage::Rename, EIO, "cannot replace", FailureKind::Other}),
    [](const ::testing::TestParamInfo<StageFault>& param) { return std::string(param.param.label); });

TEST_F(SaveFaultTest, ADiskFullMessageSaysWhatHappenedAndWhatToDo) {
    const fs::path file = dir_ / "notes.txt";
    writeRaw(file, "mine");
    setWriteFaultErrorHookForTesting([](WriteStage s) { return s == WriteStage::Write ? ENOSPC : 0; });
    EXPECT_EQ(writeFileAtomic(file, std::string_view("more")),
              Status::failed(FailureKind::NoSpace, "cannot write " + file.string() +
                                                       ": No space left on device. Free some space or save elsewhere; "
                                                       "the previous version is unchanged"));
}

TEST_F(SaveFaultTest, AFailedNewFileLeavesNothingBehind) {
    const fs::path file = dir_ / "new.toml";
    for (WriteStage stage :
         {WriteStage::OpenTemp, WriteStage::Write, WriteStage::Sync, WriteStage::Close, WriteStage::Rename}) {
        setWriteFaultHookForTesting([stage](WriteStage s) { return s == stage; });
        const std::string error = writeFileAtomic(file, std::string_view("x"), {.keepBackup = true}).text();
        EXPECT_NE(error.find("nothing was saved"), std::string::npos) << int(stage) << ": " << error;
        EXPECT_TRUE(entries(dir_).empty()) << int(stage);
    }
}

TEST_F(SaveFaultTest, AYesNoHookFailsEachStageWithTheErrorItUsuallyMeets) {
    const fs::path file = dir_ / "s.toml";
    writeRaw(file, "old");
    const std::pair<WriteStage, int> usual[] = {{WriteStage::OpenTemp, EACCES}, {WriteStage::Write, ENOSPC},
                                                {WriteStage::Sync, EIO},        {WriteStage::Close, EIO},
                                                {WriteStage::Backup, EIO},      {WriteStage::Rename, EXDEV}};
    for (const auto& [stage, error] : usual) {
        setWriteFaultHookForTesting([stage = stage](WriteStage s) { return s == stage; });
        const std::string message = writeFileAtomic(file, std::string_view("new"), {.keepBackup = true}).text();
        EXPECT_NE(message.find(std::strerror(error)), std::string::npos) << int(stage) << ": " << message;
        EXPECT_EQ(slurp(file), "old");
    }
}

// --- Failures after the replace: saved, but said ----------------------------------------------------------------

TEST_F(SaveFaultTest, AFailedFolderFlushSaysTheFileWasSavedButNotConfirmed) {
    const fs::path file = dir_ / "lesson.toml";
    writeRaw(file, "old");
    writeRaw(dir_ / "lesson.toml.bak", "older");
    setWriteFaultErrorHookForTesting([](WriteStage s) { return s == WriteStage::SyncFolder ? EIO : 0; });
    const Status saved = writeFileAtomic(file, std::string_view("new"), {.keepBackup = true});
    EXPECT_EQ(saved.kind(), FailureKind::NotSafe) << "in place, but not to be counted as safely saved";
    const std::string& error = saved.text();
    EXPECT_TRUE(error.starts_with(file.string() + " was saved, but")) << error;
    EXPECT_NE(error.find(std::strerror(EIO)), std::string::npos) << error;
    EXPECT_NE(error.find("Save again"), std::string::npos) << error;
    // The rename happened: the new version is in place, the previous one is the backup.
    EXPECT_EQ(slurp(file), "new");
    EXPECT_EQ(slurp(dir_ / "lesson.toml.bak"), "old");
    EXPECT_EQ(entries(dir_), (std::set<std::string>{"lesson.toml", "lesson.toml.bak"}));
}

TEST_F(SaveFaultTest, ABackupThatCannotBePutInPlaceKeepsTheOlderBackupAndSaysSo) {
    const fs::path file = dir_ / "lesson.toml";
    writeRaw(file, "old");
    writeRaw(dir_ / "lesson.toml.bak", "older");
    // Fail the Backup step only once the file was replaced: putting the backup in place.
    bool replaced = false;
    setWriteFaultErrorHookForTesting([&replaced](WriteStage s) {
        if (s == WriteStage::Rename) replaced = true;
        return s == WriteStage::Backup && replaced ? EIO : 0;
    });
    const Status saved = writeFileAtomic(file, std::string_view("new"), {.keepBackup = true});
    EXPECT_EQ(saved.kind(), FailureKind::NotSafe);
    const std::string& error = saved.text();
    EXPECT_TRUE(error.starts_with(file.string() + " was saved, but its previous version could not be kept as " +
                                  file.string() + ".bak"))
        << error;
    EXPECT_NE(error.find("still holds an older version"), std::string::npos) << error;
    EXPECT_EQ(slurp(file), "new");
    EXPECT_EQ(slurp(dir_ / "lesson.toml.bak"), "older");
    EXPECT_EQ(entries(dir_), (std::set<std::string>{"lesson.toml", "lesson.toml.bak"}));
}

// --- The backup --------------------------------------------------------------------------------------------------

TEST_F(SaveFaultTest, TheBackupIsThePreviousFileItselfWithItsMode) {
    const fs::path file = dir_ / "s.toml";
    writeRaw(file, "one", fs::perms(0640));
    const ino_t previous = inodeOf(file);
    ASSERT_OK(writeFileAtomic(file, std::string_view("two"), {.keepBackup = true}));
    EXPECT_EQ(slurp(dir_ / "s.toml.bak"), "one");
    EXPECT_EQ(inodeOf(dir_ / "s.toml.bak"), previous) << "kept under a second name, not copied";
    EXPECT_EQ(modeOf(dir_ / "s.toml.bak"), fs::perms(0640));
    EXPECT_EQ(modeOf(file), fs::perms(0640));
}

TEST_F(SaveFaultTest, WhereALinkIsRefusedTheBackupIsACompleteCopyWithTheMode) {
    const fs::path file = dir_ / "s.toml";
    writeRaw(file, std::string(200000, 'a'), fs::perms(0640)); // larger than one copy buffer
    writeRaw(dir_ / "s.toml.bak", "older", fs::perms(0644));
    const ino_t previous = inodeOf(file);
    int backupSteps = 0; // the first is the link, as on FAT
    setWriteFaultErrorHookForTesting(
        [&](WriteStage s) { return s == WriteStage::Backup && ++backupSteps == 1 ? EPERM : 0; });
    ASSERT_OK(writeFileAtomic(file, std::string_view("two"), {.keepBackup = true}));
    EXPECT_EQ(slurp(dir_ / "s.toml.bak"), std::string(200000, 'a'));
    EXPECT_NE(inodeOf(dir_ / "s.toml.bak"), previous) << "a copy";
    EXPECT_EQ(modeOf(dir_ / "s.toml.bak"), fs::perms(0640)) << "the mode of the file it backs up";
    EXPECT_EQ(slurp(file), "two");
    EXPECT_EQ(entries(dir_), (std::set<std::string>{"s.toml", "s.toml.bak"}));
}

TEST_F(SaveFaultTest, ANewFileLeavesAnExistingBackupAlone) {
    writeRaw(dir_ / "s.toml.bak", "from before");
    ASSERT_OK(writeFileAtomic(dir_ / "s.toml", std::string_view("first"), {.keepBackup = true}));
    EXPECT_EQ(slurp(dir_ / "s.toml.bak"), "from before");
}

// --- Mode and owner -----------------------------------------------------------------------------------------------

TEST_F(SaveFaultTest, TheModeOfTheReplacedFileIsKept) {
    for (const fs::perms mode : {fs::perms(0600), fs::perms(0640), fs::perms(0664), fs::perms(0755)}) {
        const fs::path file = dir_ / "f";
        writeRaw(file, "old", mode);
        ASSERT_OK(writeFileAtomic(file, std::string_view("new")));
        EXPECT_EQ(modeOf(file), mode) << std::oct << int(mode);
        EXPECT_EQ(slurp(file), "new");
    }
}

TEST_F(SaveFaultTest, ANewFileGetsTheUsualModeMinusTheUmask) {
    const mode_t before = ::umask(027);
    const std::string error = writeFileAtomic(dir_ / "new", std::string_view("x")).text();
    ::umask(before);
    ASSERT_EQ(error, "");
    EXPECT_EQ(modeOf(dir_ / "new"), fs::perms(0640));
}

TEST_F(SaveFaultTest, TheOwnerAndGroupOfTheReplacedFileAreKept) {
    if (::geteuid() != 0) GTEST_SKIP() << "only root can give a file to another owner to set this up";
    const fs::path file = dir_ / "theirs.toml";
    writeRaw(file, "old", fs::perms(0640));
    ASSERT_EQ(::chown(file.c_str(), 4242, 4343), 0) << std::strerror(errno);
    ASSERT_OK(writeFileAtomic(file, std::string_view("new"), {.keepBackup = true}));
    struct stat st {};
    ASSERT_EQ(::stat(file.c_str(), &st), 0);
    EXPECT_EQ(st.st_uid, 4242u);
    EXPECT_EQ(st.st_gid, 4343u);
    EXPECT_EQ(st.st_mode & 07777, 0640u) << "set after the owner, which would clear some bits";
    ASSERT_EQ(::stat((dir_ / "theirs.toml.bak").c_str(), &st), 0);
    EXPECT_EQ(st.st_uid, 4242u);
    EXPECT_EQ(st.st_gid, 4343u);
}

// --- Symbolic links are written through ----------------------------------------------------------------------------

TEST_F(SaveFaultTest, AnAbsoluteLinkIsWrittenThroughAndStaysALink) {
    fs::create_directories(dir_ / "real");
    const fs::path target = dir_ / "real" / "lesson.toml";
    writeRaw(target, "old", fs::perms(0600));
    const fs::path link = dir_ / "lesson.toml";
    fs::create_symlink(target, link);
    ASSERT_OK(writeFileAtomic(link, std::string_view("new"), {.keepBackup = true}));
    EXPECT_TRUE(fs::is_symlink(link));
    EXPECT_EQ(fs::read_symlink(link), target);
    EXPECT_EQ(slurp(target), "new");
    EXPECT_EQ(modeOf(target), fs::perms(0600));
    // The backup is where the app looks for it: beside the name it knows.
    EXPECT_EQ(slurp(dir_ / "lesson.toml.bak"), "old");
    EXPECT_EQ(entries(dir_ / "real"), (std::set<std::string>{"lesson.toml"}));
    EXPECT_EQ(entries(dir_), (std::set<std::string>{"lesson.toml", "lesson.toml.bak", "real"}));
}

TEST_F(SaveFaultTest, AChainOfRelativeLinksIsFollowedFromEachLinksOwnFolder) {
    // notes -> sub/notes (relative to dir_), sub/notes -> ../data/notes.txt (relative to sub).
    fs::create_directories(dir_ / "sub");
    fs::create_directories(dir_ / "data");
    writeRaw(dir_ / "data" / "notes.txt", "old");
    fs::create_symlink("../data/notes.txt", dir_ / "sub" / "notes");
    fs::create_symlink("sub/notes", dir_ / "notes");
    const fs::path cwd = fs::current_path();
    fs::current_path(dir_); // a relative path to the link as well
    const std::string error = writeFileAtomic("notes", std::string_view("new")).text();
    fs::current_path(cwd);
    ASSERT_EQ(error, "");
    EXPECT_EQ(slurp(dir_ / "data" / "notes.txt"), "new");
    EXPECT_EQ(fs::read_symlink(dir_ / "notes"), "sub/notes");
    EXPECT_EQ(fs::read_symlink(dir_ / "sub" / "notes"), "../data/notes.txt");
    EXPECT_EQ(entries(dir_ / "data"), (std::set<std::string>{"notes.txt"}));
}

TEST_F(SaveFaultTest, DotDotInALinkIsResolvedAfterTheLinkedFolderAsTheSystemDoes) {
    // x -> "linked/../t.toml" where linked -> deep/er: the system reads that as deep/t.toml, not ./t.toml.
    fs::create_directories(dir_ / "deep" / "er");
    writeRaw(dir_ / "deep" / "t.toml", "old");
    writeRaw(dir_ / "t.toml", "decoy");
    fs::create_symlink("deep/er", dir_ / "linked");
    fs::create_symlink("linked/../t.toml", dir_ / "x");
    ASSERT_EQ(slurp(dir_ / "x"), "old");
    ASSERT_OK(writeFileAtomic(dir_ / "x", std::string_view("new")));
    EXPECT_EQ(slurp(dir_ / "deep" / "t.toml"), "new");
    EXPECT_EQ(slurp(dir_ / "t.toml"), "decoy");
    EXPECT_TRUE(fs::is_symlink(dir_ / "x"));
}

TEST_F(SaveFaultTest, ALinkToAFileNotThereYetCreatesIt) {
    fs::create_symlink("made-later.toml", dir_ / "link.toml");
    ASSERT_OK(writeFileAtomic(dir_ / "link.toml", std::string_view("first"), {.keepBackup = true}));
    EXPECT_TRUE(fs::is_symlink(dir_ / "link.toml"));
    EXPECT_EQ(slurp(dir_ / "made-later.toml"), "first");
    EXPECT_EQ(entries(dir_), (std::set<std::string>{"link.toml", "made-later.toml"}));
}

TEST_F(SaveFaultTest, ALinkIntoAMissingFolderNamesBothAndCreatesNothing) {
    fs::create_symlink("gone/file.toml", dir_ / "link.toml");
    const std::string error = writeFileAtomic(dir_ / "link.toml", std::string_view("x")).text();
    EXPECT_NE(error.find((dir_ / "link.toml").string()), std::string::npos) << error;
    EXPECT_NE(error.find((dir_ / "gone" / "file.toml").string()), std::string::npos) << error;
    EXPECT_NE(error.find("does not exist"), std::string::npos) << error;
    EXPECT_EQ(entries(dir_), (std::set<std::string>{"link.toml"}));
}

TEST_F(SaveFaultTest, ALoopOfLinksIsAClearError) {
    fs::create_symlink("b", dir_ / "a");
    fs::create_symlink("a", dir_ / "b");
    const std::string error = writeFileAtomic(dir_ / "a", std::string_view("x")).text();
    EXPECT_NE(error.find(std::strerror(ELOOP)), std::string::npos) << error;
    EXPECT_EQ(entries(dir_), (std::set<std::string>{"a", "b"}));
}

// --- What is not a file --------------------------------------------------------------------------------------------

TEST_F(SaveFaultTest, AFolderOrAPathWithoutAFileNameIsRefused) {
    fs::create_directories(dir_ / "folder");
    const Status folder = writeFileAtomic(dir_ / "folder", std::string_view("x"));
    EXPECT_NE(folder.text().find("it is a folder"), std::string::npos);
    EXPECT_EQ(folder.kind(), FailureKind::NotAFile);
    const Status noName = writeFileAtomic(dir_ / "folder" / "", std::string_view("x"));
    EXPECT_NE(noName.text().find("not a file name"), std::string::npos);
    EXPECT_EQ(noName.kind(), FailureKind::NotAFile);
    EXPECT_EQ(entries(dir_), (std::set<std::string>{"folder"}));
    EXPECT_TRUE(entries(dir_ / "folder").empty());
}

// --- Temporary names already taken ---------------------------------------------------------------------------------

TEST_F(SaveFaultTest, ATakenTemporaryNameIsRetriedWithANewOneAndLeftAlone) {
    const fs::path file = dir_ / "s.toml";
    writeRaw(file, "old");
    writeRaw(dir_ / ".s.toml.tmp-7", "someone else's save in progress");
    setTempNameSourceForTesting(numbers({7, 8}));
    ASSERT_OK(writeFileAtomic(file, std::string_view("new")));
    EXPECT_EQ(slurp(file), "new");
    EXPECT_EQ(slurp(dir_ / ".s.toml.tmp-7"), "someone else's save in progress");
    EXPECT_EQ(entries(dir_), (std::set<std::string>{"s.toml", ".s.toml.tmp-7"}));
}

TEST_F(SaveFaultTest, ATakenNameForTheBackupIsRetriedToo) {
    const fs::path file = dir_ / "s.toml";
    writeRaw(file, "old");
    writeRaw(dir_ / ".s.toml.tmp-7", "someone else's");
    const ino_t previous = inodeOf(file);
    setTempNameSourceForTesting(numbers({5, 7, 8})); // 5: the new version; 7, then 8: the backup
    ASSERT_OK(writeFileAtomic(file, std::string_view("new"), {.keepBackup = true}));
    EXPECT_EQ(slurp(file), "new");
    EXPECT_EQ(slurp(dir_ / "s.toml.bak"), "old");
    EXPECT_EQ(inodeOf(dir_ / "s.toml.bak"), previous) << "linked under the second name, not copied after giving up";
    EXPECT_EQ(slurp(dir_ / ".s.toml.tmp-7"), "someone else's");
}

TEST_F(SaveFaultTest, NamesTakenOverAndOverGiveUpClearly) {
    const fs::path file = dir_ / "s.toml";
    writeRaw(file, "old");
    writeRaw(dir_ / ".s.toml.tmp-7", "someone else's");
    setTempNameSourceForTesting([] { return std::uint32_t(7); });
    const std::string error = writeFileAtomic(file, std::string_view("new")).text();
    EXPECT_NE(error.find("cannot create a file in"), std::string::npos) << error;
    EXPECT_NE(error.find(std::strerror(EEXIST)), std::string::npos) << error;
    EXPECT_EQ(slurp(file), "old");
    EXPECT_EQ(slurp(dir_ / ".s.toml.tmp-7"), "someone else's");
}

} // namespace
} // namespace cs
