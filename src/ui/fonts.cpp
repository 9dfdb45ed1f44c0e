// Font lookup (fontconfig) and atlas baking (Dear ImGui with the FreeType builder).
#include "ui/fonts.h"

#include <fontconfig/fontconfig.h>
#include <imgui.h>
#include <imgui_freetype.h>

#include "core/file_io.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <memory>
#include <strings.h>

// Written against Dear ImGui 1.86: with another version, re-check what bakeFonts relies on, then
// change the number.
static_assert(IMGUI_VERSION_NUM == 18600,
              "fonts.cpp: ImGui 1.86 copies each font file into the atlas and ClearInputData after Build keeps "
              "the fonts usable: re-check for this Dear ImGui version");

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

// Latin, Latin-1 (French accents), Latin Extended-A, general punctuation (dashes, curly quotes,
// bullets, ellipsis) and a few arrows used in the UI.
const ImWchar* latinRanges() {
    static const ImWchar kRanges[] = {0x0020, 0x00FF, 0x0100, 0x017F, 0x2010, 0x205E, 0x20AC,
                                      0x20AC, 0x2190, 0x2193, 0x2212, 0x2212, 0};
    return kRanges;
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

float fontScaleFor(int framebufferHeight, float textScale) {
    const float raw = float(std::max(framebufferHeight, 1)) / 1080.0f * std::clamp(textScale, 0.25f, 4.0f);
    // Steps of 1/20 keep the number of rebuilds low while resizing; 0.4 keeps small windows readable.
    return std::clamp(std::round(raw * 20.0f) / 20.0f, 0.4f, 3.0f);
}

bool bakeFonts(ImFontAtlas& atlas, FontFiles& files, float scale, UiFonts& out, std::string& error) {
    if (files.regularData.empty() || files.boldData.empty()) {
        error = "no font data loaded";
        return false;
    }
    atlas.Clear();
    atlas.FontBuilderIO = ImGuiFreeType::GetBuilderForFreeType();
    atlas.FontBuilderFlags = ImGuiFreeTypeBuilderFlags_LightHinting;
    auto add = [&](std::vector<std::uint8_t>& data, float px, bool bold) -> ImFont* {
        ImFontConfig cfg;
        cfg.FontDataOwnedByAtlas = false; // FontFiles owns the bytes
        cfg.OversampleH = 1;
        cfg.OversampleV = 1;
        cfg.PixelSnapH = true;
        if (bold && files.boldIsSynthetic) cfg.FontBuilderFlags |= ImGuiFreeTypeBuilderFlags_Bold;
        return atlas.AddFontFromMemoryTTF(data.data(), int(data.size()), std::round(px * scale), &cfg, latinRanges());
    };
    out.ui = add(files.regularData, font_px::kUi, false); // first font = ImGui's default
    out.title = add(files.boldData, font_px::kTitle, true);
    out.body = add(files.regularData, font_px::kBody, false);
    out.bodyBold = add(files.boldData, font_px::kBody, true);
    out.label = add(files.regularData, font_px::kLabel, false);
    out.labelBold = add(files.boldData, font_px::kLabel, true);
    out.small = add(files.regularData, font_px::kSmall, false);
    out.scale = scale;
    if (!out.ui || !out.title || !out.body || !out.bodyBold || !out.label || !out.labelBold || !out.small ||
        !atlas.Build()) {
        error = "could not load the font files '" + files.regular + "' / '" + files.bold + "'";
        atlas.Clear();
        out = UiFonts{};
        return false;
    }
    // The atlas keeps a copy of the font file for each size it baked (half a megabyte each), only to
    // bake again; every bake starts again from `files` (Clear above), so the copies go now.
    atlas.ClearInputData();
    return true;
}

PreparedFonts::PreparedFonts() : atlas(std::make_unique<ImFontAtlas>()) {}
PreparedFonts::~PreparedFonts() = default;

void prepareFonts(PreparedFonts& out, float scale) {
    out.ok = findFontFiles(out.files, out.error) && bakeFonts(*out.atlas, out.files, scale, out.fonts, out.error);
}

} // namespace cs
