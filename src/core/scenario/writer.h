// Saving a scenario as canonical, readable TOML: a fixed key order (docs/scenario-format.md,
// "Canonical form"), so that writing what was read gives the same scenario back.
#pragma once

#include "core/scenario/model.h"

#include <string>
#include <string_view>

namespace cs {

// The whole file. Comments of the original are not kept (the model holds none). Always valid TOML
// and valid UTF-8, even for odd strings (invalid UTF-8 in the model becomes U+FFFD).
std::string writeScenario(const Scenario& scenario);

// A TOML basic string for `text`, with quotes and escapes; multi-line (""") when `text` has line
// breaks and `multiLine` allows it. Exposed for tests and for the editor's previews.
std::string tomlString(std::string_view text, bool multiLine = true);

// `key` as a bare TOML key when it can be one, else quoted.
std::string tomlKey(std::string_view key);

} // namespace cs
