// A learner's private data for one scenario: reflections, chosen answers and where to resume,
// kept in the user's data folder, never in the scenario file, and how to export, list and delete it.
// Entries are kept under step keys, so they stay with the prompt that was answered.
#pragma once

#include "core/status.h"

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
    std::string id;                      // the scenario's `id`
    std::string title;                   // in the language shown, for the list of stored data
    std::string file;                    // canonical absolute path where it was opened; "" for a built-in scenario
    std::string language;                // the texts kept with entries (titles, prompts) are in this language
    std::vector<std::string> formerKeys; // keys earlier versions of the app gave the same scenario
    bool operator==(const ScenarioIdentity&) const = default;
};

// For a scenario opened from a file: key = "s-<id>". The path plays no part, so moving, renaming or saving
// the scenario elsewhere keeps its data; two different files that share an `id` share one file of data
// (their entries only meet where their step keys are equal). An `id` that is not a valid id becomes
// "scenario". formerKeys holds the key format-1 data had (see formerLearnerKey) for the migration.
ScenarioIdentity identifyScenario(const Scenario& scenario, const std::filesystem::path& file,
                                  std::string_view language);

// For a built-in scenario: key = "builtin-<id>", so reinstalling or moving the app keeps the data.
ScenarioIdentity identifyBuiltInScenario(const Scenario& scenario, std::string_view language);

// The key the first version of learner data gave a scenario file: "<id>-<16 hex digits>", the digits a
// 64-bit FNV-1a hash of the file's canonical absolute path. Only read, to bring such data over.
std::string formerLearnerKey(const Scenario& scenario, const std::filesystem::path& file);

// Keys are file names: 1–100 ASCII letters, digits, '-' or '_' (never '/', '.', or "..").
bool isValidLearnerKey(std::string_view key);

// --- Step keys ------------------------------------------------------------------------------------------------
// What learner data is kept under for one step, so that it stays with what the learner answered when other
// steps are added, moved or removed: "id:<id>" for a step with an `id`; else "text:<16 hex digits>", a 64-bit
// FNV-1a fingerprint of the step's title, reflection prompt, question prompt and choices in every language.
// Id-less steps that have the same fingerprint are told apart by order: the second gets "#2" after it, the
// third "#3", and so on. Rewording such a step gives it a new key (its old entries are then kept as
// entries of a step that no longer exists); an `id` keeps the key whatever changes.
std::vector<std::string> stepKeysOf(const Scenario& scenario);
std::string stepKey(const Scenario& scenario, int index); // "" when there is no such step

// One step as learner data sees it: its key and, in one language, the words kept beside an entry so that it
// can still be shown and exported once the step is gone.
struct LearnerStep {
    std::string key;
    int number = 0; // from 1
    std::string title;
    std::string reflectPrompt;
    std::string questionPrompt;
    std::vector<std::string> choices;
    bool operator==(const LearnerStep&) const = default;
};
std::vector<LearnerStep> learnerStepsOf(const Scenario& scenario, std::string_view language);

// A reflection with what its step said when the text was last written.
struct LearnerReflection {
    std::string text;      // UTF-8, never empty
    int stepNumber = 0;    // the step's number then (from 1); 0 = not known
    std::string stepTitle; // "" = not known
    std::string prompt;    // the reflection prompt then
    bool operator==(const LearnerReflection&) const = default;
};

// A chosen answer with what its question said when it was last chosen.
struct LearnerAnswer {
    int choice = 1; // from 1
    int stepNumber = 0;
    std::string stepTitle;
    std::string prompt;     // the question
    std::string choiceText; // the choice picked
    bool operator==(const LearnerAnswer&) const = default;
};

struct LearnerData {
    std::string scenarioId;
    std::string scenarioTitle;
    std::string scenarioFile;                             // where it was last opened, "" for built-ins
    std::map<std::string, LearnerReflection> reflections; // step key → reflection
    std::map<std::string, LearnerAnswer> answers;         // step key → answer
    // Entries of a format-1 file, numbered by step, until mapIndexedEntries gives them step keys.
    std::map<int, std::string> indexedReflections; // step index (from 0) → text
    std::map<int, int> indexedAnswers;             // step index (from 0) → choice (from 1)
    // The step index (from 0) last visited, for "resume": an index, not a key, because resuming means "about
    // this far into the scenario", and an index stays meaningful when that step was reworded or removed.
    std::optional<int> lastStep;
    std::int64_t updatedAt = 0; // seconds since 1970 UTC of the latest change, 0 = never

