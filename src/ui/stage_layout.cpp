// Stage layout: plates and headings first (anchored to the faces), then the parts that have rects of
// their own (items column, legend, notes), then everything that looks for a free spot near what it
// belongs to (people, the lift's marks, a dismantled coin's groups, the mirror's note).
//
// [SECTION] helpers
// [SECTION] notes
// [SECTION] items column
// [SECTION] levels
// [SECTION] legend
// [SECTION] people on faces
// [SECTION] lift to top
// [SECTION] dismantled groups
// [SECTION] mirror
// [SECTION] layoutStage, blocks and runs
#include "ui/stage_layout.h"

#include "core/action_stages.h"
#include "core/ui_text.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <optional>

namespace cs {

// =====================================================================================================
// [SECTION] helpers
// =====================================================================================================
namespace {

PixelRect areaOf(const ViewLayout& l) {
    return l.stageArea.width > 0.0f ? l.stageArea : l.stage;
}
PixelRect coinAreaOf(const ViewLayout& l) {
    return l.coinArea.width > 0.0f ? l.coinArea : l.stage;
}

const LabelPlate* plateOf(const StageLabels& labels, int coin, Face face) {
    for (const auto& p : labels.plates) {
        if (p.coin == coin && p.face == face) return &p;
    }
    return nullptr;
}

PixelRect rectOf(const LabelBox& b) {
    return {b.min().x, b.min().y, b.size.x, b.size.y};
}

glm::vec2 faceAnchor(const UiContext& ui, int coin, Face face) {
    for (const auto& a : faceAnchors(ui.stage)) {
        if (a.coin == coin && a.face == face) return a.screen;
    }
    return glm::vec2(ui.stage.project(ui.stage.coins[std::size_t(coin)].centre));
}

// The people standing on a face of a coin on stage, in the scenario's order.
std::vector<const Persona*> peopleOnStage(const AppState& s) {
    std::vector<const Persona*> out;
    if (!s.scenario) return out;
    for (const auto& id : s.personas) {
        const Persona* p = s.scenario->findPersona(id);
        if (!p) continue;
        const bool standing = std::any_of(s.coins.begin(), s.coins.end(), [&](const PlacedCoin& c) {
            return std::any_of(p->positions.begin(), p->positions.end(),
                               [&](const auto& pos) { return pos.first == c.structureId; });
        });
        if (standing) out.push_back(p);
    }
    return out;
}

// Screen distance from a coin's centre to its nearest neighbour's (the whole stage for one coin).
float roomBetween(const StageView& view, int coin, float whole) {
    float room = whole;
    const float x = view.project(view.coins[std::size_t(coin)].centre).x;
    for (int j = 0; j < int(view.coins.size()); ++j) {
        if (j != coin) room = std::min(room, std::abs(view.project(view.coins[std::size_t(j)].centre).x - x));
    }
    return room;
}

// Moves r (keeping its size) into `area` as far as it can.
PixelRect keptInside(PixelRect r, const PixelRect& area) {
    r.x = std::clamp(r.x, area.x, std::max(area.x, area.x + area.width - r.width));
    r.y = std::clamp(r.y, area.y, std::max(area.y, area.y + area.height - r.height));
    return r;
}

// The first of `candidates` (top-left corners of a box of `size`) that lies in `area` clear of
// everything placed; else the one, moved into the area, that overlaps least.
glm::vec2 firstFreeSpot(const std::vector<glm::vec2>& candidates, glm::vec2 size, const PixelRect& area,
                        const Occupied& taken) {
    glm::vec2 best = candidates.empty() ? glm::vec2(area.x, area.y) : candidates.front();
    float bestOverlap = 1e30f;
    for (const auto& c : candidates) {
        const PixelRect r{c.x, c.y, size.x, size.y};
        if (contains(area, r) && taken.free(r)) return c;
        const PixelRect in = keptInside(r, area);
        const float o = taken.overlap(in) + (contains(area, r) ? 0.0f : 1.0f);
        if (o < bestOverlap) {
            bestOverlap = o;
            best = {in.x, in.y};
        }
    }
    return best;
}

} // namespace

PixelRect PersonaMarker::box() const {
    const PixelRect circle{centre.x - radius, centre.y - radius, 2.0f * radius, 2.0f * radius};
    return nameRun.empty() ? circle : unionOf(circle, nameBox);
}

PixelRect PeopleGroup::box() const {
    PixelRect r = plate;
    for (const auto& f : figures) {
        r = unionOf(r, {f.x - figureSize * 0.55f, f.y - figureSize * 0.8f, figureSize * 1.1f, figureSize * 1.25f});
    }
    return r;
}

PixelRect LegendEntry::box() const {
    PixelRect r = faces.empty() ? name.rect() : unionOf(name.rect(), faces.rect());
    if (oldPlaceRadius > 0.0f) {
        r = unionOf(r, {oldPlaceCentre.x - oldPlaceRadius, oldPlaceCentre.y - oldPlaceRadius, 2.0f * oldPlaceRadius,
                        2.0f * oldPlaceRadius});
    }
    return r;
}

// =====================================================================================================
// [SECTION] notes
// =====================================================================================================

std::vector<StageNote> stageNotes(const AppState& s) {
    std::vector<StageNote> out;
    const std::string_view lang = languageOf(s);
    if (s.action.coin >= 0 && s.action.coin < int(s.coins.size())) {
        if (const float p = actionProgressOn(s, s.action.coin, Action::Flip); p >= 0.0f) {
            out.push_back({std::string(uiText(UiText::FlipNote, lang)), std::min(1.0f, p * 3.0f)});
        }
        if (const float p = actionProgressOn(s, s.action.coin, Action::LiftToTop); p >= 0.0f) {
            out.push_back({std::string(uiText(UiText::LiftNote, lang)), liftStages(p).oldPlace});
        }
        if (const float p = actionProgressOn(s, s.action.coin, Action::Dismantle); p >= 0.0f) {
            const DismantleStages d = dismantleStages(p);
            out.push_back(
                {std::string(uiText(UiText::DismantleLedNote, lang)), d.bottomGathers * (1.0f - d.sideBySide)});
            out.push_back({std::string(uiText(UiText::DismantleEndNote, lang)), d.sideBySide});
        }
    }
    if (s.action.kind == Action::None && structuresOnStage(s) >= 2 && s.scenario) {
        // People on two coins or more: the coins interact, they do not add up.
        bool someone = false;
        for (const auto& id : s.personas) {
            const Persona* p = s.scenario->findPersona(id);
            if (!p) continue;
            for (const auto& c : s.coins) {
                for (const auto& position : p->positions)
                    someone = someone || position.first == c.structureId;
            }
        }
        if (someone) out.push_back({std::string(uiText(UiText::CoinsInteract, lang)), 1.0f});
    }
    std::erase_if(out, [](const StageNote& n) { return n.alpha <= 0.01f; });
    return out;
}

std::vector<std::string> stepNotes(const AppState& s) {
    const std::string_view lang = languageOf(s);
    std::vector<std::string> out;
    switch (s.action.kind) {
    case Action::Flip: out.emplace_back(uiText(UiText::FlipNote, lang)); break;
    case Action::LiftToTop: out.emplace_back(uiText(UiText::LiftNote, lang)); break;
    case Action::Dismantle:
        out.emplace_back(uiText(UiText::DismantleLedNote, lang));
        out.emplace_back(uiText(UiText::DismantleEndNote, lang));
        break;
    default: break;
    }
    for (const auto& n : stageNotes(s))
        out.push_back(n.text); // and what shows now (people on coins)
    return out;
}

namespace {

float noteWrap(const PixelRect& r, float sc) {
    return std::min(r.width - 40.0f * sc, 1100.0f * sc);
}
constexpr float kNotePadX = 14.0f, kNotePadY = 8.0f;

NoteBox layoutNote(const std::string& text, const PixelRect& r, const UiFonts& fonts, float sc, float alpha) {
    NoteBox n;
    n.alpha = alpha;
    n.text = makeRun(fonts.small, text, noteWrap(r, sc));
    const glm::vec2 pad{kNotePadX * sc, kNotePadY * sc};
    const float bottom = r.y + r.height - 6.0f * sc;
    n.box = {r.x + r.width * 0.5f - n.text.size.x * 0.5f - pad.x, bottom - n.text.size.y - 2.0f * pad.y,
             n.text.size.x + 2.0f * pad.x, n.text.size.y + 2.0f * pad.y};
    n.text.pos = {n.box.x + pad.x, n.box.y + pad.y};
    return n;
}

} // namespace

float notesHeightFor(const AppState& state, const UiFonts& fonts, float width, float sc) {
    float h = 0.0f;
    const PixelRect r{0.0f, 0.0f, width, 1e6f};
    for (const auto& text : stepNotes(state))
        h = std::max(h, layoutNote(text, r, fonts, sc, 1.0f).box.height + 12.0f * sc);
    return h;
}

// =====================================================================================================
// [SECTION] items column
// =====================================================================================================
namespace {

constexpr float kChipPadX = 14.0f, kChipPadY = 6.0f, kChipGap = 8.0f;

std::string moreText(int hidden, std::string_view lang) {
    char buf[160];
    std::snprintf(buf, sizeof buf, "+ %d %s", hidden, uiWord("more in the handout", lang));
    return buf;
}

// One face's list laid out from (x, y) at `width`, with at most `room` height (every item when
// room is unlimited). Chips that do not fit are counted in `more`.
ItemList layoutItemList(const AppState& s, const Structure& st, Face face, const UiFonts& fonts, float sc, float x,
                        float y, float width, float room) {
    const std::string_view lang = languageOf(s);
    ItemList list;
    list.face = face;
    const auto& items = face == Face::Top ? st.advantages : st.disadvantages;
    const std::string heading(
        uiText(face == Face::Top ? UiText::UnearnedAdvantages : UiText::UnearnedDisadvantages, lang));
    const char* sign = face == Face::Top ? "+ " : "\xE2\x80\x93 "; // "+" / "–" (en dash: in every font we bake)
    list.heading = makeRun(fonts.labelBold, heading, width, {x, y});
    const float gap = kChipGap * sc, padX = kChipPadX * sc, padY = kChipPadY * sc;
    float cy = y + list.heading.size.y + gap;
    const float bottom = y + room;
    for (std::size_t i = 0; i < items.size(); ++i) {
        ItemChip chip;
        chip.text = makeRun(fonts.small, sign + s.tr(items[i]), width - 2.0f * padX, {x + padX, cy + padY});
        chip.box = {x, cy, width, chip.text.size.y + 2.0f * padY};
        const int left = int(items.size() - i - 1);
        // Keep room for the "+ N more" line unless this is the last item.
        const float need = chip.box.height + (left > 0 ? gap + linesHeight(fonts.small, 1) : 0.0f);
        if (cy + need > bottom + 0.5f) {
            list.hidden = int(items.size() - i);
            break;
        }
        list.chips.push_back(std::move(chip));
        cy += list.chips.back().box.height + gap;
    }
    if (list.hidden > 0) list.more = makeRun(fonts.small, moreText(list.hidden, lang), width, {x, cy});
    return list;
}

float listHeight(const ItemList& l) {
    float bottom = l.heading.pos.y + l.heading.size.y;
    for (const auto& c : l.chips)
        bottom = std::max(bottom, c.box.y + c.box.height);
    if (!l.more.empty()) bottom = std::max(bottom, l.more.pos.y + l.more.size.y);
    return bottom - l.heading.pos.y;
}

void moveList(ItemList& l, float dy) {
    l.heading.pos.y += dy;
    for (auto& c : l.chips) {
        c.box.y += dy;
        c.text.pos.y += dy;
    }
    l.more.pos.y += dy;
}

const Structure* focusStructure(const AppState& s) {
    if (s.coins.empty() || s.focus < 0 || s.focus >= int(s.coins.size())) return nullptr;
    return s.structureOf(s.coins[std::size_t(s.focus)]);
}

// Both lists in the column: each in the half of its face when it fits there, else one above the
// other; what still does not fit is counted, never shrunk.
std::vector<ItemList> layoutItemLists(const AppState& s, const UiFonts& fonts, float sc, const PixelRect& col,
                                      bool topAbove) {
    std::vector<ItemList> out;
    const Structure* st = focusStructure(s);
    if (!st || col.width <= 0.0f) return out;
    const float x = col.x + 12.0f * sc, width = col.width - 24.0f * sc;
    const float gapBetween = 28.0f * sc;
    std::vector<Face> order =
        topAbove ? std::vector<Face>{Face::Top, Face::Bottom} : std::vector<Face>{Face::Bottom, Face::Top};
    std::erase_if(order, [&](Face f) { return (f == Face::Top ? st->advantages : st->disadvantages).empty(); });
    if (order.empty()) return out;
    std::vector<ItemList> full;
    float total = 0.0f;
    for (Face f : order) {
        full.push_back(layoutItemList(s, *st, f, fonts, sc, x, col.y, width, 1e9f));
        total += listHeight(full.back());
    }
    total += gapBetween * float(order.size() - 1);
    if (order.size() == 2) {
        const float half = (col.height - gapBetween) * 0.5f;
        if (listHeight(full[0]) <= half && listHeight(full[1]) <= half) {
            // Each list beside its own face.
            moveList(full[0], (half - listHeight(full[0])) * 0.5f);
            moveList(full[1], half + gapBetween + (half - listHeight(full[1])) * 0.5f);
            return full;
        }
    }
    if (total <= col.height) {
        float y = col.y + (col.height - total) * 0.5f;
        for (auto& l : full) {
            moveList(l, y - col.y);
            y += listHeight(l) + gapBetween;
        }
        return full;
    }
    // No room for everything: each list has half (a list that needs less leaves the rest to the other).
    std::vector<float> rooms(order.size(), col.height);
    if (order.size() == 2) {
        const float half = (col.height - gapBetween) * 0.5f;
        const int small = listHeight(full[0]) <= listHeight(full[1]) ? 0 : 1;
        rooms[std::size_t(small)] = std::min(listHeight(full[std::size_t(small)]), half);
        rooms[std::size_t(1 - small)] = col.height - gapBetween - rooms[std::size_t(small)];
    }
    float y = col.y;
    for (std::size_t i = 0; i < order.size(); ++i) {
        out.push_back(layoutItemList(s, *st, order[i], fonts, sc, x, y, width, rooms[i]));
        y += rooms[i] + gapBetween;
    }
    return out;
}

} // namespace

float itemsHeightFor(const AppState& state, const UiFonts& fonts, float width, float sc) {
    const Structure* st = focusStructure(state);
    if (!st) return 0.0f;
    const float x = 12.0f * sc, w = width - 24.0f * sc;
    float h = 0.0f;
    int lists = 0;
    for (Face f : kAllFaces) {
        if ((f == Face::Top ? st->advantages : st->disadvantages).empty()) continue;
        h += listHeight(layoutItemList(state, *st, f, fonts, sc, x, 0.0f, w, 1e9f));
        ++lists;
    }
    return h + float(std::max(lists - 1, 0)) * 28.0f * sc;
}

int itemsHiddenFor(const AppState& state, const UiFonts& fonts, const PixelRect& column, float sc) {
    int hidden = 0;
    for (const auto& l : layoutItemLists(state, fonts, sc, column, true))
        hidden += l.hidden;
    return hidden;
}

// =====================================================================================================
// [SECTION] levels
// =====================================================================================================
namespace {

void layoutLevelsColumn(LevelsLayout& lv, const AppState& s, const UiFonts& fonts, float sc, const PixelRect& col) {
    const std::string_view lang = languageOf(s);
    const float x = col.x + 12.0f * sc, width = col.width - 24.0f * sc;
    float y = col.y + 20.0f * sc;
    lv.title = makeRun(fonts.labelBold, std::string(uiText(UiText::LevelsHeading, lang)), width, {x, y});
    y += lv.title.size.y + 10.0f * sc;
    for (Face face : kAllFaces) {
        LevelsLayout::Line name;
        name.heading = true;
        name.run =
            makeRun(fonts.bodyBold, std::string(uiText(face == Face::Top ? UiText::TopFace : UiText::BottomFace, lang)),
                    width, {x, y});
        y += name.run.size.y + 4.0f * sc;
        lv.lines.push_back(std::move(name));
        const UiText names[3] = {UiText::LevelInstitutional, UiText::LevelInterpersonal,
                                 face == Face::Top ? UiText::LevelInternalTop : UiText::LevelInternalBottom};
        for (int r = 0; r < 3; ++r) {
            LevelsLayout::Line line;
            line.level = r;
            line.run = makeRun(fonts.small, std::to_string(r + 1) + "  " + std::string(uiText(names[r], lang)),
                               width - 12.0f * sc, {x + 12.0f * sc, y});
            y += line.run.size.y + 4.0f * sc;
            lv.lines.push_back(std::move(line));
        }
        y += 12.0f * sc;
    }
}

} // namespace

float levelsHeightFor(const AppState& state, const UiFonts& fonts, float width, float sc) {
    LevelsLayout lv;
    layoutLevelsColumn(lv, state, fonts, sc, {0.0f, 0.0f, width, 1e6f});
    float bottom = 0.0f;
    for (const auto& l : lv.lines)
        bottom = std::max(bottom, l.run.pos.y + l.run.size.y);
    return bottom + 12.0f * sc;
}

namespace {

// Concentric rings on each face that can be seen (institutional outside, internal inside) and a
// number on each, where it is clear of the others.
void layoutLevels(LevelsLayout& lv, const UiContext& ui, Occupied& taken) {
    const AppState& s = ui.state;
    const float p = actionProgressOn(s, s.action.coin, Action::Levels);
    if (p < 0.0f || s.action.coin >= int(ui.stage.coins.size())) return;
    lv.active = true;
    const LevelsStages st = levelsStages(p);
    const float sc = ui.fonts.scale;
    lv.amounts[0] = st.institutional;
    lv.amounts[1] = st.interpersonal;
    lv.amounts[2] = st.internal;
    const CoinPose& pose = ui.stage.coins[std::size_t(s.action.coin)];
    const StageConfig cfg;
    const float h = cfg.shape.thickness * 0.5f + 0.002f;
    const float radii[3] = {0.93f, 0.66f, 0.4f};
    for (const auto& a : faceAnchors(ui.stage)) {
        if (a.coin != s.action.coin || a.placement == FaceAnchor::Placement::BeyondRim) continue;
        const glm::mat4& m = a.placement == FaceAnchor::Placement::InMirror ? pose.mirrored : pose.model;
        const float y = a.face == Face::Top ? h : -h;
        for (int r = 0; r < 3; ++r) {
            if (lv.amounts[r] <= 0.01f) continue;
            LevelsLayout::Ring ring;
            ring.amount = lv.amounts[r];
            for (int k = 0; k < 64; ++k) {
                const float ang = 6.28318f * float(k) / 64.0f;
                const glm::vec3 q = ui.stage.project(
                    glm::vec3(m * glm::vec4(radii[r] * std::cos(ang), y, radii[r] * std::sin(ang), 1.0f)));
                ring.points.emplace_back(q.x, q.y);
            }
            // The ring's number where it is furthest right, else further round the ring where it is free.
            LevelsLayout::Badge badge;
            badge.amount = lv.amounts[r];
            badge.number = makeRun(ui.fonts.small, std::to_string(r + 1), 0.0f);
            badge.radius = badge.number.size.y * 0.65f;
            int right = 0;
            for (int k = 1; k < 64; ++k) {
                if (ring.points[std::size_t(k)].x > ring.points[std::size_t(right)].x) right = k;
            }
            glm::vec2 at = ring.points[std::size_t(right)];
            bool found = false;
            for (int step = 0; step < 32 && !found; ++step) {
                const int k = (right + (step % 2 ? 1 : -1) * ((step + 1) / 2) * 2 + 64) % 64;
                const glm::vec2 c = ring.points[std::size_t(step == 0 ? right : k)];
                if (taken.free(inflated(boxAround(c, glm::vec2(2.0f * badge.radius)), 2.0f * sc))) {
                    at = c;
                    found = true;
                }
            }
            if (!found) {
                // The face is covered (a small coin under large plates): the number stands beside the
                // coin, level with its ring, and a line leads to the ring.
                const glm::vec2 rim = ring.points[std::size_t(right)];
                float coinRight = rim.x, coinLeft = rim.x;
                for (const auto& q : ring.points) {
                    coinRight = std::max(coinRight, q.x);
                    coinLeft = std::min(coinLeft, q.x);
                }
                const float outer = (1.0f - radii[r]) / radii[r] * (coinRight - coinLeft) * 0.5f;
                const PixelRect area = areaOf(ui.layout);
                for (int k = 0; k < 24 && !found; ++k) {
                    const float dy = float((k + 1) / 2) * (k % 2 ? 1.0f : -1.0f) * 2.2f * badge.radius;
                    for (float side : {1.0f, -1.0f}) {
                        const float x = side > 0.0f ? coinRight + outer + 12.0f * sc + badge.radius
                                                    : coinLeft - outer - 12.0f * sc - badge.radius;
                        const glm::vec2 c{x, rim.y + dy};
                        const PixelRect box = boxAround(c, glm::vec2(2.0f * badge.radius));
                        if (contains(area, box) && taken.free(inflated(box, 2.0f * sc))) {
                            at = c;
                            found = true;
                            badge.leader = true;
                            badge.ringPoint = side > 0.0f ? rim : ring.points[std::size_t((right + 32) % 64)];
                            break;
                        }
                    }
                }
            }
            badge.centre = at;
            badge.number.pos = at - badge.number.size * 0.5f;
            taken.add(boxAround(at, glm::vec2(2.0f * badge.radius)));
            lv.rings.push_back(std::move(ring));
            lv.badges.push_back(std::move(badge));
        }
    }
    if (ui.layout.items.width > 0.0f) {
        layoutLevelsColumn(lv, s, ui.fonts, sc, ui.layout.items);
        for (const auto& l : lv.lines)
            taken.add(l.run.rect());
        taken.add(lv.title.rect());
    }
}

} // namespace

// =====================================================================================================
// [SECTION] legend
// =====================================================================================================
namespace {

// A short legend entry; `oldPlace`: led by a dashed circle, as the place a lifted person left.
struct FlowItem {
    std::string text;
    bool oldPlace = false;
};

// Short entries ("1  Racism", "AR  Aisha Rahman") in rows from `y`, as many a row as fit.
void flowEntries(std::vector<LegendEntry>& out, const std::vector<FlowItem>& items, const UiFonts& fonts, float sc,
                 const PixelRect& r, float y) {
    const float gap = 40.0f * sc, padX = 16.0f * sc;
    float x = r.x + padX;
    for (const FlowItem& item : items) {
        LegendEntry e;
        const float radius = item.oldPlace ? 0.5f * fonts.small->FontSize : 0.0f;
        const float lead = item.oldPlace ? 2.0f * radius + 12.0f * sc : 0.0f;
        e.name = makeRun(fonts.small, item.text,
                         std::max(r.width - 2.0f * padX - lead, widestWord(fonts.small, item.text) + 1.0f));
        if (x > r.x + padX && x + lead + e.name.size.x > r.x + r.width - padX) {
            x = r.x + padX;
            y += e.name.size.y + 6.0f * sc;
        }
        e.name.pos = {x + lead, y};
        if (item.oldPlace) {
            e.oldPlaceRadius = radius;
            e.oldPlaceCentre = {x + radius, y + 0.5f * fonts.small->FontSize};
        }
        x += lead + e.name.size.x + gap;
        out.push_back(std::move(e));
    }
}

// The coins' entries, then (`people`) a row naming the initials the people stand as.
std::vector<LegendEntry> layoutLegendIn(const AppState& s, const UiFonts& fonts, float sc, const PixelRect& r,
                                        bool namesOnly, bool people) {
    std::vector<LegendEntry> out;
    const std::string_view lang = languageOf(s);
    auto addPeople = [&] {
        if (!people) return;
        float bottom = r.y;
        for (const auto& e : out)
            bottom = std::max(bottom, e.box().y + e.box().height);
        const std::map<std::string, std::string> initials = initialsOnStage(s);
        std::vector<FlowItem> items;
        for (const Persona* p : peopleOnStage(s))
            items.push_back({initials.at(p->id) + "  " + s.tr(p->name)});
        // A lift's old place is a dashed circle among the initials: its caption is said here.
        if (s.action.kind == Action::LiftToTop) items.push_back({std::string(uiText(UiText::OldPlace, lang)), true});
        flowEntries(out, items, fonts, sc, r, out.empty() ? r.y + 8.0f * sc : bottom + 10.0f * sc);
    };
    if (namesOnly) {
        // "1  Racism   2  Sexism   …" in rows, as many a row as fit.
        std::vector<FlowItem> items;
        for (int i = 0; i < int(s.coins.size()); ++i) {
            if (const Structure* st = s.structureOf(s.coins[std::size_t(i)]))
                items.push_back({std::to_string(i + 1) + "  " + s.tr(st->name)});
        }
        flowEntries(out, items, fonts, sc, r, r.y + 8.0f * sc);
        addPeople();
        return out;
    }
    // Two entries a row when each still has a reasonable line; one otherwise.
    const int columns = r.width >= 2.0f * 520.0f * sc ? 2 : 1;
    const float colWidth = r.width / float(columns);
    const float indent = 24.0f * sc, padX = 16.0f * sc, rowGap = 6.0f * sc;
    float y = r.y + 8.0f * sc, rowBottom = y;
    int entry = 0;
    for (int i = 0; i < int(s.coins.size()); ++i) {
        const Structure* st = s.structureOf(s.coins[std::size_t(i)]);
        if (!st) continue;
        const int col = entry % columns;
        if (col == 0 && entry > 0) y = rowBottom + rowGap;
        const float x = r.x + padX + colWidth * float(col);
        const float width = colWidth - 2.0f * padX;
        LegendEntry e;
        e.name = makeRun(fonts.small, std::to_string(i + 1) + "  " + s.tr(st->name), width, {x, y});
        e.faces = makeRun(fonts.small,
                          labelled(uiText(UiText::TopShort, lang), s.tr(st->top), lang) + " \xC2\xB7 " +
                              labelled(uiText(UiText::BottomShort, lang), s.tr(st->bottom), lang),
                          width - indent, {x + indent, y + e.name.size.y});
        rowBottom = std::max(rowBottom, e.faces.pos.y + e.faces.size.y);
        out.push_back(std::move(e));
        ++entry;
    }
    addPeople();
    return out;
}

} // namespace

float legendHeightFor(const AppState& state, const UiFonts& fonts, float width, float sc, bool namesOnly, bool people) {
    float bottom = 0.0f;
    for (const auto& e : layoutLegendIn(state, fonts, sc, {0.0f, 0.0f, width, 1e6f}, namesOnly, people)) {
        bottom = std::max(bottom, e.box().y + e.box().height);
    }
    return bottom > 0.0f ? bottom + 12.0f * sc : 0.0f;
}

// =====================================================================================================
// [SECTION] people on faces
// =====================================================================================================
namespace {

// A marker's circle and its name under it, centred on x, circle centre at y.
// `room`: the widest the name may be (a long name wraps at its spaces); a caption ("old place, still
// there") goes on two lines rather than one long one.
PersonaMarker makeMarker(const UiFonts& fonts, float sc, const std::string& id, const std::string& name, bool muted,
                         float room = 0.0f) {
    PersonaMarker m;
    m.personaId = id;
    m.name = name;
    m.initials = initialsOf(name);
    m.radius = 24.0f * sc;
    m.muted = muted;
    float wrap = muted ? 240.0f * sc : 0.0f;
    if (room > 0.0f) wrap = wrap > 0.0f ? std::min(wrap, room) : room;
    // (Never narrower than its longest word: a name is not cut inside a word.)
    m.nameRun = makeRun(fonts.small, name,
                        wrap > 0.0f ? std::max({wrap, 2.0f * m.radius, widestWord(fonts.small, name) + 1.0f}) : 0.0f);
    return m;
}

// The marker as its circle only, with initials told apart from the others' (the legend names it).
void keepInitialsOnly(PersonaMarker& m, const std::map<std::string, std::string>& initials) {
    if (const auto it = initials.find(m.personaId); it != initials.end()) m.initials = it->second;
    m.nameRun = {};
    m.nameBox = {};
    m.initialsOnly = true;
}

glm::vec2 unitSize(const PersonaMarker& m, float sc) {
    if (m.nameRun.empty()) return {2.0f * m.radius, 2.0f * m.radius};
    const float w = std::max(2.0f * m.radius, m.nameRun.size.x + 12.0f * sc);
    return {w, 2.0f * m.radius + 2.0f * sc + m.nameRun.size.y + 2.0f * sc};
}

// Puts the marker's circle and name with the unit's top-left at `at`.
void placeMarker(PersonaMarker& m, glm::vec2 at, float sc) {
    const glm::vec2 u = unitSize(m, sc);
    m.centre = {at.x + u.x * 0.5f, at.y + m.radius};
    m.nameBox = {m.centre.x - m.nameRun.size.x * 0.5f - 6.0f * sc, m.centre.y + m.radius + 2.0f * sc,
                 m.nameRun.size.x + 12.0f * sc, m.nameRun.size.y + 2.0f * sc};
    m.nameRun.pos = {m.nameBox.x + 6.0f * sc, m.nameBox.y};
}

// Markers in rows no wider than maxWidth, in order; returns the block's size. Positions are
// relative to the block's top-left (move them with `offsetMarkers`).
glm::vec2 arrangeRows(std::vector<PersonaMarker>& ms, float maxWidth, float sc) {
    const float gap = 10.0f * sc, rowGap = 6.0f * sc;
    // Rows first (so each row can be centred), then positions.
    std::vector<std::vector<std::size_t>> rows(1);
    float rowWidth = 0.0f;
    for (std::size_t i = 0; i < ms.size(); ++i) {
        const float w = unitSize(ms[i], sc).x;
        if (!rows.back().empty() && rowWidth + gap + w > maxWidth) {
            rows.emplace_back();
            rowWidth = 0.0f;
        }
        rowWidth += (rows.back().empty() ? 0.0f : gap) + w;
        rows.back().push_back(i);
    }
    std::vector<float> widths;
    float blockW = 0.0f, y = 0.0f;
    for (const auto& row : rows) {
        float w = 0.0f;
        for (std::size_t k = 0; k < row.size(); ++k)
            w += (k ? gap : 0.0f) + unitSize(ms[row[k]], sc).x;
        widths.push_back(w);
        blockW = std::max(blockW, w);
    }
    for (std::size_t r = 0; r < rows.size(); ++r) {
        float x = (blockW - widths[r]) * 0.5f, rowH = 0.0f;
        for (std::size_t i : rows[r]) {
            placeMarker(ms[i], {x, y}, sc);
            x += unitSize(ms[i], sc).x + gap;
            rowH = std::max(rowH, unitSize(ms[i], sc).y);
        }
        y += rowH + (r + 1 < rows.size() ? rowGap : 0.0f);
    }
    return {blockW, y};
}

void offsetMarkers(std::vector<PersonaMarker>& ms, glm::vec2 by) {
    for (auto& m : ms) {
        m.centre += by;
        m.nameBox.x += by.x;
        m.nameBox.y += by.y;
        m.nameRun.pos += by;
    }
}

// Where a block of `size` can stand next to the plate `p`: under it, above it, beside it.
std::vector<glm::vec2> spotsAround(const PixelRect& p, glm::vec2 size, float gap) {
    const glm::vec2 c = p.centre();
    return {
        {c.x - size.x * 0.5f, p.y + p.height + gap},           // under
        {c.x - size.x * 0.5f, p.y - gap - size.y},             // above
        {p.x + p.width + gap, c.y - size.y * 0.5f},            // right
        {p.x - gap - size.x, c.y - size.y * 0.5f},             // left
        {p.x + p.width + gap, p.y + p.height - size.y * 0.3f}, // right, lower
        {p.x - gap - size.x, p.y + p.height - size.y * 0.3f},  // left, lower
        {p.x + p.width + gap, p.y},                            // right, level with the top
        {p.x - gap - size.x, p.y},                             // left, level with the top
        {p.x + p.width + gap, p.y + p.height - size.y},        // right, level with the bottom
        {p.x - gap - size.x, p.y + p.height - size.y},         // left, level with the bottom
    };
}

struct FacePeople {
    int coin = 0;
    Face face = Face::Top;
    std::vector<const Persona*> people;
    const Persona* arriving = nullptr; // a lift's person, whose place at the end is kept in this row
};

// Who stands on which face of which coin, in the scenario's order (never sorted, never counted).
// `arrivals`: during a lift, the row of the coin's top face keeps a place for the person lifted
// (the first on its bottom face), as a compact stage has no room beside its plates.
std::vector<FacePeople> facePeople(const AppState& s, int coins, bool arrivals) {
    std::vector<FacePeople> out;
    if (!s.scenario) return out;
    for (int coin = 0; coin < coins && coin < int(s.coins.size()); ++coin) {
        for (Face face : kAllFaces) {
            FacePeople fp{coin, face, {}};
            for (const auto& id : s.personas) {
                const Persona* p = s.scenario->findPersona(id);
                if (!p) continue;
                for (const auto& [structure, f] : p->positions) {
                    if (structure == s.coins[std::size_t(coin)].structureId && f == face) fp.people.push_back(p);
                }
            }
            if (!fp.people.empty()) out.push_back(std::move(fp));
        }
    }
    if (arrivals && s.action.kind == Action::LiftToTop) {
        const auto bottom = std::find_if(out.begin(), out.end(), [&](const FacePeople& fp) {
            return fp.coin == s.action.coin && fp.face == Face::Bottom;
        });
        if (bottom != out.end()) {
            const Persona* lifted = bottom->people.front();
            auto top = std::find_if(out.begin(), out.end(), [&](const FacePeople& fp) {
                return fp.coin == s.action.coin && fp.face == Face::Top;
            });
            if (top == out.end()) top = out.insert(bottom, FacePeople{s.action.coin, Face::Top, {}});
            top->arriving = lifted;
        }
    }
    return out;
}

// The markers of one face's row: its people, then the place kept for a lift's person.
std::vector<PersonaMarker> rowMarkers(const AppState& s, const UiFonts& fonts, float sc, const FacePeople& fp,
                                      float room, const std::map<std::string, std::string>* initials,
                                      const std::string& liftedId) {
    std::vector<PersonaMarker> ms;
    const std::string_view lang = languageOf(s);
    auto add = [&](const Persona* p, bool oldPlace) {
        // The lifted person's place keeps a caption where their name was.
        ms.push_back(makeMarker(fonts, sc, p->id,
                                oldPlace ? std::string(uiText(UiText::OldPlace, lang)) : s.tr(p->name), oldPlace,
                                room - 12.0f * sc));
        // (With initials, the old place's caption is in the legend, beside a dashed circle like it.)
        if (initials) keepInitialsOnly(ms.back(), *initials);
        ms.back().coin = fp.coin;
        ms.back().face = fp.face;
    };
    for (const Persona* p : fp.people)
        add(p, fp.coin == s.action.coin && p->id == liftedId);
    if (fp.arriving) {
        add(fp.arriving, false);
        ms.back().arrival = true;
    }
    return ms;
}

} // namespace

float peopleHeightFor(const AppState& state, const UiFonts& fonts, Face face, float room, float sc, bool initials) {
    float tallest = 0.0f;
    const std::map<std::string, std::string> told =
        initials ? initialsOnStage(state) : std::map<std::string, std::string>{};
    for (const auto& fp : facePeople(state, int(state.coins.size()), true)) {
        if (fp.face != face) continue;
        std::vector<PersonaMarker> ms = rowMarkers(state, fonts, sc, fp, room, initials ? &told : nullptr, "");
        tallest = std::max(tallest, arrangeRows(ms, room, sc).y);
    }
    return tallest;
}

// =====================================================================================================
// [SECTION] dismantled groups
// =====================================================================================================
namespace {

struct GroupPlan {
    PeopleGroup group;
    std::vector<PersonaMarker> people;
    glm::vec2 peopleSize{0.0f};
};

// A dismantled coin: its two groups stand side by side, centred where the coin and its mirror image
// were, each with the people who stood on its face. Returns the markers placed in the groups.
std::vector<PersonaMarker> layoutGroups(StageLayout& out, const UiContext& ui, int coin, float amount,
                                        const std::vector<FacePeople>& standing, Occupied& taken) {
    std::vector<PersonaMarker> placed;
    const AppState& s = ui.state;
    const Structure* st = s.structureOf(s.coins[std::size_t(coin)]);
    if (!st) return placed;
    const float sc = ui.fonts.scale;
    // The width of the whole stage (a dismantled coin's items column is gone), the height of the coins' part.
    const PixelRect coins = coinAreaOf(ui.layout), stage = areaOf(ui.layout);
    const PixelRect area{stage.x, coins.y, stage.width, coins.height};
    const CoinPose& pose = ui.stage.coins[std::size_t(coin)];
    glm::vec2 centre = glm::vec2(ui.stage.project(pose.centre));
    if (ui.stage.mirrorAmount > 0.5f) {
        const glm::vec2 image = glm::vec2(ui.stage.project(glm::vec3(pose.mirrored * glm::vec4(0, 0, 0, 1))));
        centre = (centre + image) * 0.5f;
    }
    const float slot = std::min(roomBetween(ui.stage, coin, area.width), area.width) - 16.0f * sc;
    const float gap = 32.0f * sc, padX = 20.0f * sc, padY = 10.0f * sc;
    const float groupWidth = std::max((slot - gap) * 0.5f, 120.0f * sc);
    const bool compact = compactStage(ui.layout, s);
    const std::map<std::string, std::string> told =
        ui.layout.peopleInitials && compact ? initialsOnStage(s) : std::map<std::string, std::string>{};
    GroupPlan plans[2];
    for (int g = 0; g < 2; ++g) {
        const Face face = g == 0 ? Face::Top : Face::Bottom;
        GroupPlan& plan = plans[g];
        plan.group.coin = coin;
        plan.group.face = face;
        plan.group.alpha = amount;
        // Past three coins a group is named as its face's plate was ("2 · top"), the legend giving the
        // words: a coin's slot is too narrow for a group's whole name.
        const std::string name = compact ? numberedFace(s, coin, face) : s.tr(face == Face::Top ? st->top : st->bottom);
        plan.group.name =
            makeRun(ui.fonts.bodyBold, name,
                    compact ? 0.0f : std::max(groupWidth - 2.0f * padX, widestWord(ui.fonts.bodyBold, name) + 1.0f));
        for (const auto& fp : standing) {
            if (fp.coin != coin || fp.face != face) continue;
            for (const Persona* p : fp.people) {
                plan.people.push_back(makeMarker(ui.fonts, sc, p->id, s.tr(p->name), false, groupWidth - 12.0f * sc));
                if (ui.layout.peopleInitials && compact) keepInitialsOnly(plan.people.back(), told);
            }
        }
        for (auto& m : plan.people) {
            m.coin = coin;
            m.face = face;
        }
        plan.peopleSize = plan.people.empty() ? glm::vec2(0.0f) : arrangeRows(plan.people, groupWidth, sc);
    }
    // Large figures, as large as the height allows (they are people, not decoration).
    float nameH = 0.0f, peopleH = 0.0f;
    for (const auto& p : plans) {
        nameH = std::max(nameH, p.group.name.size.y + 2.0f * padY);
        peopleH = std::max(peopleH, p.peopleSize.y);
    }
    const float rest = nameH + (peopleH > 0.0f ? 12.0f * sc + peopleH : 0.0f) + 12.0f * sc;
    // Side by side, centred on the coin's place; past three coins, where the two do not fit the coin's
    // slot even with small figures, one above the other (the top face's people above), as the faces were.
    float least = 0.0f;
    for (const auto& p : plans)
        least = std::max({least, p.group.name.size.x + 2.0f * padX, p.peopleSize.x, 16.0f * sc * 3.9f});
    const bool stacked = compact && 2.0f * least + gap > slot;
    const float rows = stacked ? 2.0f : 1.0f;
    // Large figures, as large as the room allows (they are people, not decoration).
    const float figure = std::clamp(std::min((area.height - rows * rest - (rows - 1.0f) * gap) / (1.3f * rows),
                                             (stacked ? std::max(slot, least) : groupWidth) / 3.9f),
                                    16.0f * sc, 64.0f * sc);
    const float figureRow = figure * 1.25f;
    const float one = figureRow + rest;
    const float total = rows * one + (rows - 1.0f) * gap;
    const float top = std::clamp(centre.y - total * 0.5f, area.y, std::max(area.y, area.y + area.height - total));
    float widths[2];
    for (int g = 0; g < 2; ++g) {
        widths[g] = std::max({plans[g].group.name.size.x + 2.0f * padX, plans[g].peopleSize.x, figure * 3.9f});
    }
    const float both = stacked ? std::max(widths[0], widths[1]) : widths[0] + gap + widths[1];
    float x = std::clamp(centre.x - both * 0.5f, area.x, std::max(area.x, area.x + area.width - both));
    for (int g = 0; g < 2; ++g) {
        GroupPlan& plan = plans[g];
        PeopleGroup& group = plan.group;
        const float cx = stacked ? x + both * 0.5f : x + widths[g] * 0.5f;
        const float y = stacked ? top + float(g) * (one + gap) : top;
        group.figureSize = figure;
        for (int k = -1; k <= 1; ++k)
            group.figures.push_back({cx + float(k) * figure * 1.3f, y + figure * 0.8f});
        const float plateTop = y + figureRow + 6.0f * sc;
        group.plate = {cx - group.name.size.x * 0.5f - padX, plateTop, group.name.size.x + 2.0f * padX, nameH};
        group.column = {cx - widths[g] * 0.5f, y, widths[g], one};
        group.name.pos = {cx - group.name.size.x * 0.5f, plateTop + (nameH - group.name.size.y) * 0.5f};
        offsetMarkers(plan.people, {cx - plan.peopleSize.x * 0.5f, plateTop + nameH + 12.0f * sc});
        taken.add(group.box());
        for (auto& m : plan.people) {
            taken.add(m.box());
            placed.push_back(m);
        }
        out.groups.push_back(std::move(group));
        if (!stacked) x += widths[g] + gap;
    }
    return placed;
}

} // namespace

// =====================================================================================================
// [SECTION] lift to top
// =====================================================================================================
namespace {

void moveMarker(PersonaMarker& m, glm::vec2 by) {
    m.centre += by;
    m.nameBox.x += by.x;
    m.nameBox.y += by.y;
    m.nameRun.pos += by;
}

// Lift to top, shown as the misstep it is: the place left behind stays (outlined, captioned) and the
// person rises along an arc to stand beside the top face's plate.
// `arrival`: where the lifted person ends when their face's row kept them a place (else beside the
// top face's plate).
void layoutLift(StageLayout& out, const UiContext& ui, float progress, const std::string& liftedName,
                const PersonaMarker* arrival, Occupied& taken) {
    const AppState& s = ui.state;
    const float sc = ui.fonts.scale;
    const std::string_view lang = languageOf(s);
    const PixelRect area = areaOf(ui.layout);
    const LiftStages stage = liftStages(progress);
    const int coin = s.action.coin;
    const bool initialsOnly = ui.layout.peopleInitials && compactStage(ui.layout, s);
    LiftLayout& lift = out.lift;
    lift.active = true;
    lift.oldPlaceAlpha = stage.oldPlace;
    lift.persona = !liftedName.empty();
    auto plateBox = [&](Face face) {
        const LabelPlate* p = plateOf(out.labels, coin, face);
        return p ? rectOf(*p) : boxAround(faceAnchor(ui, coin, face), glm::vec2(1.0f));
    };
    if (!lift.persona) {
        // Nobody on the bottom face: someone from it, and the place they leave, beside its plate.
        PersonaMarker old = makeMarker(ui.fonts, sc, "", std::string(uiText(UiText::OldPlace, lang)), true);
        if (initialsOnly) keepInitialsOnly(old, {});
        const glm::vec2 size = unitSize(old, sc);
        const PixelRect p = plateBox(Face::Bottom);
        const glm::vec2 c = p.centre();
        // Beside the plate first (left, then right), its circle level with the plate's middle.
        std::vector<glm::vec2> spots{{p.x - 12.0f * sc - size.x, c.y - old.radius},
                                     {p.x + p.width + 12.0f * sc, c.y - old.radius}};
        for (const auto& spot : spotsAround(p, size, 12.0f * sc))
            spots.push_back(spot);
        placeMarker(old, firstFreeSpot(spots, size, area, taken), sc);
        lift.oldPlace = old;
    }
    if (lift.oldPlaceAlpha > 0.01f) taken.add(lift.oldPlace.box());
    PersonaMarker moving = lift.persona
                               ? makeMarker(ui.fonts, sc, lift.oldPlace.personaId, liftedName, false,
                                            std::max(lift.oldPlace.nameRun.size.x, 2.0f * lift.oldPlace.radius))
                               : makeMarker(ui.fonts, sc, "", "", false);
    if (initialsOnly && lift.persona) keepInitialsOnly(moving, initialsOnStage(s));
    moving.coin = coin;
    moving.face = Face::Top;
    if (arrival && lift.persona) {
        // Where the person ends: the place their new face's row kept.
        moving = *arrival;
        moving.arrival = false;
    } else {
        // Where the person ends: beside the top face's plate.
        const glm::vec2 size = unitSize(moving, sc);
        const PixelRect p = plateBox(Face::Top);
        const float gap = 12.0f * sc;
        const glm::vec2 c = p.centre();
        std::vector<glm::vec2> spots{{p.x - gap - size.x, c.y - moving.radius},
                                     {p.x + p.width + gap, c.y - moving.radius},
                                     {c.x - size.x * 0.5f, p.y - gap - size.y},
                                     {p.x - gap - size.x, p.y},
                                     {p.x + p.width + gap, p.y}};
        for (const auto& spot : spotsAround(p, size, gap))
            spots.push_back(spot);
        placeMarker(moving, firstFreeSpot(spots, size, area, taken), sc);
    }
    taken.add(moving.box());
    // Now: along an arc from the old place.
    const glm::vec2 from = lift.oldPlace.centre, to = moving.centre;
    const float bump = std::sin(stage.rise * 3.14159f) * 60.0f * sc;
    moveMarker(moving, from + (to - from) * stage.rise - glm::vec2(bump, 0.0f) - moving.centre);
    lift.moving = moving;
}

} // namespace

// =====================================================================================================
// [SECTION] mirror
// =====================================================================================================
namespace {

// The mirror's edge, named, so the lower images read as the same coins seen from below. The note
// goes only where it covers nothing (a crowded stage goes without it).
void layoutMirror(StageLayout& out, const UiContext& ui, Occupied& taken) {
    const AppState& s = ui.state;
    float shown = 0.0f;
    int first = -1, last = -1;
    for (int i = 0; i < int(s.coins.size()) && i < int(ui.stage.coins.size()); ++i) {
        const float c = coinPresence(s, i).coin;
        shown = std::max(shown, c);
        if (c > 0.01f) {
            if (first < 0) first = i;
            last = i;
        }
    }
    if (ui.stage.mirrorAmount <= 0.5f || first < 0) return;
    const float sc = ui.fonts.scale;
    const float y = ui.stage.mirrorPlaneY;
    const float x0 = ui.stage.coins[std::size_t(first)].centre.x - 1.6f,
                x1 = ui.stage.coins[std::size_t(last)].centre.x + 1.6f;
    const glm::vec3 a = ui.stage.project({x0, y, 0.0f}), b = ui.stage.project({x1, y, 0.0f});
    MirrorLayout& m = out.mirror;
    m.shown = true;
    m.from = {a.x, a.y};
    m.to = {b.x, b.y};
    m.alpha = (ui.stage.mirrorAmount - 0.5f) * 2.0f * shown;
    m.note = makeRun(ui.fonts.small, std::string(uiText(UiText::MirrorNote, languageOf(s))), 0.0f);
    m.note.pos = {b.x - m.note.size.x, b.y + 6.0f * sc};
    const PixelRect r = m.note.rect();
    m.noteShown = contains(areaOf(ui.layout), r) && taken.free(r);
    if (m.noteShown) taken.add(r);
}

} // namespace

// =====================================================================================================
// [SECTION] layoutStage, blocks and runs
// =====================================================================================================

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

std::map<std::string, std::string> initialsOnStage(const AppState& state) {
    std::map<std::string, std::string> out;
    const std::vector<const Persona*> people = peopleOnStage(state);
    std::map<std::string, int> uses;
    for (const Persona* p : people)
        ++uses[initialsOf(state.tr(p->name))];
    std::map<std::string, int> seen;
    for (const Persona* p : people) {
        const std::string plain = initialsOf(state.tr(p->name));
        out[p->id] = uses[plain] > 1 ? plain + std::to_string(++seen[plain]) : plain;
    }
    return out;
}

StageLayout layoutStage(const UiContext& ui) {
    StageLayout out;
    const AppState& s = ui.state;
    const float sc = ui.fonts.scale;
    const PixelRect area = areaOf(ui.layout);
    Occupied taken;

    // Plates and headings, anchored to their faces and coins.
    out.labels = layoutStageLabels(ui);
    for (const auto& p : out.labels.plates) {
        if (p.alpha > 0.01f) taken.add(rectOf(p));
    }
    for (const auto& h : out.labels.headings) {
        if (h.alpha > 0.01f) taken.add(rectOf(h));
    }
    for (const auto& r : out.labels.rows)
        taken.add(rectOf(r));

    // The parts with rects of their own.
    for (const auto& n : stageNotes(s)) {
        const PixelRect& r = ui.layout.notes.height > 0.0f ? ui.layout.notes : ui.layout.stage;
        out.notes.push_back(layoutNote(n.text, r, ui.fonts, sc, n.alpha));
        taken.add(out.notes.back().box);
    }
    if (compactStage(ui.layout, s) && ui.layout.legend.height > 0.0f) {
        out.legend =
            layoutLegendIn(s, ui.fonts, sc, ui.layout.legend, ui.layout.legendNamesOnly, ui.layout.peopleInitials);
        for (const auto& e : out.legend)
            taken.add(e.box());
    }
    if (const Structure* st = focusStructure(s); st && actionProgressOn(s, s.focus, Action::Levels) < 0.0f) {
        out.itemsAlpha = coinPresence(s, s.focus).unearned;
        if (out.itemsAlpha > 0.01f) {
            // Each list on the side of its face: a flipped coin has its bottom face up.
            const LabelPlate* top = plateOf(out.labels, s.focus, Face::Top);
            const LabelPlate* bottom = plateOf(out.labels, s.focus, Face::Bottom);
            const bool topAbove = !top || !bottom || top->centre.y <= bottom->centre.y;
            out.items = layoutItemLists(s, ui.fonts, sc, ui.layout.items, topAbove);
            for (auto& l : out.items) {
                taken.add(l.heading.rect());
                for (const auto& c : l.chips)
                    taken.add(c.box);
                if (!l.more.empty()) taken.add(l.more.rect());
                const LabelPlate* plate = plateOf(out.labels, s.focus, l.face);
                if (ui.stage.coins.size() > 1) {
                    // With several coins a line would cross the others: the face's plate is outlined.
                    if (plate) {
                        l.outline = true;
                        l.outlineBox = inflated(rectOf(*plate), 3.0f * sc);
                    }
                    continue;
                }
                l.link = true;
                l.linkFrom = {l.heading.pos.x - 18.0f * sc, l.heading.pos.y + listHeight(l) * 0.5f};
                l.linkTo =
                    plate ? glm::vec2(plate->max().x + 4.0f * sc, plate->centre.y) : faceAnchor(ui, s.focus, l.face);
            }
        }
    }
    layoutLevels(out.levels, ui, taken);

    // People: with their groups on a dismantled coin, else with the face they stand on.
    const bool compact = compactStage(ui.layout, s);
    const std::vector<FacePeople> standing = facePeople(s, int(ui.stage.coins.size()), compact);
    std::vector<std::vector<PersonaMarker>> inGroups(ui.stage.coins.size());
    for (int i = 0; i < int(s.coins.size()) && i < int(ui.stage.coins.size()); ++i) {
        const float side = coinPresence(s, i).sideBySide;
        if (side > 0.01f) inGroups[std::size_t(i)] = layoutGroups(out, ui, i, side, standing, taken);
    }
    // Lift to top: the first persona on the coin's bottom face is the one lifted.
    const float liftProgress = actionProgressOn(s, s.action.coin, Action::LiftToTop);
    std::string liftedId, liftedName;
    if (liftProgress >= 0.0f) {
        for (const auto& fp : standing) {
            if (fp.coin == s.action.coin && fp.face == Face::Bottom) {
                liftedId = fp.people.front()->id;
                liftedName = s.tr(fp.people.front()->name);
                break;
            }
        }
    }
    const bool initialsOnly = ui.layout.peopleInitials && compact;
    const std::map<std::string, std::string> told =
        initialsOnly ? initialsOnStage(s) : std::map<std::string, std::string>{};
    std::optional<PersonaMarker> arrival;
    for (const auto& fp : standing) {
        const float room = std::max(roomBetween(ui.stage, fp.coin, area.width) - 12.0f * sc, 60.0f * sc);
        std::vector<PersonaMarker> ms = rowMarkers(s, ui.fonts, sc, fp, room, initialsOnly ? &told : nullptr, liftedId);
        const glm::vec2 size = arrangeRows(ms, room, sc);
        const LabelPlate* plate = plateOf(out.labels, fp.coin, fp.face);
        const PixelRect anchor = plate && plate->alpha > 0.01f
                                     ? rectOf(*plate)
                                     : boxAround(faceAnchor(ui, fp.coin, fp.face), glm::vec2(1.0f));
        std::vector<glm::vec2> spots = spotsAround(anchor, size, 8.0f * sc);
        if (compact && fp.face == Face::Top) {
            // Past three coins: people on top faces stand above their plate (the row of coins' top),
            // people on bottom faces under theirs; the layout keeps room for both rows.
            std::swap(spots[0], spots[1]);
        }
        offsetMarkers(ms, firstFreeSpot(spots, size, area, taken));
        const float side = coinPresence(s, fp.coin).sideBySide;
        const auto& group = inGroups[std::size_t(fp.coin)];
        for (auto& m : ms) {
            const auto it = std::find_if(group.begin(), group.end(),
                                         [&](const PersonaMarker& g) { return g.personaId == m.personaId; });
            if (side > 0.01f && it != group.end()) {
                // On a coin being dismantled the people walk over to their group.
                PersonaMarker walking = *it;
                moveMarker(walking, m.centre + (it->centre - m.centre) * side - it->centre);
                out.markers.push_back(std::move(walking));
                continue;
            }
            if (m.muted) {
                out.lift.oldPlace = m;
                continue;
            }
            if (m.arrival) {
                arrival = m; // the lift puts the person here (and keeps the place taken)
                continue;
            }
            taken.add(m.box());
            out.markers.push_back(std::move(m));
        }
    }
    if (liftProgress >= 0.0f) layoutLift(out, ui, liftProgress, liftedName, arrival ? &*arrival : nullptr, taken);
    layoutMirror(out, ui, taken);
    return out;
}

namespace {

std::string faceWord(Face f) {
    return f == Face::Top ? "top" : "bottom";
}

std::string shortText(const std::string& t) {
    return t.size() > 40 ? t.substr(0, 40) + "..." : t;
}

} // namespace

std::vector<LaidOutBlock> blocksOf(const StageLayout& l) {
    std::vector<LaidOutBlock> out;
    for (const auto& p : l.labels.plates) {
        if (p.alpha > 0.01f) out.push_back({"plate " + std::to_string(p.coin + 1) + " " + faceWord(p.face), rectOf(p)});
    }
    for (const auto& h : l.labels.headings) {
        if (h.alpha > 0.01f) out.push_back({"heading " + h.name, rectOf(h)});
    }
    for (const auto& r : l.labels.rows)
        out.push_back({"row label " + r.text, rectOf(r)});
    for (const auto& m : l.markers)
        out.push_back({"persona " + m.name + " on coin " + std::to_string(m.coin + 1), m.box()});
    if (l.itemsAlpha > 0.01f) {
        for (const auto& list : l.items) {
            out.push_back({"items heading " + faceWord(list.face), list.heading.rect()});
            for (const auto& c : list.chips)
                out.push_back({"item " + shortText(c.text.text), c.box});
            if (!list.more.empty()) out.push_back({"more items " + faceWord(list.face), list.more.rect()});
        }
    }
    for (const auto& n : l.notes) {
        if (n.alpha > 0.01f) out.push_back({"note " + shortText(n.text.text), n.box});
    }
    for (const auto& e : l.legend)
        out.push_back({"legend " + shortText(e.name.text), e.box()});
    if (l.lift.active) {
        if (l.lift.oldPlaceAlpha > 0.01f) out.push_back({"old place", l.lift.oldPlace.box()});
        out.push_back({"lifted person", l.lift.moving.box()});
    }
    for (const auto& g : l.groups) {
        if (g.alpha > 0.01f) out.push_back({"group " + g.name.text, g.box()});
    }
    if (l.levels.active) {
        if (!l.levels.title.empty()) out.push_back({"levels title", l.levels.title.rect()});
        for (const auto& line : l.levels.lines)
            out.push_back({"levels " + line.run.text, line.run.rect()});
        for (const auto& b : l.levels.badges)
            out.push_back({"level number " + b.number.text, boxAround(b.centre, glm::vec2(2.0f * b.radius))});
    }
    if (l.mirror.shown && l.mirror.noteShown) out.push_back({"mirror note", l.mirror.note.rect()});
    return out;
}

std::vector<TextRun> textRunsOf(const StageLayout& l) {
    std::vector<TextRun> out;
    for (const auto& p : l.labels.plates) {
        if (p.alpha <= 0.01f) continue;
        for (const auto& row : p.rows) {
            TextRun r;
            r.font = row.font;
            r.text = row.text;
            r.size = {row.width, row.height};
            out.push_back(std::move(r));
        }
    }
    for (const auto& h : l.labels.headings) {
        if (h.alpha <= 0.01f) continue;
        TextRun r;
        r.font = h.font;
        r.text = h.name;
        r.pos = h.min();
        r.size = h.size;
        out.push_back(std::move(r));
    }
    for (const auto& r : l.labels.rows) {
        TextRun run;
        run.font = r.font;
        run.text = r.text;
        run.size = r.size;
        out.push_back(std::move(run));
    }
    for (const auto& m : l.markers)
        out.push_back(m.nameRun);
    if (l.itemsAlpha > 0.01f) {
        for (const auto& list : l.items) {
            out.push_back(list.heading);
            for (const auto& c : list.chips)
                out.push_back(c.text);
            if (!list.more.empty()) out.push_back(list.more);
        }
    }
    for (const auto& n : l.notes)
        out.push_back(n.text);
    for (const auto& e : l.legend) {
        out.push_back(e.name);
        out.push_back(e.faces);
    }
    if (l.lift.active) {
        out.push_back(l.lift.oldPlace.nameRun);
        out.push_back(l.lift.moving.nameRun);
    }
    for (const auto& g : l.groups)
        out.push_back(g.name);
    if (l.levels.active) {
        out.push_back(l.levels.title);
        for (const auto& line : l.levels.lines)
            out.push_back(line.run);
        for (const auto& b : l.levels.badges)
            out.push_back(b.number);
    }
    if (l.mirror.shown && l.mirror.noteShown) out.push_back(l.mirror.note);
    std::erase_if(out, [](const TextRun& r) { return r.empty(); });
    return out;
}

} // namespace cs
