// Stage layout: plates and headings first (anchored to the faces), then the parts that have rects of
// their own (items column, legend, notes), then everything that looks for a free spot near what it
// belongs to (people, the lift's marks, a dismantled coin's groups, the mirror's note).
// This file puts the parts together (layoutStage) and lists what they show; the parts themselves:
// stage_layout_columns.cpp (notes, items column, levels, legend) and stage_layout_people.cpp (people
// on faces, a dismantled coin's groups, lift to top, initials); stage_layout_parts.h is what they share.
//
// [SECTION] helpers the parts share
// [SECTION] mirror
// [SECTION] layoutStage, blocks and runs
#include "ui/stage_layout.h"

#include "core/action_stages.h"
#include "core/ui_text.h"
#include "ui/stage_layout_parts.h"

#include <algorithm>
#include <cmath>
#include <optional>

namespace cs {

// =====================================================================================================
// [SECTION] helpers the parts share
// =====================================================================================================
namespace {

// Moves r (keeping its size) into `area` as far as it can.
PixelRect keptInside(PixelRect r, const PixelRect& area) {
    r.x = std::clamp(r.x, area.x, std::max(area.x, area.x + area.width - r.width));
    r.y = std::clamp(r.y, area.y, std::max(area.y, area.y + area.height - r.height));
    return r;
}

} // namespace

namespace stage_parts {

PixelRect areaOf(const ViewLayout& l) {
    return l.stageArea.width > 0.0f ? l.stageArea : l.stage;
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

} // namespace stage_parts

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
    m.noteShown = contains(stage_parts::areaOf(ui.layout), r) && taken.free(r);
    if (m.noteShown) taken.add(r);
}

} // namespace

