// The stage's people: each face's people in rows beside its plate (or, on a compact stage, as
// initials the legend names), a dismantled coin's two groups, and lift to top (the place left behind
// and the person on the way up). Put together with the rest by layoutStage (stage_layout.cpp).
//
// [SECTION] people on faces
// [SECTION] dismantled groups
// [SECTION] lift to top
// [SECTION] initials
#include "ui/stage_layout.h"

#include "core/action_stages.h"
#include "core/ui_text.h"
#include "ui/stage_layout_parts.h"

#include <algorithm>
#include <cmath>

namespace cs {

// =====================================================================================================
// [SECTION] people on faces
// =====================================================================================================

PixelRect PersonaMarker::box() const {
    const PixelRect circle{centre.x - radius, centre.y - radius, 2.0f * radius, 2.0f * radius};
    return nameRun.empty() ? circle : unionOf(circle, nameBox);
}

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

} // namespace

namespace stage_parts {

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

} // namespace stage_parts

float peopleHeightFor(const AppState& state, const UiFonts& fonts, Face face, float room, float sc, bool initials) {
    float tallest = 0.0f;
    const std::map<std::string, std::string> told =
        initials ? initialsOnStage(state) : std::map<std::string, std::string>{};
    for (const auto& fp : stage_parts::facePeople(state, int(state.coins.size()), true)) {
        if (fp.face != face) continue;
        std::vector<PersonaMarker> ms =
            stage_parts::rowMarkers(state, fonts, sc, fp, room, initials ? &told : nullptr, "");
        tallest = std::max(tallest, stage_parts::arrangeRows(ms, room, sc).y);
    }
    return tallest;
}

// =====================================================================================================
// [SECTION] dismantled groups
// =====================================================================================================

PixelRect PeopleGroup::box() const {
    PixelRect r = plate;
    for (const auto& f : figures) {
        r = unionOf(r, {f.x - figureSize * 0.55f, f.y - figureSize * 0.8f, figureSize * 1.1f, figureSize * 1.25f});
    }
    return r;
}

namespace {

PixelRect coinAreaOf(const ViewLayout& l) {
    return l.coinArea.width > 0.0f ? l.coinArea : l.stage;
}

struct GroupPlan {
    PeopleGroup group;
    std::vector<PersonaMarker> people;
    glm::vec2 peopleSize{0.0f};
};

} // namespace

namespace stage_parts {

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

} // namespace stage_parts

// =====================================================================================================
// [SECTION] lift to top
// =====================================================================================================
namespace stage_parts {

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

} // namespace stage_parts

// =====================================================================================================
// [SECTION] initials
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
    const std::vector<const Persona*> people = stage_parts::peopleOnStage(state);
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

} // namespace cs
