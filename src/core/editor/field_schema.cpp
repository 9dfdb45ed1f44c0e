#include "core/editor/field_schema.h"

#include <algorithm>
#include <array>

namespace cs {

namespace {

constexpr std::array kScenarioFields{Field::Id, Field::Title, Field::Languages, Field::Summary, Field::Authors};
constexpr std::array kSourceFields{Field::Id, Field::Cite, Field::Url};
constexpr std::array kStructureFields{Field::Id,         Field::Name,          Field::Top,
                                      Field::Bottom,     Field::Color,         Field::Levels,
                                      Field::Advantages, Field::Disadvantages, Field::SourceRef};
constexpr std::array kPersonaFields{Field::Id, Field::Name, Field::Description, Field::Image, Field::Positions};
// The form's order for a step: what the room reads, what is on stage, the question and the prompts
// around it, then the id, which only keeps learners' answers with the step.
// The id first, as for every other part: it names the step in the file and in the outline.
constexpr std::array kStepFields{Field::Id,
                                 Field::Title,
                                 Field::Text,
                                 Field::Image,
                                 Field::Notes,
                                 Field::ContentNote,
                                 Field::Coins,
                                 Field::Personas,
                                 Field::Focus,
                                 Field::Show,
                                 Field::Action,
                                 Field::Minutes,
                                 Field::Join,
                                 Field::Question,
                                 Field::QuestionPrompt,
                                 Field::QuestionChoices,
                                 Field::QuestionAnswer,
                                 Field::QuestionExplain,
                                 Field::Reflect,
                                 Field::Discuss,
                                 Field::Pushback};

} // namespace

std::span<const Field> fieldsOf(Part part) {
    switch (part) {
    case Part::Scenario: return kScenarioFields;
    case Part::Source: return kSourceFields;
    case Part::Structure: return kStructureFields;
    case Part::Persona: return kPersonaFields;
    case Part::Step: return kStepFields;
    }
    return {};
}

bool partHas(Part part, Field field) {
    const std::span<const Field> fields = fieldsOf(part);
    return std::find(fields.begin(), fields.end(), field) != fields.end();
}

FieldKind fieldKind(Field field) {
    switch (field) {
    case Field::Title:
    case Field::Summary:
    case Field::Cite:
    case Field::Name:
    case Field::Top:
    case Field::Bottom:
    case Field::Description:
    case Field::Text:
    case Field::Notes:
    case Field::Reflect:
    case Field::Discuss:
    case Field::ContentNote:
    case Field::QuestionPrompt:
    case Field::QuestionExplain: return FieldKind::Text;
    case Field::Advantages:
    case Field::Disadvantages:
    case Field::Pushback:
    case Field::QuestionChoices: return FieldKind::TextList;
    default: return FieldKind::Value;
    }
}

std::optional<Field> tableOf(Field field) {
    switch (field) {
    case Field::QuestionPrompt:
    case Field::QuestionChoices:
    case Field::QuestionAnswer:
    case Field::QuestionExplain: return Field::Question;
    default: return std::nullopt;
    }
}

bool isSubTable(Field field) {
    return field == Field::Question;
}

namespace {

std::vector<Field> writtenOrderOf(Part part) {
    const std::span<const Field> fields = fieldsOf(part);
    std::vector<Field> out;
    for (Field f : fields) {
        if (!isSubTable(f) && !tableOf(f)) out.push_back(f);
    }
    for (Field table : fields) {
        if (!isSubTable(table)) continue;
        out.push_back(table);
        for (Field f : fields) {
            if (tableOf(f) == table) out.push_back(f);
        }
    }
    return out;
}

} // namespace

std::span<const Field> writtenFieldsOf(Part part) {
    // Worked out once per part: the writer asks for every item it writes, at every edit in the editor.
    static const std::array<std::vector<Field>, 5> kWritten = [] {
        std::array<std::vector<Field>, 5> all;
        for (Part p : {Part::Scenario, Part::Source, Part::Structure, Part::Persona, Part::Step})
            all[std::size_t(p)] = writtenOrderOf(p);
        return all;
    }();
    return kWritten[std::size_t(part)];
}

const char* fieldKey(Field field) {
    switch (field) {
    case Field::Id: return "id";
    case Field::Title: return "title";
    case Field::Languages: return "languages";
    case Field::Summary: return "summary";
    case Field::Authors: return "authors";
    case Field::Cite: return "cite";
    case Field::Url: return "url";
    case Field::Name: return "name";
    case Field::Top: return "top";
    case Field::Bottom: return "bottom";
    case Field::Color: return "color";
    case Field::Levels: return "levels";
    case Field::Advantages: return "advantages";
    case Field::Disadvantages: return "disadvantages";
    case Field::SourceRef: return "source";
    case Field::Description: return "description";
    case Field::Image: return "image";
    case Field::Positions: return "positions";
    case Field::Text: return "text";
    case Field::Notes: return "notes";
    case Field::Coins: return "coins";
    case Field::Personas: return "personas";
    case Field::Focus: return "focus";
    case Field::Show: return "show";
    case Field::Action: return "action";
    case Field::Question: return "question";
    case Field::QuestionPrompt: return "question.prompt";
    case Field::QuestionChoices: return "question.choices";
    case Field::QuestionAnswer: return "question.answer";
    case Field::QuestionExplain: return "question.explain";
    case Field::Reflect: return "reflect";
    case Field::Discuss: return "discuss";
    case Field::Minutes: return "minutes";
    case Field::Join: return "join";
    case Field::ContentNote: return "content_note";
    case Field::Pushback: return "pushback";
    }
    return "?";
}

const char* partName(Part part) {
    switch (part) {
    case Part::Scenario: return "scenario";
    case Part::Source: return "source";
    case Part::Structure: return "structure";
    case Part::Persona: return "persona";
    case Part::Step: return "step";
    }
    return "item";
}

std::optional<Field> fieldForProblemKey(Part part, std::string_view key) {
    if (key.empty()) return std::nullopt;
    std::optional<Field> best;
    std::size_t bestLength = 0;
    for (Field f : fieldsOf(part)) {
        const std::string_view k = fieldKey(f);
        if (key == k) return f;
        // "question.choices[2]" belongs to question.choices, "positions.racism" to positions: the
        // longest key that the problem's key continues.
        const bool continues =
            key.size() > k.size() && key.substr(0, k.size()) == k && (key[k.size()] == '.' || key[k.size()] == '[');
        if (continues && k.size() > bestLength) {
            best = f;
            bestLength = k.size();
        }
    }
    return best;
}

} // namespace cs
