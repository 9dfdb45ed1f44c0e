// French typography at display time (see the header for the rules).
#include "core/french_typography.h"

namespace cs {

namespace {

constexpr std::string_view kOpenQuote = "\xC2\xAB";  // «
constexpr std::string_view kCloseQuote = "\xC2\xBB"; // »

bool endsWith(std::string_view s, std::string_view tail) {
    return s.size() >= tail.size() && s.substr(s.size() - tail.size()) == tail;
}

bool startsWith(std::string_view s, std::string_view head) {
    return s.substr(0, head.size()) == head;
}

// What may follow a mark that ends a word: nothing, a blank, or a closing mark.
bool endsAWord(std::string_view rest) {
    if (rest.empty()) return true;
    const char c = rest.front();
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == ')' || c == ']' || c == '"' || c == '\'' ||
           startsWith(rest, kCloseQuote) || startsWith(rest, kNoBreakSpace) || startsWith(rest, kNarrowNoBreakSpace);
}

// The output so far ends with a word a space could be added after (not a blank, not the start, not a mark
// that takes no space before the next one: "?!" stays together; not a digit before ":", as in 9:30).
bool wordBefore(std::string_view out, char mark) {
    if (out.empty()) return false;
    const char c = out.back();
    if (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '(' || c == '[') return false;
    if (c == '!' || c == '?' || c == ':' || c == ';') return false;
    if (mark == ':' && c >= '0' && c <= '9') return false;
    if (endsWith(out, kNoBreakSpace) || endsWith(out, kNarrowNoBreakSpace) || endsWith(out, kOpenQuote)) return false;
    return true;
}

void trimSpaces(std::string& out) {
    while (!out.empty() && out.back() == ' ')
        out.pop_back();
}

} // namespace

std::string frenchTypography(std::string_view text) {
    std::string out;
    out.reserve(text.size() + text.size() / 16);
    for (std::size_t i = 0; i < text.size();) {
        const std::string_view rest = text.substr(i);
        const char c = text[i];
        if (c == ':' || c == ';' || c == '!' || c == '?' || c == '%') {
            const std::string_view space = c == ':' || c == '%' ? kNoBreakSpace : kNarrowNoBreakSpace;
            const bool spaced = !out.empty() && out.back() == ' ';
            if (spaced) {
                trimSpaces(out);
                if (!out.empty() && out.back() != '\n') out += space;
            } else if (c != '%' && wordBefore(out, c) && endsAWord(rest.substr(1))) {
                out += space;
            }
            out += c;
            ++i;
            continue;
        }
        if (startsWith(rest, kOpenQuote)) {
            out += kOpenQuote;
            i += kOpenQuote.size();
            std::size_t spaces = 0;
            while (i + spaces < text.size() && text[i + spaces] == ' ')
                ++spaces;
            const std::string_view after = text.substr(i + spaces);
            if (!after.empty() && !startsWith(after, kNoBreakSpace) && !startsWith(after, kNarrowNoBreakSpace) &&
                after.front() != '\n') {
                out += kNoBreakSpace;
            }
            i += spaces;
            continue;
        }
        if (startsWith(rest, kCloseQuote)) {
            const bool spaced = !out.empty() && out.back() == ' ';
            trimSpaces(out);
            if (!out.empty() && out.back() != '\n' && !endsWith(out, kNoBreakSpace) &&
                !endsWith(out, kNarrowNoBreakSpace) && (spaced || !endsWith(out, kOpenQuote))) {
                out += kNoBreakSpace;
            }
            out += kCloseQuote;
            i += kCloseQuote.size();
            continue;
        }
        out += c;
        ++i;
    }
    return out;
}

} // namespace cs
