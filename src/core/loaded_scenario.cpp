// Building the shared view of a scenario.
#include "core/loaded_scenario.h"

namespace cs {

const std::string& LoadedScenario::tr(const LocalText& text) const {
    return text.get(language, scenario.firstLanguage());
}

const Persona* LoadedScenario::findPersona(std::string_view id) const {
    for (const auto& p : scenario.personas) {
        if (p.id == id) return &p;
    }
    return nullptr;
}

std::shared_ptr<const LoadedScenario> makeLoadedScenario(Scenario scenario, const StructureLibrary& builtIns,
                                                         std::filesystem::path file, std::string_view language,
                                                         std::string_view locale, std::uint64_t revision) {
    auto doc = std::make_shared<LoadedScenario>();
    doc->file = std::move(file);
    doc->structures = builtIns.mergedWith(scenario);
    doc->steps = resolveSteps(scenario);
    doc->language = chooseLanguage(scenario, language, locale);
    doc->revision = revision;
    doc->scenario = std::move(scenario);
    return doc;
}

} // namespace cs
