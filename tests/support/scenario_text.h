// A scenario from TOML text, parsed against the built-in structures and made into the shared view
// the app puts on stage: what a test needs to open a small scenario written inline.
#pragma once

#include "core/loaded_scenario.h"
#include "core/scenario/parser.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace cs::testing {

// The built-in structures, loaded once for the test program.
inline std::shared_ptr<const StructureLibrary> builtInLibrary() {
    static const auto lib = std::make_shared<const StructureLibrary>(StructureLibrary::builtIn());
    return lib;
}

// `toml` parsed (a failing test, with the first problem, if it does not parse) and loaded as if from
// `file`, in `language` ("" = the scenario's first), at `revision`. Null if it does not parse.
inline std::shared_ptr<const LoadedScenario> scenarioFromText(const std::string& toml,
                                                              const std::filesystem::path& file = "inline.toml",
                                                              std::string_view language = "",
                                                              std::uint64_t revision = 0) {
    ParseOptions options;
    options.library = builtInLibrary().get();
    ParseResult r = parseScenario(toml, options);
    EXPECT_TRUE(r.ok()) << (r.diagnostics.empty() ? "" : formatDiagnostic(r.diagnostics[0]));
    if (!r.ok()) return nullptr;
    return makeLoadedScenario(std::move(*r.scenario), *builtInLibrary(), file, language, "", revision);
}

// `file` parsed and loaded in `language` ("" = the scenario's first). Null (and a failing test naming
// the file and its first problem) if it does not parse.
inline std::shared_ptr<const LoadedScenario> scenarioFromFile(const std::filesystem::path& file,
                                                              std::string_view language = "") {
    ParseOptions options;
    options.library = builtInLibrary().get();
    ParseResult r = loadScenarioFile(file, options);
    EXPECT_TRUE(r.ok()) << file << ": " << (r.diagnostics.empty() ? "" : formatDiagnostic(r.diagnostics[0]));
    if (!r.ok()) return nullptr;
    return makeLoadedScenario(std::move(*r.scenario), *builtInLibrary(), file, language, "");
}

// The scenarios shipped with the app (<source>/scenarios/*.toml), sorted so that failures come in a
// stable order. The template is one of them only when asked: educators copy it, so it must read well
// and load, but it is not a walkthrough.
enum class WithTemplate { No, Yes };
inline std::vector<std::filesystem::path> builtInScenarioFiles(WithTemplate withTemplate = WithTemplate::No) {
    std::vector<std::filesystem::path> files;
    for (const auto& e :
         std::filesystem::directory_iterator(std::filesystem::path(COINSTUDIO_SOURCE_DIR) / "scenarios")) {
        if (e.path().extension() != ".toml") continue;
        if (withTemplate == WithTemplate::No && e.path().filename() == "template.toml") continue;
        files.push_back(e.path());
    }
    std::sort(files.begin(), files.end());
    return files;
}

} // namespace cs::testing
