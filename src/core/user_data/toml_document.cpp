// Parsing the user-data TOML files and describing their values in messages.
#include "core/user_data/toml_document.h"

#include "core/user_data/stored_file.h"

#include <algorithm>

namespace cs::detail {

StoredToml parseStoredToml(std::string_view text) {
    StoredToml out;
    toml::parse_result parsed = toml::parse(text, std::string_view{});
    if (!parsed) {
        const toml::source_position at = parsed.error().source().begin;
        out.problem = "it is not valid TOML (line " + std::to_string(at.line) + ", column " +
                      std::to_string(at.column) + ": " + std::string(parsed.error().description()) + ")";
        return out;
    }
    out.table = std::move(parsed.table());
    return out;
}

std::string lineOf(const toml::node& node) {
    const toml::source_index line = node.source().begin.line;
    return line > 0 ? "line " + std::to_string(line) + ": " : std::string();
}

std::string lineOf(const toml::key& key) {
    const toml::source_index line = key.source().begin.line;
    return line > 0 ? "line " + std::to_string(line) + ": " : std::string();
}

std::optional<int> intIn(const toml::node& node, int lo, int hi) {
    const auto* value = node.as_integer();
    if (!value || value->get() < lo || value->get() > hi) return std::nullopt;
    return int(value->get());
}

std::optional<std::int64_t> timestampOf(const toml::node& node) {
    const auto* value = node.as_date_time();
    if (!value) return std::nullopt;
    const toml::date_time& dt = value->get();
    std::int64_t seconds = utcSeconds(dt.date.year, dt.date.month, dt.date.day, dt.time.hour, dt.time.minute,
                                      std::min<int>(dt.time.second, 59));
    if (dt.offset) seconds -= std::int64_t(dt.offset->minutes) * 60;
    return clampTimestamp(seconds);
}

} // namespace cs::detail
