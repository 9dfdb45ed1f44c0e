#include "app/scenario_on_stage.h"

#include "app/editor_files.h"
#include "core/data_paths.h"
#include "core/editor/editor_commands.h"
#include "core/file_io.h"
#include "core/loaded_scenario.h"
#include "core/ui_text.h"

#include <algorithm>

namespace cs {

bool ScenarioOnStage::open(const std::filesystem::path& file, int startStep) {
    auto doc = std::make_unique<ScenarioDocument>(file, *builtIns_);
    doc->load();
    if (!doc->scenario()) {
        // Nothing to show: keep what is on stage, list why.
        applyCommand(state_, cmd::SetProblems{doc->diagnostics(), false});
        return false;
    }
    applyCommand(state_, cmd::CloseFileBrowser{});
    personal_.persist(state_, true); // what was typed in the scenario before stays with it
    document_ = std::move(doc);
    publishedRevision_ = 0;
    publish(false, startStep);
    personal_.scenarioOpened(state_, file);
    previewing_ = false; // the stage shows this file now
    host_.showTitle(state_.scenario->scenario.title);
    return true;
}

void ScenarioOnStage::close() {
    personal_.persist(state_, true); // a reflection still being typed stays with its scenario
    document_.reset();
    publishedRevision_ = 0;
    previewing_ = false;
    personal_.learner().close();
}

void ScenarioOnStage::reload() {
    if (!document_) return;
    document_->load();
    publish(true, 0);
}

const std::vector<Diagnostic>& ScenarioOnStage::problems() const {
    static const std::vector<Diagnostic> kNone;
    return document_ ? document_->diagnostics() : state_.problems.empty() ? kNone : state_.problems;
}

void ScenarioOnStage::publish(bool keepStep, int startStep) {
    if (document_->scenario() && document_->revision() != publishedRevision_) {
        publishedRevision_ = document_->revision();
        applyCommand(state_,
                     cmd::LoadScenario{makeLoadedScenario(*document_->scenario(), *builtIns_, document_->file(),
                                                          host_.language(), userLocale(), document_->revision()),
                                       keepStep, startStep});
    }
    applyCommand(state_, cmd::SetProblems{document_->diagnostics(), document_->showingStale()});
}

bool ScenarioOnStage::poll() {
    if (!document_ || !document_->reloadIfChanged()) return false;
    if (state_.editor.open) {
        // The editor owns the stage. A change made on disk by someone else replaces the editor's
        // version only when nothing is unsaved; otherwise the person hears of it and decides.
        const Scenario* disk = document_->scenario();
        if (disk && !document_->latestFailed() && !(*disk == state_.editor.saved)) {
            const std::string lang(languageOf(state_)); // a copy: apply() below may replace the scenario
            if (!state_.editor.dirty()) {
                cmd::StartEditing start;
                start.file = state_.editor.file;
                start.scenario = *disk;
                start.status = uiWord("The file changed on disk; the editor shows the new version.", lang);
                host_.apply(start);
            } else {
                host_.apply(cmd::SetEditorStatus{
                    uiWord("The file changed on disk. Saving will replace that version with yours.", lang), true});
            }
        }
        publishedRevision_ = document_->revision();
        return true;
    }
    publish(true, 0);
    // The reloaded steps show their own reflections and answers at once (found by step key).
    if (const Status followed = personal_.learner().follow(state_); !followed.ok()) host_.notice(followed.text());
    return true;
}

void ScenarioOnStage::savedFromEditor(const std::filesystem::path& file, const Scenario& scenario) {
    if (!document_ || absolutePath(document_->file()) != file) {
        document_ = std::make_unique<ScenarioDocument>(file, *builtIns_);
        document_->load();
        if (!personal_.savingNothing()) personal_.noteRecentFile(state_, file);
    } else {
        document_->load();
    }
    publishedRevision_ = document_->revision(); // the editor's preview is already on stage
    applyCommand(state_, cmd::SetProblems{document_->diagnostics(), false});
    host_.showTitle(scenario.title);
}

void ScenarioOnStage::followEditor() {
    const EditorState& e = state_.editor;
    if (!e.open) {
        if (!previewing_) return;
        // The editor closed: the stage shows the file again (or nothing, for a scenario never saved).
        previewing_ = false;
        if (document_ && document_->scenario()) {
            publishedRevision_ = 0;
            publish(true, 0);
            // The stored answers and reflections come back with the file, on its steps by their keys and
            // under its id as it is now (a save may have changed it). What was given during the preview is
            // written first, against the preview's steps it was given on.
            personal_.editorClosed(state_, document_->file());
        } else {
            applyCommand(state_, cmd::CloseScenario{});
        }
        return;
    }
    if (e.revision != e.checkedRevision) {
        const std::filesystem::path folder = editedScenarioFolder(state_.editor);
        EditedCheck check = checkEdited(e.scenario, folder, *builtIns_);
        const bool valid = check.valid;
        applyCommand(state_, cmd::SetEditorCheck{e.revision, std::move(check)});
        if (valid) {
            // The scene previews the edit as it is made; a version with errors keeps the last good one.
            const std::filesystem::path file = e.file.empty() ? std::filesystem::path() : std::filesystem::path(e.file);
            const bool first = !previewing_;
            const bool sameScenario = state_.scenario && state_.scenario->file == file;
            auto loaded = makeLoadedScenario(e.scenario, *builtIns_, file, host_.language(), userLocale(), e.revision);
            applyCommand(state_, cmd::LoadScenario{loaded, !first || sameScenario, std::max(0, editorPreviewStep(e))});
            previewing_ = true;
        }
    }
    const int step = editorPreviewStep(state_.editor);
    if (previewing_ && step >= 0 && state_.scenario && step < state_.scenario->stepCount() && step != state_.step) {
        applyCommand(state_, cmd::GoToStep{step + 1});
    }
}

} // namespace cs
