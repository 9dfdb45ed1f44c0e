// Stage overlay drawing, from the stage layout. Everything here is screen-space (ImGui draw lists),
// anchored to the 3D stage through the same StageView the renderer used, so it stays on the coins as
// they move.
#include "ui/stage_overlay.h"

#include "core/action_stages.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>

namespace cs {
namespace {

constexpr Rgb8 kAdvantageEdge = okabe_ito::skyBlue;   // equal weight: same chips, two hues of
constexpr Rgb8 kDisadvantageEdge = okabe_ito::orange; // similar lightness, and words as well

ImVec2 im(glm::vec2 v) {
    return ImVec2(v.x, v.y);
}

void drawNote(ImDrawList* dl, const UiContext& ui, const NoteBox& n) {
    if (n.alpha <= 0.01f) return;
    const float s = ui.fonts.scale;
    dl->AddRectFilled(ImVec2(n.box.x, n.box.y), ImVec2(n.box.x + n.box.width, n.box.y + n.box.height),
                      toImColor(ui.theme.plate, 0.85f * n.alpha), 8.0f * s);
    drawRun(dl, n.text, toImColor(ui.theme.text, n.alpha));
}

// The unearned advantages and disadvantages of the coin in focus.
void drawItems(ImDrawList* dl, const UiContext& ui, const StageLayout& l) {
    const float alpha = l.itemsAlpha;
    if (alpha <= 0.01f) return;
    const float s = ui.fonts.scale;
    for (const auto& list : l.items) {
        const Rgb8 edge = list.face == Face::Top ? kAdvantageEdge : kDisadvantageEdge;
        drawRun(dl, list.heading, toImColor(ui.theme.text, alpha));
        for (const auto& c : list.chips) {
            const ImVec2 lo(c.box.x, c.box.y), hi(c.box.x + c.box.width, c.box.y + c.box.height);
            dl->AddRectFilled(lo, hi, toImColor(ui.theme.plate, 0.9f * alpha), 6.0f * s);
            dl->AddRect(lo, hi, toImColor(edge, alpha), 6.0f * s, 0, 2.5f * s);
            drawRun(dl, c.text, toImColor(ui.theme.text, alpha));
        }
        drawRun(dl, list.more, toImColor(ui.theme.textMuted, alpha));
        // Advantages gather at the top face, disadvantages stand at the bottom face: a line to the face
        // (one coin), or the face's plate outlined in the list's colour (several coins).
        if (list.link) {
            const glm::vec2 a = list.linkFrom, b = list.linkTo;
            dl->AddBezierCubic(im(a), ImVec2(a.x - 60.0f * s, a.y), ImVec2(b.x + 60.0f * s, b.y), im(b),
                               toImColor(edge, 0.8f * alpha), 2.5f * s);
            dl->AddCircleFilled(im(b), 5.0f * s, toImColor(edge, alpha));
        }
        if (list.outline) {
            const PixelRect& r = list.outlineBox;
            dl->AddRect(ImVec2(r.x, r.y), ImVec2(r.x + r.width, r.y + r.height), toImColor(edge, alpha), 12.0f * s, 0,
                        3.0f * s);
        }
    }
}

void drawMarker(ImDrawList* dl, const UiContext& ui, const PersonaMarker& m, float alpha) {
    const float s = ui.fonts.scale;
    const ImVec2 c = im(m.centre);
    dl->AddCircleFilled(c, m.radius, toImColor(ui.theme.plate, 0.95f * alpha));
    if (const UiPicture* pic = m.personaId.empty() || m.initialsOnly ? nullptr : ui.picture("persona:" + m.personaId)) {
        // The portrait, cropped to its central square and to the circle.
        const float w = float(pic->width), h = float(pic->height);
        const ImVec2 uv0(w > h ? (1.0f - h / w) * 0.5f : 0.0f, h > w ? (1.0f - w / h) * 0.5f : 0.0f);
        const ImVec2 uv1(1.0f - uv0.x, 1.0f - uv0.y);
        dl->AddImageRounded(pic->texture, ImVec2(c.x - m.radius, c.y - m.radius),
                            ImVec2(c.x + m.radius, c.y + m.radius), uv0, uv1, toImColor({255, 255, 255}, alpha),
                            m.radius);
    } else {
        // No picture: initials (a placeholder that still says who it is).
        const ImVec2 t = ui.fonts.bodyBold->CalcTextSizeA(ui.fonts.bodyBold->FontSize, 1e9f, 0.0f, m.initials.c_str());
        dl->AddText(ui.fonts.bodyBold, ui.fonts.bodyBold->FontSize, ImVec2(c.x - t.x * 0.5f, c.y - t.y * 0.5f),
                    toImColor(ui.theme.text, alpha), m.initials.c_str());
    }
    dl->AddCircle(c, m.radius, toImColor(ui.theme.text, alpha), 0, 2.5f * s);
    if (m.nameRun.empty()) return;
    const PixelRect& b = m.nameBox;
    dl->AddRectFilled(ImVec2(b.x, b.y), ImVec2(b.x + b.width, b.y + b.height), toImColor(ui.theme.plate, 0.85f * alpha),
                      4.0f * s);
    drawRun(dl, m.nameRun, toImColor(ui.theme.text, alpha));
}

// The place a lifted person left: outlined, captioned, and it stays.
void drawOldPlace(ImDrawList* dl, const UiContext& ui, const PersonaMarker& m, float alpha) {
    if (alpha <= 0.01f) return;
    const float s = ui.fonts.scale;
    drawDashedCircle(dl, m.centre, m.radius, toImColor(ui.theme.text, 0.9f * alpha), 2.5f * s);
    if (m.nameRun.empty()) return; // named in the legend
    const PixelRect& b = m.nameBox;
    dl->AddRectFilled(ImVec2(b.x, b.y), ImVec2(b.x + b.width, b.y + b.height), toImColor(ui.theme.plate, 0.85f * alpha),
                      4.0f * s);
    drawRun(dl, m.nameRun, toImColor(ui.theme.textMuted, alpha));
}

void drawLift(ImDrawList* dl, const UiContext& ui, const LiftLayout& lift) {
    if (!lift.active) return;
    drawOldPlace(dl, ui, lift.oldPlace, lift.oldPlaceAlpha);
    if (lift.persona) {
        drawMarker(dl, ui, lift.moving, 1.0f);
    } else {
        drawPerson(dl, lift.moving.centre, lift.moving.radius * 2.0f, toImColor(ui.theme.plate),
                   toImColor(ui.theme.text));
    }
}

// Dismantle, while it happens: people from the bottom face gather first, at the front; people from
// the top face join after, behind them. Many hands, no hero. (At the end they stand in their groups.)
void drawGathering(ImDrawList* dl, const UiContext& ui) {
    const AppState& s = ui.state;
    const float p = actionProgressOn(s, s.action.coin, Action::Dismantle);
    if (p < 0.0f || s.action.coin >= int(ui.stage.coins.size())) return;
    const DismantleStages d = dismantleStages(p);
    const float gatherAlpha = 1.0f - d.sideBySide;
    if (gatherAlpha <= 0.01f) return;
    const float sc = ui.fonts.scale;
    const CoinPose& pose = ui.stage.coins[std::size_t(s.action.coin)];
    const glm::vec2 centre = glm::vec2(ui.stage.project(pose.centre));
    const glm::vec2 rim = glm::vec2(ui.stage.project(pose.centre + glm::vec3(1.0f, 0.0f, 0.0f))) - centre;
    const float reach = std::max(std::abs(rim.x), 40.0f * sc);
    const ImU32 fill = toImColor(ui.theme.plate);
    const float size = 34.0f * sc;
    for (int i = 0; i < 5; ++i) {
        const float a = 3.14159f * (0.15f + 0.7f * float(i) / 4.0f); // along the lower half
        const glm::vec2 home = centre + glm::vec2(std::cos(a) * reach * 1.1f, std::sin(a) * reach * 0.55f + size);
        const glm::vec2 start = home + glm::vec2(0.0f, 120.0f * sc);
        const float t = std::clamp(d.bottomGathers * 1.25f - float(i) * 0.06f, 0.0f, 1.0f);
        if (t <= 0.0f) continue;
        drawPerson(dl, start + (home - start) * t, size, fill, toImColor(ui.theme.text, gatherAlpha));
    }
    for (int i = 0; i < 3; ++i) {
        const float a = 3.14159f * (1.25f + 0.5f * float(i) / 2.0f); // along the upper half, behind
        const glm::vec2 home = centre + glm::vec2(std::cos(a) * reach * 1.1f, std::sin(a) * reach * 0.55f);
        const glm::vec2 start = home - glm::vec2(0.0f, 100.0f * sc);
        if (d.topJoins <= 0.0f) continue;
        drawPerson(dl, start + (home - start) * d.topJoins, size * 0.85f, fill,
                   toImColor(ui.theme.textMuted, gatherAlpha));
    }
}

// Concentric rings on each face that can be seen, their numbers, and the list in the column.
void drawLevels(ImDrawList* dl, const UiContext& ui, const LevelsLayout& lv) {
    if (!lv.active) return;
    const float sc = ui.fonts.scale;
    for (const auto& ring : lv.rings) {
        std::vector<ImVec2> pts;
        for (const auto& p : ring.points)
            pts.push_back(im(p));
        dl->AddPolyline(pts.data(), int(pts.size()), toImColor(ui.theme.text, 0.85f * ring.amount), ImDrawFlags_Closed,
                        3.0f * sc);
    }
    for (const auto& b : lv.badges) {
        if (b.leader) dl->AddLine(im(b.centre), im(b.ringPoint), toImColor(ui.theme.text, 0.85f * b.amount), 2.0f * sc);
        dl->AddCircleFilled(im(b.centre), b.radius, toImColor(ui.theme.plate, b.amount));
        drawRun(dl, b.number, toImColor(ui.theme.text, b.amount));
    }
    drawRun(dl, lv.title, toImColor(ui.theme.text));
    for (const auto& line : lv.lines) {
        const float alpha = line.level < 0 ? 1.0f : std::max(lv.amounts[line.level], 0.25f);
        drawRun(dl, line.run, toImColor(ui.theme.text, alpha));
    }
}

} // namespace

void StageOverlay::drawContent(const UiContext& ui, CommandList&) {
    ImDrawList* dl = ImGui::GetBackgroundDrawList();
    const StageLayout layout = layoutStage(ui);
    drawItems(dl, ui, layout);
    drawLevels(dl, ui, layout.levels);
    drawGathering(dl, ui);
    drawLift(dl, ui, layout.lift);
    for (const auto& m : layout.markers)
        drawMarker(dl, ui, m, 1.0f);
    for (const auto& n : layout.notes)
        drawNote(dl, ui, n);
}

} // namespace cs
