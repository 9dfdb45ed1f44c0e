// Stage labels: layout from the stage's face anchors and coin outlines, then drawing on ImGui's
// background list (under any window, over the 3D stage).
#include "ui/stage_labels.h"

#include "core/ui_text.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>

namespace cs {

std::string_view languageOf(const AppState& state) {
    if (state.scenario) return state.scenario->language; // a view of the scenario's own string
    return "en";
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

glm::vec2 textSize(ImFont* font, const std::string& s) {
    if (!font || s.empty()) return {0.0f, 0.0f};
    const ImVec2 v = font->CalcTextSizeA(font->FontSize, 1e9f, 0.0f, s.c_str());
    return {v.x, v.y};
}

struct PlateLine {
    ImFont* font;
    const std::string* text;
};

std::array<PlateLine, 2> linesOf(const UiFonts& fonts, const FaceWords& w) {
    return {PlateLine{fonts.labelBold, &w.group}, PlateLine{fonts.label, &w.meaning}};
}

void keepInside(LabelBox& b, const PixelRect& r) {
    const glm::vec2 half = b.size * 0.5f;
    b.centre.x = std::clamp(b.centre.x, r.x + half.x, std::max(r.x + half.x, r.x + r.width - half.x));
    b.centre.y = std::clamp(b.centre.y, r.y + half.y, std::max(r.y + half.y, r.y + r.height - half.y));
}

// Top edge, on screen, of a coin as drawn (its rim, both faces).
float screenTop(const StageView& view, const CoinPose& pose, const CoinShape& shape) {
    float top = 1e9f;
    for (int k = 0; k < 16; ++k) {
        const float a = 6.2831853f * float(k) / 16.0f;
        for (float y : {-shape.thickness * 0.5f, shape.thickness * 0.5f}) {
            const glm::vec3 p = view.project(
                glm::vec3(pose.model * glm::vec4(shape.radius * std::cos(a), y, shape.radius * std::sin(a), 1.0f)));
            top = std::min(top, p.y);
        }
    }
    return top;
}

} // namespace

StageLabels layoutStageLabels(const UiContext& ui) {
    StageLabels out;
    const float s = ui.fonts.scale;
    const StageConfig config;
    for (const auto& a : faceAnchors(ui.stage, config)) {
        LabelPlate p;
        p.coin = a.coin;
        p.face = a.face;
        p.words = faceWordsFor(ui.state, a.coin, a.face);
        glm::vec2 size{0.0f};
        for (const auto& line : linesOf(ui.fonts, p.words)) {
            const glm::vec2 t = textSize(line.font, *line.text);
            size.x = std::max(size.x, t.x);
            size.y += t.y + kLineGap * s;
        }
        p.size = size + glm::vec2(2.0f * kPadX * s, 2.0f * kPadY * s - kLineGap * s);
        p.centre = a.screen;
        if (a.placement == FaceAnchor::Placement::BeyondRim) {
            // Push the plate out until its edge, not its centre, touches the anchor.
            const glm::vec2 half = p.size * 0.5f;
            p.centre += a.outward * (std::abs(a.outward.x) * half.x + std::abs(a.outward.y) * half.y);
        }
        keepInside(p, ui.layout.stage);
        out.plates.push_back(std::move(p));
    }
    // A heading with the structure's name above each real coin, clear of that coin's plates.
    for (int i = 0; i < int(ui.stage.coins.size()) && i < int(ui.state.coins.size()); ++i) {
        const Structure* structure = ui.state.structureOf(ui.state.coins[std::size_t(i)]);
        if (!structure) continue;
        CoinHeading h;
        h.coin = i;
        h.name = ui.state.tr(structure->name);
        h.size = textSize(ui.fonts.title, h.name);
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
    if (ui.stage.mirrorAmount > 0.5f && !ui.stage.coins.empty()) {
        // The mirror's edge, named, so the lower images read as the same coins seen from below.
        const float y = ui.stage.mirrorPlaneY;
        const float x0 = ui.stage.coins.front().centre.x - 1.6f, x1 = ui.stage.coins.back().centre.x + 1.6f;
        const glm::vec3 a = ui.stage.project({x0, y, 0.0f}), b = ui.stage.project({x1, y, 0.0f});
        const float alpha = (ui.stage.mirrorAmount - 0.5f) * 2.0f;
        dl->AddLine(ImVec2(a.x, a.y), ImVec2(b.x, b.y), toImColor(ui.theme.textMuted, 0.55f * alpha), 2.0f * s);
        const std::string note(uiText(UiText::MirrorNote, lang));
        const ImVec2 t = ui.fonts.small->CalcTextSizeA(ui.fonts.small->FontSize, 1e9f, 0.0f, note.c_str());
        dl->AddText(ui.fonts.small, ui.fonts.small->FontSize, ImVec2(b.x - t.x, b.y + 6.0f * s),
                    toImColor(ui.theme.textMuted, alpha), note.c_str());
    }
    const StageLabels labels = layoutStageLabels(ui);
    for (const auto& p : labels.plates) {
        const ImVec2 lo{p.min().x, p.min().y}, hi{p.max().x, p.max().y};
        dl->AddRectFilled(lo, hi, toImColor(ui.theme.plate, 0.9f), 10.0f * s);
        dl->AddRect(lo, hi, toImColor(ui.theme.plateEdge, 0.9f), 10.0f * s, 0, 2.0f * s);
        float y = lo.y + kPadY * s;
        for (const auto& line : linesOf(ui.fonts, p.words)) {
            const glm::vec2 t = textSize(line.font, *line.text);
            dl->AddText(line.font, line.font->FontSize, ImVec2(p.centre.x - t.x * 0.5f, y),
                        toImColor(ui.theme.plateText), line.text->c_str());
            y += t.y + kLineGap * s;
        }
    }
    for (const auto& h : labels.headings) {
        dl->AddText(ui.fonts.title, ui.fonts.title->FontSize, ImVec2(h.min().x, h.min().y), toImColor(ui.theme.text),
                    h.name.c_str());
    }
}

} // namespace cs
