// Where a field's value lives in the model: an item's text, list of texts or plain string found by
// its part, item and field, so that the edits (which change it), the writer and the editor's forms
// (which read it) name each field the same way.
#pragma once

#include "core/editor/field_schema.h"
#include "core/scenario/model.h"

#include <string>
#include <vector>

namespace cs {

// How many items the part has (1 for Part::Scenario).
int itemCount(const Scenario& scenario, Part part);

// The text a Text field of one item holds (Title, Cite, Top, Reflect, QuestionPrompt …). Null when
// the item does not exist, `field` is not a text of `part`, or it is a question's text and the step
// has no question.
const LocalText* fieldText(const Scenario& scenario, Part part, int item, Field field);
LocalText* fieldText(Scenario& scenario, Part part, int item, Field field);

// The list a TextList field of one item holds (Advantages, Disadvantages, Pushback, QuestionChoices);
// null as for fieldText.
const std::vector<LocalText>* fieldTextList(const Scenario& scenario, Part part, int item, Field field);
std::vector<LocalText>* fieldTextList(Scenario& scenario, Part part, int item, Field field);

// The plain string of one item a Value field holds as it is: Id, Url, Image, SourceRef ("" = absent).
// Null for any other field (their values have shapes of their own: lists, colours, words, numbers).
const std::string* fieldString(const Scenario& scenario, Part part, int item, Field field);
std::string* fieldString(Scenario& scenario, Part part, int item, Field field);

// Whether the item has the sub-table `table` (a step's question): its keys are written, and shown in
// the form, only then.
bool hasSubTable(const Scenario& scenario, Part part, int item, Field table);

// The scenario's lists of plain strings: Languages and Authors; null for any other field.
const std::vector<std::string>* fieldStringList(const Scenario& scenario, Part part, Field field);
std::vector<std::string>* fieldStringList(Scenario& scenario, Part part, Field field);

} // namespace cs
