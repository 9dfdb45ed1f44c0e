// UTF-8 validation with line:column, edit-distance suggestions and message formatting helpers.
#include "core/scenario/text_util.h"

#include <algorithm>
#include <numeric>

namespace cs::detail {

namespace {

bool isContinuation(std::uint8_t b) {
    return (b & 0xC0) == 0x80;
}

// Length of the well-formed UTF-8 sequence starting at bytes[i], or 0 if it is malformed
// (Unicode Table 3-7: no overlongs, no surrogates, nothing above U+10FFFF).
std::size_t sequenceLength(std::span<const std::uint8_t> bytes, std::size_t i) {
    const std::uint8_t b0 = bytes[i];
    const std::size_t left = bytes.size() - i;
    if (b0 < 0x80) return 1;
    if (b0 >= 0xC2 && b0 <= 0xDF) return left >= 2 && isContinuation(bytes[i + 1]) ? 2 : 0;
    if (b0 >= 0xE0 && b0 <= 0xEF) {
        if (left < 3) return 0;
        const std::uint8_t b1 = bytes[i + 1];
        if (b0 == 0xE0 && (b1 < 0xA0 || b1 > 0xBF)) return 0;
        if (b0 == 0xED && (b1 < 0x80 || b1 > 0x9F)) return 0;
        if (!isContinuation(b1) || !isContinuation(bytes[i + 2])) return 0;
        return 3;
    }
    if (b0 >= 0xF0 && b0 <= 0xF4) {
        if (left < 4) return 0;
        const std::uint8_t b1 = bytes[i + 1];
        if (b0 == 0xF0 && (b1 < 0x90 || b1 > 0xBF)) return 0;
        if (b0 == 0xF4 && (b1 < 0x80 || b1 > 0x8F)) return 0;
        if (!isContinuation(b1) || !isContinuation(bytes[i + 2]) || !isContinuation(bytes[i + 3])) return 0;
        return 4;
    }
    return 0;
}

bool isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
}

} // namespace

std::size_t utf8SequenceLength(std::string_view text, std::size_t i) {
    return sequenceLength(std::span(reinterpret_cast<const std::uint8_t*>(text.data()), text.size()), i);
}

std::optional<TextProblem> findTextProblem(std::span<const std::uint8_t> bytes) {
    if (bytes.size() >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF))) {
        return TextProblem{TextProblem::Kind::Utf16, 1, 1};
    }
    int line = 1;
    int column = 1;
    std::size_t i = 0;
    if (bytes.size() >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) i = 3; // UTF-8 BOM
    while (i < bytes.size()) {
        if (bytes[i] == 0) return TextProblem{TextProblem::Kind::Nul, line, column};
        const std::size_t n = sequenceLength(bytes, i);
        if (n == 0) return TextProblem{TextProblem::Kind::InvalidUtf8, line, column};
        if (bytes[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
        i += n;
    }
    return std::nullopt;
}

std::optional<DeepKey> findDeepKey(std::string_view text, int maxDots) {
    enum class State { Code, Comment, Basic, Literal, MultiBasic, MultiLiteral };
    State state = State::Code;
    int line = 1;
    int column = 1;
    int dots = 0;
    const std::size_t start = text.starts_with("\xEF\xBB\xBF") ? 3 : 0; // a byte-order mark is not a column
    for (std::size_t i = start; i < text.size(); ++i) {
        const char c = text[i];
        const auto next = [&](std::size_t k) { return i + k < text.size() ? text[i + k] : '\0'; };
        if (c == '\n') {
            ++line;
            column = 1;
            dots = 0;
            if (state == State::Comment || state == State::Basic || state == State::Literal) state = State::Code;
            continue;
        }
        switch (state) {
        case State::Code:
            if (c == '#') {
                state = State::Comment;
            } else if (c == '"') {
                if (next(1) == '"' && next(2) == '"') {
                    state = State::MultiBasic;
                    i += 2;
                    column += 2;
                } else {
                    state = State::Basic;
                }
            } else if (c == '\'') {
                if (next(1) == '\'' && next(2) == '\'') {
                    state = State::MultiLiteral;
                    i += 2;
                    column += 2;
                } else {
                    state = State::Literal;
                }
            } else if (c == '.' && ++dots > maxDots) {
                return DeepKey{line, column};
            }
            break;
        case State::Comment: break;
        case State::Basic:
        case State::MultiBasic:
            if (c == '\\' && next(1) != '\n') {
                ++i; // the escaped character (a line-ending backslash keeps its newline for the count)
                ++column;
            } else if (c == '"') {
                if (state == State::Basic) {
                    state = State::Code;
                } else if (next(1) == '"' && next(2) == '"') {
                    state = State::Code;
                    i += 2;
                    column += 2;
                }
            }
            break;
        case State::Literal:
            if (c == '\'') state = State::Code;
            break;
        case State::MultiLiteral:
            if (c == '\'' && next(1) == '\'' && next(2) == '\'') {
                state = State::Code;
                i += 2;
                column += 2;
            }
            break;
        }
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++column;
    }
    return std::nullopt;
}

std::size_t editDistance(std::string_view a, std::string_view b, std::size_t limit) {
    const std::size_t lengthGap = a.size() > b.size() ? a.size() - b.size() : b.size() - a.size();
    if (lengthGap > limit) return limit + 1;
    std::vector<std::size_t> previous(b.size() + 1);
    std::vector<std::size_t> current(b.size() + 1);
    std::iota(previous.begin(), previous.end(), std::size_t{0});
    for (std::size_t i = 1; i <= a.size(); ++i) {
        current[0] = i;
        std::size_t rowBest = current[0];
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
            rowBest = std::min(rowBest, current[j]);
        }
        if (rowBest > limit) return limit + 1;
        std::swap(previous, current);
    }
    return previous[b.size()];
}

