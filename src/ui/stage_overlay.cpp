// Stage overlay drawing. Everything here is screen-space (ImGui draw lists), anchored to the 3D
// stage through the same StageView the renderer used, so it stays on the coins as they move.
#include "ui/stage_overlay.h"

#include "core/action_stages.h"
#include "core/ui_text.h"
#include "ui/stage_labels.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>

namespace cs {
namespace {

constexpr Rgb8 kAdvantageEdge = okabe_ito::skyBlue; // equal weight: same chips, two hues of
constexpr Rgb8 kDisadvantageEdge = okabe_ito::orange; // similar lightness, and words as well

// A note box under the coins: how to read what just happened.
void note(ImDrawList* dl, const UiContext& ui, const std::string& text, float alpha) {
    if (alpha <= 0.01f || text.empty()) return;
    const float s = ui.fonts.scale;
    const PixelRect& r = ui.layout.notes.height > 0.0f ? ui.layout.notes : ui.layout.stage;
    const float wrap = std::min(r.width - 40.0f * s, 900.0f * s);
    const glm::vec2 t = measureText(ui.fonts.small, text, wrap);
    const glm::vec2 pad{14.0f * s, 8.0f * s};
    const float bottom = r.y + r.height - 6.0f * s;
    const ImVec2 lo(r.x + r.width * 0.5f - t.x * 0.5f - pad.x, bottom - t.y - 2.0f * pad.y);
    const ImVec2 hi(r.x + r.width * 0.5f + t.x * 0.5f + pad.x, bottom);
    dl->AddRectFilled(lo, hi, toImColor(ui.theme.plate, 0.85f * alpha), 8.0f * s);
    dl->AddText(ui.fonts.small, ui.fonts.small->FontSize, ImVec2(lo.x + pad.x, lo.y + pad.y),
                toImColor(ui.theme.text, alpha), text.c_str(), nullptr, wrap);
}

const LabelPlate* plateOf(const StageLabels& labels, int coin, Face face) {
    for (const auto& p : labels.plates) {
        if (p.coin == coin && p.face == face) return &p;
    }
    return nullptr;
}

glm::vec2 faceAnchor(const UiContext& ui, int coin, Face face) {
    for (const auto& a : faceAnchors(ui.stage)) {
        if (a.coin == coin && a.face == face) return a.screen;
    }
    return glm::vec2(ui.stage.project(ui.stage.coins[std::size_t(coin)].centre));
}

// --- items: the unearned advantages and disadvantages of the coin in focus ---------------------------

void itemColumn(ImDrawList* dl, const UiContext& ui, const StageLabels& labels, const Structure& st, Face face,
                bool upperHalf, float alpha) {
    const float s = ui.fonts.scale;
    const PixelRect& col = ui.layout.items;
    const std::string_view lang = languageOf(ui.state);
    const auto& items = face == Face::Top ? st.advantages : st.disadvantages;
    if (items.empty() || col.width <= 0.0f) return;
    const Rgb8 edge = face == Face::Top ? kAdvantageEdge : kDisadvantageEdge;
    const std::string heading(uiText(face == Face::Top ? UiText::UnearnedAdvantages : UiText::UnearnedDisadvantages, lang));
    const char* sign = face == Face::Top ? "+ " : "\xE2\x80\x93 "; // "+" / "–" (en dash: in every font we bake)
    const float padX = 14.0f * s, padY = 6.0f * s, gap = 8.0f * s;
    const float wrap = col.width - 2.0f * padX - 24.0f * s;
    // Total height, to centre the block on its half of the column.
    float height = measureText(ui.fonts.labelBold, heading).y + gap;
    std::vector<std::string> texts;
    for (const auto& item : items) {
        texts.push_back(sign + ui.state.tr(item));
        height += measureText(ui.fonts.small, texts.back(), wrap).y + 2.0f * padY + gap;
    }
    const float half = col.height * 0.5f;
    const float top = upperHalf ? col.y + std::max(0.0f, (half - height) * 0.5f)
                                : col.y + half + std::max(0.0f, (half - height) * 0.5f);
    float y = top;
    const float x = col.x + 12.0f * s;
    dl->AddText(ui.fonts.labelBold, ui.fonts.labelBold->FontSize, ImVec2(x, y), toImColor(ui.theme.text, alpha),
                heading.c_str());
    const float headingBottom = y + measureText(ui.fonts.labelBold, heading).y;
    y = headingBottom + gap;
    for (const auto& t : texts) {
        const glm::vec2 ts = measureText(ui.fonts.small, t, wrap);
        const ImVec2 lo(x, y), hi(x + wrap + 2.0f * padX, y + ts.y + 2.0f * padY);
        dl->AddRectFilled(lo, hi, toImColor(ui.theme.plate, 0.9f * alpha), 6.0f * s);
        dl->AddRect(lo, hi, toImColor(edge, alpha), 6.0f * s, 0, 2.5f * s);
        dl->AddText(ui.fonts.small, ui.fonts.small->FontSize, ImVec2(lo.x + padX, lo.y + padY),
                    toImColor(ui.theme.text, alpha), t.c_str(), nullptr, wrap);
        y = hi.y + gap;
    }
    // A line from the block to the face it belongs to: advantages gather at the top face,
    // disadvantages stand at the bottom face. With several coins a line would cross the others, so
    // the face's own plate is outlined in the column's colour instead.
    const LabelPlate* plate = plateOf(labels, ui.state.focus, face);
    if (ui.stage.coins.size() > 1) {
        if (plate) {
            dl->AddRect(ImVec2(plate->min().x - 3.0f * s, plate->min().y - 3.0f * s),
                        ImVec2(plate->max().x + 3.0f * s, plate->max().y + 3.0f * s), toImColor(edge, alpha), 12.0f * s, 0,
                        3.0f * s);
        }
        return;
    }
    const glm::vec2 target = plate ? glm::vec2(plate->max().x, plate->centre.y) : faceAnchor(ui, ui.state.focus, face);
    const ImVec2 from(x - 6.0f * s, (top + y) * 0.5f);
    dl->AddBezierCubic(from, ImVec2(from.x - 60.0f * s, from.y), ImVec2(target.x + 60.0f * s, target.y),
                       ImVec2(target.x + 4.0f * s, target.y), toImColor(edge, 0.8f * alpha), 2.5f * s);
    dl->AddCircleFilled(ImVec2(target.x + 4.0f * s, target.y), 5.0f * s, toImColor(edge, alpha));
}

void items(ImDrawList* dl, const UiContext& ui, const StageLabels& labels) {
    const AppState& s = ui.state;
    if (s.coins.empty() || s.focus < 0 || s.focus >= int(s.coins.size())) return;
    const Structure* st = s.structureOf(s.coins[std::size_t(s.focus)]);
    if (!st) return;
    const float alpha = coinPresence(s, s.focus).unearned;
    if (alpha <= 0.01f) return;
    if (actionProgressOn(s, s.focus, Action::Levels) >= 0.0f) return; // the column shows the levels then
    // Each list sits on the side of its face: a flipped coin has its bottom face up.
    const LabelPlate* top = plateOf(labels, s.focus, Face::Top);
    const LabelPlate* bottom = plateOf(labels, s.focus, Face::Bottom);
    const bool topAbove = !top || !bottom || top->centre.y <= bottom->centre.y;
    itemColumn(dl, ui, labels, *st, Face::Top, topAbove, alpha);
    itemColumn(dl, ui, labels, *st, Face::Bottom, !topAbove, alpha);
}

// --- personas ---------------------------------------------------------------------------------------

void drawMarker(ImDrawList* dl, const UiContext& ui, const PersonaMarker& m, float alpha) {
    const float s = ui.fonts.scale;
    const ImVec2 c(m.centre.x, m.centre.y);
    dl->AddCircleFilled(c, m.radius, toImColor(ui.theme.plate, 0.95f * alpha));
    if (const UiPicture* pic = ui.picture("persona:" + m.personaId)) {
        // The portrait, cropped to its central square and to the circle.
        const float w = float(pic->width), h = float(pic->height);
        const ImVec2 uv0(w > h ? (1.0f - h / w) * 0.5f : 0.0f, h > w ? (1.0f - w / h) * 0.5f : 0.0f);
        const ImVec2 uv1(1.0f - uv0.x, 1.0f - uv0.y);
        dl->AddImageRounded(pic->texture, ImVec2(c.x - m.radius, c.y - m.radius), ImVec2(c.x + m.radius, c.y + m.radius),
                            uv0, uv1, toImColor({255, 255, 255}, alpha), m.radius);
    } else {
        // No picture: initials (a placeholder that still says who it is).
        const glm::vec2 t = measureText(ui.fonts.bodyBold, m.initials);
        dl->AddText(ui.fonts.bodyBold, ui.fonts.bodyBold->FontSize, ImVec2(c.x - t.x * 0.5f, c.y - t.y * 0.5f),
                    toImColor(ui.theme.text, alpha), m.initials.c_str());
    }
    dl->AddCircle(c, m.radius, toImColor(ui.theme.text, alpha), 0, 2.5f * s);
    const glm::vec2 n = measureText(ui.fonts.small, m.name);
    const ImVec2 lo(c.x - n.x * 0.5f - 6.0f * s, c.y + m.radius + 2.0f * s);
    dl->AddRectFilled(lo, ImVec2(lo.x + n.x + 12.0f * s, lo.y + n.y + 2.0f * s), toImColor(ui.theme.plate, 0.85f * alpha),
                      4.0f * s);
    dl->AddText(ui.fonts.small, ui.fonts.small->FontSize, ImVec2(lo.x + 6.0f * s, lo.y), toImColor(ui.theme.text, alpha),
                m.name.c_str());
}

// --- actions ----------------------------------------------------------------------------------------

void liftToTop(ImDrawList* dl, const UiContext& ui, const StageLabels& labels, const std::vector<PersonaMarker>& markers,
               std::vector<std::string>& hidden) {
    const AppState& s = ui.state;
    const float p = actionProgressOn(s, s.action.coin, Action::LiftToTop);
    if (p < 0.0f) return;
    const LiftStages stage = liftStages(p);
    const float sc = ui.fonts.scale;
    const std::string_view lang = languageOf(s);
    // Who is lifted: the first persona on stage who stands on this coin's bottom face.
    PersonaMarker who;
    bool found = false;
    for (const auto& m : markers) {
        if (m.coin == s.action.coin && m.face == Face::Bottom) {
            who = m;
            found = true;
            break;
        }
    }
    const LabelPlate* bottomPlate = plateOf(labels, s.action.coin, Face::Bottom);
    const LabelPlate* topPlate = plateOf(labels, s.action.coin, Face::Top);
    if (!found) {
        who.name = std::string(uiText(UiText::SomeoneFromBottom, lang));
        who.radius = 24.0f * sc;
        who.centre = bottomPlate ? glm::vec2(bottomPlate->min().x - who.radius - 12.0f * sc, bottomPlate->centre.y)
                                 : faceAnchor(ui, s.action.coin, Face::Bottom);
    }
    const glm::vec2 from = who.centre;
    const glm::vec2 to = topPlate ? glm::vec2(topPlate->min().x - who.radius - 12.0f * sc, topPlate->centre.y)
                                  : faceAnchor(ui, s.action.coin, Face::Top);
    // The old place: outlined, and it stays.
    const ImU32 dashed = toImColor(ui.theme.text, 0.9f * stage.oldPlace);
    for (int k = 0; k < 16; k += 2) {
        const float a0 = 6.28318f * float(k) / 16.0f, a1 = 6.28318f * float(k + 1) / 16.0f;
        dl->PathArcTo(ImVec2(from.x, from.y), who.radius, a0, a1, 4);
        dl->PathStroke(dashed, 0, 2.5f * sc);
    }
    const std::string old(uiText(UiText::OldPlace, lang));
    const glm::vec2 ot = measureText(ui.fonts.small, old);
    dl->AddText(ui.fonts.small, ui.fonts.small->FontSize, ImVec2(from.x - ot.x * 0.5f, from.y + who.radius + 4.0f * sc),
                toImColor(ui.theme.textMuted, stage.oldPlace), old.c_str());
    // The person rises along an arc to the top face.
    PersonaMarker moving = who;
    const float bump = std::sin(stage.rise * 3.14159f) * 60.0f * sc;
    moving.centre = from + (to - from) * stage.rise - glm::vec2(bump, 0.0f);
    if (found) hidden.push_back(who.personaId);
    if (found) {
        drawMarker(dl, ui, moving, 1.0f);
    } else {
        drawPerson(dl, moving.centre, moving.radius * 2.0f, toImColor(ui.theme.plate), toImColor(ui.theme.text));
    }
    note(dl, ui, std::string(uiText(UiText::LiftNote, lang)), stage.oldPlace);
}

void dismantle(ImDrawList* dl, const UiContext& ui) {
    const AppState& s = ui.state;
    const float p = actionProgressOn(s, s.action.coin, Action::Dismantle);
    if (p < 0.0f || s.action.coin >= int(ui.stage.coins.size())) return;
    const DismantleStages d = dismantleStages(p);
    const float sc = ui.fonts.scale;
    const std::string_view lang = languageOf(s);
    const CoinPose& pose = ui.stage.coins[std::size_t(s.action.coin)];
    const glm::vec2 centre = glm::vec2(ui.stage.project(pose.centre));
    const glm::vec2 rim = glm::vec2(ui.stage.project(pose.centre + glm::vec3(1.0f, 0.0f, 0.0f))) - centre;
    const float reach = std::max(std::abs(rim.x), 40.0f * sc);
    const ImU32 fill = toImColor(ui.theme.plate), edge = toImColor(ui.theme.text);
    // People from the bottom face gather first, at the front; people from the top face join after,
    // behind them. Many hands, no hero.
    const float size = 34.0f * sc;
    const float gatherAlpha = 1.0f - d.sideBySide;
    for (int i = 0; i < 5; ++i) {
        const float a = 3.14159f * (0.15f + 0.7f * float(i) / 4.0f); // along the lower half
        const glm::vec2 home = centre + glm::vec2(std::cos(a) * reach * 1.1f, std::sin(a) * reach * 0.55f + size);
        const glm::vec2 start = home + glm::vec2(0.0f, 120.0f * sc);
        const float t = std::clamp(d.bottomGathers * 1.25f - float(i) * 0.06f, 0.0f, 1.0f);
        if (t <= 0.0f || gatherAlpha <= 0.01f) continue;
        drawPerson(dl, start + (home - start) * t, size, fill, toImColor(ui.theme.text, gatherAlpha));
    }
    for (int i = 0; i < 3; ++i) {
        const float a = 3.14159f * (1.25f + 0.5f * float(i) / 2.0f); // along the upper half, behind
        const glm::vec2 home = centre + glm::vec2(std::cos(a) * reach * 1.1f, std::sin(a) * reach * 0.55f);
        const glm::vec2 start = home - glm::vec2(0.0f, 100.0f * sc);
        const float t = d.topJoins;
        if (t <= 0.0f || gatherAlpha <= 0.01f) continue;
        drawPerson(dl, start + (home - start) * t, size * 0.85f, fill, toImColor(ui.theme.textMuted, gatherAlpha));
    }
    (void)edge;
    note(dl, ui, std::string(uiText(UiText::DismantleLedNote, lang)), d.bottomGathers * (1.0f - d.sideBySide));
    note(dl, ui, std::string(uiText(UiText::DismantleEndNote, lang)), d.sideBySide);
}

// Concentric rings on each face that can be seen: institutional outside, internal inside.
void levels(ImDrawList* dl, const UiContext& ui) {
    const AppState& s = ui.state;
    const float p = actionProgressOn(s, s.action.coin, Action::Levels);
    if (p < 0.0f || s.action.coin >= int(ui.stage.coins.size())) return;
    const LevelsStages st = levelsStages(p);
    const float sc = ui.fonts.scale;
    const std::string_view lang = languageOf(s);
    const CoinPose& pose = ui.stage.coins[std::size_t(s.action.coin)];
    const StageConfig cfg;
    const float h = cfg.shape.thickness * 0.5f + 0.002f;
    const float rings[3] = {0.93f, 0.66f, 0.4f};
    const float amounts[3] = {st.institutional, st.interpersonal, st.internal};
    for (const auto& a : faceAnchors(ui.stage)) {
        if (a.coin != s.action.coin || a.placement == FaceAnchor::Placement::BeyondRim) continue;
        const glm::mat4& m = a.placement == FaceAnchor::Placement::InMirror ? pose.mirrored : pose.model;
        const float y = a.face == Face::Top ? h : -h;
        for (int r = 0; r < 3; ++r) {
            if (amounts[r] <= 0.01f) continue;
            ImVec2 pts[64];
            float rightX = -1e9f, rightY = 0.0f;
            for (int k = 0; k < 64; ++k) {
                const float ang = 6.28318f * float(k) / 64.0f;
                const glm::vec3 q = ui.stage.project(
                    glm::vec3(m * glm::vec4(rings[r] * std::cos(ang), y, rings[r] * std::sin(ang), 1.0f)));
                pts[k] = ImVec2(q.x, q.y);
                if (q.x > rightX) {
                    rightX = q.x;
                    rightY = q.y;
                }
            }
            dl->AddPolyline(pts, 64, toImColor(ui.theme.text, 0.85f * amounts[r]), ImDrawFlags_Closed, 3.0f * sc);
            // The ring's number where it is furthest right, matching the list in the column.
            const std::string num = std::to_string(r + 1);
            const glm::vec2 t = measureText(ui.fonts.small, num);
            const ImVec2 c(rightX, rightY);
            dl->AddCircleFilled(c, t.y * 0.65f, toImColor(ui.theme.plate, amounts[r]));
            dl->AddText(ui.fonts.small, ui.fonts.small->FontSize, ImVec2(c.x - t.x * 0.5f, c.y - t.y * 0.5f),
                        toImColor(ui.theme.text, amounts[r]), num.c_str());
        }
    }
    // The column lists the three levels for each face; the internal level exists on both.
    const PixelRect& col = ui.layout.items;
    if (col.width <= 0.0f) return;
    float y = col.y + 20.0f * sc;
    const float x = col.x + 12.0f * sc;
    const std::string heading(uiText(UiText::LevelsHeading, lang));
    dl->AddText(ui.fonts.labelBold, ui.fonts.labelBold->FontSize, ImVec2(x, y), toImColor(ui.theme.text), heading.c_str());
    y += measureText(ui.fonts.labelBold, heading).y + 10.0f * sc;
    for (Face face : kAllFaces) {
        const std::string faceName(uiText(face == Face::Top ? UiText::TopFace : UiText::BottomFace, lang));
        dl->AddText(ui.fonts.bodyBold, ui.fonts.bodyBold->FontSize, ImVec2(x, y), toImColor(ui.theme.text), faceName.c_str());
        y += measureText(ui.fonts.bodyBold, faceName).y + 4.0f * sc;
        const UiText names[3] = {UiText::LevelInstitutional, UiText::LevelInterpersonal,
                                 face == Face::Top ? UiText::LevelInternalTop : UiText::LevelInternalBottom};
        for (int r = 0; r < 3; ++r) {
            const std::string line = std::to_string(r + 1) + "  " + std::string(uiText(names[r], lang));
            dl->AddText(ui.fonts.small, ui.fonts.small->FontSize, ImVec2(x + 12.0f * sc, y),
                        toImColor(ui.theme.text, std::max(amounts[r], 0.25f)), line.c_str(), nullptr, col.width - 40.0f * sc);
            y += measureText(ui.fonts.small, line, col.width - 40.0f * sc).y + 4.0f * sc;
        }
        y += 12.0f * sc;
    }
}

} // namespace

std::string initialsOf(const std::string& name) {
    std::string out;
    int letters = 0;
    bool atWordStart = true;
    for (std::size_t i = 0; i < name.size();) {
        const unsigned char c = static_cast<unsigned char>(name[i]);
        // Length of this UTF-8 sequence (a stray byte counts as one).
        std::size_t len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 1;
        len = std::min(len, name.size() - i);
        const bool separator = c == ' ' || c == '-';
        if (!separator && atWordStart && letters < 2) {
            out.append(name, i, len);
            ++letters;
        }
        atWordStart = separator;
        i += len;
    }
    // ASCII letters in upper case; other scripts are left as written.
    for (auto& ch : out) {
        if (ch >= 'a' && ch <= 'z') ch = char(ch - 'a' + 'A');
    }
    return out;
}

std::vector<PersonaMarker> layoutPersonaMarkers(const UiContext& ui, const StageLabels& labels) {
    std::vector<PersonaMarker> out;
    const AppState& s = ui.state;
    if (!s.scenario) return out;
    const float sc = ui.fonts.scale;
    const float radius = 24.0f * sc;
    for (int coin = 0; coin < int(s.coins.size()) && coin < int(ui.stage.coins.size()); ++coin) {
        for (Face face : kAllFaces) {
            std::vector<const Persona*> here;
            for (const auto& id : s.personas) {
                const Persona* p = s.scenario->findPersona(id);
                if (!p) continue;
                for (const auto& [structure, f] : p->positions) {
                    if (structure == s.coins[std::size_t(coin)].structureId && f == face) here.push_back(p);
                }
            }
            if (here.empty()) continue;
            // Under the face's plate (or beside a hidden face's plate), in the scenario's order.
            const LabelPlate* plate = plateOf(labels, coin, face);
            const glm::vec2 anchor = plate ? glm::vec2(plate->centre.x, plate->max().y + radius + 8.0f * sc)
                                           : faceAnchor(ui, coin, face);
            const float step = radius * 3.4f;
            const float first = anchor.x - step * float(here.size() - 1) * 0.5f;
            for (std::size_t i = 0; i < here.size(); ++i) {
                PersonaMarker m;
                m.personaId = here[i]->id;
                m.name = s.tr(here[i]->name);
                m.initials = initialsOf(m.name);
                m.coin = coin;
                m.face = face;
                m.radius = radius;
                m.centre = {first + step * float(i), anchor.y};
                out.push_back(std::move(m));
            }
        }
    }
    return out;
}

// Flip: a word on what turning the coin shows.
static void flipNote(ImDrawList* dl, const UiContext& ui) {
    const float p = actionProgressOn(ui.state, ui.state.action.coin, Action::Flip);
    if (p < 0.0f) return;
    note(dl, ui, std::string(uiText(UiText::FlipNote, languageOf(ui.state))), std::min(1.0f, p * 3.0f));
}

void StageOverlay::drawContent(const UiContext& ui, CommandList&) {
    ImDrawList* dl = ImGui::GetBackgroundDrawList();
    const StageLabels labels = layoutStageLabels(ui);
    const std::vector<PersonaMarker> markers = layoutPersonaMarkers(ui, labels);
    std::vector<std::string> hidden; // markers an action draws itself
    items(dl, ui, labels);
    levels(dl, ui);
    dismantle(dl, ui);
    liftToTop(dl, ui, labels, markers, hidden);
    flipNote(dl, ui);
    for (const auto& m : markers) {
        if (std::find(hidden.begin(), hidden.end(), m.personaId) != hidden.end() && m.coin == ui.state.action.coin) continue;
        drawMarker(dl, ui, m, 1.0f);
    }
    int structures = 0;
    for (const auto& c : ui.state.coins) structures += ui.state.structureOf(c) ? 1 : 0;
    if (!markers.empty() && structures >= 2 && ui.state.action.kind == Action::None) {
        note(dl, ui, std::string(uiText(UiText::CoinsInteract, languageOf(ui.state))), 1.0f);
    }
}

} // namespace cs
