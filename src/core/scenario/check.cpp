// The --check command: text and JSON reports over scenario files.
#include "core/scenario/check.h"

#include "core/scenario/resolve.h"
#include "core/scenario/structure_library.h"

#include <nlohmann/json.hpp>

#include <ostream>

namespace cs {

namespace {

nlohmann::ordered_json toJson(const Diagnostic& d) {
    nlohmann::ordered_json j;
    j["file"] = d.file;
    j["line"] = d.fileLevel() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(d.line);
    j["column"] = d.fileLevel() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(d.column);
    j["severity"] = std::string(toString(d.severity));
    j["message"] = d.message;
    return j;
}

nlohmann::ordered_json toJson(const FileCheck& check) {
    nlohmann::ordered_json j;
    const bool ok = check.result.ok();
    j["file"] = check.file;
    j["ok"] = ok;
    j["steps"] = ok ? nlohmann::ordered_json(check.steps) : nlohmann::ordered_json(nullptr);
    j["structures"] = ok ? nlohmann::ordered_json(check.structures) : nlohmann::ordered_json(nullptr);
    j["personas"] = ok ? nlohmann::ordered_json(check.personas) : nlohmann::ordered_json(nullptr);
    j["errors"] = check.result.errors();
    j["warnings"] = check.result.warnings();
    j["diagnostics"] = nlohmann::ordered_json::array();
    for (const Diagnostic& d : check.result.diagnostics)
        j["diagnostics"].push_back(toJson(d));
    return j;
}

} // namespace

FileCheck checkScenarioFile(const std::string& file, const StructureLibrary& library, bool decodeImages) {
    FileCheck check;
    check.file = file;
    ParseOptions options;
    options.displayName = file;
    options.library = &library;
    options.decodeImages = decodeImages;
    check.result = loadScenarioFile(file, options);
    if (const auto& scenario = check.result.scenario) {
        check.steps = int(scenario->steps.size());
        check.structures = int(structuresInvolved(*scenario).size());
        check.personas = int(scenario->personas.size());
    }
    return check;
}

int runCheck(const std::vector<std::string>& files, CheckFormat format, std::ostream& out, std::ostream& err,
             const CheckOptions& options) {
    if (files.empty()) {
        err << "coinstudio: --check needs at least one FILE\n";
        return 2;
    }
    const StructureLibrary builtIn = options.library ? StructureLibrary{} : StructureLibrary::builtIn();
    const StructureLibrary& library = options.library ? *options.library : builtIn;

    bool allOk = true;
    nlohmann::ordered_json report;
    report["files"] = nlohmann::ordered_json::array();
    for (const std::string& file : files) {
        const FileCheck check = checkScenarioFile(file, library, options.decodeImages);
        allOk = allOk && check.result.ok();
        if (format == CheckFormat::Json) {
            report["files"].push_back(toJson(check));
            continue;
        }
        for (const Diagnostic& d : check.result.diagnostics)
            err << formatDiagnostic(d) << '\n';
        if (check.result.ok()) {
            out << file << ": ok (" << check.steps << " steps, " << check.structures << " structures, "
                << check.personas << " personas, " << check.result.warnings() << " warnings)\n";
        }
    }
    if (format == CheckFormat::Json) {
        report["ok"] = allOk;
        // File names are bytes, not always UTF-8: replace what JSON cannot carry instead of throwing.
        out << report.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << '\n';
    }
    out.flush();
    err.flush();
    return allOk ? 0 : 1;
}

} // namespace cs
