// The scenario's fields as the editor knows them: which part of a scenario has which field, the key
// each has in a scenario file, and what kind of value it holds. The edits (scenario_edit) and the
// placing of a problem at its field in the editor's forms read this one table. The forms still draw
// each field by hand, and the writer keeps its own key order (docs/scenario-format.md describes the
// keys for people).
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace cs {

// The parts of a scenario the editor's outline lists.
enum class Part : std::uint8_t { Scenario, Source, Structure, Persona, Step };

// Every key of format 1, named for what it holds (which part has which: fieldsOf).
enum class Field : std::uint8_t {
    Id,
    Title,
    Languages,
    Summary,
    Authors,
    Cite,
    Url,
    Name,
    Top,
    Bottom,
    Color,
    Levels,
    Advantages,
    Disadvantages,
    SourceRef,
    Description,
    Image,
    Positions,
    Text,
    Notes,
    Coins,
    Personas,
    Focus,
    Show,
    Action,
    Question,
    QuestionPrompt,
    QuestionChoices,
    QuestionAnswer,
    QuestionExplain,
    Reflect,
    Discuss,
    Minutes,
    ContentNote,
    Pushback,
};

// What a field holds, as far as editing it goes.
enum class FieldKind : std::uint8_t {
    Text,     // a text people read, one per language (LocalText): set with edit::SetText
    TextList, // a list of such texts (advantages, pushback, choices): entries added, moved, removed
    Value,    // anything else (an id, a number, a colour, a list of ids, a table): edit::SetValue
};

// The fields of `part`.
std::span<const Field> fieldsOf(Part part);
bool partHas(Part part, Field field);
FieldKind fieldKind(Field field);

// The key a field has in a scenario file ("content_note", "question.prompt", "source" for SourceRef …).
const char* fieldKey(Field field);
// "scenario", "source", "structure", "persona", "step".
const char* partName(Part part);

// Which field of `part` a problem's key belongs to ("question.prompt" → QuestionPrompt,
// "positions.racism" → Positions, "question.choices[2]" → QuestionChoices); nothing: the problem is
// about the item as a whole.
std::optional<Field> fieldForProblemKey(Part part, std::string_view key);

} // namespace cs
