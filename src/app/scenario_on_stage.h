// The scenario file on stage: opening it, following it as it changes on disk (the step kept, the last
// good version shown while the file has errors), the editor's live preview of the scenario being
// edited, and the file back on stage when the editor closes. Each version reaches the stage as a
// LoadedScenario through Commands; the learner's data follows it through PersonalData.
#pragma once

#include "app/app_host.h"
#include "app/personal_data.h"
#include "core/scenario/watcher.h"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace cs {

class ScenarioOnStage {
  public:
    class Host : public AppHost {
      public:
        // The language chosen for scenarios ("" = the locale's, else the scenario's first).
        virtual const std::string& language() const = 0;
        // The window's title names the scenario on stage.
        virtual void showTitle(const LocalText& title) = 0;

      protected:
        ~Host() = default;
    };

    // `state`: the app's state, which this part changes through Commands (core's applyCommand); the
    // Commands with effects go through `host`.
    ScenarioOnStage(AppState& state, Host& host, PersonalData& personal,
                    std::shared_ptr<const StructureLibrary> builtIns)
        : state_(state), host_(host), personal_(personal), builtIns_(std::move(builtIns)) {}

    // Opens `file` at step `startStep` (from 0). False when no version of it loads: what is on stage
    // stays, and the problems are listed.
    bool open(const std::filesystem::path& file, int startStep = 0);
    // The scenario closed: neither a reload nor the editor closing brings the file back.
    void close();
    // File → Reload: reads the file again now (the step kept).
    void reload();
    // Looks at the file for changes and shows the new version. While the editor is open the editor's
    // version stays on stage: a change on disk replaces it only when nothing is unsaved, else the
    // person is told. True when something changed.
    bool poll();
    // `file` was just saved from the editor as `scenario`: it is the file on stage from now on.
    void savedFromEditor(const std::filesystem::path& file, const Scenario& scenario);
    // After any Command: the scenario being edited is checked and previewed on stage as it changes (a
    // version with errors keeps the last good preview), at the step the editor has selected; when the
    // editor closes, the file comes back (or nothing, for a scenario never saved).
    void followEditor();

    // The file on stage (null when none).
    const ScenarioDocument* document() const { return document_.get(); }
    // The problems of the latest attempt to load the file.
    const std::vector<Diagnostic>& problems() const;

  private:
    void publish(bool keepStep, int startStep);

    AppState& state_;
    Host& host_;
    PersonalData& personal_;
    std::shared_ptr<const StructureLibrary> builtIns_;
    std::unique_ptr<ScenarioDocument> document_;
    std::uint64_t publishedRevision_ = 0;
    bool previewing_ = false; // the stage shows the editor's scenario, not the file's
};

} // namespace cs
