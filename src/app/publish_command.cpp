// `coinstudio --publish DIR [FILE]`: the scenario as a web page in DIR, no window and no GL (core's
// publish plan does the work; this prints it the way the other command-line modes print theirs).
#include "app/run_modes.h"

#include "core/data_paths.h"
#include "core/publish_plan.h"
#include "core/scenario/structure_library.h"

#include <cstdio>

namespace cs {

int runPublish(const CliOptions& o) {
    const StructureLibrary library = StructureLibrary::builtIn();
    PublishRequest request;
    request.folder = o.outputPath;
    request.webBuild = findWebBuildDir();
    if (!o.files.empty()) request.scenarioFile = o.files.front();
    request.library = &library;
    const PublishPlan plan = planPublish(request);
    for (const auto& d : plan.diagnostics) // as --check prints them, warnings too
        std::fprintf(stderr, "%s\n", formatDiagnostic(d).c_str());
    switch (plan.problem) {
    case PublishPlan::Problem::None: break;
    case PublishPlan::Problem::NoWebBuild:
    case PublishPlan::Problem::FolderUnusable:
        std::fprintf(stderr, "coinstudio: error: %s\n", plan.message.c_str());
        return exit_code::kEnvironment;
    case PublishPlan::Problem::InvalidScenario:
    case PublishPlan::Problem::Unreadable:
        std::fprintf(stderr, "coinstudio: error: %s\n", plan.message.c_str());
        return exit_code::kInvalidInput;
    }
    // Files someone else put there are never replaced unless asked: the same rule as --export.
    if (!plan.foreign.empty() && !o.replace) {
        for (const auto& f : plan.foreign) {
            std::fprintf(stderr,
                         "coinstudio: error: %s was not written by Coin Model Studio and publishing would replace it\n",
                         (plan.folder / f).string().c_str());
        }
        std::fprintf(stderr, "coinstudio: error: nothing was published; move those files away, choose another folder, "
                             "or add --replace to replace them\n");
        return exit_code::kInvalidInput;
    }
    if (const Status written = writePublish(plan, o.replace); !written.ok()) {
        std::fprintf(stderr, "coinstudio: error: %s\n", written.text().c_str());
        return exit_code::kEnvironment;
    }
    for (const auto& gone : plan.stale)
        std::fprintf(stderr, "coinstudio: publish: removed %s (an earlier publish's, no longer needed)\n",
                     (plan.folder / gone).string().c_str());
    if (plan.scenario.empty()) {
        std::fprintf(stderr,
                     "coinstudio: published the web page without a scenario (it opens at its start screen) to %s\n",
                     plan.folder.string().c_str());
    } else {
        std::fprintf(stderr,
                     "coinstudio: published %s as a web page to %s (%zu files); serve the folder from a web "
                     "server and open index.html\n",
                     o.files.front().c_str(), plan.folder.string().c_str(), plan.writes.size());
    }
    return exit_code::kOk;
}

} // namespace cs
