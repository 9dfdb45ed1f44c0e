// The one door to the user's data (settings, recent files, reflections, answers, resume): it keeps them in
// memory for the session and writes them to disk unless save-nothing mode says otherwise.
#pragma once

#include "core/status.h"

#include "core/user_data/learner_data.h"
#include "core/user_data/recent_files.h"
#include "core/user_data/settings.h"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cs {

struct UserDataStoreDesc {
    std::filesystem::path configDir; // userConfigDir() in the app; a temporary folder in tests
    std::filesystem::path dataDir;   // userDataDir()
    // --no-save: nothing at all is written (not even settings) and no earlier learner data or recent files
    // are read, so a shared computer shows nobody's earlier reflections and keeps nothing of this session.
    bool noSave = false;
    std::function<std::int64_t()> clock; // seconds since 1970 UTC for `updated`; empty: the system clock
};

// One scenario's data as stored on disk, for the "your data on this computer" list.
struct StoredScenarioData {
    std::string key;
    std::filesystem::path file; // learners/<key>.toml
    std::string scenarioTitle;  // as saved; may be empty
    std::string scenarioFile;   // as saved; "" for built-ins
    std::int64_t updatedAt = 0;
    int reflections = 0;
    int answers = 0;
    bool hasResumeStep = false;
    bool readable = true; // false: the file is damaged (it can still be deleted)
};

struct StoredDataSummary {
    std::filesystem::path settingsFile;    // empty when there is none
    std::filesystem::path recentFilesFile; // empty when there is none
    std::vector<StoredScenarioData> scenarios;
    bool empty() const { return settingsFile.empty() && recentFilesFile.empty() && scenarios.empty(); }
};

struct DeleteAllResult {
    std::vector<std::filesystem::path> removed;     // every file and folder deleted
    std::vector<std::filesystem::path> leftInPlace; // files in our folders this layer did not write (kept)
    Status error;                                   // what could not be deleted, in words
};

// Not thread-safe: use it from the UI thread. Every method that may write returns a Status whose failure says
// in words ready for the laptop side (never the projector) what went wrong; after an error the data stays in memory,
// nothing is lost, and the write is tried again with the next change or flush().
class UserDataStore {
  public:
    // Reads settings (always) and recent files (unless --no-save). Never writes anything.
    explicit UserDataStore(UserDataStoreDesc desc);

    // --- Save-nothing mode ------------------------------------------------------------------------------
    // True when started with --no-save: nothing is written at all, whatever the settings say.
    bool noSaveFlag() const { return noSave_; }
    // --no-save or the setting: no reflections, answers, resume data or recent files are written. (With the
    // setting alone, settings themselves are still saved: that is how the setting is remembered.)
    bool savingNothing() const { return noSave_ || settings_.saveNothing; }

    // Messages collected since the last call (damaged files, values that were replaced): show them on the
    // laptop side, then they are gone.
    std::vector<std::string> takeNotices();

    // --- Settings ----------------------------------------------------------------------------------------
    const Settings& settings() const { return settings_; }
    // Uses `next` (made usable: see usableSettings) from now on and saves it, except with --no-save.
    // Turning saveNothing off writes this session's learner data and recent files at the next change or
    // flush(); turning it on leaves what is already on disk there ("delete all my data" removes it).
    Status changeSettings(const Settings& next);

    // --- Recent files ------------------------------------------------------------------------------------
    const std::vector<std::filesystem::path>& recentFiles() const { return recent_.files(); }
    Status noteScenarioOpened(const std::filesystem::path& file);
    Status forgetRecentFile(const std::filesystem::path& file);

    // --- Learner data (one scenario at a time or several; keyed by ScenarioIdentity::key) ------------------
    // Loads the scenario's data (once per session; not with --no-save) and records its title and file for
    // the stored-data list. The reference stays valid for the store's lifetime (deleting empties it).
    // With `scenario` (as it is opened), data of the first format is brought over: entries numbered by step
    // get step keys (mapIndexedEntries) and a file under one of identity.formerKeys joins this one. That is
    // written at once (unless saving nothing), and a former file is deleted only after the new one is
    // written; a former file that cannot be read is left where it is.
    const LearnerData& openScenario(const ScenarioIdentity& identity, const Scenario* scenario = nullptr);
    // Null until the scenario was opened or written to.
    const LearnerData* learnerData(std::string_view key) const;

    // Entries are kept under step.key, with the step's number, title and prompt as they are now (so that it
    // can be shown once the step is gone). Text "" removes the reflection (and the file's backup, so no copy
    // of the erased text stays behind). Longer than kMaxReflectionCodePoints: the end is cut. Call it when
    // the text box is left or the step changes, not on every keystroke: each call that changes something
    // writes the file. Unchanged text writes nothing, even when the step's words changed.
    Status setReflection(std::string_view key, const LearnerStep& step, std::string_view text);
    Status setAnswer(std::string_view key, const LearnerStep& step,
                     int choice); // choice counts from 1
    Status clearAnswer(std::string_view key, std::string_view stepKey);
    Status setLastStep(std::string_view key, int stepIndex);
    // The step to offer "continue where you left off" at (see resumeStepOf), if any.
    std::optional<int> resumeStep(std::string_view key, int stepCount) const;

    // --- Saving --------------------------------------------------------------------------------------------
    // Changes that a failed write left unsaved (and that save-nothing mode does not hold back).
    bool hasUnsavedChanges() const;
    // Tries every unsaved write again (call before quitting). A failure tells each error, one per line.
    Status flush();

    // --- Seeing and deleting -------------------------------------------------------------------------------
    // What is stored on disk now. Reads the learner files: call it when the panel opens, not every frame.
    StoredDataSummary listStoredData() const;
    // Deletes one scenario's learner files and empties its data in memory. Allowed in save-nothing mode.
    Status deleteScenarioData(std::string_view key);
    // "Delete all my data": learners/ with everything in it, recent.toml and settings.toml (with their
    // backups and leftover temporary files), then our two folders when nothing else is left in them. Files
    // other parts of the app keep there are listed in leftInPlace, not deleted. In memory: no learner data,
    // no recent files, default settings except saveNothing (so the session stays as private as it was).
    DeleteAllResult deleteAllData();

    const std::filesystem::path& configDir() const { return configDir_; }
    const std::filesystem::path& dataDir() const { return dataDir_; }

  private:
    struct LearnerEntry {
        LearnerData data;
        bool dirty = false;                   // changed since the last successful write
        bool fileUnusable = false;            // the file on disk is damaged: set it aside before the first write
        std::vector<std::string> formerKeys;  // brought into this one: deleted once it is written
        std::vector<std::string> broughtOver; // former keys already looked at this session
    };

    LearnerEntry* entry(std::string_view key, Status* error);
    void bringOver(const ScenarioIdentity& identity, const Scenario& scenario, LearnerEntry& e);
    Status changed(std::string_view key, LearnerEntry& e, bool erasedText);
    Status writeLearner(std::string_view key, LearnerEntry& e);
    Status writeRecent();
    Status writeSettings();
    std::int64_t now() const;

    std::filesystem::path configDir_;
    std::filesystem::path dataDir_;
    bool noSave_ = false;
    std::function<std::int64_t()> clock_;

    Settings settings_;
    bool settingsDirty_ = false;
    RecentFiles recent_;
    bool recentDirty_ = false;
    std::map<std::string, LearnerEntry, std::less<>> learners_;
    LearnerData noData_; // what openScenario returns for a key that is not valid
    std::vector<std::string> notices_;
};

} // namespace cs
