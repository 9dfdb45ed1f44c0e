// Finding the UI font in the browser: there is no fontconfig there; the web build packs Noto Sans
// (regular and bold, from Debian's fonts-noto-core, the files fontconfig picks on the desktop) into
// its data at COINSTUDIO_EMBEDDED_FONT_DIR.
#include "ui/fonts.h"

#include "core/file_io.h"

#ifndef COINSTUDIO_EMBEDDED_FONT_DIR
#define COINSTUDIO_EMBEDDED_FONT_DIR "/data/fonts"
#endif

namespace cs {

bool findFontFiles(FontFiles& out, std::string& error) {
    constexpr std::size_t kMaxFontBytes = 64u << 20;
    const std::string dir = COINSTUDIO_EMBEDDED_FONT_DIR;
    const std::string regular = dir + "/NotoSans-Regular.ttf";
    const std::string bold = dir + "/NotoSans-Bold.ttf";
    auto r = readFileCapped(regular, kMaxFontBytes);
    auto b = readFileCapped(bold, kMaxFontBytes);
    if (!r.ok || r.bytes.empty()) {
        error = "the page's font '" + regular + "' is missing from its data: build the page again (./web.sh)";
        return false;
    }
    out.regular = regular;
    out.family = "Noto Sans";
    out.regularData = std::move(r.bytes);
    if (b.ok && !b.bytes.empty()) {
        out.bold = bold;
        out.boldData = std::move(b.bytes);
    } else {
        out.bold = regular;
        out.boldData = out.regularData;
        out.boldIsSynthetic = true;
    }
    return true;
}

} // namespace cs
