// Which build this is: the desktop app or the web page (emscripten). Only what a browser cannot offer
// looks at it: presenter mode's windows, the editor's files, exports and the live room stay in the
// desktop app, and the page says so where a person would look for them (the File menu).
#pragma once

namespace cs {

#if defined(__EMSCRIPTEN__)
inline constexpr bool kWebPage = true;
#else
inline constexpr bool kWebPage = false;
#endif

} // namespace cs
