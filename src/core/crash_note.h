// A short note left in the user's data folder when something goes wrong inside the app, so the
// person (or whoever helps them) can say what happened without a debugger.
#pragma once

#include <chrono>
#include <filesystem>
#include <string>
#include <string_view>

namespace cs {

struct CrashNote {
    std::string what;  // the exception's message
    std::string where; // what the app was doing ("drawing a frame", "handling a key press", …)
    std::string version;
    std::chrono::system_clock::time_point when = std::chrono::system_clock::now();
};

// The note's text (plain, a few lines, nothing the person typed).
std::string formatCrashNote(const CrashNote& note);

// Writes the note as `<folder>/crash-YYYYMMDD-HHMMSS[-N].txt` (a new name, never replacing an older
// note). Returns the file written, or an empty path when it could not be written.
std::filesystem::path writeCrashNote(const std::filesystem::path& folder, const CrashNote& note);

} // namespace cs