// =====================================================================================================
// [SECTION] layoutStage, blocks and runs
// =====================================================================================================
StageLayout layoutStage(const UiContext& ui) {
    StageLayout out;
    const AppState& s = ui.state;
    const float sc = ui.fonts.scale;
    const PixelRect area = stage_parts::areaOf(ui.layout);
    Occupied taken;

    // Plates and headings, anchored to their faces and coins.
    out.labels = layoutStageLabels(ui);
    for (const auto& p : out.labels.plates) {
        if (p.alpha > 0.01f) taken.add(stage_parts::rectOf(p));
    }
    for (const auto& h : out.labels.headings) {
        if (h.alpha > 0.01f) taken.add(stage_parts::rectOf(h));
    }
    for (const auto& r : out.labels.rows)
        taken.add(stage_parts::rectOf(r));

    // The parts with rects of their own.
    for (const auto& n : stageNotes(s)) {
        const PixelRect& r = ui.layout.notes.height > 0.0f ? ui.layout.notes : ui.layout.stage;
        out.notes.push_back(stage_parts::layoutNote(n.text, r, ui.fonts, sc, n.alpha));
        taken.add(out.notes.back().box);
    }
    if (compactStage(ui.layout, s) && ui.layout.legend.height > 0.0f) {
        out.legend = stage_parts::layoutLegendIn(s, ui.fonts, sc, ui.layout.legend, ui.layout.legendNamesOnly,
                                                 ui.layout.peopleInitials);
        for (const auto& e : out.legend)
            taken.add(e.box());
    }
    if (const Structure* st = stage_parts::focusStructure(s);
        st && actionProgressOn(s, s.focus, Action::Levels) < 0.0f) {
        out.itemsAlpha = coinPresence(s, s.focus).unearned;
        if (out.itemsAlpha > 0.01f) {
            // Each list on the side of its face: a flipped coin has its bottom face up.
            const LabelPlate* top = stage_parts::plateOf(out.labels, s.focus, Face::Top);
            const LabelPlate* bottom = stage_parts::plateOf(out.labels, s.focus, Face::Bottom);
            const bool topAbove = !top || !bottom || top->centre.y <= bottom->centre.y;
            out.items = stage_parts::layoutItemLists(s, ui.fonts, sc, ui.layout.items, topAbove);
            for (auto& l : out.items) {
                taken.add(l.heading.rect());
                for (const auto& c : l.chips)
                    taken.add(c.box);
                if (!l.more.empty()) taken.add(l.more.rect());
                const LabelPlate* plate = stage_parts::plateOf(out.labels, s.focus, l.face);
                if (ui.stage.coins.size() > 1) {
                    // With several coins a line would cross the others: the face's plate is outlined.
                    if (plate) {
                        l.outline = true;
                        l.outlineBox = inflated(stage_parts::rectOf(*plate), 3.0f * sc);
                    }
                    continue;
                }
                l.link = true;
                l.linkFrom = {l.heading.pos.x - 18.0f * sc, l.heading.pos.y + stage_parts::listHeight(l) * 0.5f};
                l.linkTo = plate ? glm::vec2(plate->max().x + 4.0f * sc, plate->centre.y)
                                 : stage_parts::faceAnchor(ui, s.focus, l.face);
            }
        }
    }
    stage_parts::layoutLevels(out.levels, ui, taken);

    // People: with their groups on a dismantled coin, else with the face they stand on.
    const bool compact = compactStage(ui.layout, s);
    const std::vector<stage_parts::FacePeople> standing =
        stage_parts::facePeople(s, int(ui.stage.coins.size()), compact);
    std::vector<std::vector<PersonaMarker>> inGroups(ui.stage.coins.size());
    for (int i = 0; i < int(s.coins.size()) && i < int(ui.stage.coins.size()); ++i) {
        const float side = coinPresence(s, i).sideBySide;
        if (side > 0.01f) inGroups[std::size_t(i)] = stage_parts::layoutGroups(out, ui, i, side, standing, taken);
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
        const float room = std::max(stage_parts::roomBetween(ui.stage, fp.coin, area.width) - 12.0f * sc, 60.0f * sc);
        std::vector<PersonaMarker> ms =
            stage_parts::rowMarkers(s, ui.fonts, sc, fp, room, initialsOnly ? &told : nullptr, liftedId);
        const glm::vec2 size = stage_parts::arrangeRows(ms, room, sc);
        const LabelPlate* plate = stage_parts::plateOf(out.labels, fp.coin, fp.face);
        const PixelRect anchor = plate && plate->alpha > 0.01f
                                     ? stage_parts::rectOf(*plate)
                                     : boxAround(stage_parts::faceAnchor(ui, fp.coin, fp.face), glm::vec2(1.0f));
        std::vector<glm::vec2> spots = stage_parts::spotsAround(anchor, size, 8.0f * sc);
        if (compact && fp.face == Face::Top) {
            // Past three coins: people on top faces stand above their plate (the row of coins' top),
            // people on bottom faces under theirs; the layout keeps room for both rows.
            std::swap(spots[0], spots[1]);
        }
        stage_parts::offsetMarkers(ms, stage_parts::firstFreeSpot(spots, size, area, taken));
        const float side = coinPresence(s, fp.coin).sideBySide;
        const auto& group = inGroups[std::size_t(fp.coin)];
        for (auto& m : ms) {
            const auto it = std::find_if(group.begin(), group.end(),
                                         [&](const PersonaMarker& g) { return g.personaId == m.personaId; });
            if (side > 0.01f && it != group.end()) {
                // On a coin being dismantled the people walk over to their group.
                PersonaMarker walking = *it;
                stage_parts::moveMarker(walking, m.centre + (it->centre - m.centre) * side - it->centre);
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
    if (liftProgress >= 0.0f)
        stage_parts::layoutLift(out, ui, liftProgress, liftedName, arrival ? &*arrival : nullptr, taken);
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
        if (p.alpha > 0.01f)
            out.push_back({"plate " + std::to_string(p.coin + 1) + " " + faceWord(p.face), stage_parts::rectOf(p)});
    }
    for (const auto& h : l.labels.headings) {
        if (h.alpha > 0.01f) out.push_back({"heading " + h.name, stage_parts::rectOf(h)});
    }
    for (const auto& r : l.labels.rows)
        out.push_back({"row label " + r.text, stage_parts::rectOf(r)});
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
