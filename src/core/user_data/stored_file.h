// Inside the user-data layer: reading, writing and removing its small files, and the text rules they share.
#pragma once

#include "core/scenario/model.h"
#include "core/status.h"

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cs::detail {

// One of our files as read from disk, before its TOML is looked at.
struct StoredText {
    enum class State { Missing, Read, Unusable };
    State state = State::Missing;
    std::string text;    // when Read
    std::string problem; // when Unusable: why, in words for a notice ("larger than 64 KiB", "not UTF-8 …")
};

// Reads `path` with a cap (readFileCapped) and checks that the text can be handed to toml++ safely:
// no NUL bytes, well-formed UTF-8 and no key nested deeper than our files ever write. Never throws.
StoredText readStoredText(const std::filesystem::path& path, std::size_t maxBytes);

// Makes `dir` (and its parents) if needed. `privateFolder`: our own folders holding private text lose all
// group and other permissions (0700 when new), so other accounts on a shared computer cannot list or read
// them whatever the home folder's permissions are.
Status makeFolder(const std::filesystem::path& dir, bool privateFolder);

// makeFolder(path's folder) + writeFileAtomic(path, text, keep a .bak).
Status saveStoredText(const std::filesystem::path& path, std::string_view text, bool privateFolder);

// "<path>.bak", the backup writeFileAtomic keeps.
std::filesystem::path backupPathOf(const std::filesystem::path& path);

// Removes `path`, its ".bak", an ".unreadable" copy and any temporary files a write interrupted by a crash
// left beside it (".<name>.tmp-*"). Records what it removed; a failure is the first one met.
Status removeWithCompanions(const std::filesystem::path& path, std::vector<std::filesystem::path>* removed);

// Text the learner typed, made safe to keep and to write: invalid UTF-8 becomes U+FFFD, NUL bytes are
// dropped (nothing typed produces them, and C strings would end there), and at most `maxCodePoints`
// code points are kept (cut at a code point, never inside one). `cut` tells whether text was dropped.
std::string cleanLearnerText(std::string_view text, std::size_t maxCodePoints, bool* cut = nullptr);

// A scenario's text in `language`: that language, else its primary language ("fr" for "fr-CA"), else
// the scenario's first language.
std::string textIn(const LocalText& text, std::string_view language, const Scenario& scenario);
// A heading is one line: line breaks become spaces.
std::string oneLine(std::string text);

// Number of Unicode code points in well-formed UTF-8 text.
std::size_t countCodePoints(std::string_view text);

// Seconds since 1970-01-01 UTC <-> "2026-11-23T14:50:01Z" (clamped to years 1970..9999).
std::string formatUtcTimestamp(std::int64_t secondsSince1970);
std::int64_t clampTimestamp(std::int64_t seconds);
std::int64_t utcSeconds(int year, unsigned month, unsigned day, int hour, int minute, int second);

// 64-bit FNV-1a: a hash that is the same on every run, build and machine (std::hash is not).
std::uint64_t stableHash(std::string_view bytes);

// Sizes in words for messages: "64 KiB", "16 MiB".
std::string sizeInWords(std::size_t bytes);

// Problems found in a file, one per line, each on a new line starting with a bullet (for notices).
std::string bulletedProblems(const std::vector<std::string>& problems);

} // namespace cs::detail
