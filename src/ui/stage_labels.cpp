// Stage labels: layout from the stage's face anchors and coin outlines, then drawing (from the stage
// layout) on ImGui's background list (under any window, over the 3D stage).
#include "ui/stage_labels.h"

#include "core/action_stages.h"
#include "core/ui_text.h"
#include "ui/stage_layout.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>

namespace cs {

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

// Screen distance from a coin's centre to its nearest neighbour's (`whole` for one coin).
float roomBetweenCoins(const StageView& view, int coin, float whole) {
    float room = whole;
    const float x = view.project(view.coins[std::size_t(coin)].centre).x;
    for (int j = 0; j < int(view.coins.size()); ++j) {
        if (j != coin) room = std::min(room, std::abs(view.project(view.coins[std::size_t(j)].centre).x - x));
    }
    return room;
}

void keepInside(LabelBox& b, const PixelRect& r) {
    const glm::vec2 half = b.size * 0.5f;
    b.centre.x = std::clamp(b.centre.x, r.x + half.x, std::max(r.x + half.x, r.x + r.width - half.x));
    b.centre.y = std::clamp(b.centre.y, r.y + half.y, std::max(r.y + half.y, r.y + r.height - half.y));
}

bool overlaps(const LabelBox& a, const LabelBox& b) {
    return a.min().x < b.max().x && b.min().x < a.max().x && a.min().y < b.max().y && b.min().y < a.max().y;
}

// Moves `lower` down (and, when the area ends, `upper` up) until they no longer cover each other.
void separate(LabelBox& upper, LabelBox& lower, float gap, const PixelRect& area) {
    if (!overlaps(upper, lower)) return;
    lower.centre.y = upper.max().y + gap + lower.size.y * 0.5f;
    keepInside(lower, area);
    if (overlaps(upper, lower)) {
        upper.centre.y = lower.min().y - gap - upper.size.y * 0.5f;
        keepInside(upper, area);
    }
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

void drawDashedCircle(ImDrawList* dl, glm::vec2 centre, float radius, unsigned int colour, float thickness) {
    for (int k = 0; k < 16; k += 2) {
        const float a0 = 6.28318f * float(k) / 16.0f, a1 = 6.28318f * float(k + 1) / 16.0f;
        dl->PathArcTo(ImVec2(centre.x, centre.y), radius, a0, a1, 4);
        dl->PathStroke(colour, 0, thickness);
    }
}

void drawPerson(ImDrawList* dl, glm::vec2 at, float size, unsigned int fill, unsigned int edge) {
    dl->AddCircleFilled(ImVec2(at.x, at.y - size * 0.45f), size * 0.32f, fill);
    dl->AddCircle(ImVec2(at.x, at.y - size * 0.45f), size * 0.32f, edge, 0, size * 0.06f);
    dl->PathArcTo(ImVec2(at.x, at.y + size * 0.45f), size * 0.55f, 3.14159f, 6.28318f, 16);
    dl->PathFillConvex(fill);
    dl->PathArcTo(ImVec2(at.x, at.y + size * 0.45f), size * 0.55f, 3.14159f, 6.28318f, 16);
    dl->PathStroke(edge, 0, size * 0.06f);
}

int structuresOnStage(const AppState& s) {
    int n = 0;
    for (const auto& c : s.coins)
        n += s.structureOf(c) ? 1 : 0;
    return n;
}

bool compactStage(const ViewLayout& layout, const AppState& s) {
    return layout.compactStage || structuresOnStage(s) > 3;
}

std::string shortFaceWord(const AppState& s, Face face) {
    return std::string(uiText(face == Face::Top ? UiText::TopShort : UiText::BottomShort, languageOf(s)));
}

std::string numberedFace(const AppState& s, int coin, Face face) {
    return std::to_string(coin + 1) + " \xC2\xB7 " + shortFaceWord(s, face);
}

StageLabels layoutStageLabels(const UiContext& ui) {
    StageLabels out;
    const float s = ui.fonts.scale;
    const StageConfig config;
    const PixelRect area = ui.layout.coinArea.width > 0.0f ? ui.layout.coinArea : ui.layout.stage;
    const std::vector<FaceAnchor> anchors = faceAnchors(ui.stage, config);
    for (const auto& a : anchors) {
        LabelPlate p;
        p.coin = a.coin;
        p.face = a.face;
        p.words = faceWordsFor(ui.state, a.coin, a.face);
        p.alpha = 1.0f - coinPresence(ui.state, a.coin).sideBySide;
        // Plates of neighbouring coins must not overlap: wrap to the room between their centres, and
        // never wider than the coins' area (the items column is beside it).
        // (Between the anchors of either face: mirror images stand further away, so closer together,
        // and a turned coin has its other face up.)
        // A plate is centred on its face, so the stage's edges count too.
        float between = std::min({area.width, 2.0f * (a.screen.x - area.x), 2.0f * (area.x + area.width - a.screen.x)});
        for (const auto& b : anchors) {
            if (b.coin != a.coin) between = std::min(between, std::abs(b.screen.x - a.screen.x));
        }
        const float room = between - 2.0f * kPadX * s - 12.0f * s;
        if (compactStage(ui.layout, ui.state) && ui.state.structureOf(ui.state.coins[std::size_t(a.coin)])) {
            // "2 · top"; where coins stand close, the number above the word.
            const std::string number = std::to_string(a.coin + 1);
            p.words = FaceWords{numberedFace(ui.state, a.coin, a.face), ""};
            if (ui.layout.faceRowLabels)
                p.words = FaceWords{number, ""};
            else if (measureText(ui.fonts.labelBold, p.words.group).x > room)
                p.words = FaceWords{number, shortFaceWord(ui.state, a.face)};
        }
        glm::vec2 size{0.0f};
        for (const auto& line : linesOf(ui.fonts, p.words)) {
            p.wordCut = p.wordCut || !wordsFit(line.font, *line.text, std::max(room, 80.0f * s));
            for (auto& text : wrapLines(line.font, *line.text, std::max(room, 80.0f * s))) {
                PlateRow row;
                row.font = line.font;
                row.group = line.font == ui.fonts.labelBold;
                const glm::vec2 t = measureText(line.font, text);
                row.width = t.x;
                row.height = std::max(t.y, line.font->FontSize);
                row.text = std::move(text);
                size.x = std::max(size.x, t.x);
                size.y += row.height + kLineGap * s;
                p.rows.push_back(std::move(row));
            }
        }
        p.size = size + glm::vec2(2.0f * kPadX * s, 2.0f * kPadY * s - kLineGap * s);
        p.centre = a.screen;
        if (actionProgressOn(ui.state, a.coin, Action::Levels) >= 0.0f &&
            a.placement != FaceAnchor::Placement::BeyondRim && !ui.layout.levelPlatesOnFaces) {
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
        keepInside(p, area);
        out.plates.push_back(std::move(p));
    }
    // The two plates of a coin never cover each other (a small coin under large text).
    auto plateOf = [&](int coin, Face face) -> LabelPlate* {
        for (auto& p : out.plates) {
            if (p.coin == coin && p.face == face) return &p;
        }
        return nullptr;
    };
    auto separatePlates = [&](int coin) {
        LabelPlate* top = plateOf(coin, Face::Top);
        LabelPlate* bottom = plateOf(coin, Face::Bottom);
        if (!top || !bottom) return;
        if (top->centre.y <= bottom->centre.y)
            separate(*top, *bottom, 4.0f * s, area);
        else
            separate(*bottom, *top, 4.0f * s, area);
    };
    for (int i = 0; i < int(ui.stage.coins.size()); ++i)
        separatePlates(i);
    if (compactStage(ui.layout, ui.state) && ui.layout.faceRowLabels) {
        // Each row of faces named once, at its left (in the room the layout keeps there).
        for (Face face : kAllFaces) {
            float left = 1e9f, y = 0.0f;
            int n = 0;
            for (const auto& p : out.plates) {
                if (p.face != face || !ui.state.structureOf(ui.state.coins[std::size_t(p.coin)])) continue;
                left = std::min(left, p.min().x);
                y += p.centre.y;
                ++n;
            }
            if (n == 0) continue;
            FaceRowLabel row;
            row.face = face;
            row.font = ui.fonts.labelBold;
            row.text = shortFaceWord(ui.state, face);
            row.size = measureText(row.font, row.text) + glm::vec2(2.0f * kPadX * s, 2.0f * kPadY * s);
            row.centre = {left - 10.0f * s - row.size.x * 0.5f, y / float(n)};
            keepInside(row, area);
            out.rows.push_back(std::move(row));
        }
    }
    // A heading with the structure's name above each real coin, clear of that coin's plates (past
    // three coins the legend names them instead).
    for (int i = 0;
         !compactStage(ui.layout, ui.state) && i < int(ui.stage.coins.size()) && i < int(ui.state.coins.size()); ++i) {
        const Structure* structure = ui.state.structureOf(ui.state.coins[std::size_t(i)]);
        if (!structure) continue;
        CoinHeading h;
        h.coin = i;
        h.font = ui.fonts.title;
        h.alpha = coinPresence(ui.state, i).coin;
        h.name = ui.state.tr(structure->name);
        // A name longer than the coin's room wraps (it is never made smaller).
        const float room = std::min(roomBetweenCoins(ui.stage, i, area.width), area.width) - 12.0f * s;
        TextRun run = makeRun(ui.fonts.title, h.name, room);
        h.wordCut = !wordsFit(ui.fonts.title, h.name, room);
        h.name = run.text;
        h.size = run.size;
        float bottom = screenTop(ui.stage, ui.stage.coins[std::size_t(i)], config.shape);
        for (const auto& p : out.plates) {
            if (p.coin == i && p.centre.y < bottom + p.size.y) bottom = std::min(bottom, p.min().y);
        }
        h.centre = {ui.stage.project(ui.stage.coins[std::size_t(i)].centre).x,
                    bottom - kHeadingGap * s - h.size.y * 0.5f};
        keepInside(h, area);
        // No room above: the coin's plates give way below it.
        for (Face face : kAllFaces) {
            LabelPlate* p = plateOf(i, face);
            if (p && overlaps(h, *p)) separate(h, *p, kHeadingGap * s, area);
        }
        separatePlates(i);
        out.headings.push_back(std::move(h));
    }
    return out;
}

void StageLabelsPanel::drawContent(const UiContext& ui, CommandList&) {
    ImDrawList* dl = ImGui::GetBackgroundDrawList();
    const float s = ui.fonts.scale;
    const StageLayout layout = layoutStage(ui);
    if (const MirrorLayout& m = layout.mirror; m.shown) {
        dl->AddLine(ImVec2(m.from.x, m.from.y), ImVec2(m.to.x, m.to.y), toImColor(ui.theme.textMuted, 0.55f * m.alpha),
                    2.0f * s);
        if (m.noteShown) drawRun(dl, m.note, toImColor(ui.theme.textMuted, m.alpha));
    }
    for (const auto& p : layout.labels.plates) {
        if (p.alpha <= 0.01f) continue;
        const CoinPresence presence = coinPresence(ui.state, p.coin);
        const ImVec2 lo{p.min().x, p.min().y}, hi{p.max().x, p.max().y};
        dl->AddRectFilled(lo, hi, toImColor(ui.theme.plate, 0.9f * p.alpha), 10.0f * s);
        dl->AddRect(lo, hi, toImColor(ui.theme.plateEdge, 0.9f * p.alpha), 10.0f * s, 0, 2.0f * s);
        float y = lo.y + kPadY * s;
        for (const auto& row : p.rows) {
            // While a coin is dismantled, "unearned advantage / disadvantage" goes with it.
            const float lineAlpha = row.group ? p.alpha : p.alpha * presence.unearned;
            dl->AddText(row.font, row.font->FontSize, ImVec2(p.centre.x - row.width * 0.5f, y),
                        toImColor(ui.theme.plateText, lineAlpha), row.text.c_str());
            y += row.height + kLineGap * s;
        }
    }
    for (const auto& r : layout.labels.rows) {
        const ImVec2 lo{r.min().x, r.min().y}, hi{r.max().x, r.max().y};
        dl->AddRect(lo, hi, toImColor(ui.theme.plateEdge, 0.9f), 10.0f * s, 0, 2.0f * s);
        dl->AddText(r.font, r.font->FontSize, ImVec2(lo.x + kPadX * s, lo.y + kPadY * s), toImColor(ui.theme.text),
                    r.text.c_str());
    }
    for (const auto& h : layout.labels.headings) {
        if (h.alpha <= 0.01f) continue;
        // Each line of a wrapped name centred over the coin.
        float y = h.min().y;
        std::size_t start = 0;
        while (start <= h.name.size()) {
            const std::size_t nl = std::min(h.name.find('\n', start), h.name.size());
            const std::string line = h.name.substr(start, nl - start);
            const glm::vec2 t = measureText(h.font, line);
            dl->AddText(h.font, h.font->FontSize, ImVec2(h.centre.x - t.x * 0.5f, y), toImColor(ui.theme.text, h.alpha),
                        line.c_str());
            y += h.font->FontSize;
            start = nl + 1;
        }
    }
    // A dismantled coin: its two groups of people stand side by side, at one level, still who they are.
    for (const auto& g : layout.groups) {
        if (g.alpha <= 0.01f) continue;
        const ImVec2 lo(g.plate.x, g.plate.y), hi(g.plate.x + g.plate.width, g.plate.y + g.plate.height);
        dl->AddRectFilled(lo, hi, toImColor(ui.theme.plate, 0.9f * g.alpha), 10.0f * s);
        dl->AddRect(lo, hi, toImColor(ui.theme.plateEdge, 0.9f * g.alpha), 10.0f * s, 0, 2.0f * s);
        drawRun(dl, g.name, toImColor(ui.theme.plateText, g.alpha));
        // The people themselves, standing above their name: they are still here.
        for (const auto& f : g.figures) {
            drawPerson(dl, f, g.figureSize, toImColor(ui.theme.plate, g.alpha), toImColor(ui.theme.text, g.alpha));
        }
    }
    // The legend past three coins: number, name, and the people on each face.
    for (const auto& e : layout.legend) {
        if (e.oldPlaceRadius > 0.0f)
            drawDashedCircle(dl, e.oldPlaceCentre, e.oldPlaceRadius, toImColor(ui.theme.text, 0.9f), 2.5f * s);
        drawRun(dl, e.name, toImColor(ui.theme.text));
        drawRun(dl, e.faces, toImColor(ui.theme.textMuted));
    }
}

} // namespace cs
