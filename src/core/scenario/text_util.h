// Small text helpers for the scenario parser: UTF-8 checks with positions, typo suggestions, lists.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace cs::detail {

// The first byte that makes a file unusable as scenario text: a NUL, or a byte sequence that is not
// well-formed UTF-8 (overlong forms, surrogates and values past U+10FFFF included).
struct TextProblem {
    enum class Kind { Nul, InvalidUtf8, Utf16 };
    Kind kind = Kind::InvalidUtf8;
    int line = 1;   // from 1
    int column = 1; // from 1, in code points
};
std::optional<TextProblem> findTextProblem(std::span<const std::uint8_t> bytes);

// The first line that has more than `maxDots` dots outside strings and comments, i.e. a key nested
// deeper than a scenario ever needs (a.b.c… or [a.b.c…]); line:column of the first dot too many.
// toml++ builds one table per key segment and frees them recursively, so a 4 MiB line of "a.a.a…"
// would overflow the stack; this bounds the depth before toml++ sees the text. Strings end where
// TOML ends them (basic and literal at the line end, multi-line at their closing quotes).
struct DeepKey {
    int line = 1;
    int column = 1;
};
std::optional<DeepKey> findDeepKey(std::string_view text, int maxDots);

// Length of the well-formed UTF-8 sequence that starts at text[i], or 0 when it is malformed.
std::size_t utf8SequenceLength(std::string_view text, std::size_t i);

// Levenshtein distance on bytes, giving up (returning limit + 1) once it must exceed `limit`.
std::size_t editDistance(std::string_view a, std::string_view b, std::size_t limit);

// The candidate a typo most likely meant ("" if none is close enough), e.g. "tittle" → "title".
std::string closestMatch(std::string_view word, std::span<const std::string_view> candidates);
std::string closestMatch(std::string_view word, const std::vector<std::string>& candidates);

// " — did you mean 'x'?" or "" (ready to append to a message).
std::string didYouMean(const std::string& suggestion);

// "a, b, c" with each item as given.
std::string joinList(std::span<const std::string_view> items, std::string_view separator = ", ");
std::string joinList(const std::vector<std::string>& items, std::string_view separator = ", ");

// A user value shown inside a message: quoted, shortened, control characters made visible.
std::string quoteValue(std::string_view value);

// Ids name things in files and in the app's saved data: letters, digits, '-' and '_' (≤ 64 bytes).
bool isValidId(std::string_view id);
// Language codes like "en", "fr", "fr-CA", "crk" (BCP 47 shape: 2–3 letters, optional subtags).
bool isValidLanguageCode(std::string_view code);

} // namespace cs::detail
