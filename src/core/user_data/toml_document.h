// Inside the user-data layer: parsing our small TOML files with toml++ and describing what was found.
// Include only from .cpp files of src/core/user_data (it brings in toml++, see core/toml_include.h; kindOf() is there
// too).
#pragma once

#include "core/toml_include.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace cs::detail {

struct StoredToml {
    toml::table table;
    std::string problem; // non-empty: the text is not TOML; says where and what, in words
    bool ok() const { return problem.empty(); }
};

// Parses text that readStoredText accepted. Never throws or aborts (exceptions and asserts are off).
StoredToml parseStoredToml(std::string_view text);

// "line 3: " for a value or key found in the file ("" when toml++ knows no position).
std::string lineOf(const toml::node& node);
std::string lineOf(const toml::key& key);

// A whole number as an int when it lies in [lo, hi].
std::optional<int> intIn(const toml::node& node, int lo, int hi);

// A TOML date-time as seconds since 1970 UTC; a date-time without an offset counts as UTC.
std::optional<std::int64_t> timestampOf(const toml::node& node);

} // namespace cs::detail
