// French typography at display time: the spaces French puts before « : ; ! ? % » and inside « »
// become no-break spaces (and are added where a text has none), so that a wrapped line never starts
// with one of those marks. Scenario files are never changed; only what is shown is.
#pragma once

#include <string>
#include <string_view>

namespace cs {

inline constexpr std::string_view kNoBreakSpace = "\xC2\xA0";           // U+00A0, before « : » and inside « »
inline constexpr std::string_view kNarrowNoBreakSpace = "\xE2\x80\xAF"; // U+202F, before « ; ! ? »

// `text` as French typography sets it:
// - before ":" (and "%"), after "«" and before "»": an ordinary space (or several) becomes one U+00A0;
// - before ";", "!" and "?": an ordinary space (or several) becomes one U+202F;
// - where that space is missing (Canadian usage often omits it before ; ! ?), it is added after a word,
//   when the mark ends a word (a space, a line break, a closing mark or the end follows): "9:30", "https://"
//   and "?!" are left as they are. "%" only has a space turned, never added.
// Text that already has U+00A0 or U+202F there is left as it is.
std::string frenchTypography(std::string_view text);

} // namespace cs
