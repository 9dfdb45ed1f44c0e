// Untrusted scenario text made safe for HTML: escaping, paragraphs and line breaks, web addresses.
#pragma once

#include <string>
#include <string_view>

namespace cs::handout {

// Appends `text` with & < > " ' escaped, so it is safe both as element content and inside a quoted
// attribute. Control characters HTML does not allow (all but tab and line feed) are dropped, a
// carriage return becomes a line feed, and malformed UTF-8 becomes U+FFFD.
void appendEscaped(std::string& out, std::string_view text);
std::string escapeHtml(std::string_view text);

// The text on one line: every run of white space (line breaks included) becomes one space, trimmed.
// For alt text and <title>, where a line break means nothing.
std::string oneLine(std::string_view text);

// Block text: paragraphs (<p>) split at blank lines; a single line break inside one becomes <br>.
// `attributes` (already safe, e.g. ` class="x"`) go on each <p>. Nothing is appended for blank text.
void appendParagraphs(std::string& out, std::string_view text, std::string_view attributes = {});

// Inline text: escaped, with line breaks as <br> (for list items and headings).
void appendInline(std::string& out, std::string_view text);

// Whether `address` may become a link: http:// or https:// (any case) and nothing that could end
// the attribute or smuggle in another scheme. Anything else is shown as text only.
bool isWebAddress(std::string_view address);

} // namespace cs::handout
