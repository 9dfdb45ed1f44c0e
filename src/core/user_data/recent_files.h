// The start screen's recently opened scenario files: most recent first, at most ten, one entry per file.
#pragma once

#include "core/status.h"

#include <cstddef>
#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace cs {

inline constexpr std::size_t kMaxRecentFiles = 10;
inline constexpr std::size_t kMaxRecentFilesFileBytes = 256 * 1024;

class RecentFiles {
  public:
    // Most recent first; canonical absolute paths, each once.
    const std::vector<std::filesystem::path>& files() const { return files_; }
    bool empty() const { return files_.empty(); }

    // `file` was opened: it moves to the front (made canonical, so the same file reached through another
    // path or a symlink stays one entry); the oldest past kMaxRecentFiles drops off.
    void noteOpened(const std::filesystem::path& file);
    // Takes `file` off the list (e.g. it could not be opened). Returns whether it was there.
    bool forget(const std::filesystem::path& file);
    void clear() { files_.clear(); }

    bool operator==(const RecentFiles&) const = default;

  private:
    std::vector<std::filesystem::path> files_;
};

// The canonical absolute form of a path (symlinks resolved as far as the path exists).
std::filesystem::path canonicalScenarioPath(const std::filesystem::path& file);

// <dataDir>/recent.toml
std::filesystem::path recentFilesPath(const std::filesystem::path& dataDir);

struct RecentFilesLoad {
    RecentFiles recent;
    std::string notice; // "" when fine or missing; else what was wrong (the list is then partial or empty)
};

// The file's text: `files = [ … ]`, most recent first. Paths that are not valid UTF-8 cannot be written in
// TOML and are left out.
std::string writeRecentFilesToml(const RecentFiles& recent);

// Reads the list. Entries that are not absolute paths are skipped with a notice; entries for which `exists`
// is false are dropped silently (files moved or deleted since); duplicates and entries past the cap too.
RecentFilesLoad readRecentFilesToml(std::string_view text, const std::filesystem::path& shownAs,
                                    const std::function<bool(const std::filesystem::path&)>& exists);

// Loads <dataDir>/recent.toml, dropping files that no longer exist (regular files only). Missing → empty.
// Unusable → the backup when it is usable, else empty; with a notice.
RecentFilesLoad loadRecentFiles(const std::filesystem::path& dataDir);

// Saves atomically with a backup, in an owner-only data folder. A failure says what went wrong in words.
Status saveRecentFiles(const std::filesystem::path& dataDir, const RecentFiles& recent);

} // namespace cs
