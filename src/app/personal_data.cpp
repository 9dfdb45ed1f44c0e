#include "app/personal_data.h"

#include "app/page_services.h"

#include "core/data_paths.h"
#include "core/file_io.h"
#include "core/no_replace.h"
#include "core/user_data/learner_data.h"

#include <cstdio>
#include <span>

namespace cs {

namespace {

void say(AppState& state, const std::string& text) {
    if (!text.empty()) applyCommand(state, cmd::AddNotice{text});
}

void say(AppState& state, const Status& status) {
    if (!status.ok()) say(state, status.text());
}

void showRecentFiles(AppState& state, const UserDataStore& store) {
    std::vector<std::string> recent;
    for (const auto& f : store.recentFiles())
        recent.push_back(f.string());
    applyCommand(state, cmd::SetRecentFiles{recent});
}

} // namespace

cmd::SetPreferences preferencesFrom(const Settings& settings) {
    return {settings.textScale, settings.reducedMotion, settings.theme == ProjectorTheme::Light, settings.saveNothing,
            settings.askToResume};
}

PersonalData::PersonalData(std::optional<UserDataStoreDesc> store, const std::filesystem::path& dataDir) {
    if (store) store_ = std::make_unique<UserDataStore>(std::move(*store));
    learner_ = std::make_unique<LearnerSession>(store_.get(), dataDir);
}

void PersonalData::takeNotices(AppState& state) {
    for (const auto& n : store_->takeNotices())
        say(state, n);
}

std::string PersonalData::loadInto(AppState& state) {
    if (!store_) return {};
    const Settings& settings = store_->settings();
    applyCommand(state, preferencesFrom(settings));
    takeNotices(state);
    showRecentFiles(state, *store_);
    state.noSaveFlag = store_->noSaveFlag();
    return settings.language;
}

void PersonalData::persist(AppState& state, bool now) {
    if (!store_) return;
    Settings next = store_->settings();
    next.textScale = state.prefs.textScale;
    next.reducedMotion = state.prefs.reducedMotion;
    next.theme = state.prefs.lightTheme ? ProjectorTheme::Light : ProjectorTheme::Dark;
    next.saveNothing = state.prefs.saveNothing;
    next.askToResume = state.prefs.askToResume;
    next.presenterOverlayConfirmed = next.presenterOverlayConfirmed || state.presentation.overlayConfirmed;
    if (chosenLanguage_) next.language = *chosenLanguage_;
    if (!(next == store_->settings())) say(state, store_->changeSettings(next));
    if (learner_->key().empty()) return;
    // Learner data is kept by step key, the stage by step number: after a reload that added a step, the
    // stored reflections are shown again on the steps they belong to before anything more is written.
    Status err = learner_->follow(state);
    if (state.hasSteps()) {
        if (Status written = learner_->write(state, now); !written.ok()) err = std::move(written);
    }
    say(state, err);
}

void PersonalData::flush() {
    if (!store_) return;
    if (const Status flushed = store_->flush(); !flushed.ok())
        std::fprintf(stderr, "coinstudio: %s\n", flushed.text().c_str());
}

void PersonalData::noteRecentFile(AppState& state, const std::filesystem::path& file) {
    // The page's files live in its memory until it is closed: a list of them would not open again.
    if (!store_ || page::kInBrowser) return;
    say(state, store_->noteScenarioOpened(file));
    showRecentFiles(state, *store_);
}

void PersonalData::scenarioOpened(AppState& state, const std::filesystem::path& file) {
    if (!learner_->attach(state, file)) return;
    if (state.prefs.askToResume && state.step == 0) {
        if (const auto step = store_->resumeStep(learner_->key(), state.scenario->stepCount()))
            applyCommand(state, cmd::OfferResume{*step});
    }
    // Built-in scenarios keep their data across reinstalls and are not "recent files".
    if (!learner_->isBuiltIn(file)) noteRecentFile(state, file);
    takeNotices(state);
}

void PersonalData::editorClosed(AppState& state, const std::filesystem::path& file) {
    if (!store_) return;
    say(state, learner_->write(state, true));
    learner_->attach(state, file);
    takeNotices(state);
}

void PersonalData::exportReflectionsToHome(AppState& state) {
    if (!state.scenario || learner_->key().empty() || !store_) return;
    persist(state, true);
    const LearnerData* data = store_->learnerData(learner_->key());
    if (!data || (data->reflections.empty() && data->indexedReflections.empty())) {
        say(state, "There are no reflections to export for this scenario yet.");
        return;
    }
    const std::string text = exportReflections(*data, state.scenario->scenario, state.scenario->language);
    const std::span<const std::uint8_t> bytes(reinterpret_cast<const std::uint8_t*>(text.data()), text.size());
    if constexpr (page::kInBrowser) {
        // The page's files live in the browser: the reflections leave it as a download.
        const std::string name = suggestedReflectionsFileName(state.scenario->scenario);
        say(state, page::offerDownload(name, bytes) ? "Your reflections were downloaded as " + name
                                                    : "Your reflections could not be downloaded by this browser.");
        return;
    }
    // Another scenario with the same id, or an earlier export: a new numbered file, never a replaced one.
    const auto place =
        placeWithoutReplacing(expandHome("~") / suggestedReflectionsFileName(state.scenario->scenario), bytes);
    if (!place) {
        say(state, "Your reflections were not saved: too many files of that name in your home folder.");
        return;
    }
    const Status written = place->alreadyThere ? Status() : writeFileAtomic(place->path, bytes);
    say(state, written.ok() ? "Your reflections were saved to " + place->path.string() : written.text());
}

void PersonalData::deleteAll(AppState& state) {
    if (!store_) return;
    const DeleteAllResult r = store_->deleteAllData();
    // Back to the defaults the store now has, so nothing is written again straight away.
    applyCommand(state, preferencesFrom(store_->settings()));
    applyCommand(state, cmd::SetLearnerData{});
    applyCommand(state, cmd::SetRecentFiles{});
    learner_->forgetTyping();
    say(state, r.error.ok() ? "All your saved data on this computer was deleted (" + std::to_string(r.removed.size()) +
                                  " files and folders)."
                            : r.error.text());
    for (const auto& kept : r.leftInPlace)
        say(state, "Not deleted (not written by these settings): " + kept.string());
}

} // namespace cs
