// A scenario from TOML text, parsed against the built-in structures and made into the shared view
// the app puts on stage: what a test needs to open a small scenario written inline.
#pragma once

#include "core/loaded_scenario.h"
#include "core/scenario/parser.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

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

} // namespace cs::testing
