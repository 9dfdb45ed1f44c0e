// What the app keeps for the person on this computer: their settings, recent files, and for each
// scenario the answers, reflections and step where they left off (a LearnerSession over the
// UserDataStore). Without a store (pictures, exports, benchmarks) it keeps nothing. It changes
// AppState only through Commands, and what goes wrong becomes a notice, never lost silently.
#pragma once

#include "app/learner_session.h"
#include "core/app_state.h"
#include "core/user_data/store.h"

#include <filesystem>
#include <memory>
#include <optional>
#include <string>

namespace cs {

// The preferences a settings file holds, as the Command that puts them in AppState.
cmd::SetPreferences preferencesFrom(const Settings& settings);

class PersonalData {
  public:
    // `store`: where the data is kept; none: nothing is. `dataDir` tells built-in scenarios apart.
    PersonalData(std::optional<UserDataStoreDesc> store, const std::filesystem::path& dataDir);

    // At start-up: the saved settings and recent files into `state`, with what the store had to say.
    // Returns the language the person chose last time ("" when none).
    std::string loadInto(AppState& state);

    bool kept() const { return store_ != nullptr; }
    // "Save nothing" is on: nothing new is written.
    bool savingNothing() const { return store_ && store_->savingNothing(); }
    // Started with --no-save (nothing written at all, not even a crash note).
    bool noSave() const { return store_ && store_->noSaveFlag(); }
    bool overlayConfirmedBefore() const { return store_ && store_->settings().presenterOverlayConfirmed; }
    LearnerSession& learner() { return *learner_; }
    bool isBuiltIn(const std::filesystem::path& file) const { return learner_->isBuiltIn(file); }

    // The person picked the language in the window: it is saved with the settings.
    void languageChosen(std::string language) { chosenLanguage_ = std::move(language); }

    // Writes the settings and learner data that changed (the reflections only after a pause in the
    // typing, or `now`).
    void persist(AppState& state, bool now);
    // Writes everything still waiting (at quit); errors go to stderr.
    void flush();
    // A scenario was opened from `file`: its stored data on its steps, the offer to resume where the
    // person left off, and (unless built in) a place in the recent files.
    void scenarioOpened(AppState& state, const std::filesystem::path& file);
    // `file` goes first in the recent files (store and start screen).
    void noteRecentFile(AppState& state, const std::filesystem::path& file);
    // The editor closed on `file`: what was given during its preview is written against the steps it
    // was given on, then the file's stored data comes back on its steps.
    void editorClosed(AppState& state, const std::filesystem::path& file);
    // Writes the open scenario's reflections to a new file in the home folder and says where.
    void exportReflectionsToHome(AppState& state);
    // Deletes everything the app keeps (Settings → Delete all my data) and says what was removed.
    void deleteAll(AppState& state);

  private:
    void takeNotices(AppState& state);

    std::unique_ptr<UserDataStore> store_;
    std::unique_ptr<LearnerSession> learner_;
    std::optional<std::string> chosenLanguage_;
};

} // namespace cs
