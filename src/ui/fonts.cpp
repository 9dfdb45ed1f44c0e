// Atlas baking (Dear ImGui with the FreeType builder). Finding the font files is per platform:
// font_files.cpp (fontconfig) on the desktop, font_files_embedded.cpp in the browser.
#include "ui/fonts.h"

#include <imgui.h>
#include <imgui_freetype.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <memory>

// Written against Dear ImGui 1.86: with another version, re-check what bakeFonts relies on, then
// change the number.
static_assert(IMGUI_VERSION_NUM == 18600,
              "fonts.cpp: ImGui 1.86 copies each font file into the atlas and ClearInputData after Build keeps "
              "the fonts usable: re-check for this Dear ImGui version");

namespace cs {
namespace {

// Latin, Latin-1 (French accents), Latin Extended-A, general punctuation (dashes, curly quotes,
// bullets, ellipsis) and a few arrows used in the UI.
const ImWchar* latinRanges() {
    static const ImWchar kRanges[] = {0x0020, 0x00FF, 0x0100, 0x017F, 0x2010, 0x205E, 0x20AC,
                                      0x20AC, 0x2190, 0x2193, 0x2212, 0x2212, 0};
    return kRanges;
}

} // namespace

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
