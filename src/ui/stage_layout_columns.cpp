// The stage's parts with rects of their own, given by the composition: the notes under the coins, the
// focused coin's items column, levels (rings on the faces, their list in the column) and, past three
// coins, the legend; with what the composition measures of each (the *HeightFor functions) before the
// coins are framed. Put together with the rest by layoutStage (stage_layout.cpp).
//
// [SECTION] notes
// [SECTION] items column
// [SECTION] levels
// [SECTION] legend
#include "ui/stage_layout.h"

#include "core/action_stages.h"
#include "core/ui_text.h"
#include "ui/stage_layout_parts.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace cs {

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

} // namespace

namespace stage_parts {

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

} // namespace stage_parts

float notesHeightFor(const AppState& state, const UiFonts& fonts, float width, float sc) {
    float h = 0.0f;
    const PixelRect r{0.0f, 0.0f, width, 1e6f};
    for (const auto& text : stepNotes(state))
        h = std::max(h, stage_parts::layoutNote(text, r, fonts, sc, 1.0f).box.height + 12.0f * sc);
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

void moveList(ItemList& l, float dy) {
    l.heading.pos.y += dy;
    for (auto& c : l.chips) {
        c.box.y += dy;
        c.text.pos.y += dy;
    }
    l.more.pos.y += dy;
}

} // namespace

namespace stage_parts {

float listHeight(const ItemList& l) {
    float bottom = l.heading.pos.y + l.heading.size.y;
    for (const auto& c : l.chips)
        bottom = std::max(bottom, c.box.y + c.box.height);
    if (!l.more.empty()) bottom = std::max(bottom, l.more.pos.y + l.more.size.y);
    return bottom - l.heading.pos.y;
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

} // namespace stage_parts

float itemsHeightFor(const AppState& state, const UiFonts& fonts, float width, float sc) {
    const Structure* st = stage_parts::focusStructure(state);
    if (!st) return 0.0f;
    const float x = 12.0f * sc, w = width - 24.0f * sc;
    float h = 0.0f;
    int lists = 0;
    for (Face f : kAllFaces) {
        if ((f == Face::Top ? st->advantages : st->disadvantages).empty()) continue;
        h += stage_parts::listHeight(layoutItemList(state, *st, f, fonts, sc, x, 0.0f, w, 1e9f));
        ++lists;
    }
    return h + float(std::max(lists - 1, 0)) * 28.0f * sc;
}

int itemsHiddenFor(const AppState& state, const UiFonts& fonts, const PixelRect& column, float sc) {
    int hidden = 0;
    for (const auto& l : stage_parts::layoutItemLists(state, fonts, sc, column, true))
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

namespace stage_parts {

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

} // namespace stage_parts

// =====================================================================================================
// [SECTION] legend
// =====================================================================================================

PixelRect LegendEntry::box() const {
    PixelRect r = faces.empty() ? name.rect() : unionOf(name.rect(), faces.rect());
    if (oldPlaceRadius > 0.0f) {
        r = unionOf(r, {oldPlaceCentre.x - oldPlaceRadius, oldPlaceCentre.y - oldPlaceRadius, 2.0f * oldPlaceRadius,
                        2.0f * oldPlaceRadius});
    }
    return r;
}

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

} // namespace

namespace stage_parts {

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

} // namespace stage_parts

float legendHeightFor(const AppState& state, const UiFonts& fonts, float width, float sc, bool namesOnly, bool people) {
    float bottom = 0.0f;
    for (const auto& e : stage_parts::layoutLegendIn(state, fonts, sc, {0.0f, 0.0f, width, 1e6f}, namesOnly, people)) {
        bottom = std::max(bottom, e.box().y + e.box().height);
    }
    return bottom > 0.0f ? bottom + 12.0f * sc : 0.0f;
}

} // namespace cs
