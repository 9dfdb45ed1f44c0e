// A learner's private data for one scenario (issue 7): reflections, chosen answers and where to resume,
// kept in the user's data folder, never in the scenario file, and how to export, list and delete it.
#pragma once

#include "core/scenario/model.h"

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cs {

// A reflection keeps at most this many Unicode code points (longer text is cut when it is set).
inline constexpr std::size_t kMaxReflectionCodePoints = 20'000;
// Bytes a reflection can take in UTF-8, for a text box's buffer (+1 for its terminating NUL).
inline constexpr std::size_t kMaxReflectionBytes = kMaxReflectionCodePoints * 4;
// Step indices (from 0) and choice numbers (from 1) outside these ranges are refused: no scenario has them.
inline constexpr int kMaxLearnerStepIndex = 9'999;
inline constexpr int kMaxLearnerChoice = 1'000;
// A learner file larger than this is not read, and data that would make one is not written.
inline constexpr std::size_t kMaxLearnerFileBytes = 16u * 1024u * 1024u;

// What names one scenario's learner data. The key is also the file name, learners/<key>.toml.
struct ScenarioIdentity {
    std::string key;
    std::string id;    // the scenario's `id`
    std::string title; // in the language shown, for the list of stored data
    std::string file;  // canonical absolute path; "" for a built-in scenario
    bool operator==(const ScenarioIdentity&) const = default;
};

// For a scenario opened from a file: key = "<id>-<16 hex digits>", the digits a 64-bit FNV-1a hash of the
// file's canonical absolute path (symlinks resolved). Two different files that share an `id` (a copy a
// learner edits, two courses' versions) get separate data; the same file reached through another path or
// a symlink gets the same data. Moving or renaming the file starts fresh (the old data stays listed, with
// its title and old path, until deleted). An `id` that is not a valid id becomes "scenario".
ScenarioIdentity identifyScenario(const Scenario& scenario, const std::filesystem::path& file,
                                  std::string_view language);

// For a built-in scenario: key = "builtin-<id>", so reinstalling or moving the app keeps the data.
ScenarioIdentity identifyBuiltInScenario(const Scenario& scenario, std::string_view language);

// Keys are file names: 1–100 ASCII letters, digits, '-' or '_' (never '/', '.', or "..").
bool isValidLearnerKey(std::string_view key);

struct LearnerData {
    std::string scenarioId;
    std::string scenarioTitle;
    std::string scenarioFile;               // canonical path, "" for built-ins
    std::map<int, std::string> reflections; // step index (from 0) → text (UTF-8, never empty)
    std::map<int, int> answers;             // step index (from 0) → chosen choice (from 1)
    std::optional<int> lastStep;            // step index (from 0) last visited, for "resume"
    std::int64_t updatedAt = 0;             // seconds since 1970 UTC of the latest change, 0 = never

    bool empty() const { return reflections.empty() && answers.empty() && !lastStep; }
    bool operator==(const LearnerData&) const = default;
};

// Where "resume" should offer to continue: lastStep when it is past the first step and still inside the
// scenario (which may have been edited since), else nothing.
std::optional<int> resumeStepOf(const LearnerData& data, int stepCount);

// <dataDir>/learners and <dataDir>/learners/<key>.toml
std::filesystem::path learnersFolder(const std::filesystem::path& dataDir);
std::filesystem::path learnerFilePath(const std::filesystem::path& dataDir, std::string_view key);

struct LearnerDataLoad {
    LearnerData data;
    std::string notice;        // "" when fine or missing; else what was wrong and what was kept
    bool fileUnusable = false; // the file exists but could not be read as a whole (saving sets it aside first)
};

// The file's text (docs/user-data.md); steps are counted from 1 in the file, as everywhere users see them.
// Reading it back gives `data` exactly.
std::string writeLearnerToml(const LearnerData& data);
// Entries that cannot be used are skipped with a line in the notice; the rest is kept. Never throws.
LearnerDataLoad readLearnerToml(std::string_view text, const std::filesystem::path& shownAs);

// Missing → empty, no notice. Unreadable or not TOML → the backup (<key>.toml.bak) when it is usable, else
// empty; with a notice either way. An invalid key → empty with a notice.
LearnerDataLoad loadLearnerData(const std::filesystem::path& dataDir, std::string_view key);

// Writes atomically and keeps the previous version as <key>.toml.bak; the folders are made owner-only
// (0700). `setAsideUnusable`: first rename an existing file that could not be read to <key>.toml.unreadable,
// so saving never destroys text that might still be recovered by hand. Returns "" or an error in words.
std::string saveLearnerData(const std::filesystem::path& dataDir, std::string_view key, const LearnerData& data,
                            bool setAsideUnusable = false);

// Deletes learners/<key>.toml with its backup, any set-aside copy and leftover temporary files.
// Returns "" or an error in words. Deleting what does not exist is not an error.
std::string deleteLearnerFiles(const std::filesystem::path& dataDir, std::string_view key);

// The learner's reflections as a Markdown text they can save wherever they choose: the scenario's title,
// then for each reflection its step number and title, the prompt, and the text as written. Headings in
// `language` (en or fr; others get English). Steps the scenario no longer has are still exported.
std::string exportReflections(const LearnerData& data, const Scenario& scenario, std::string_view language);

// A file name to offer for the export: "reflections-<scenario id>.md".
std::string suggestedReflectionsFileName(const Scenario& scenario);

} // namespace cs
