// Text as the audience view lays it out: a run of lines already wrapped and measured, so what is
// drawn is exactly what was measured (and what the layout tests check), plus the few box helpers the
// stage and caption layouts share.
#pragma once

#include "core/stage_geometry.h"

#include <glm/vec2.hpp>

#include <string>
#include <vector>

struct ImFont;
struct ImDrawList;

namespace cs {

// One piece of text as drawn: its lines joined by '\n', at `pos` (top-left), `size` as measured.
struct TextRun {
    ImFont* font = nullptr;
    glm::vec2 pos{0.0f};
    glm::vec2 size{0.0f};
    std::string text;

    PixelRect rect() const { return {pos.x, pos.y, size.x, size.y}; }
    bool empty() const { return text.empty(); }
};

// `text` split into lines no wider than `width` (at blanks where it can, as ImGui wraps; a word
// wider than the room is cut between glyphs so nothing runs past it). Line breaks in the text stay.
std::vector<std::string> wrapLines(ImFont* font, const std::string& text, float width);

// Whether every word of `text` fits in `width` (else wrapping has to cut a word between glyphs).
bool wordsFit(ImFont* font, const std::string& text, float width);

// The width of the widest word of `text` (the narrowest it can wrap without cutting a word).
float widestWord(ImFont* font, const std::string& text);

// `text` wrapped at `width` and measured, at `pos`. A width <= 0 keeps it on one line.
TextRun makeRun(ImFont* font, const std::string& text, float width, glm::vec2 pos = glm::vec2(0.0f));

// As makeRun, but at most `maxLines` lines: when the text needs more, the last line kept ends in
// "…" (a last resort of layouts that have no more room; the text keeps its size).
TextRun makeRunAtMost(ImFont* font, const std::string& text, float width, int maxLines,
                      glm::vec2 pos = glm::vec2(0.0f));

// The height of `lines` lines of `font`.
float linesHeight(const ImFont* font, int lines);

// Draws a run in one colour.
void drawRun(ImDrawList* dl, const TextRun& run, unsigned int colour);

// --- boxes --------------------------------------------------------------------------------------------

bool intersects(const PixelRect& a, const PixelRect& b);
// `inner` lies within `outer` (`slack` pixels of rounding allowed).
bool contains(const PixelRect& outer, const PixelRect& inner, float slack = 0.5f);
PixelRect inflated(const PixelRect& r, float by);
PixelRect boxAround(glm::vec2 centre, glm::vec2 size);
PixelRect unionOf(const PixelRect& a, const PixelRect& b);
PixelRect bottomOf(const PixelRect& r, float height); // the strip of `height` at the bottom of r

// Something the room reads, with its box: what must not overlap anything else (the layout tests).
struct LaidOutBlock {
    std::string what; // for test messages: "plate 1 top", "persona Robin", "item …"
    PixelRect box;
};

// The boxes a layout has placed so far, for finding a free spot for the next thing.
struct Occupied {
    std::vector<PixelRect> boxes;
    void add(const PixelRect& r) { boxes.push_back(r); }
    bool free(const PixelRect& r) const;
    float overlap(const PixelRect& r) const; // total area r shares with the boxes
};

} // namespace cs
