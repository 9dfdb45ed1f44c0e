// UserDataStore: the session's user data in memory, written through to disk unless save-nothing mode holds it.
#include "core/user_data/store.h"

#include "core/user_data/stored_file.h"

#include <algorithm>
#include <chrono>
#include <system_error>
#include <utility>

namespace cs {
namespace {

namespace fs = std::filesystem;

std::int64_t systemClockSeconds() {
    return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

bool usableFolder(const fs::path& dir) {
    return !dir.empty() && dir.is_absolute();
}

// The same scenario's labels with no reflections, answers or resume step.
LearnerData emptied(const LearnerData& data) {
    LearnerData out;
    out.scenarioId = data.scenarioId;
    out.scenarioTitle = data.scenarioTitle;
    out.scenarioFile = data.scenarioFile;
    return out;
}

} // namespace

UserDataStore::UserDataStore(UserDataStoreDesc desc)
    : configDir_(std::move(desc.configDir)), dataDir_(std::move(desc.dataDir)), noSave_(desc.noSave),
      clock_(std::move(desc.clock)) {
    if (!usableFolder(configDir_) || !usableFolder(dataDir_)) {
        // Relative folders would put private text wherever the app happened to start: save nothing instead.
        notices_.push_back("There is no folder to keep your settings and reflections in (configuration: \"" +
                           configDir_.string() + "\", data: \"" + dataDir_.string() +
                           "\"), so nothing is read or saved this session.");
        noSave_ = true;
        return;
    }
    SettingsLoad loaded = loadSettings(configDir_);
    settings_ = loaded.settings;
    if (!loaded.notice.empty()) notices_.push_back(std::move(loaded.notice));
    if (!noSave_) {
        RecentFilesLoad recent = loadRecentFiles(dataDir_);
        recent_ = std::move(recent.recent);
        if (!recent.notice.empty()) notices_.push_back(std::move(recent.notice));
    }
}

std::vector<std::string> UserDataStore::takeNotices() {
    return std::exchange(notices_, {});
}

std::int64_t UserDataStore::now() const {
    return detail::clampTimestamp(clock_ ? clock_() : systemClockSeconds());
}

// --- Settings ------------------------------------------------------------------------------------------------

Status UserDataStore::changeSettings(const Settings& next) {
    const Settings usable = usableSettings(next);
    if (usable == settings_ && !settingsDirty_) return {};
    settings_ = usable;
    settingsDirty_ = true;
    if (noSave_) return {}; // --no-save: not even settings are written
    return writeSettings();
}

Status UserDataStore::writeSettings() {
    Status saved = saveSettings(configDir_, settings_);
    if (saved.ok()) settingsDirty_ = false;
    return saved;
}

// --- Recent files --------------------------------------------------------------------------------------------

Status UserDataStore::noteScenarioOpened(const fs::path& file) {
    const RecentFiles before = recent_;
    recent_.noteOpened(file);
    if (recent_ == before && !recentDirty_) return {};
    recentDirty_ = true;
    return savingNothing() ? Status() : writeRecent();
}

Status UserDataStore::forgetRecentFile(const fs::path& file) {
    if (!recent_.forget(file)) return {};
    recentDirty_ = true;
    return savingNothing() ? Status() : writeRecent();
}

Status UserDataStore::writeRecent() {
    Status saved = saveRecentFiles(dataDir_, recent_);
    if (saved.ok()) recentDirty_ = false;
    return saved;
}

// --- Learner data --------------------------------------------------------------------------------------------

UserDataStore::LearnerEntry* UserDataStore::entry(std::string_view key, Status* error) {
    if (auto it = learners_.find(key); it != learners_.end()) return &it->second;
    if (!isValidLearnerKey(key)) {
        if (error) {
            *error = Status::failed(FailureKind::Refused,
                                    "Your data could not be kept: \"" + std::string(key) + "\" is not a valid key.");
        }
        return nullptr;
    }
    LearnerEntry fresh;
    if (!noSave_) {
        // Reading leaves no trace, so the save-nothing setting still shows what was saved before; only
        // --no-save starts blank (a shared computer shows nobody's earlier reflections).
        LearnerDataLoad loaded = loadLearnerData(dataDir_, key);
        fresh.data = std::move(loaded.data);
        fresh.fileUnusable = loaded.fileUnusable;
        if (!loaded.notice.empty()) notices_.push_back(std::move(loaded.notice));
    }
    return &learners_.emplace(std::string(key), std::move(fresh)).first->second;
}

const LearnerData& UserDataStore::openScenario(const ScenarioIdentity& identity, const Scenario* scenario) {
    Status error;
    LearnerEntry* e = entry(identity.key, &error);
    if (!e) {
        // Keys made by identifyScenario are always valid; an invalid one gets empty data that nothing saves.
        notices_.push_back(error.text());
        noData_ = LearnerData{};
        return noData_;
    }
    // Labels for the stored-data list; written with the next change, not now (opening writes nothing).
    e->data.scenarioId = identity.id;
    e->data.scenarioTitle = identity.title;
    e->data.scenarioFile = identity.file;
    if (scenario) bringOver(identity, *scenario, *e);
    return e->data;
}

void UserDataStore::bringOver(const ScenarioIdentity& identity, const Scenario& scenario, LearnerEntry& e) {
    bool moved = false;
    // --no-save reads no earlier data at all, so there is nothing to bring over either.
    for (const std::string& former : noSave_ ? std::vector<std::string>{} : identity.formerKeys) {
        if (former == identity.key || !isValidLearnerKey(former)) continue;
        if (std::find(e.broughtOver.begin(), e.broughtOver.end(), former) != e.broughtOver.end()) continue;
        e.broughtOver.push_back(former);
        LearnerDataLoad old = loadLearnerData(dataDir_, former);
        if (!old.notice.empty()) notices_.push_back(std::move(old.notice));
        // A damaged file stays where it is, for the text in it to be recovered; nothing is taken from it.
        if (old.fileUnusable || old.data.empty()) continue;
        // Numbered by step: the scenario as it is opened says which step each number meant.
        mapIndexedEntries(old.data, scenario, identity.language);
        mergeLearnerData(e.data, old.data);
        e.formerKeys.push_back(former);
        moved = true;
    }
    if (mapIndexedEntries(e.data, scenario, identity.language)) moved = true;
    if (moveEntriesToStepIds(e.data, scenario)) moved = true;
    if (!moved) return;
    // Written now, while the numbers still mean the steps they were written on: a later version of the
    // scenario (a built-in updated with the app) could number them differently.
    e.dirty = true;
    if (savingNothing()) return;
    if (Status written = writeLearner(identity.key, e); !written.ok()) notices_.push_back(written.text());
}

const LearnerData* UserDataStore::learnerData(std::string_view key) const {
    const auto it = learners_.find(key);
    return it == learners_.end() ? nullptr : &it->second.data;
}

Status UserDataStore::changed(std::string_view key, LearnerEntry& e, bool erasedText) {
    e.data.updatedAt = now();
    e.dirty = true;
    if (savingNothing()) return {};
    Status written = writeLearner(key, e);
    if (written.ok() && erasedText) {
        // The backup holds the text just erased; the learner asked for it to be gone, so it goes too.
        std::error_code ec;
        const fs::path bak = detail::backupPathOf(learnerFilePath(dataDir_, key));
        fs::remove(bak, ec);
        if (ec) {
            written = Status::failedWithErrno(ec.value(), "The reflection was removed, but the previous copy " +
                                                              bak.string() + " could not be deleted (" + ec.message() +
                                                              "); delete it by hand or use “Delete all my data”.");
        }
    }
    return written;
}

Status UserDataStore::writeLearner(std::string_view key, LearnerEntry& e) {
    Status saved = saveLearnerData(dataDir_, key, e.data, e.fileUnusable);
    if (saved.ok()) {
        e.dirty = false;
        e.fileUnusable = false;
        // What was brought over from former files is safe in this one now: only now do they go.
        for (const std::string& former : std::exchange(e.formerKeys, {})) {
            if (Status gone = deleteLearnerFiles(dataDir_, former); !gone.ok()) {
                notices_.push_back("Your data was moved to " + learnerFilePath(dataDir_, key).string() +
                                   ", but the earlier copy could not be deleted: " + gone.text());
            }
        }
    }
    return saved;
}

Status UserDataStore::setReflection(std::string_view key, const LearnerStep& step, std::string_view text) {
    if (step.key.empty())
        return Status::failed(FailureKind::Refused, "The reflection was not kept: its step has no key.");
    Status error;
    LearnerEntry* e = entry(key, &error);
    if (!e) return error;
    std::string clean = detail::cleanLearnerText(text, kMaxReflectionCodePoints);
    auto it = e->data.reflections.find(step.key);
    if (clean.empty()) {
        if (it == e->data.reflections.end()) return {};
        e->data.reflections.erase(it);
        return changed(key, *e, true);
    }
    if (it != e->data.reflections.end() && it->second.text == clean) return {};
    e->data.reflections[step.key] = LearnerReflection{std::move(clean), step.number, step.title, step.reflectPrompt};
    return changed(key, *e, false);
}

Status UserDataStore::setAnswer(std::string_view key, const LearnerStep& step, int choice) {
    if (step.key.empty() || choice < 1 || choice > kMaxLearnerChoice) {
        return Status::failed(FailureKind::Refused, "The answer was not kept: step " + std::to_string(step.number) +
                                                        ", choice " + std::to_string(choice) + " is out of range.");
    }
    Status error;
    LearnerEntry* e = entry(key, &error);
    if (!e) return error;
    const auto it = e->data.answers.find(step.key);
    if (it != e->data.answers.end() && it->second.choice == choice) return {};
    const std::string choiceText =
        std::size_t(choice) <= step.choices.size() ? step.choices[std::size_t(choice) - 1] : std::string();
    e->data.answers[step.key] = LearnerAnswer{choice, step.number, step.title, step.questionPrompt, choiceText};
    return changed(key, *e, false);
}

Status UserDataStore::clearAnswer(std::string_view key, std::string_view stepKey) {
    Status error;
    LearnerEntry* e = entry(key, &error);
    if (!e) return error;
    const auto it = e->data.answers.find(std::string(stepKey));
    if (it == e->data.answers.end()) return {};
    e->data.answers.erase(it);
    return changed(key, *e, false);
}

Status UserDataStore::setLastStep(std::string_view key, int stepIndex) {
    if (stepIndex < 0 || stepIndex > kMaxLearnerStepIndex) return {}; // nothing sensible to resume at
    Status error;
    LearnerEntry* e = entry(key, &error);
    if (!e) return error;
    if (e->data.lastStep == stepIndex) return {};
    e->data.lastStep = stepIndex;
    return changed(key, *e, false);
}

std::optional<int> UserDataStore::resumeStep(std::string_view key, int stepCount) const {
    const LearnerData* data = learnerData(key);
    return data ? resumeStepOf(*data, stepCount) : std::nullopt;
}

// --- Saving --------------------------------------------------------------------------------------------------

bool UserDataStore::hasUnsavedChanges() const {
    if (!noSave_ && settingsDirty_) return true;
    if (savingNothing()) return false;
    return recentDirty_ ||
           std::any_of(learners_.begin(), learners_.end(), [](const auto& kv) { return kv.second.dirty; });
}

Status UserDataStore::flush() {
    Status all;
    if (!noSave_ && settingsDirty_) all.add(writeSettings());
    if (savingNothing()) return all;
    if (recentDirty_) all.add(writeRecent());
    for (auto& [key, e] : learners_) {
        if (e.dirty) all.add(writeLearner(key, e));
    }
    return all;
}

// --- Seeing and deleting -------------------------------------------------------------------------------------

StoredDataSummary UserDataStore::listStoredData() const {
    StoredDataSummary summary;
    if (!usableFolder(configDir_) || !usableFolder(dataDir_)) return summary;
    std::error_code ec;
    if (fs::exists(settingsFilePath(configDir_), ec)) summary.settingsFile = settingsFilePath(configDir_);
    if (fs::exists(recentFilesPath(dataDir_), ec)) summary.recentFilesFile = recentFilesPath(dataDir_);
    for (fs::directory_iterator it(learnersFolder(dataDir_), ec), end; !ec && it != end; it.increment(ec)) {
        const fs::path& p = it->path();
        const std::string key = p.stem().string();
        if (p.extension() != ".toml" || !isValidLearnerKey(key)) continue;
        const LearnerDataLoad loaded = loadLearnerData(dataDir_, key);
        StoredScenarioData item;
        item.key = key;
        item.file = p;
        item.scenarioTitle = loaded.data.scenarioTitle;
        item.scenarioFile = loaded.data.scenarioFile;
        item.updatedAt = loaded.data.updatedAt;
        item.reflections = int(loaded.data.reflections.size() + loaded.data.indexedReflections.size());
        item.answers = int(loaded.data.answers.size() + loaded.data.indexedAnswers.size());
        item.hasResumeStep = loaded.data.lastStep.has_value();
        item.readable = !loaded.fileUnusable;
        summary.scenarios.push_back(std::move(item));
    }
    // Most recently changed first, then by key, so the list does not depend on the folder's order.
    std::sort(summary.scenarios.begin(), summary.scenarios.end(), [](const auto& a, const auto& b) {
        return a.updatedAt != b.updatedAt ? a.updatedAt > b.updatedAt : a.key < b.key;
    });
    return summary;
}

Status UserDataStore::deleteScenarioData(std::string_view key) {
    if (!usableFolder(dataDir_)) return {};
    const Status deleted = deleteLearnerFiles(dataDir_, key);
    if (auto it = learners_.find(key); it != learners_.end()) {
        it->second.data = emptied(it->second.data);
        it->second.dirty = false;
        it->second.fileUnusable = false;
    }
    return deleted.reworded("Some of this scenario's data could not be deleted: " + deleted.text());
}

DeleteAllResult UserDataStore::deleteAllData() {
    DeleteAllResult result;
    // Memory first: whatever happens on disk, this session keeps nothing of what was deleted.
    for (auto& [key, e] : learners_) {
        e.data = emptied(e.data);
        e.dirty = false;
        e.fileUnusable = false;
    }
    recent_.clear();
    recentDirty_ = false;
    Settings defaults;
    defaults.saveNothing = settings_.saveNothing;
    settings_ = defaults;
    settingsDirty_ = false;
    if (!usableFolder(configDir_) || !usableFolder(dataDir_)) return result;

    const auto noteError = [&](const Status& failure) { result.error.orElse(failure); };
    std::error_code ec;
    const fs::path learners = learnersFolder(dataDir_);
    if (fs::is_directory(fs::symlink_status(learners, ec))) {
        std::vector<fs::path> inside;
        for (fs::recursive_directory_iterator it(learners, ec), end; !ec && it != end; it.increment(ec))
            inside.push_back(it->path());
        fs::remove_all(learners, ec);
        if (ec) {
            noteError(Status::failedWithErrno(ec.value(), "cannot delete " + learners.string() + ": " + ec.message()));
        } else {
            result.removed.insert(result.removed.end(), inside.rbegin(), inside.rend());
            result.removed.push_back(learners);
        }
    } else if (fs::exists(fs::symlink_status(learners, ec))) {
        // Not a folder we made (a file or a link in its place): remove the entry itself, never what it points to.
        if (fs::remove(learners, ec)) result.removed.push_back(learners);
        if (ec)
            noteError(Status::failedWithErrno(ec.value(), "cannot delete " + learners.string() + ": " + ec.message()));
    }
    noteError(detail::removeWithCompanions(recentFilesPath(dataDir_), &result.removed));
    noteError(detail::removeWithCompanions(settingsFilePath(configDir_), &result.removed));

    // Our folders go when they are empty; anything else in them belongs to someone else and stays.
    for (const fs::path& dir : {dataDir_, configDir_}) {
        ec.clear();
        if (!fs::is_directory(fs::symlink_status(dir, ec))) continue;
        std::vector<fs::path> left;
        for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
            left.push_back(it->path());
        if (ec) continue;
        if (left.empty()) {
            if (fs::remove(dir, ec)) result.removed.push_back(dir);
        } else {
            std::sort(left.begin(), left.end());
            result.leftInPlace.insert(result.leftInPlace.end(), left.begin(), left.end());
        }
    }
    result.error = result.error.reworded("Not everything could be deleted: " + result.error.text() + ".");
    return result;
}

} // namespace cs
