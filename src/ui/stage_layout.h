// The stage's layout: where every plate, heading, item, persona, action mark, note and legend entry
// goes over the coins, with its text already wrapped and measured. Computed from the same StageView
// the renderer draws; the label and overlay panels draw exactly this, and the tests check it (text
// sizes, nothing overlapping, nothing off the stage) for every step of every built-in scenario.
#pragma once

#include "ui/layout_text.h"
#include "ui/stage_labels.h"

#include <map>
#include <string>
#include <vector>

namespace cs {

// A persona's marker on one face of one coin (or, once the coin is dismantled, in its group).
struct PersonaMarker {
    std::string personaId;
    std::string name;
    std::string initials;
    int coin = 0;
    Face face = Face::Top;
    glm::vec2 centre{0.0f};
    float radius = 0.0f;
    TextRun nameRun;           // under the circle
    PixelRect nameBox;         // the plate behind the name
    bool muted = false;        // the name is a caption ("old place, still there"), not a person's name
    bool initialsOnly = false; // no name under it: the legend says whose initials these are (no portrait either)
    bool arrival = false;      // while laid out: the place a lift's person will take in this row
    PixelRect box() const;     // circle and name
};

// One advantage or disadvantage in the items column.
struct ItemChip {
    PixelRect box;
    TextRun text;
};

// One face's list in the items column: its heading, its items, and "+ N more" when the column has
// no room for all of them (the text is never made smaller than a room can read).
struct ItemList {
    Face face = Face::Top;
    TextRun heading;
    std::vector<ItemChip> chips;
    TextRun more;
    int hidden = 0;
    bool link = false; // one coin: a line from the list to its face's plate
    glm::vec2 linkFrom{0.0f}, linkTo{0.0f};
    bool outline = false; // several coins: the face's plate outlined in the list's colour instead
    PixelRect outlineBox;
};

// A note under the coins on how to read what the stage shows.
struct NoteBox {
    PixelRect box;
    TextRun text;
    float alpha = 1.0f;
};

// Lift to top: the place left behind (it stays) and the person on their way up.
struct LiftLayout {
    bool active = false;
    float oldPlaceAlpha = 0.0f;
    PersonaMarker oldPlace; // its "name" is the caption "old place, still there"
    PersonaMarker moving;   // the persona lifted, or someone from the bottom face
    bool persona = false;   // false: a generic figure (no persona stands on the bottom face)
};

// A dismantled coin's two groups of people, side by side where the coin was.
struct PeopleGroup {
    int coin = 0;
    Face face = Face::Top; // the face the group stood on
    PixelRect plate;       // the group's name
    TextRun name;
    std::vector<glm::vec2> figures;
    float figureSize = 0.0f;
    float alpha = 0.0f;
    PixelRect column;      // its part of the pair: figures, name and the people under it
    PixelRect box() const; // figures and name
};

// Levels: the rings on each face that can be seen, their numbers, and the list in the column.
struct LevelsLayout {
    struct Ring {
        std::vector<glm::vec2> points;
        float amount = 0.0f;
    };
    struct Badge {
        glm::vec2 centre{0.0f};
        float radius = 0.0f;
        TextRun number;
        float amount = 0.0f;
        bool leader = false; // no free spot on the ring: beside the coin, with a line to its ring
        glm::vec2 ringPoint{0.0f};
    };
    struct Line {
        TextRun run;
        int level = -1;       // 0..2: the ring it names (dimmed until it appears); -1: a heading
        bool heading = false; // the face's name (bold)
    };
    bool active = false;
    std::vector<Ring> rings;
    std::vector<Badge> badges;
    TextRun title;
    std::vector<Line> lines;
    float amounts[3] = {0.0f, 0.0f, 0.0f};
};

// Past three coins: the number and name of each coin and the people on its faces.
struct LegendEntry {
    TextRun name;
    TextRun faces;
    float oldPlaceRadius = 0.0f; // > 0: a dashed circle before the name, as a lifted person's old place
    glm::vec2 oldPlaceCentre{0.0f};
    PixelRect box() const;
};

struct MirrorLayout {
    bool shown = false;
    glm::vec2 from{0.0f}, to{0.0f};
    float alpha = 0.0f;
    TextRun note;
    bool noteShown = false;
};

struct StageLayout {
    StageLabels labels;
    std::vector<PersonaMarker> markers; // standing on faces (or in a dismantled coin's groups)
    std::vector<ItemList> items;
    float itemsAlpha = 0.0f;
    LevelsLayout levels;
    LiftLayout lift;
    std::vector<PeopleGroup> groups;
    std::vector<NoteBox> notes;
    std::vector<LegendEntry> legend;
    MirrorLayout mirror;
};

// Everything on stage, placed so that no two things overlap and all stay on the stage where the
// room allows it (the layout tests hold it to that). Needs an ImGui context with the fonts built.
StageLayout layoutStage(const UiContext& ui);

// What the room reads on the stage, each with its box.
std::vector<LaidOutBlock> blocksOf(const StageLayout& layout);
// Every text run the stage draws (for the size checks).
std::vector<TextRun> textRunsOf(const StageLayout& layout);

// The notes the stage shows for the current state, with their strength (0..1); the composition
// keeps room for them under the coins.
struct StageNote {
    std::string text;
    float alpha = 0.0f;
};
std::vector<StageNote> stageNotes(const AppState& state);
// Every note the current step can show (whatever the moment of its action): what room to keep.
std::vector<std::string> stepNotes(const AppState& state);

// What the composition (withStageColumns) measures before the coins are framed: the height of each
// part at a given width, in the fonts the view draws.
float itemsHeightFor(const AppState& state, const UiFonts& fonts, float width, float scale);
// How many items a column of that size has no room for.
int itemsHiddenFor(const AppState& state, const UiFonts& fonts, const PixelRect& column, float scale);
float levelsHeightFor(const AppState& state, const UiFonts& fonts, float width, float scale);
float legendHeightFor(const AppState& state, const UiFonts& fonts, float width, float scale, bool namesOnly = false,
                      bool people = false);
float notesHeightFor(const AppState& state, const UiFonts& fonts, float width, float scale);
// The tallest block of people standing on one kind of face of a coin, in rows no wider than `room`
// (`initials`: their circles only, the names being in the legend).
float peopleHeightFor(const AppState& state, const UiFonts& fonts, Face face, float room, float scale,
                      bool initials = false);

// "Sam Lee" → "SL", "Robin" → "R" (UTF-8 aware, at most two letters).
std::string initialsOf(const std::string& name);
// The initials of the people on stage, by persona id, told apart where they would be the same
// ("M1", "M2"): with their names in the legend, each circle must point at one person.
std::map<std::string, std::string> initialsOnStage(const AppState& state);

} // namespace cs
