// Finding the UI font on the desktop: fontconfig's choice for Noto Sans, else DejaVu Sans.
#include "ui/fonts.h"

#include "core/file_io.h"

#include <fontconfig/fontconfig.h>

#include <cstdlib>
#include <filesystem>
#include <memory>
#include <strings.h>

namespace cs {
namespace {

struct PatternDeleter {
    void operator()(FcPattern* p) const { FcPatternDestroy(p); }
};
using Pattern = std::unique_ptr<FcPattern, PatternDeleter>;

// The file fontconfig picks for `family` at `weight`, if its family really is `family` (fontconfig
// always returns *something*; a substitute for a missing family is not what we asked for).
bool match(const char* family, int weight, std::string& file, bool& exactWeight) {
    Pattern pattern(FcPatternCreate());
    if (!pattern) return false;
    FcPatternAddString(pattern.get(), FC_FAMILY, reinterpret_cast<const FcChar8*>(family));
    FcPatternAddInteger(pattern.get(), FC_WEIGHT, weight);
    FcPatternAddInteger(pattern.get(), FC_SLANT, FC_SLANT_ROMAN);
    FcConfigSubstitute(nullptr, pattern.get(), FcMatchPattern);
    FcDefaultSubstitute(pattern.get());
    FcResult result = FcResultNoMatch;
    Pattern found(FcFontMatch(nullptr, pattern.get(), &result));
    if (!found || result != FcResultMatch) return false;
    FcChar8* foundFamily = nullptr;
    FcChar8* foundFile = nullptr;
    int foundWeight = 0;
    if (FcPatternGetString(found.get(), FC_FAMILY, 0, &foundFamily) != FcResultMatch) return false;
    if (FcPatternGetString(found.get(), FC_FILE, 0, &foundFile) != FcResultMatch) return false;
    if (strcasecmp(reinterpret_cast<const char*>(foundFamily), family) != 0) return false;
    std::error_code ec;
    if (!std::filesystem::is_regular_file(reinterpret_cast<const char*>(foundFile), ec)) return false;
    FcPatternGetInteger(found.get(), FC_WEIGHT, 0, &foundWeight);
    file = reinterpret_cast<const char*>(foundFile);
    exactWeight = std::abs(foundWeight - weight) <= 20;
    return true;
}

} // namespace

bool findFontFiles(FontFiles& out, std::string& error) {
    if (!FcInit()) {
        error = "fontconfig could not start, so no font can be found";
        return false;
    }
    for (const char* family : {"Noto Sans", "DejaVu Sans"}) {
        std::string regular, bold;
        bool exact = false, boldExact = false;
        if (!match(family, FC_WEIGHT_REGULAR, regular, exact)) continue;
        if (!match(family, FC_WEIGHT_BOLD, bold, boldExact) || !boldExact) {
            bold = regular;
            out.boldIsSynthetic = true;
        }
        constexpr std::size_t kMaxFontBytes = 64u << 20;
        auto r = readFileCapped(regular, kMaxFontBytes);
        auto b = readFileCapped(bold, kMaxFontBytes);
        if (!r.ok || !b.ok || r.bytes.empty() || b.bytes.empty()) continue;
        out.regular = regular;
        out.bold = bold;
        out.family = family;
        out.regularData = std::move(r.bytes);
        out.boldData = std::move(b.bytes);
        return true;
    }
    error = "no usable font: neither 'Noto Sans' nor 'DejaVu Sans' was found by fontconfig. Install one "
            "(Debian: apt-get install fonts-noto-core or fonts-dejavu-core) and start again.";
    return false;
}

} // namespace cs
