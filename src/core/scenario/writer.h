// Saving a scenario as canonical, readable TOML: each part's keys in the order of the editor's table of
// fields (writtenFieldsOf), so that writing what was read gives the same scenario back.
#pragma once

#include "core/editor/scenario_edit.h"
#include "core/scenario/model.h"

#include <string>
#include <string_view>
#include <vector>

namespace cs {

// The whole file. Comments of the original are not kept (the model holds none). Always valid TOML
// and valid UTF-8, even for odd strings (invalid UTF-8 in the model becomes U+FFFD).
std::string writeScenario(const Scenario& scenario);

// Which item and key one written line belongs to, so that a diagnostic about the written text can
// be shown next to its field in the editor. key is the item's file key ("title", "positions"), or
// for the question's sub-table "question" (its header) and "question.prompt" … (its keys, as
// fieldKey() names them); "" for section headers and blank lines.
struct LineOrigin {
    Part part = Part::Scenario;
    int item = 0;
    std::string key;
    bool operator==(const LineOrigin&) const = default;
};

// The same text; `origins` (when not null) gets one entry per line: (*origins)[line - 1]. Every
// line of a multi-line value carries its key.
std::string writeScenario(const Scenario& scenario, std::vector<LineOrigin>* origins);

// A TOML basic string for `text`, with quotes and escapes; multi-line (""") when `text` has line
// breaks and `multiLine` allows it. Exposed for tests and for the editor's previews.
std::string tomlString(std::string_view text, bool multiLine = true);

// `key` as a bare TOML key when it can be one, else quoted.
std::string tomlKey(std::string_view key);

} // namespace cs