    bool empty() const {
        return reflections.empty() && answers.empty() && indexedReflections.empty() && indexedAnswers.empty() &&
               !lastStep;
    }
    bool operator==(const LearnerData&) const = default;
};

// Gives entries read from a format-1 file their step keys, with `scenario` as it is now (its texts in
// `language` are kept beside them). An entry past the scenario's last step is kept under "gone:<number>".
// Returns true when there was anything to map. An entry whose key is already taken by a different one is
// kept under a key no step has ("<key>~2", …), so that nothing is lost.
bool mapIndexedEntries(LearnerData& data, const Scenario& scenario, std::string_view language);

// Entries kept under a step's fingerprint ("text:…") before that step was given an `id` move to the id's key
// ("id:…"), unless the id's key has an entry already. Fingerprints are numbered as they were when no step had
// an id. Returns true when anything moved (the file is then written once with the new keys).
bool moveEntriesToStepIds(LearnerData& data, const Scenario& scenario);

// Adds `from`'s entries to `into` by the same rule (an equal entry once; a different one beside it); the
// resume step and labels of `into` win, the later `updatedAt` is kept.
void mergeLearnerData(LearnerData& into, const LearnerData& from);

// A reflection or an answer whose step the scenario no longer has (or no longer asks the same way): kept in
// the file and in exports, shown read-only in Settings.
struct OrphanedLearnerEntry {
    std::string stepKey;
    int stepNumber = 0;    // when it was written; 0 = not known
    std::string stepTitle; // as it was then
    std::string prompt;    // the reflection prompt or the question, as it was then
    std::string text;      // the reflection, or the choice picked
    bool isAnswer = false;
    bool operator==(const OrphanedLearnerEntry&) const = default;
};

// Learner data as the walkthrough uses it: by step index of one scenario, and the rest aside.
struct LearnerDataOnSteps {
    std::map<int, int> answers;                // step index → choice
    std::map<int, std::string> reflections;    // step index → text
    std::vector<OrphanedLearnerEntry> orphans; // reflections first, each kind by step number then key
};
LearnerDataOnSteps learnerDataOnSteps(const LearnerData& data, const std::vector<LearnerStep>& steps);

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

// The file's text (docs/user-data.md), format 2: each entry under its step key, with the step's number
// (counted from 1, as everywhere users see them), title and prompt beside it; entries not mapped yet keep
// only their number. Reading it back gives `data` exactly (labels longer than a reflection are cut).
std::string writeLearnerToml(const LearnerData& data);
// Reads format 2 and the first format (entries numbered by step go to indexedReflections/indexedAnswers).
// Entries that cannot be used are skipped with a line in the notice; the rest is kept. Never throws.
LearnerDataLoad readLearnerToml(std::string_view text, const std::filesystem::path& shownAs);

// Missing → empty, no notice. Unreadable or not TOML → the backup (<key>.toml.bak) when it is usable, else
// empty; with a notice either way. An invalid key → empty with a notice.
LearnerDataLoad loadLearnerData(const std::filesystem::path& dataDir, std::string_view key);

// Writes atomically and keeps the previous version as <key>.toml.bak; the folders are made owner-only
// (0700). `setAsideUnusable`: first rename an existing file that could not be read to <key>.toml.unreadable,
// so saving never destroys text that might still be recovered by hand. A failure says why in words.
Status saveLearnerData(const std::filesystem::path& dataDir, std::string_view key, const LearnerData& data,
                       bool setAsideUnusable = false);

// Deletes learners/<key>.toml with its backup, any set-aside copy and leftover temporary files.
// Deleting what does not exist is not an error.
Status deleteLearnerFiles(const std::filesystem::path& dataDir, std::string_view key);

// The learner's reflections as a Markdown text they can save wherever they choose: the scenario's title,
// then for each reflection its step number and title, the prompt, and the text as written, in the order
// of the steps. Headings in `language` (en or fr; others get English). Reflections whose step the scenario
// no longer has come last, under "From a step that no longer exists", with the title and prompt kept.
std::string exportReflections(const LearnerData& data, const Scenario& scenario, std::string_view language);

// A file name to offer for the export: "reflections-<scenario id>.md".
std::string suggestedReflectionsFileName(const Scenario& scenario);

} // namespace cs
