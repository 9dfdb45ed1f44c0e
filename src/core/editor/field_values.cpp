// Where each field's value lives in the model, by part, item and field (one place for the edits, the
// writer and the editor's forms). The changing versions are the reading ones on a scenario that may change.
#include "core/editor/field_values.h"

#include <utility>

namespace cs {

namespace {

bool itemExists(const Scenario& scenario, Part part, int item) {
    return item >= 0 && item < itemCount(scenario, part) && (part != Part::Scenario || item == 0);
}

} // namespace

int itemCount(const Scenario& scenario, Part part) {
    switch (part) {
    case Part::Scenario: return 1;
    case Part::Source: return int(scenario.sources.size());
    case Part::Structure: return int(scenario.structures.size());
    case Part::Persona: return int(scenario.personas.size());
    case Part::Step: return int(scenario.steps.size());
    }
    return 0;
}

const LocalText* fieldText(const Scenario& s, Part part, int item, Field field) {
    if (!itemExists(s, part, item) || !partHas(part, field)) return nullptr;
    const std::size_t i = std::size_t(item);
    switch (part) {
    case Part::Scenario:
        if (field == Field::Title) return &s.title;
        if (field == Field::Summary) return &s.summary;
        break;
    case Part::Source:
        if (field == Field::Cite) return &s.sources[i].cite;
        break;
    case Part::Structure: {
        const Structure& structure = s.structures[i];
        if (field == Field::Name) return &structure.name;
        if (field == Field::Top) return &structure.top;
        if (field == Field::Bottom) return &structure.bottom;
        break;
    }
    case Part::Persona:
        if (field == Field::Name) return &s.personas[i].name;
        if (field == Field::Description) return &s.personas[i].description;
        break;
    case Part::Step: {
        const Step& step = s.steps[i];
        switch (field) {
        case Field::Title: return &step.title;
        case Field::Text: return &step.text;
        case Field::Notes: return &step.notes;
        case Field::Reflect: return &step.reflect;
        case Field::Discuss: return &step.discuss;
        case Field::ContentNote: return &step.contentNote;
        case Field::QuestionPrompt: return step.question ? &step.question->prompt : nullptr;
        case Field::QuestionExplain: return step.question ? &step.question->explain : nullptr;
        default: break;
        }
        break;
    }
    }
    return nullptr;
}

LocalText* fieldText(Scenario& s, Part part, int item, Field field) {
    return const_cast<LocalText*>(fieldText(std::as_const(s), part, item, field));
}

const std::vector<LocalText>* fieldTextList(const Scenario& s, Part part, int item, Field field) {
    if (!itemExists(s, part, item) || !partHas(part, field)) return nullptr;
    const std::size_t i = std::size_t(item);
    if (part == Part::Structure) {
        if (field == Field::Advantages) return &s.structures[i].advantages;
        if (field == Field::Disadvantages) return &s.structures[i].disadvantages;
    }
    if (part == Part::Step) {
        const Step& step = s.steps[i];
        if (field == Field::Pushback) return &step.pushback;
        if (field == Field::QuestionChoices) return step.question ? &step.question->choices : nullptr;
    }
    return nullptr;
}

std::vector<LocalText>* fieldTextList(Scenario& s, Part part, int item, Field field) {
    return const_cast<std::vector<LocalText>*>(fieldTextList(std::as_const(s), part, item, field));
}

const std::string* fieldString(const Scenario& s, Part part, int item, Field field) {
    if (!itemExists(s, part, item) || !partHas(part, field)) return nullptr;
    const std::size_t i = std::size_t(item);
    switch (field) {
    case Field::Id:
        switch (part) {
        case Part::Scenario: return &s.id;
        case Part::Source: return &s.sources[i].id;
        case Part::Structure: return &s.structures[i].id;
        case Part::Persona: return &s.personas[i].id;
        case Part::Step: return &s.steps[i].id;
        }
        break;
    case Field::Url: return &s.sources[i].url;
    case Field::SourceRef: return &s.structures[i].source;
    case Field::Image: return part == Part::Persona ? &s.personas[i].image : &s.steps[i].image;
    default: break;
    }
    return nullptr;
}

std::string* fieldString(Scenario& s, Part part, int item, Field field) {
    return const_cast<std::string*>(fieldString(std::as_const(s), part, item, field));
}

bool hasSubTable(const Scenario& s, Part part, int item, Field table) {
    if (!itemExists(s, part, item) || !partHas(part, table)) return false;
    return part == Part::Step && table == Field::Question && s.steps[std::size_t(item)].question.has_value();
}

const std::vector<std::string>* fieldStringList(const Scenario& s, Part part, Field field) {
    if (part != Part::Scenario) return nullptr;
    if (field == Field::Languages) return &s.languages;
    if (field == Field::Authors) return &s.authors;
    return nullptr;
}

std::vector<std::string>* fieldStringList(Scenario& s, Part part, Field field) {
    return const_cast<std::vector<std::string>*>(fieldStringList(std::as_const(s), part, field));
}

} // namespace cs
