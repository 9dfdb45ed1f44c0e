// Building the shared view of a scenario.
#include "core/loaded_scenario.h"

#include "core/french_typography.h"
#include "core/ui_text.h"

namespace cs {

const std::string& LoadedScenario::tr(const LocalText& text) const {
    const std::string& shown = text.get(language, scenario.firstLanguage());
    if (typeset.empty()) return shown;
    const auto it = typeset.find(shown);
    return it == typeset.end() ? shown : it->second;
}

namespace {

// Every French text of a scenario and its structures, set as French typography wants.
class Typesetter {
  public:
    explicit Typesetter(std::unordered_map<std::string, std::string>& out) : out_(out) {}
    void operator()(const LocalText& text) {
        for (const auto& [lang, words] : text.byLang) {
            if (!isFrench(lang) || out_.count(words)) continue;
            std::string set = frenchTypography(words);
            if (set != words) out_.emplace(words, std::move(set));
        }
    }
    void operator()(const std::vector<LocalText>& texts) {
        for (const LocalText& t : texts)
            (*this)(t);
    }
    void operator()(const Structure& s) {
        (*this)(s.name), (*this)(s.top), (*this)(s.bottom), (*this)(s.advantages), (*this)(s.disadvantages);
    }

  private:
    std::unordered_map<std::string, std::string>& out_;
};

void typesetFrench(LoadedScenario& doc) {
    Typesetter set(doc.typeset);
    const Scenario& s = doc.scenario;
    set(s.title), set(s.summary);
    for (const Source& source : s.sources)
        set(source.cite);
    for (const Structure& structure : s.structures)
        set(structure);
    for (const Structure& structure : doc.structures.structures())
        set(structure);
    for (const Persona& p : s.personas)
        set(p.name), set(p.description);
    for (const Step& step : s.steps) {
        set(step.title), set(step.text), set(step.notes), set(step.reflect), set(step.discuss), set(step.contentNote);
        set(step.pushback);
        if (step.question) set(step.question->prompt), set(step.question->choices), set(step.question->explain);
    }
}

} // namespace

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
    if (isFrench(doc->language)) typesetFrench(*doc);
    return doc;
}

} // namespace cs
