// The last whole frame (stage, panels, caption), kept in a texture so that a frame which would draw
// exactly the same pixels again costs a clear and a copy of its non-background parts instead of a
// full redraw.
#pragma once

#include "render/gl_objects.h"

#include <array>
#include <cstdint>
#include <filesystem>
#include <span>
#include <vector>

namespace cs {

// A window redraws when something might have changed: an event, a settling panel, a clock. Most of
// those frames at a step at rest come out identical to the one before. The caller says what a frame
// is made of (a checksum of everything that decides its pixels, and whether the stage is unchanged);
// a frame the same as the one before is drawn into the kept picture once and then, while it stays
// the same, shown again by clearing the window to the background and copying only the tiles of the
// picture that are not plain background (on a software renderer every pixel copied costs).
class KeptFrame {
  public:
    explicit KeptFrame(std::filesystem::path shaderDir) : shaderDir_(std::move(shaderDir)) {}

    enum class Plan {
        Draw,        // draw into the window as usual (something changed)
        DrawAndKeep, // the same as the frame before: draw into the window, then keep() it
        ShowKept,    // the kept picture is this frame: show() it, draw nothing
    };
    // Decides how to draw the next frame of `width` × `height` pixels. `stageUnchanged`: the stage
    // would reuse its own picture; `signature`: everything else that decides the pixels.
    Plan plan(bool stageUnchanged, std::uint64_t signature, int width, int height);

    // For DrawAndKeep, once the frame is drawn in the window's back buffer (framebuffer 0): keeps the
    // tiles of it that differ from `background` (0–255 RGB), packed side by side in one texture.
    void keep(int width, int height, std::array<std::uint8_t, 3> background);
    // Shows the kept frame in framebuffer 0: the background, then the kept tiles in their places.
    void show();
    // Nothing kept; frees the picture.
    void forget();

    // Turned off, every frame is drawn (the benchmark's full redraws).
    void setEnabled(bool on);
    bool lastShown() const { return lastShown_; }
    // Share of the window whose pixels are kept (the rest is background or one colour), 0–1.
    float keptShare() const { return keptShare_; }

    static constexpr int kTile = 32; // pixels: the grain of what is kept

    // A rectangle of the window (x, y from the bottom left, width, height) that is not background:
    // either one colour throughout (`flat`, `colour`) or pixels to keep.
    struct Run {
        int x = 0, y = 0, width = 0, height = 0;
        bool flat = false;
        std::array<std::uint8_t, 3> colour{};
    };
    // The runs of a `width` × `height` picture: its tiles that hold a pixel other than `background`,
    // merged along each row of tiles (tiles of one colour with their neighbours of the same colour,
    // the others with each other). `rowsFromBottom(first, count)` gives the RGBA bytes of `count`
    // rows starting at row `first` (counted from the bottom).
    template <typename ReadRows>
    static std::vector<Run> runsNotBackground(int width, int height, std::array<std::uint8_t, 3> background,
                                              ReadRows&& rowsFromBottom);
    // Where each run of pixels to keep goes in a packed picture `width` texels wide: left to right in
    // rows as high as the tallest run of the row (flat runs take no room). Gives the corners and the
    // packed height.
    static std::vector<std::array<int, 2>> pack(std::span<const Run> runs, int width, int& packedHeight);

  private:
    bool ensureProgram();

    std::filesystem::path shaderDir_;
    gl::Program copy_, fill_; // the kept pixels; the rectangles of one colour
    gl::VertexArray vao_;
    gl::Buffer vertices_;
    GLint copySize_ = -1, copyKeptSize_ = -1, copyPicture_ = -1, fillSize_ = -1, fillColour_ = -1;
    bool programTried_ = false;
    gl::Texture packed_;
    int packedWidth_ = 0, packedHeight_ = 0;
    int width_ = 0, height_ = 0;
    std::array<float, 3> clear_{0.0f, 0.0f, 0.0f};
    GLsizei copyVertices_ = 0; // the first vertices: the runs copied from the packed picture
    struct Fill {
        GLint first = 0;
        GLsizei count = 0;
        std::array<float, 4> colour{};
    };
    std::vector<Fill> fills;    // then the runs of each colour
    bool holds_ = false;        // a frame is kept: the one of lastSignature_
    bool havePrevious_ = false; // lastSignature_ describes the frame before
    std::uint64_t lastSignature_ = 0;
    bool enabled_ = true;
    bool lastShown_ = false;
    float keptShare_ = 0.0f;
};

template <typename ReadRows>
std::vector<KeptFrame::Run> KeptFrame::runsNotBackground(int width, int height, std::array<std::uint8_t, 3> background,
                                                         ReadRows&& rowsFromBottom) {
    struct Tile {
        bool busy = false, uniform = true;
        std::array<std::uint8_t, 3> first{};
    };
    std::vector<Run> runs;
    const int columns = (width + kTile - 1) / kTile;
    std::vector<Tile> tiles(static_cast<std::size_t>(columns));
    for (int y = 0; y < height; y += kTile) {
        const int rows = std::min(kTile, height - y);
        const std::span<const std::uint8_t> pixels = rowsFromBottom(y, rows);
        for (int c = 0; c < columns; ++c) {
            Tile t;
            const std::uint8_t* first = pixels.data() + std::size_t(c) * kTile * 4;
            t.first = {first[0], first[1], first[2]};
            const int x1 = std::min((c + 1) * kTile, width);
            for (int r = 0; r < rows && (t.uniform || !t.busy); ++r) {
                const std::uint8_t* row = pixels.data() + std::size_t(r) * std::size_t(width) * 4;
                for (int x = c * kTile; x < x1; ++x) {
                    const std::uint8_t* p = row + std::size_t(x) * 4;
                    if (p[0] != background[0] || p[1] != background[1] || p[2] != background[2]) t.busy = true;
                    if (p[0] != t.first[0] || p[1] != t.first[1] || p[2] != t.first[2]) t.uniform = false;
                }
            }
            tiles[std::size_t(c)] = t;
        }
        for (int c = 0; c < columns;) {
            const Tile& t = tiles[std::size_t(c)];
            if (!t.busy) {
                ++c;
                continue;
            }
            int end = c + 1;
            while (end < columns) {
                const Tile& n = tiles[std::size_t(end)];
                const bool same = n.busy && n.uniform == t.uniform && (!t.uniform || n.first == t.first);
                if (!same) break;
                ++end;
            }
            const int x0 = c * kTile, x1 = std::min(end * kTile, width);
            runs.push_back({x0, y, x1 - x0, rows, t.uniform, t.first});
            c = end;
        }
    }
    return runs;
}

} // namespace cs
