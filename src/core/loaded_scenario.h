// A scenario as the app shows it: the parsed model, the structures it can use, its resolved steps and
// the language chosen. Immutable once built, shared by AppState snapshots (reloads make a new one).
#pragma once

#include "core/scenario/model.h"
#include "core/scenario/resolve.h"
#include "core/scenario/structure_library.h"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <unordered_map>

namespace cs {

struct LoadedScenario {
    std::filesystem::path file; // where it came from (images are relative to its folder)
    Scenario scenario;
    StructureLibrary structures; // built-ins merged with the scenario's own [[structure]]s
    std::vector<ResolvedStep> steps;
    std::string language;       // the language texts are shown in
    std::uint64_t revision = 0; // goes up with each reload of the same file
    // Shown in French: each French text of the scenario and its structures that French typography
    // changes (frenchTypography), by its text in the file. Filled once here, so tr() stays a lookup.
    std::unordered_map<std::string, std::string> typeset;

    int stepCount() const { return int(steps.size()); }
    // The text in the chosen language, else the scenario's first language, else any; French as French
    // typography sets it (no-break spaces before « : ; ! ? » and inside « »).
    const std::string& tr(const LocalText& text) const;
    const Persona* findPersona(std::string_view id) const;
};

// Builds the shared, immutable view of a parsed scenario. `language`: the --lang request or ""
// (then the locale's language if the scenario has it, else its first language).
std::shared_ptr<const LoadedScenario> makeLoadedScenario(Scenario scenario, const StructureLibrary& builtIns,
                                                         std::filesystem::path file, std::string_view language,
                                                         std::string_view locale, std::uint64_t revision = 0);

} // namespace cs
