// File → Export… in the window: the folder the dialog suggests for each scenario, the question before
// replacing files the app did not write, and the export itself (an ExportJob: the app's own binary in
// a child process) with its progress shown in the dialog. It changes AppState only through Commands.
#pragma once

#include "app/export_job.h"
#include "core/app_state.h"

#include <filesystem>
#include <memory>
#include <string>

namespace cs {

class ExportRunner {
  public:
    // `program`: the coinstudio binary the export runs (default: this one).
    explicit ExportRunner(std::filesystem::path program = "/proc/self/exe") : program_(std::move(program)) {}

    void setProgram(std::filesystem::path program) { program_ = std::move(program); }
    bool running() const { return job_ && job_->running(); }

    // Applies `toggle` (cmd::ToggleExportDialog). An opened dialog suggests a folder in the home folder
    // named for the scenario on stage, a new one for each scenario (one export never lands in another's).
    void toggleDialog(AppState& state, const Command& toggle);
    // Starts exporting the scenario on stage into the dialog's folder. Unless `replaceForeign`, files
    // of the export's names that the app did not write are listed in the dialog first, and nothing starts.
    void start(AppState& state, bool replaceForeign);
    // Stops a running export; the dialog says the folder may hold some of the pictures.
    void cancel(AppState& state);
    // Follows a running export: its progress into the dialog, its end into the dialog and a notice.
    // True when what the dialog shows changed.
    bool poll(AppState& state);

  private:
    std::filesystem::path program_;
    std::unique_ptr<ExportJob> job_;
    std::string folderFor_; // the scenario file the dialog's folder was suggested for
};

} // namespace cs
