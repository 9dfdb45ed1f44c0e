// Stage labels: layout from the stage's face anchors and coin outlines, then drawing on ImGui's
// background list (under any window, over the 3D stage).
#include "ui/stage_labels.h"

#include "core/action_stages.h"
#include "core/ui_text.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>

namespace cs {

std::string_view languageOf(const AppState& state) {
    if (state.scenario) return state.scenario->language; // a view of the scenario's own string
    return state.uiLanguage;
}

FaceWords faceWordsFor(const AppState& state, int coin, Face face) {
    const std::string_view lang = languageOf(state);
    FaceWords w;
    const std::string_view faceName = uiText(face == Face::Top ? UiText::TopFace : UiText::BottomFace, lang);
    w.meaning = uiText(face == Face::Top ? UiText::UnearnedAdvantage : UiText::UnearnedDisadvantage, lang);
    const Structure* structure =
        coin >= 0 && coin < int(state.coins.size()) ? state.structureOf(state.coins[std::size_t(coin)]) : nullptr;
    w.group = structure ? labelled(faceName, state.tr(face == Face::Top ? structure->top : structure->bottom), lang)
                        : std::string(faceName);
    return w;
}

namespace {

constexpr float kPadX = 20.0f; // at scale 1
constexpr float kPadY = 10.0f;
constexpr float kLineGap = 2.0f;
constexpr float kHeadingGap = 10.0f;

struct PlateLine {
    ImFont* font;
    const std::string* text;
};

std::vector<PlateLine> linesOf(const UiFonts& fonts, const FaceWords& w) {
    std::vector<PlateLine> lines{PlateLine{fonts.labelBold, &w.group}};
    if (!w.meaning.empty()) lines.push_back(PlateLine{fonts.label, &w.meaning});
    return lines;
}

// Splits text into lines no wider than `width` (at spaces where it can).
std::vector<std::string> wrapText(ImFont* font, const std::string& text, float width) {
    std::vector<std::string> lines;
    const char* begin = text.c_str();
    const char* end = begin + text.size();
    while (begin < end) {
        const char* cut = font->CalcWordWrapPositionA(1.0f, begin, end, width);
        if (cut == begin) cut = begin + 1; // a single glyph wider than the room: take it anyway
        std::string line(begin, cut);
        while (!line.empty() && line.back() == ' ') line.pop_back();
        lines.push_back(std::move(line));
        begin = cut;
        while (begin < end && *begin == ' ') ++begin;
    }
    if (lines.empty()) lines.emplace_back();
    return lines;
}

// Screen distance from a coin's centre to its nearest neighbour's (the whole stage for one coin).
float roomBetweenCoins(const StageView& view, int coin) {
    float room = view.framebuffer.x;
    const float x = view.project(view.coins[std::size_t(coin)].centre).x;
    for (int j = 0; j < int(view.coins.size()); ++j) {
        if (j != coin) room = std::min(room, std::abs(view.project(view.coins[std::size_t(j)].centre).x - x));
    }
    return room;
}

int structuresOnStage(const AppState& s) {
    int n = 0;
    for (const auto& c : s.coins) n += s.structureOf(c) ? 1 : 0;
    return n;
}

// Past three coins the faces carry numbered markers ("2 · top") and a legend names them.
bool compactLabels(const AppState& s) { return structuresOnStage(s) > 3; }

void keepInside(LabelBox& b, const PixelRect& r) {
    const glm::vec2 half = b.size * 0.5f;
    b.centre.x = std::clamp(b.centre.x, r.x + half.x, std::max(r.x + half.x, r.x + r.width - half.x));
    b.centre.y = std::clamp(b.centre.y, r.y + half.y, std::max(r.y + half.y, r.y + r.height - half.y));
}

// Top and bottom edges, on screen, of a coin as drawn by `model` (its rim, both faces).
glm::vec2 screenSpan(const StageView& view, const glm::mat4& model, const CoinShape& shape) {
    glm::vec2 span{1e9f, -1e9f};
    for (int k = 0; k < 16; ++k) {
        const float a = 6.2831853f * float(k) / 16.0f;
        for (float y : {-shape.thickness * 0.5f, shape.thickness * 0.5f}) {
            const glm::vec3 p = view.project(
                glm::vec3(model * glm::vec4(shape.radius * std::cos(a), y, shape.radius * std::sin(a), 1.0f)));
            span.x = std::min(span.x, p.y);
            span.y = std::max(span.y, p.y);
        }
    }
    return span;
}

float screenTop(const StageView& view, const CoinPose& pose, const CoinShape& shape) {
    return screenSpan(view, pose.model, shape).x;
}

} // namespace

glm::vec2 measureText(ImFont* font, const std::string& s, float wrapWidth) {
    if (!font || s.empty()) return {0.0f, 0.0f};
    const ImVec2 v = font->CalcTextSizeA(font->FontSize, 1e9f, wrapWidth, s.c_str());
    return {v.x, v.y};
}

void drawPerson(ImDrawList* dl, glm::vec2 at, float size, unsigned int fill, unsigned int edge) {
    dl->AddCircleFilled(ImVec2(at.x, at.y - size * 0.45f), size * 0.32f, fill);
    dl->AddCircle(ImVec2(at.x, at.y - size * 0.45f), size * 0.32f, edge, 0, size * 0.06f);
    dl->PathArcTo(ImVec2(at.x, at.y + size * 0.45f), size * 0.55f, 3.14159f, 6.28318f, 16);
    dl->PathFillConvex(fill);
    dl->PathArcTo(ImVec2(at.x, at.y + size * 0.45f), size * 0.55f, 3.14159f, 6.28318f, 16);
    dl->PathStroke(edge, 0, size * 0.06f);
}

StageLabels layoutStageLabels(const UiContext& ui) {
    StageLabels out;
    const float s = ui.fonts.scale;
    const StageConfig config;
    for (const auto& a : faceAnchors(ui.stage, config)) {
        LabelPlate p;
        p.coin = a.coin;
        p.face = a.face;
        p.words = faceWordsFor(ui.state, a.coin, a.face);
        if (compactLabels(ui.state) && ui.state.structureOf(ui.state.coins[std::size_t(a.coin)])) {
            const std::string_view lang = languageOf(ui.state);
            p.words = FaceWords{std::to_string(a.coin + 1) + " \xC2\xB7 " +
                                    std::string(uiText(a.face == Face::Top ? UiText::TopShort : UiText::BottomShort, lang)),
                                ""};
        }
        // Plates of neighbouring coins must not overlap: wrap to the room between their centres
        // (numbered markers are short and stay on one line).
        const float room = compactLabels(ui.state) ? 1e9f : roomBetweenCoins(ui.stage, a.coin) - 2.0f * kPadX * s - 12.0f * s;
        glm::vec2 size{0.0f};
        for (const auto& line : linesOf(ui.fonts, p.words)) {
            for (auto& text : wrapText(line.font, *line.text, std::max(room, 80.0f * s))) {
                PlateRow row;
                row.group = line.font == ui.fonts.labelBold;
                const glm::vec2 t = measureText(line.font, text);
                row.width = t.x;
                row.height = t.y;
                row.text = std::move(text);
                size.x = std::max(size.x, t.x);
                size.y += t.y + kLineGap * s;
                p.rows.push_back(std::move(row));
            }
        }
        p.size = size + glm::vec2(2.0f * kPadX * s, 2.0f * kPadY * s - kLineGap * s);
        p.centre = a.screen;
        if (actionProgressOn(ui.state, a.coin, Action::Levels) >= 0.0f && a.placement != FaceAnchor::Placement::BeyondRim) {
            // The face shows its level rings: the plate steps off it, above the top face and below
            // the bottom face.
            const CoinPose& pose = ui.stage.coins[std::size_t(a.coin)];
            const glm::mat4& m = a.placement == FaceAnchor::Placement::InMirror ? pose.mirrored : pose.model;
            const glm::vec2 span = screenSpan(ui.stage, m, config.shape);
            const float gap = 6.0f * s;
            p.centre.y = a.face == Face::Top ? span.x - gap - p.size.y * 0.5f : span.y + gap + p.size.y * 0.5f;
        } else if (a.placement == FaceAnchor::Placement::BeyondRim) {
            // Push the plate out until its edge, not its centre, touches the anchor.
            const glm::vec2 half = p.size * 0.5f;
            p.centre += a.outward * (std::abs(a.outward.x) * half.x + std::abs(a.outward.y) * half.y);
        }
        keepInside(p, ui.layout.stage);
        out.plates.push_back(std::move(p));
    }
    // A heading with the structure's name above each real coin, clear of that coin's plates (past
    // three coins the legend names them instead).
    for (int i = 0; !compactLabels(ui.state) && i < int(ui.stage.coins.size()) && i < int(ui.state.coins.size()); ++i) {
        const Structure* structure = ui.state.structureOf(ui.state.coins[std::size_t(i)]);
        if (!structure) continue;
        CoinHeading h;
        h.coin = i;
        h.name = ui.state.tr(structure->name);
        h.size = measureText(ui.fonts.title, h.name);
        float bottom = screenTop(ui.stage, ui.stage.coins[std::size_t(i)], config.shape);
        for (const auto& p : out.plates) {
            if (p.coin == i && p.centre.y < bottom + p.size.y) bottom = std::min(bottom, p.min().y);
        }
        h.centre = {ui.stage.project(ui.stage.coins[std::size_t(i)].centre).x, bottom - kHeadingGap * s - h.size.y * 0.5f};
        keepInside(h, ui.layout.stage);
        out.headings.push_back(std::move(h));
    }
    return out;
}

void StageLabelsPanel::drawContent(const UiContext& ui, CommandList&) {
    ImDrawList* dl = ImGui::GetBackgroundDrawList();
    const float s = ui.fonts.scale;
    const std::string_view lang = languageOf(ui.state);
    const StageLabels labels = layoutStageLabels(ui);
    float coinsShown = 0.0f; // the mirror goes with the last coin standing
    for (int i = 0; i < int(ui.state.coins.size()); ++i) coinsShown = std::max(coinsShown, coinPresence(ui.state, i).coin);
    if (ui.stage.mirrorAmount > 0.5f && !ui.stage.coins.empty() && coinsShown > 0.01f) {
        // The mirror's edge, named, so the lower images read as the same coins seen from below.
        const float y = ui.stage.mirrorPlaneY;
        const float x0 = ui.stage.coins.front().centre.x - 1.6f, x1 = ui.stage.coins.back().centre.x + 1.6f;
        const glm::vec3 a = ui.stage.project({x0, y, 0.0f}), b = ui.stage.project({x1, y, 0.0f});
        const float alpha = (ui.stage.mirrorAmount - 0.5f) * 2.0f * coinsShown;
        dl->AddLine(ImVec2(a.x, a.y), ImVec2(b.x, b.y), toImColor(ui.theme.textMuted, 0.55f * alpha), 2.0f * s);
        const std::string note(uiText(UiText::MirrorNote, lang));
        const ImVec2 t = ui.fonts.small->CalcTextSizeA(ui.fonts.small->FontSize, 1e9f, 0.0f, note.c_str());
        // The note only where it covers no label (a crowded row goes without it).
        const LabelBox noteBox{{b.x - t.x * 0.5f, b.y + 6.0f * s + t.y * 0.5f}, {t.x, t.y}};
        const bool clear = std::none_of(labels.plates.begin(), labels.plates.end(), [&](const LabelPlate& p) {
            return p.min().x < noteBox.max().x && noteBox.min().x < p.max().x && p.min().y < noteBox.max().y &&
                   noteBox.min().y < p.max().y;
        });
        if (clear) {
            dl->AddText(ui.fonts.small, ui.fonts.small->FontSize, ImVec2(b.x - t.x, b.y + 6.0f * s),
                        toImColor(ui.theme.textMuted, alpha), note.c_str());
        }
    }
    for (const auto& p : labels.plates) {
        const CoinPresence presence = coinPresence(ui.state, p.coin);
        const float alpha = 1.0f - presence.sideBySide;
        if (alpha <= 0.01f) continue;
        const ImVec2 lo{p.min().x, p.min().y}, hi{p.max().x, p.max().y};
        dl->AddRectFilled(lo, hi, toImColor(ui.theme.plate, 0.9f * alpha), 10.0f * s);
        dl->AddRect(lo, hi, toImColor(ui.theme.plateEdge, 0.9f * alpha), 10.0f * s, 0, 2.0f * s);
        float y = lo.y + kPadY * s;
        for (const auto& row : p.rows) {
            ImFont* font = row.group ? ui.fonts.labelBold : ui.fonts.label;
            // While a coin is dismantled, "unearned advantage / disadvantage" goes with it.
            const float lineAlpha = row.group ? alpha : alpha * presence.unearned;
            dl->AddText(font, font->FontSize, ImVec2(p.centre.x - row.width * 0.5f, y),
                        toImColor(ui.theme.plateText, lineAlpha), row.text.c_str());
            y += row.height + kLineGap * s;
        }
    }
    for (const auto& h : labels.headings) {
        dl->AddText(ui.fonts.title, ui.fonts.title->FontSize, ImVec2(h.min().x, h.min().y),
                    toImColor(ui.theme.text, coinPresence(ui.state, h.coin).coin), h.name.c_str());
    }
    // A dismantled coin: its two groups of people stand side by side, at one level, still who they are.
    for (int i = 0; i < int(ui.state.coins.size()) && i < int(ui.stage.coins.size()); ++i) {
        const float alpha = coinPresence(ui.state, i).sideBySide;
        const Structure* st = ui.state.structureOf(ui.state.coins[std::size_t(i)]);
        if (alpha <= 0.01f || !st) continue;
        const std::string groups[2] = {ui.state.tr(st->top), ui.state.tr(st->bottom)};
        const glm::vec2 sizes[2] = {measureText(ui.fonts.labelBold, groups[0]), measureText(ui.fonts.labelBold, groups[1])};
        const float gap = 24.0f * s, padX = kPadX * s, padY = kPadY * s;
        const float total = sizes[0].x + sizes[1].x + 4.0f * padX + gap;
        const glm::vec2 c = glm::vec2(ui.stage.project(ui.stage.coins[std::size_t(i)].centre));
        float x = std::clamp(c.x - total * 0.5f, ui.layout.stage.x, std::max(ui.layout.stage.x, ui.layout.stage.x + ui.layout.stage.width - total));
        for (int g = 0; g < 2; ++g) {
            const ImVec2 lo(x, c.y - sizes[g].y * 0.5f - padY), hi(x + sizes[g].x + 2.0f * padX, c.y + sizes[g].y * 0.5f + padY);
            dl->AddRectFilled(lo, hi, toImColor(ui.theme.plate, 0.9f * alpha), 10.0f * s);
            dl->AddRect(lo, hi, toImColor(ui.theme.plateEdge, 0.9f * alpha), 10.0f * s, 0, 2.0f * s);
            dl->AddText(ui.fonts.labelBold, ui.fonts.labelBold->FontSize, ImVec2(lo.x + padX, lo.y + padY),
                        toImColor(ui.theme.plateText, alpha), groups[g].c_str());
            // The people themselves, standing above their name: they are still here.
            const float fig = 30.0f * s;
            for (int k = -1; k <= 1; ++k) {
                drawPerson(dl, {(lo.x + hi.x) * 0.5f + float(k) * fig * 1.3f, lo.y - fig * 0.9f}, fig,
                           toImColor(ui.theme.plate, alpha), toImColor(ui.theme.text, alpha));
            }
            x = hi.x + gap;
        }
    }
    // The legend past three coins: number, name, and the people on each face.
    const PixelRect& legend = ui.layout.legend;
    if (compactLabels(ui.state) && legend.height > 0.0f) {
        const float colWidth = legend.width * 0.5f;
        int entry = 0;
        for (int i = 0; i < int(ui.state.coins.size()); ++i) {
            const Structure* st = ui.state.structureOf(ui.state.coins[std::size_t(i)]);
            if (!st) continue;
            const float x = legend.x + 16.0f * s + colWidth * float(entry % 2);
            const float lineH = ui.fonts.small->FontSize;
            const float y = legend.y + 8.0f * s + float(entry / 2) * (2.0f * lineH + 6.0f * s);
            const std::string first = std::to_string(i + 1) + "  " + ui.state.tr(st->name);
            const std::string second = labelled(uiText(UiText::TopShort, lang), ui.state.tr(st->top), lang) + " \xC2\xB7 " +
                                       labelled(uiText(UiText::BottomShort, lang), ui.state.tr(st->bottom), lang);
            // Each entry stays in its half of the legend, whatever the width of the window.
            dl->PushClipRect(ImVec2(x, legend.y), ImVec2(x + colWidth - 24.0f * s, legend.y + legend.height), true);
            dl->AddText(ui.fonts.small, lineH, ImVec2(x, y), toImColor(ui.theme.text), first.c_str());
            dl->AddText(ui.fonts.small, lineH, ImVec2(x + 24.0f * s, y + lineH), toImColor(ui.theme.textMuted),
                        second.c_str(), nullptr);
            dl->PopClipRect();
            ++entry;
        }
    }
}

} // namespace cs
