// Fonts: finds Noto Sans (else DejaVu Sans) through fontconfig and bakes the ImGui atlas at the pixel
// sizes the views draw, so projector text is sharp instead of a small font scaled up.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

struct ImFont;
struct ImFontAtlas;

namespace cs {

struct FontFiles {
    std::string regular;
    std::string bold; // may equal regular (bold is then synthesised)
    std::string family;
    bool boldIsSynthetic = false;
    // The files' bytes, read once; the atlas borrows them (they must outlive every bake).
    std::vector<std::uint8_t> regularData;
    std::vector<std::uint8_t> boldData;
};

// Looks up the UI font and reads it. Returns false with `error` set (what is missing and how to
// install it) when no usable font exists.
bool findFontFiles(FontFiles& out, std::string& error);

// Pixel sizes at 1080 lines and text scale 1; everything scales with the framebuffer height.
namespace font_px {
inline constexpr float kTitle = 52.0f;
inline constexpr float kBody = 32.0f;
inline constexpr float kLabel = 30.0f;
inline constexpr float kSmall = 24.0f;
inline constexpr float kUi = 20.0f;
} // namespace font_px

struct UiFonts {
    ImFont* title = nullptr;     // bold
    ImFont* body = nullptr;
    ImFont* bodyBold = nullptr;
    ImFont* label = nullptr;
    ImFont* labelBold = nullptr;
    ImFont* small = nullptr;
    ImFont* ui = nullptr;
    float scale = 0.0f; // the scale the atlas was baked at
};

// The scale for a framebuffer height and text-scale setting, rounded so that small resizes do not
// rebuild the atlas. Capped so the atlas fits a texture every driver accepts.
float fontScaleFor(int framebufferHeight, float textScale);

// Clears `atlas` and bakes every font at `scale`. Returns false with `error` if FreeType cannot
// read the files.
bool bakeFonts(ImFontAtlas& atlas, FontFiles& files, float scale, UiFonts& out, std::string& error);

} // namespace cs
