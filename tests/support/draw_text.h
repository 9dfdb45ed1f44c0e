// Finds text in Dear ImGui's draw data: a string drawn with any of the atlas's fonts leaves one quad
// per visible glyph, four vertices each, whose texture corners are that glyph's. Used to prove what
// a view shows, and above all what it never shows (the presenter's notes on the audience view).
#pragma once

#include <imgui.h>
#include <imgui_internal.h>

#include <cfloat>
#include <optional>
#include <string_view>
#include <vector>

namespace cs::testing {

// The glyphs of `text` that leave a quad (spaces and line breaks leave none), at most `limit`.
inline std::vector<const ImFontGlyph*> visibleGlyphs(ImFont& font, std::string_view text, std::size_t limit) {
    std::vector<const ImFontGlyph*> out;
    const char* p = text.data();
    const char* end = text.data() + text.size();
    while (p < end && out.size() < limit) {
        unsigned int c = 0;
        const int n = ImTextCharFromUtf8(&c, p, end);
        if (n <= 0) break;
        p += n;
        const ImFontGlyph* g = font.FindGlyph(ImWchar(c));
        if (g && g->Visible) out.push_back(g);
    }
    return out;
}

// Where the first run of the first `limit` visible glyphs of `text` starts (its first quad's top-left
// corner) in one draw list of `data`, in any font of the current ImGui context's atlas, at or right of
// `minX`; nullopt when it is not drawn.
inline std::optional<ImVec2> findDrawnText(const ImDrawData* data, std::string_view text, float minX = 0.0f,
                                           std::size_t limit = 40) {
    if (!data || text.empty()) return std::nullopt;
    ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
    for (ImFont* font : atlas.Fonts) {
        const std::vector<const ImFontGlyph*> glyphs = visibleGlyphs(*font, text, limit);
        if (glyphs.empty()) continue;
        for (int l = 0; l < data->CmdListsCount; ++l) {
            const ImVector<ImDrawVert>& v = data->CmdLists[l]->VtxBuffer;
            const int need = int(glyphs.size()) * 4;
            for (int i = 0; i + need <= v.Size; ++i) {
                bool all = true;
                for (std::size_t j = 0; j < glyphs.size() && all; ++j) {
                    const ImDrawVert& a = v[i + int(j) * 4];
                    const ImDrawVert& c = v[i + int(j) * 4 + 2];
                    all = a.uv.x == glyphs[j]->U0 && a.uv.y == glyphs[j]->V0 && c.uv.x == glyphs[j]->U1 &&
                          c.uv.y == glyphs[j]->V1;
                }
                if (all && v[i].pos.x >= minX) return v[i].pos;
            }
        }
    }
    return std::nullopt;
}

// True when `text` (its first `limit` visible glyphs) is drawn anywhere in `data`.
inline bool drawDataContainsText(const ImDrawData* data, std::string_view text, std::size_t limit = 40) {
    return findDrawnText(data, text, -FLT_MAX, limit).has_value();
}

} // namespace cs::testing
