// Wrapped, measured text runs and box helpers for the audience view's layouts.
#include "ui/layout_text.h"

#include <imgui.h>

#include <algorithm>
#include <cfloat>

namespace cs {

std::vector<std::string> wrapLines(ImFont* font, const std::string& text, float width) {
    std::vector<std::string> lines;
    if (!font) return lines;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t nl = std::min(text.find('\n', start), text.size());
        const char* begin = text.data() + start;
        const char* end = text.data() + nl;
        if (begin == end) lines.emplace_back();
        while (begin < end) {
            // The same cut ImGui's own wrapping makes (and French typography's no-break spaces hold).
            const char* cut = width > 0.0f ? font->CalcWordWrapPositionA(1.0f, begin, end, width) : end;
            if (cut == begin) cut = begin + 1; // a glyph wider than the room: take it anyway
            // Never cut inside a UTF-8 sequence.
            while (cut < end && (static_cast<unsigned char>(*cut) & 0xC0) == 0x80)
                ++cut;
            std::string line(begin, cut);
            while (!line.empty() && (line.back() == ' ' || line.back() == '\t'))
                line.pop_back();
            lines.push_back(std::move(line));
            begin = cut;
            while (begin < end && (*begin == ' ' || *begin == '\t'))
                ++begin;
        }
        start = nl + 1;
    }
    if (lines.empty()) lines.emplace_back();
    return lines;
}

float widestWord(ImFont* font, const std::string& text) {
    if (!font) return 0.0f;
    float widest = 0.0f;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find_first_of(" \t\n", start);
        if (end == std::string::npos) end = text.size();
        if (end > start) {
            widest = std::max(
                widest, font->CalcTextSizeA(font->FontSize, FLT_MAX, 0.0f, text.data() + start, text.data() + end).x);
        }
        start = end + 1;
    }
    return widest;
}

bool wordsFit(ImFont* font, const std::string& text, float width) {
    return widestWord(font, text) <= width;
}

namespace {

std::string joined(const std::vector<std::string>& lines) {
    std::string out;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (i) out += '\n';
        out += lines[i];
    }
    return out;
}

glm::vec2 measured(ImFont* font, const std::string& text) {
    if (!font || text.empty()) return {0.0f, 0.0f};
    const ImVec2 v = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0.0f, text.c_str());
    return {v.x, v.y};
}

} // namespace

TextRun makeRun(ImFont* font, const std::string& text, float width, glm::vec2 pos) {
    TextRun run;
    run.font = font;
    run.pos = pos;
    if (!font || text.empty()) return run;
    run.text = width > 0.0f ? joined(wrapLines(font, text, width)) : text;
    run.size = measured(font, run.text);
    return run;
}

TextRun makeRunAtMost(ImFont* font, const std::string& text, float width, int maxLines, glm::vec2 pos) {
    TextRun run = makeRun(font, text, width, pos);
    if (!font || text.empty()) return run;
    std::vector<std::string> lines = wrapLines(font, text, width);
    if (int(lines.size()) <= std::max(maxLines, 1)) return run;
    lines.resize(std::size_t(std::max(maxLines, 1)));
    std::string& last = lines.back();
    const std::string ellipsis = "\xE2\x80\xA6";
    // Drop words (then glyphs) until the line and its ellipsis fit.
    while (!last.empty() && width > 0.0f && measured(font, last + ellipsis).x > width) {
        const std::size_t space = last.find_last_of(' ');
        if (space != std::string::npos && space > 0) {
            last.resize(space);
        } else {
            last.pop_back();
            while (!last.empty() && (static_cast<unsigned char>(last.back()) & 0xC0) == 0x80)
                last.pop_back();
            if (!last.empty() && static_cast<unsigned char>(last.back()) >= 0xC0) last.pop_back();
        }
        while (!last.empty() && last.back() == ' ')
            last.pop_back();
    }
    last += ellipsis;
    run.text = joined(lines);
    run.size = measured(font, run.text);
    return run;
}

float linesHeight(const ImFont* font, int lines) {
    return font ? font->FontSize * float(std::max(lines, 0)) : 0.0f;
}

void drawRun(ImDrawList* dl, const TextRun& run, unsigned int colour) {
    if (!run.font || run.text.empty()) return;
    dl->AddText(run.font, run.font->FontSize, ImVec2(run.pos.x, run.pos.y), colour, run.text.c_str());
}

bool intersects(const PixelRect& a, const PixelRect& b) {
    if (a.width <= 0.0f || a.height <= 0.0f || b.width <= 0.0f || b.height <= 0.0f) return false;
    return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

bool contains(const PixelRect& outer, const PixelRect& inner, float slack) {
    return inner.x >= outer.x - slack && inner.y >= outer.y - slack &&
           inner.x + inner.width <= outer.x + outer.width + slack &&
           inner.y + inner.height <= outer.y + outer.height + slack;
}

PixelRect inflated(const PixelRect& r, float by) {
    return {r.x - by, r.y - by, r.width + 2.0f * by, r.height + 2.0f * by};
}

PixelRect boxAround(glm::vec2 centre, glm::vec2 size) {
    return {centre.x - size.x * 0.5f, centre.y - size.y * 0.5f, size.x, size.y};
}

PixelRect unionOf(const PixelRect& a, const PixelRect& b) {
    if (a.width <= 0.0f && a.height <= 0.0f) return b;
    if (b.width <= 0.0f && b.height <= 0.0f) return a;
    const float x0 = std::min(a.x, b.x), y0 = std::min(a.y, b.y);
    const float x1 = std::max(a.x + a.width, b.x + b.width), y1 = std::max(a.y + a.height, b.y + b.height);
    return {x0, y0, x1 - x0, y1 - y0};
}

PixelRect bottomOf(const PixelRect& r, float height) {
    const float h = std::min(height, r.height);
    return {r.x, r.y + r.height - h, r.width, h};
}

bool Occupied::free(const PixelRect& r) const {
    return std::none_of(boxes.begin(), boxes.end(), [&](const PixelRect& b) { return intersects(r, b); });
}

float Occupied::overlap(const PixelRect& r) const {
    float area = 0.0f;
    for (const auto& b : boxes) {
        const float w = std::min(r.x + r.width, b.x + b.width) - std::max(r.x, b.x);
        const float h = std::min(r.y + r.height, b.y + b.height) - std::max(r.y, b.y);
        if (w > 0.0f && h > 0.0f) area += w * h;
    }
    return area;
}

} // namespace cs
