// Face label plates: layout from the stage's face anchors, then drawing on ImGui's background list.
#include "ui/stage_labels.h"

#include <imgui.h>

#include <algorithm>

namespace cs {

FaceWords faceWordsFor(const AppState&, int, Face face) {
    // The generic coin of the start scene; structures bring their own words with scenarios.
    FaceWords w;
    w.group = face == Face::Top ? "Top face" : "Bottom face";
    w.meaning = face == Face::Top ? "unearned advantage" : "unearned disadvantage";
    return w;
}

namespace {

constexpr float kPadX = 22.0f; // at scale 1
constexpr float kPadY = 12.0f;
constexpr float kLineGap = 4.0f;

glm::vec2 textSize(ImFont* font, const std::string& s) {
    if (!font || s.empty()) return {0.0f, 0.0f};
    const ImVec2 v = font->CalcTextSizeA(font->FontSize, 1e9f, 0.0f, s.c_str());
    return {v.x, v.y};
}

struct PlateLines {
    ImFont* font;
    const std::string* text;
};

std::vector<PlateLines> linesOf(const UiFonts& fonts, const FaceWords& w) {
    std::vector<PlateLines> lines;
    if (!w.structure.empty()) lines.push_back({fonts.labelBold, &w.structure});
    lines.push_back({w.structure.empty() ? fonts.labelBold : fonts.label, &w.group});
    lines.push_back({fonts.label, &w.meaning});
    return lines;
}

} // namespace

std::vector<LabelPlate> layoutLabelPlates(const UiContext& ui) {
    std::vector<LabelPlate> plates;
    const float s = ui.fonts.scale;
    const auto anchors = faceAnchors(ui.stage);
    for (const auto& a : anchors) {
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
        size += glm::vec2(2.0f * kPadX * s, 2.0f * kPadY * s - kLineGap * s);
        p.size = size;
        p.centre = a.screen;
        if (a.placement == FaceAnchor::Placement::BeyondRim) {
            // Push the plate out until its edge, not its centre, touches the anchor.
            const glm::vec2 half = size * 0.5f;
            const float along = std::abs(a.outward.x) * half.x + std::abs(a.outward.y) * half.y;
            p.centre += a.outward * along;
        }
        // Keep the plate inside the stage rect.
        const PixelRect& r = ui.layout.stage;
        p.centre.x = std::clamp(p.centre.x, r.x + size.x * 0.5f, std::max(r.x + size.x * 0.5f, r.x + r.width - size.x * 0.5f));
        p.centre.y = std::clamp(p.centre.y, r.y + size.y * 0.5f, std::max(r.y + size.y * 0.5f, r.y + r.height - size.y * 0.5f));
        plates.push_back(std::move(p));
    }
    return plates;
}

void StageLabelsPanel::drawContent(const UiContext& ui, CommandList&) {
    ImDrawList* dl = ImGui::GetBackgroundDrawList();
    const float s = ui.fonts.scale;
    if (ui.stage.mirrorAmount > 0.5f && !ui.stage.coins.empty()) {
        // The mirror's edge, named, so the lower images read as the same coins seen from below.
        const float y = ui.stage.mirrorPlaneY;
        const float x0 = ui.stage.coins.front().centre.x - 1.6f, x1 = ui.stage.coins.back().centre.x + 1.6f;
        const glm::vec3 a = ui.stage.project({x0, y, 0.0f}), b = ui.stage.project({x1, y, 0.0f});
        const float alpha = (ui.stage.mirrorAmount - 0.5f) * 2.0f;
        dl->AddLine(ImVec2(a.x, a.y), ImVec2(b.x, b.y), toImColor(ui.theme.textMuted, 0.55f * alpha), 2.0f * s);
        const char* note = "mirror: the same coin seen from below";
        const ImVec2 t = ui.fonts.small->CalcTextSizeA(ui.fonts.small->FontSize, 1e9f, 0.0f, note);
        dl->AddText(ui.fonts.small, ui.fonts.small->FontSize, ImVec2(b.x - t.x, b.y + 6.0f * s),
                    toImColor(ui.theme.textMuted, alpha), note);
    }
    for (const auto& p : layoutLabelPlates(ui)) {
        const ImVec2 lo{p.min().x, p.min().y}, hi{p.max().x, p.max().y};
        dl->AddRectFilled(lo, hi, toImColor(ui.theme.plate, 0.88f), 10.0f * s);
        dl->AddRect(lo, hi, toImColor(ui.theme.plateEdge, 0.9f), 10.0f * s, 0, 2.0f * s);
        float y = lo.y + kPadY * s;
        for (const auto& line : linesOf(ui.fonts, p.words)) {
            const glm::vec2 t = textSize(line.font, *line.text);
            dl->AddText(line.font, line.font->FontSize, ImVec2(p.centre.x - t.x * 0.5f, y),
                        toImColor(ui.theme.plateText), line.text->c_str());
            y += t.y + kLineGap * s;
        }
    }
}

} // namespace cs
