// Whole-file rules of the scenario parser: unique ids, resolved references, what each step puts on
// stage after carry-over, and missing translations.
#include "core/scenario/parse_internal.h"
#include "core/scenario/structure_library.h"
#include "core/scenario/text_util.h"

#include <algorithm>
#include <map>
#include <set>

namespace cs::detail {
namespace {

// Reports the second and later definitions of an id, pointing back at the first.
void checkUnique(const std::vector<Located>& ids, std::string_view kind, DiagnosticSink& sink) {
    std::map<std::string, SourcePos, std::less<>> first;
    for (const Located& id : ids) {
        auto [it, inserted] = first.emplace(id.value, id.pos);
        if (!inserted) {
            sink.error(id.pos, "duplicate " + std::string(kind) + " id " + quoteValue(id.value) +
                                   " (first defined on line " + std::to_string(it->second.line) +
                                   "); ids must be unique within a file");
        }
    }
}

// The ids a reference may name, with what to say when it names none of them.
struct Namespace {
    std::string kind;             // "structure", "persona", "source"
    std::vector<std::string> ids; // candidates for "did you mean"
    std::set<std::string, std::less<>> known;
    std::string howToDefine;

    void add(const std::string& id) {
        if (known.insert(id).second) ids.push_back(id);
    }
    bool has(std::string_view id) const { return known.find(id) != known.end(); }

    void check(const Located& ref, DiagnosticSink& sink) const {
        if (has(ref.value)) return;
        const std::string suggestion = didYouMean(closestMatch(ref.value, ids));
        sink.error(ref.pos, "unknown " + kind + " " + quoteValue(ref.value) +
                                (suggestion.empty() ? "; " + howToDefine : suggestion + " If not, " + howToDefine));
    }
};

std::string structureHint(const StructureLibrary* library) {
    std::string hint = "define it in a [[structure]] section";
    if (library && !library->structures().empty()) hint += " or use a built-in id (" + joinList(library->ids()) + ")";
    return hint;
}

// A list on stage must not name the same thing twice.
void checkListed(const std::vector<Located>& list, const Namespace& names, DiagnosticSink& sink) {
    std::set<std::string, std::less<>> seen;
    for (const Located& item : list) {
        names.check(item, sink);
        if (!seen.insert(item.value).second) {
            sink.error(item.pos, names.kind + " " + quoteValue(item.value) + " is listed twice in this step");
        }
    }
}

void checkSteps(const ReadDocument& doc, const Namespace& structures, const Namespace& personas, DiagnosticSink& sink) {
    // Carry-over (docs/scenario-format.md): a step without `coins`/`personas` keeps the previous step's.
    std::vector<std::string> coinsOnStage;
    for (const StepSite& step : doc.steps) {
        if (step.coins) {
            checkListed(*step.coins, structures, sink);
            coinsOnStage.clear();
            for (const Located& c : *step.coins)
                coinsOnStage.push_back(c.value);
        }
        if (step.personas) checkListed(*step.personas, personas, sink);
        if (step.focus &&
            std::find(coinsOnStage.begin(), coinsOnStage.end(), step.focus->value) == coinsOnStage.end()) {
            const std::string onStage = coinsOnStage.empty() ? "none" : joinList(coinsOnStage);
            sink.error(step.focus->pos, "`focus` " + quoteValue(step.focus->value) +
                                            " is not on stage in this step (coins: " + onStage +
                                            "); add it to `coins` or focus on one of them");
        }
        if (step.action && *step.action != Action::None && coinsOnStage.empty()) {
            sink.error(step.actionPos, "`action = \"" + std::string(toString(*step.action)) +
                                           "\"` needs a coin on stage; add `coins = [\"…\"]` to this step or an "
                                           "earlier one");
        }
    }
}

// Every text should exist in every language the scenario lists; the app falls back otherwise.
void checkTranslations(const ReadDocument& doc, DiagnosticSink& sink) {
    const std::vector<std::string>& languages = doc.scenario.languages;
    if (languages.size() < 2) return;
    for (const TextSite& text : doc.texts) {
        if (text.languages.empty() || !text.translationExpected) continue;
        std::vector<std::string> absent;
        for (const std::string& lang : languages) {
            if (std::find(text.languages.begin(), text.languages.end(), lang) == text.languages.end()) {
                absent.push_back(lang);
            }
        }
        if (absent.empty()) continue;
        const std::string shown =
            std::find(text.languages.begin(), text.languages.end(), languages.front()) != text.languages.end()
                ? languages.front()
                : text.languages.front();
        std::vector<std::string> example;
        for (const std::string& lang : languages)
            example.push_back(lang + " = \"…\"");
        sink.warning(text.pos, "no " + joinList(absent, "/") + " text here although `languages` lists it; " + shown +
                                   " is shown instead — write { " + joinList(example) + " }");
    }
}

} // namespace

void checkDocument(const ReadDocument& doc, const StructureLibrary* library, DiagnosticSink& sink) {
    checkUnique(doc.sourceIds, "source", sink);
    checkUnique(doc.structureIds, "structure", sink);
    checkUnique(doc.personaIds, "persona", sink);
    checkUnique(doc.stepIds, "step", sink);

    Namespace structures{"structure", {}, {}, structureHint(library)};
    Namespace sources{"source", {}, {}, "define it in a [[source]] section with this id"};
    Namespace personas{"persona", {}, {}, "define it in a [[persona]] section with this id"};
    for (const Located& id : doc.structureIds)
        structures.add(id.value);
    for (const Located& id : doc.sourceIds)
        sources.add(id.value);
    for (const Located& id : doc.personaIds)
        personas.add(id.value);
    if (library) {
        for (const Structure& s : library->structures())
            structures.add(s.id);
        for (const Source& s : library->sources())
            sources.add(s.id);
    }

    for (const Located& ref : doc.structureSourceRefs)
        sources.check(ref, sink);
    for (const Located& ref : doc.positionRefs)
        structures.check(ref, sink);
    checkSteps(doc, structures, personas, sink);
    checkTranslations(doc, sink);
}

} // namespace cs::detail
