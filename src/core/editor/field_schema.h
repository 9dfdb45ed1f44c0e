// The scenario's fields: which part of a scenario has which field, in which order, the key each has
// in a scenario file, and what kind of value it holds. One table for the edits (scenario_edit), the
// editor's forms (they draw the fields of fieldsOf in its order, each by its kind) and the writer
// (it writes each part's keys in that order, sub-tables after the plain keys: writtenFieldsOf).
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

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
    Join,
    ContentNote,
    Pushback,
};

// How many fields there are. The code that gives each value field its widget (the editor's forms) and
// its way into a file (the writer) checks this number: a field added here stops the build there until
// it has both.
inline constexpr int kFieldCount = int(Field::Pushback) + 1;

// What a field holds, as far as editing it goes.
enum class FieldKind : std::uint8_t {
    Text,     // a text people read, one per language (LocalText): set with edit::SetText
    TextList, // a list of such texts (advantages, pushback, choices): entries added, moved, removed
    Value,    // anything else (an id, a number, a colour, a list of ids, a table): edit::SetValue
};

// The fields of `part`, in the order the editor's form shows them: what an educator fills in first
// comes first (a step's title and texts, then its stage, then its question and prompts, its id last).
std::span<const Field> fieldsOf(Part part);
bool partHas(Part part, Field field);
FieldKind fieldKind(Field field);

// The sub-table a field's key lives in: the question's keys ("question.prompt" …) are in the step's
// [step.question], which Field::Question stands for; nothing for a key of the part's own table.
std::optional<Field> tableOf(Field field);
// True for a field written as a sub-table of its part ([step.question]) rather than a `key = value`.
bool isSubTable(Field field);

// The fields of `part` in the order a scenario file has their keys: the order of fieldsOf, except that
// every sub-table comes after the plain keys (TOML reads any key after a sub-table's header as the
// sub-table's), each as its header field followed by its own keys, both in the order of fieldsOf.
std::span<const Field> writtenFieldsOf(Part part);

// The key a field has in a scenario file ("content_note", "question.prompt", "source" for SourceRef …).
const char* fieldKey(Field field);
// "scenario", "source", "structure", "persona", "step".
const char* partName(Part part);

// Which field of `part` a problem's key belongs to ("question.prompt" → QuestionPrompt,
// "positions.racism" → Positions, "question.choices[2]" → QuestionChoices); nothing: the problem is
// about the item as a whole.
std::optional<Field> fieldForProblemKey(Part part, std::string_view key);

} // namespace cs
