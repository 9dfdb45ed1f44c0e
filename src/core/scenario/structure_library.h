// The structures (coins) a scenario can use: the built-in library (assets/structures.toml, compiled
// into the program) merged with the scenario's own [[structure]] entries, which override built-ins.
#pragma once

#include "core/color.h"
#include "core/scenario/diagnostic.h"
#include "core/scenario/model.h"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cs {

class StructureLibrary {
  public:
    StructureLibrary() = default;

    // The built-in library: assets/structures.toml as it was when the program was built. Parsed on
    // each call, so callers keep the result (the app holds one for its lifetime).
    static StructureLibrary builtIn();
    // The text of assets/structures.toml compiled into the program.
    static std::string_view builtInText();

    // The structures and sources a library-style file defines (its steps, if any, are ignored).
    static StructureLibrary fromScenario(const Scenario& scenario);

    // Loads a library file from disk (e.g. a facilitator's own); nullopt with diagnostics if invalid.
    static std::optional<StructureLibrary> load(const std::filesystem::path& path,
                                                std::vector<Diagnostic>* diagnostics = nullptr);

    // What `scenario` sees: these structures and sources, where the scenario's own definitions
    // replace those with the same id (in place) and new ones follow in the scenario's order.
    StructureLibrary mergedWith(const Scenario& scenario) const;

    const Structure* find(std::string_view id) const;
    const Source* findSource(std::string_view id) const;
    bool contains(std::string_view id) const { return find(id) != nullptr; }

    const std::vector<Structure>& structures() const { return structures_; }
    const std::vector<Source>& sources() const { return sources_; }
    std::vector<std::string> ids() const;

    // The structure's own colour, else an Okabe–Ito colour chosen by its place in the library, so
    // the same scenario always gets the same colours.
    Rgb8 colorOf(std::string_view id) const;

  private:
    std::vector<Structure> structures_;
    std::vector<Source> sources_;
};

} // namespace cs
