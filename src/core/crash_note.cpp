// Crash notes: what went wrong and where, written next to the user's data.
#include "core/crash_note.h"

#include "core/file_io.h"

#include <ctime>
#include <system_error>

namespace cs {
namespace fs = std::filesystem;

namespace {

std::tm utcOf(std::chrono::system_clock::time_point when) {
    const std::time_t t = std::chrono::system_clock::to_time_t(when);
    std::tm out{};
    gmtime_r(&t, &out);
    return out;
}

std::string twoDigits(int v) {
    return (v < 10 ? "0" : "") + std::to_string(v);
}

// "2026-12-06 03:11:42 UTC" for the note, "20261206-031142" for its file name.
std::string readableTime(const std::tm& t) {
    return std::to_string(t.tm_year + 1900) + "-" + twoDigits(t.tm_mon + 1) + "-" + twoDigits(t.tm_mday) + " " +
           twoDigits(t.tm_hour) + ":" + twoDigits(t.tm_min) + ":" + twoDigits(t.tm_sec) + " UTC";
}

std::string fileTime(const std::tm& t) {
    return std::to_string(t.tm_year + 1900) + twoDigits(t.tm_mon + 1) + twoDigits(t.tm_mday) + "-" +
           twoDigits(t.tm_hour) + twoDigits(t.tm_min) + twoDigits(t.tm_sec);
}

} // namespace

std::string formatCrashNote(const CrashNote& note) {
    const std::tm t = utcOf(note.when);
    std::string out = "Coin Model Studio " + note.version + ": something went wrong, and the app kept running.\n";
    out += "When: " + readableTime(t) + "\n";
    out += "Where: " + note.where + "\n";
    out += "What: " + note.what + "\n";
    out += "Unsaved edits were autosaved first; the app offers them back when it next starts.\n";
    return out;
}

fs::path writeCrashNote(const fs::path& folder, const CrashNote& note) {
    std::error_code ec;
    fs::create_directories(folder, ec);
    const std::string base = "crash-" + fileTime(utcOf(note.when));
    for (int n = 0; n < 100; ++n) {
        const fs::path file = folder / (base + (n == 0 ? std::string() : "-" + std::to_string(n)) + ".txt");
        if (fs::exists(file, ec)) continue;
        if (writeFileAtomic(file, formatCrashNote(note)).ok()) return file;
        return {};
    }
    return {};
}

} // namespace cs