std::string closestMatch(std::string_view word, std::span<const std::string_view> candidates) {
    // Long words are not typos of our short keys; skipping them keeps hostile input cheap.
    if (word.empty() || word.size() > 64) return {};
    std::string lowered(word);
    std::transform(lowered.begin(), lowered.end(), lowered.begin(),
                   [](char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; });
    std::string best;
    std::size_t bestDistance = 0;
    for (std::string_view candidate : candidates) {
        // About one slip per three letters, at least one: "tittle"→"title", not "id"→"image".
        const std::size_t limit = std::max<std::size_t>(1, candidate.size() / 3);
        const std::size_t d = editDistance(lowered, candidate, limit);
        if (d <= limit && (best.empty() || d < bestDistance)) {
            best = std::string(candidate);
            bestDistance = d;
        }
    }
    return best;
}

std::string closestMatch(std::string_view word, const std::vector<std::string>& candidates) {
    std::vector<std::string_view> views(candidates.begin(), candidates.end());
    return closestMatch(word, std::span<const std::string_view>(views));
}

std::string didYouMean(const std::string& suggestion) {
    return suggestion.empty() ? std::string() : " — did you mean '" + suggestion + "'?";
}

std::string joinList(std::span<const std::string_view> items, std::string_view separator) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i) out += separator;
        out += items[i];
    }
    return out;
}

std::string joinList(const std::vector<std::string>& items, std::string_view separator) {
    std::vector<std::string_view> views(items.begin(), items.end());
    return joinList(std::span<const std::string_view>(views), separator);
}

std::string quoteValue(std::string_view value) {
    constexpr std::size_t kMaxShown = 60;
    std::string out = "'";
    std::size_t shown = 0;
    for (std::size_t i = 0; i < value.size() && shown < kMaxShown; ++i, ++shown) {
        const auto c = static_cast<unsigned char>(value[i]);
        if (c < 0x20 || c == 0x7F) {
            static constexpr char kHex[] = "0123456789ABCDEF";
            out += "\\x";
            out += kHex[c >> 4];
            out += kHex[c & 15];
        } else {
            out += char(c);
            // Keep multi-byte characters whole so the message stays valid UTF-8.
            while (i + 1 < value.size() && (static_cast<unsigned char>(value[i + 1]) & 0xC0) == 0x80) {
                out += value[++i];
            }
        }
    }
    if (shown < value.size() && shown == kMaxShown) out += "…";
    out += "'";
    return out;
}

bool isValidId(std::string_view id) {
    if (id.empty() || id.size() > 64) return false;
    if (!isAsciiLetter(id[0]) && !isAsciiDigit(id[0])) return false;
    return std::all_of(id.begin(), id.end(),
                       [](char c) { return isAsciiLetter(c) || isAsciiDigit(c) || c == '-' || c == '_'; });
}

bool isValidLanguageCode(std::string_view code) {
    if (code.size() > 35) return false;
    std::size_t start = 0;
    bool first = true;
    while (true) {
        const std::size_t end = std::min(code.find('-', start), code.size());
        const std::string_view part = code.substr(start, end - start);
        if (first) {
            if (part.size() < 2 || part.size() > 3) return false;
            if (!std::all_of(part.begin(), part.end(), [](char c) { return c >= 'a' && c <= 'z'; })) return false;
        } else {
            if (part.empty() || part.size() > 8) return false;
            if (!std::all_of(part.begin(), part.end(), [](char c) { return isAsciiLetter(c) || isAsciiDigit(c); })) {
                return false;
            }
        }
        first = false;
        if (end == code.size()) return true;
        start = end + 1;
    }
}

} // namespace cs::detail
