// The learner's side of a walkthrough kept on this computer: which stored data belongs to the
// scenario on stage, and the answers, reflections and step written back as they change.
#pragma once

#include "core/app_state.h"
#include "core/user_data/learner_data.h"
#include "core/user_data/store.h"

#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace cs {

// True for a file in <dataDir>/scenarios (shipped with the app).
bool isBuiltInScenarioFile(const std::filesystem::path& dataDir, const std::filesystem::path& file);

// Stored data is kept by step key, the stage by step number: the session follows the stage through
// reloads, the editor's preview and a language switch, so that everything given stays with the step it
// was given on, and a stage that empties its copy (a reload, a preview) never empties the stored one.
// Without a store (pictures, benchmarks, "save nothing" set before start) it keeps nothing.
class LearnerSession {
  public:
    LearnerSession(UserDataStore* store, std::filesystem::path dataDir) : store_(store), dataDir_(std::move(dataDir)) {}

    // The scenario on stage was opened from `file`: finds its data by the scenario's id (bringing data
    // of the first format over) and shows it on the stage's steps. False when nothing is kept.
    bool attach(AppState& state, const std::filesystem::path& file);
    // Shows the stored answers and reflections on the steps now on stage, found by their step keys;
    // those of steps it no longer has go aside for Settings. Nothing while another scenario is on stage
    // (a draft in the editor).
    void show(AppState& state);
    // When the steps on stage changed under the data (a reload, the editor's preview, a language),
    // writes what was given on the steps before against them, then shows the stored data on the new
    // ones.
    Status follow(AppState& state);
    // Writes the stage's answers, the step, and (when `reflectionsNow` or after a pause in the typing)
    // the reflections the person changed, each under the key of the step it was given on.
    Status write(const AppState& state, bool reflectionsNow);
    // After `typed` was applied to `state`: remembers the text to write once the typing pauses. Typed
    // just after a reload, before the data followed the new steps: follows them first, then gives the
    // text to the step it was typed on again.
    Status reflectionTyped(AppState& state, const cmd::SetReflection& typed);
    // The scenario closed, or all data was deleted: nothing more is written for it.
    void close();
    void forgetTyping();

    // The open scenario's key in the store ("" when none or not stored).
    const std::string& key() const { return key_; }
    bool isBuiltIn(const std::filesystem::path& file) const { return isBuiltInScenarioFile(dataDir_, file); }

  private:
    UserDataStore* store_;
    std::filesystem::path dataDir_;
    std::string key_;
    // The scenario whose step indices the stage's answers and reflections use, and its steps' keys and
    // words (empty while the stage shows a scenario that is not this data's, such as a draft).
    std::shared_ptr<const LoadedScenario> shownOn_;
    std::vector<LearnerStep> steps_;
    double typedAt_ = -1.0; // timeline time of the last unsaved reflection edit
    // Steps (of steps_) whose reflection the person changed since the last write, with the text as typed.
    std::map<int, std::string> typed_;
};

} // namespace cs
