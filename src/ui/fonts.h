// Fonts: finds Noto Sans (else DejaVu Sans) through fontconfig and bakes the ImGui atlas at the pixel
// sizes the views draw, so projector text is sharp instead of a small font scaled up.
#pragma once

#include <cstdint>
#include <memory>
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
// Everything the audience view draws is read from the back of a room: at least kRoomMinimum (28 px),
// titles at least kRoomTitleMinimum (48 px), at every screen height. kSmall is 29, not 28, because
// fontScaleFor rounds the scale to 1/20 and sizes round to whole pixels: at 720 or 768 lines a 28
// would come out a fraction under the minimum. Only the workspace's own widgets use kUi.
namespace font_px {
inline constexpr float kTitle = 52.0f;
inline constexpr float kBody = 32.0f;
inline constexpr float kLabel = 30.0f;
inline constexpr float kSmall = 29.0f;
inline constexpr float kUi = 20.0f;
inline constexpr float kRoomMinimum = 28.0f;
inline constexpr float kRoomTitleMinimum = 48.0f;
} // namespace font_px

struct UiFonts {
    ImFont* title = nullptr; // bold
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

// Fonts found and baked before there is a window: on a thread of their own while SDL, EGL and the
// GL driver start (the two longest parts of start-up, on two cores). The window's ImGui context
// then draws with `atlas`, which must outlive it.
struct PreparedFonts {
    PreparedFonts();
    ~PreparedFonts();
    PreparedFonts(const PreparedFonts&) = delete;
    PreparedFonts& operator=(const PreparedFonts&) = delete;

    FontFiles files;
    std::unique_ptr<ImFontAtlas> atlas;
    UiFonts fonts;
    bool ok = false;
    std::string error; // when !ok: what findFontFiles or bakeFonts said
};

// Finds the font files and bakes `out.atlas` at `scale`. Uses no ImGui context (ImGui's allocator
// counts into the current one): call it on another thread only while no ImGui context exists.
void prepareFonts(PreparedFonts& out, float scale);

} // namespace cs
