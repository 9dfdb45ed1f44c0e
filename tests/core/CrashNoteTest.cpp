// Crash notes: what the app writes when an exception escapes a frame.
#include "core/crash_note.h"

#include "ScenarioTestSupport.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

namespace cs {
namespace {

std::string readAll(const std::filesystem::path& file) {
    std::ifstream in(file);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

CrashNote noteAt(std::int64_t secondsSinceEpoch) {
    CrashNote n;
    n.what = "cannot make absolute path";
    n.where = "drawing a frame";
    n.version = "0.1.0";
    n.when = std::chrono::system_clock::time_point(std::chrono::seconds(secondsSinceEpoch));
    return n;
}

TEST(CrashNoteTest, SaysWhatWhereAndWhenInUtc) {
    const std::string text = formatCrashNote(noteAt(1796526702)); // 2026-12-06 03:11:42 UTC
    EXPECT_NE(text.find("When: 2026-12-06 03:11:42 UTC"), std::string::npos) << text;
    EXPECT_NE(text.find("Where: drawing a frame"), std::string::npos) << text;
    EXPECT_NE(text.find("What: cannot make absolute path"), std::string::npos) << text;
    EXPECT_NE(text.find("0.1.0"), std::string::npos) << text;
}

TEST(CrashNoteTest, TwoNotesInTheSameSecondGetTwoFilesAndTheFolderIsCreated) {
    test::TempDir dir;
    const auto folder = dir.path() / "not-yet" / "coinstudio";
    const auto first = writeCrashNote(folder, noteAt(1796526702));
    const auto second = writeCrashNote(folder, noteAt(1796526702));
    ASSERT_FALSE(first.empty());
    ASSERT_FALSE(second.empty());
    EXPECT_EQ(first.filename(), "crash-20261206-031142.txt");
    EXPECT_EQ(second.filename(), "crash-20261206-031142-1.txt");
    EXPECT_NE(readAll(first).find("drawing a frame"), std::string::npos);
    EXPECT_NE(readAll(second).find("drawing a frame"), std::string::npos);
}

TEST(CrashNoteTest, AnUnwritableFolderGivesNoFileAndNoException) {
    test::TempDir dir;
    const auto blocker = dir.path() / "a-file";
    std::ofstream(blocker) << "not a folder";
    EXPECT_TRUE(writeCrashNote(blocker / "coinstudio", noteAt(0)).empty());
}

} // namespace
} // namespace cs
