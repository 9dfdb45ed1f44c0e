// Escaping and shaping untrusted scenario text for the handouts' HTML.
#include "core/handout/html_text.h"

#include "core/scenario/text_util.h"

#include <cctype>
#include <vector>

namespace cs::handout {
namespace {

bool isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// Line feeds only: scenario files may use CRLF, and a lone CR would otherwise vanish as a control.
std::string normalisedLines(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\r') {
            out += '\n';
            if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
        } else {
            out += text[i];
        }
    }
    return out;
}

std::string_view trimmed(std::string_view text) {
    while (!text.empty() && isSpace(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && isSpace(text.back()))
        text.remove_suffix(1);
    return text;
}

// Lines of a paragraph appended escaped, joined by <br>; blank lines inside cannot occur here.
void appendLines(std::string& out, std::string_view text) {
    bool first = true;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        if (!first) out += "<br>\n";
        appendEscaped(out, trimmed(text.substr(start, end - start)));
        first = false;
        start = end + 1;
    }
}

} // namespace

void appendEscaped(std::string& out, std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte < 0x80) {
            switch (byte) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            case '\t':
            case '\n': out += char(byte); break;
            case '\r': out += '\n'; break;
            default:
                // C0 controls and DEL are not allowed in HTML text; they carry nothing readable.
                if (byte >= 0x20 && byte != 0x7F) out += char(byte);
            }
            ++i;
            continue;
        }
        const std::size_t length = detail::utf8SequenceLength(text, i);
        if (length == 0) {
            out += "\xEF\xBF\xBD"; // U+FFFD for a byte that starts no well-formed sequence
            ++i;
            continue;
        }
        // C1 controls (U+0080–U+009F, encoded C2 80 … C2 9F) are as invisible as C0 ones.
        const bool c1Control = length == 2 && byte == 0xC2 && static_cast<unsigned char>(text[i + 1]) < 0xA0;
        if (!c1Control) out.append(text.substr(i, length));
        i += length;
    }
}

std::string escapeHtml(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    appendEscaped(out, text);
    return out;
}

std::string oneLine(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    bool pendingSpace = false;
    for (const char c : text) {
        if (isSpace(c)) {
            pendingSpace = !out.empty();
            continue;
        }
        if (pendingSpace) out += ' ';
        pendingSpace = false;
        out += c;
    }
    return out;
}

void appendParagraphs(std::string& out, std::string_view text, std::string_view attributes) {
    const std::string lines = normalisedLines(text);
    // Split at blank lines (lines holding only white space count as blank).
    std::vector<std::string_view> paragraphs;
    std::size_t paragraphStart = 0;
    std::size_t lineStart = 0;
    const std::string_view all(lines);
    while (lineStart <= all.size()) {
        std::size_t lineEnd = all.find('\n', lineStart);
        if (lineEnd == std::string_view::npos) lineEnd = all.size();
        if (trimmed(all.substr(lineStart, lineEnd - lineStart)).empty()) {
            paragraphs.push_back(all.substr(paragraphStart, lineStart - paragraphStart));
            paragraphStart = lineEnd + 1;
        }
        lineStart = lineEnd + 1;
    }
    if (paragraphStart < all.size()) paragraphs.push_back(all.substr(paragraphStart));
    for (const std::string_view paragraph : paragraphs) {
        const std::string_view body = trimmed(paragraph);
        if (body.empty()) continue;
        out += "<p";
        out += attributes;
        out += '>';
        appendLines(out, body);
        out += "</p>\n";
    }
}

void appendInline(std::string& out, std::string_view text) {
    const std::string lines = normalisedLines(text);
    appendLines(out, trimmed(lines));
}

bool isWebAddress(std::string_view address) {
    auto startsWith = [&](std::string_view prefix) {
        if (address.size() <= prefix.size()) return false;
        for (std::size_t i = 0; i < prefix.size(); ++i) {
            if (std::tolower(static_cast<unsigned char>(address[i])) != prefix[i]) return false;
        }
        return true;
    };
    if (!startsWith("https://") && !startsWith("http://")) return false;
    for (const char c : address) {
        const auto byte = static_cast<unsigned char>(c);
        // No spaces or controls (they would end or bend the address) and no quotes or angle
        // brackets (escaped anyway, but never meant to be in an address).
        if (byte <= 0x20 || byte == 0x7F || c == '"' || c == '\'' || c == '<' || c == '>' || c == '`') return false;
    }
    return true;
}

} // namespace cs::handout
