#include "app/export_runner.h"

#include "core/data_paths.h"
#include "core/export_plan.h"
#include "core/file_io.h"
#include "core/ui_text.h"

#include <vector>

namespace cs {

void ExportRunner::toggleDialog(AppState& state, const Command& toggle) {
    applyCommand(state, toggle);
    const std::string file = state.scenario ? state.scenario->file.string() : std::string();
    if (state.exportDialog.visible && file != folderFor_) applyCommand(state, cmd::SetExportFolder{});
    if (state.exportDialog.visible && state.exportDialog.folder.empty() && state.scenario) {
        folderFor_ = file;
        applyCommand(state,
                     cmd::SetExportFolder{defaultExportFolder(expandHome("~"), state.tr(state.scenario->scenario.title),
                                                              state.scenario->scenario.id)
                                              .string()});
    }
}

void ExportRunner::start(AppState& state, bool replaceForeign) {
    if (!state.scenario || running()) return;
    const ExportDialog& d = state.exportDialog;
    if (d.folder.empty()) return;
    const std::filesystem::path folder = expandHome(d.folder);
    if (!replaceForeign) {
        // Ask before replacing what someone else made (pictures or pages of the same names).
        std::vector<std::string> foreign;
        for (const auto& f : foreignFilesAnExportWouldReplace(folder, state.scenario->stepCount()))
            foreign.push_back(f.filename().string());
        if (!foreign.empty()) {
            applyCommand(state, cmd::SetExportStatus{false, 0.0, {}, foreign});
            return;
        }
    }
    if (!job_) job_ = std::make_unique<ExportJob>(program_);
    ExportRequest request;
    request.folder = folder;
    request.scenarioFile = state.scenario->file;
    request.language = state.scenario->language;
    request.width = d.width;
    request.height = d.height;
    request.replaceForeign = replaceForeign;
    if (!job_->start(request)) {
        applyCommand(state, cmd::SetExportStatus{false, 0.0, job_->error(), {}});
        return;
    }
    applyCommand(state, cmd::SetExportStatus{true, 0.0, uiWord("Starting the export...", languageOf(state)), {}});
}

void ExportRunner::cancel(AppState& state) {
    if (!running()) return;
    job_->cancel();
    applyCommand(state,
                 cmd::SetExportStatus{
                     false,
                     0.0,
                     uiWord("The export was cancelled; the folder may hold some of the pictures.", languageOf(state)),
                     {}});
}

bool ExportRunner::poll(AppState& state) {
    if (!job_ || job_->state() == ExportJob::State::Idle || !state.exportDialog.running) return false;
    job_->poll();
    const std::string_view lang = languageOf(state);
    if (job_->running()) {
        if (job_->fraction() == state.exportDialog.fraction && job_->message() == state.exportDialog.message)
            return false;
        applyCommand(state, cmd::SetExportStatus{true, job_->fraction(), job_->message(), {}});
        return true;
    }
    std::string said;
    if (job_->state() == ExportJob::State::Succeeded) {
        said = std::string(uiWord("Exported to", lang)) + " " + job_->folder().string();
        applyCommand(state, cmd::SetExportStatus{false, 1.0, said, {}});
    } else if (job_->state() == ExportJob::State::Failed) {
        said = std::string(uiWord("The export failed:", lang)) + " " + job_->error();
        applyCommand(state, cmd::SetExportStatus{false, 0.0, said, {}});
    }
    if (!said.empty()) applyCommand(state, cmd::AddNotice{said});
    return true;
}

} // namespace cs
