// Inside the stage layout: what its three files share. layoutStage (stage_layout.cpp) puts together
// the parts laid out in stage_layout_columns.cpp and stage_layout_people.cpp, and all of them place
// things with the same few helpers. Not for panels: they read the finished StageLayout.
#pragma once

#include "ui/stage_layout.h"

#include <map>
#include <string>
#include <vector>

namespace cs::stage_parts {

// ---- Helpers (stage_layout.cpp) ----

// The stage's area for the layout (the composition's, else the whole stage).
PixelRect areaOf(const ViewLayout& l);
// The plate of one face of one coin, if it has one.
const LabelPlate* plateOf(const StageLabels& labels, int coin, Face face);
PixelRect rectOf(const LabelBox& b);
// Where one face of one coin is on screen (its anchor, else the coin's centre).
glm::vec2 faceAnchor(const UiContext& ui, int coin, Face face);
// The people standing on a face of a coin on stage, in the scenario's order.
std::vector<const Persona*> peopleOnStage(const AppState& s);
// Screen distance from a coin's centre to its nearest neighbour's (the whole stage for one coin).
float roomBetween(const StageView& view, int coin, float whole);
// The first of `candidates` (top-left corners of a box of `size`) that lies in `area` clear of
// everything placed; else the one, moved into the area, that overlaps least.
glm::vec2 firstFreeSpot(const std::vector<glm::vec2>& candidates, glm::vec2 size, const PixelRect& area,
                        const Occupied& taken);

// ---- Notes, items column, levels, legend (stage_layout_columns.cpp) ----

NoteBox layoutNote(const std::string& text, const PixelRect& r, const UiFonts& fonts, float sc, float alpha);
// The coin in focus's structure (null when no coin is in focus).
const Structure* focusStructure(const AppState& s);
// Both lists of the focused coin in the column `col` (`topAbove`: the top face's list first).
std::vector<ItemList> layoutItemLists(const AppState& s, const UiFonts& fonts, float sc, const PixelRect& col,
                                      bool topAbove);
float listHeight(const ItemList& l);
// The rings and their numbers on the faces, and the list in the items column.
void layoutLevels(LevelsLayout& lv, const UiContext& ui, Occupied& taken);
// The legend in `r`: the coins' entries (`namesOnly`: just their names), then (`people`) the initials.
std::vector<LegendEntry> layoutLegendIn(const AppState& s, const UiFonts& fonts, float sc, const PixelRect& r,
                                        bool namesOnly, bool people);

// ---- People, dismantled groups, lift to top (stage_layout_people.cpp) ----

// The people on one face of one coin, in the scenario's order.
struct FacePeople {
    int coin = 0;
    Face face = Face::Top;
    std::vector<const Persona*> people;
    const Persona* arriving = nullptr; // a lift's person, whose place at the end is kept in this row
};
// Who stands on which face of which coin (`arrivals`: a lift's person has a place kept in its row).
std::vector<FacePeople> facePeople(const AppState& s, int coins, bool arrivals);
// The markers of one face's row (`initials`: circles only, told apart by these initials).
std::vector<PersonaMarker> rowMarkers(const AppState& s, const UiFonts& fonts, float sc, const FacePeople& fp,
                                      float room, const std::map<std::string, std::string>* initials,
                                      const std::string& liftedId);
// Markers in rows no wider than maxWidth, relative to the block's top-left; returns the block's size.
glm::vec2 arrangeRows(std::vector<PersonaMarker>& ms, float maxWidth, float sc);
void offsetMarkers(std::vector<PersonaMarker>& ms, glm::vec2 by);
void moveMarker(PersonaMarker& m, glm::vec2 by);
// Where a block of `size` can stand next to the plate `p`: under it, above it, beside it.
std::vector<glm::vec2> spotsAround(const PixelRect& p, glm::vec2 size, float gap);
// A dismantled coin's two groups (added to out.groups); returns the markers placed in them.
std::vector<PersonaMarker> layoutGroups(StageLayout& out, const UiContext& ui, int coin, float amount,
                                        const std::vector<FacePeople>& standing, Occupied& taken);
// Lift to top (out.lift); `arrival`: the place the lifted person's new row kept, if any.
void layoutLift(StageLayout& out, const UiContext& ui, float progress, const std::string& liftedName,
                const PersonaMarker* arrival, Occupied& taken);

} // namespace cs::stage_parts
