// Edits of a scenario in the in-app editor: every change an educator can make, as data, so
// that the editor's panels emit them as Commands, core applies them, and undo can replay the state
// before. Pure model code: no files, no SDL, no GL, no ImGui.
#pragma once

#include "core/editor/field_schema.h"
#include "core/editor/field_values.h"
#include "core/scenario/model.h"

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

namespace cs {

// Which field of which item an edit is about.
struct FieldRef {
    Part part = Part::Scenario;
    int item = 0; // index among the part's items (0 for Part::Scenario)
    Field field = Field::Title;
    int entry = -1;   // list fields (advantages, pushback, choices …): which entry; -1 = the list
    std::string lang; // text fields: the language edited ("" = the scenario's first language)
    std::string key;  // Positions: the structure id whose face is set
    bool operator==(const FieldRef&) const = default;
};

namespace edit {
// A text in one language: a text field (Title, Summary, Cite, Name, Top, Bottom, Description, Text,
// Notes, Reflect, Discuss, ContentNote, QuestionPrompt, QuestionExplain) or, with `entry`, one entry
// of a list of texts (Advantages, Disadvantages, Pushback, QuestionChoices). An empty text removes that
// language from the field.
struct SetText {
    FieldRef ref;
    std::string text;
};
// A plain value. What `value` holds, by field:
//   string: Id, Url, Image, SourceRef, Focus ("" = absent), Color ("#RRGGBB", "" = none),
//           Show and Action (their file words, "" = absent), Positions ("top"/"bottom", "" = not on
//           that coin; ref.key names the structure)
//   list of strings: Languages, Authors, Coins, Personas (absent: use ClearValue), Levels (file words)
//   number: Minutes, QuestionAnswer (from 1)
struct SetValue {
    FieldRef ref;
    std::variant<std::string, std::vector<std::string>, double> value;
};
// Back to "absent": Coins, Personas (as the previous step), Focus, Show, Action, Minutes, Question
// (removes the whole question), Color, Image.
struct ClearValue {
    FieldRef ref;
};
// Adds an empty entry at ref.entry (-1 = at the end) of a list field (Advantages, Disadvantages,
// Pushback, QuestionChoices, Authors, Languages), or, for Question, an empty question with two choices.
struct AddEntry {
    FieldRef ref;
};
struct RemoveEntry {
    FieldRef ref; // ref.entry: which one
};
struct MoveEntry {
    FieldRef ref; // ref.entry: which one
    int to = 0;
};
// Whole items: sources, structures, personas, steps. New items get a fresh id ("source-2",
// "structure-3", "persona-1" …) and, for steps, a title to fill in. A new step's id is "step-N" past the
// highest such number among the steps ("step-7" after "step-6"), never one another step has.
struct AddItem {
    Part part = Part::Step;
    int at = -1; // -1 = at the end
};
struct DuplicateItem {
    Part part = Part::Step;
    int index = 0; // the copy goes right after it (with a fresh id; a step's copy gets a new "step-N")
};
struct DeleteItem {
    Part part = Part::Step;
    int index = 0;
};
struct MoveItem {
    Part part = Part::Step;
    int from = 0;
    int to = 0;
};
} // namespace edit

using ScenarioEdit =
    std::variant<edit::SetText, edit::SetValue, edit::ClearValue, edit::AddEntry, edit::RemoveEntry, edit::MoveEntry,
                 edit::AddItem, edit::DuplicateItem, edit::DeleteItem, edit::MoveItem>;

// Applies one edit. Returns "" when it changed `scenario` as asked, else why not in words (an index
// out of range, a field the part does not have, a value of the wrong kind); then `scenario` is
// unchanged. Never throws. Values are taken as given (an id with a space is kept, so that the
// diagnostics can point at it); only the shape is checked here.
[[nodiscard]] std::string applyEdit(Scenario& scenario, const ScenarioEdit& edit);

// True when two edits in a row may share one undo step (typing in the same field, language and entry).
bool mergesWithPrevious(const ScenarioEdit& previous, const ScenarioEdit& next);

// A short description of an edit for the undo menu ("Edit step 3 title", "Delete persona 2").
std::string describeEdit(const ScenarioEdit& edit);

} // namespace cs
