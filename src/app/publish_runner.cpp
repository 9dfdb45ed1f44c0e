// The window's side of publishing as a web page: core's plan, run on the scenario on stage.
#include "app/publish_runner.h"

#include "core/data_paths.h"
#include "core/publish_plan.h"
#include "core/ui_text.h"

#include <vector>

namespace cs {

std::filesystem::path PublishRunner::findWebBuild(AppState& state) {
    const std::filesystem::path found = findWebBuildDir();
    const bool usable = !found.empty() && webBuildProblem(found).empty();
    const std::string folder = usable ? found.string() : std::string();
    if (folder != state.publishDialog.webBuild) applyCommand(state, cmd::SetWebBuild{folder});
    return found;
}

void PublishRunner::toggleDialog(AppState& state, const Command& toggle) {
    applyCommand(state, toggle);
    if (!state.publishDialog.visible) return;
    findWebBuild(state); // ./web.sh may have run since the app started
    const std::string file = state.scenario ? state.scenario->file.string() : std::string();
    if (file != folderFor_) applyCommand(state, cmd::SetPublishFolder{});
    if (state.publishDialog.folder.empty() && state.scenario) {
        folderFor_ = file;
        applyCommand(
            state, cmd::SetPublishFolder{defaultPublishFolder(expandHome("~"), state.tr(state.scenario->scenario.title),
                                                              state.scenario->scenario.id)
                                             .string()});
    }
}

void PublishRunner::publish(AppState& state, bool replaceForeign) {
    const PublishDialog& d = state.publishDialog;
    if (!state.scenario || d.folder.empty()) return;
    const std::string_view lang = languageOf(state);
    PublishRequest request;
    request.folder = expandHome(d.folder);
    request.webBuild = findWebBuild(state);
    request.scenarioFile = state.scenario->file;
    request.library = state.builtIns.get();
    const PublishPlan plan = planPublish(request);
    std::vector<std::string> problems;
    for (const auto& diagnostic : plan.diagnostics)
        problems.push_back(formatDiagnostic(diagnostic));
    if (!plan.ok()) {
        applyCommand(state, cmd::SetPublishStatus{
                                false, std::string(uiWord("Not published:", lang)) + " " + plan.message, problems, {}});
        return;
    }
    if (!plan.foreign.empty() && !replaceForeign) {
        applyCommand(state, cmd::SetPublishStatus{false, {}, problems, plan.foreign});
        return;
    }
    if (const Status written = writePublish(plan, replaceForeign); !written.ok()) {
        applyCommand(state,
                     cmd::SetPublishStatus{
                         false, std::string(uiWord("Not published:", lang)) + " " + written.text(), problems, {}});
        return;
    }
    const std::string said = std::string(uiWord("Published to", lang)) + " " + request.folder.string();
    applyCommand(state, cmd::SetPublishStatus{true, said, problems, {}});
    applyCommand(state, cmd::AddNotice{said});
}

} // namespace cs
