// Labels on the stage: a plate per coin face (which face, whose place it is, that it is unearned) and
// a heading per coin (the structure's name). Screen-space, always upright and never mirrored; both
// faces use the same style (neither face is the prize).
#pragma once

#include "ui/panel.h"

#include <string>
#include <vector>

struct ImDrawList;
struct ImFont;

namespace cs {

struct FaceWords {
    std::string group;   // "Top face: White people" (or just "Top face" on the generic coin)
    std::string meaning; // "unearned advantage" / "unearned disadvantage"
};

// The words for one face of one coin on the stage.
FaceWords faceWordsFor(const AppState& state, int coin, Face face);

struct LabelBox {
    glm::vec2 centre{0.0f};
    glm::vec2 size{0.0f};
    glm::vec2 min() const { return centre - size * 0.5f; }
    glm::vec2 max() const { return centre + size * 0.5f; }
};

// One line of a plate after wrapping to the room there is.
struct PlateRow {
    ImFont* font = nullptr;
    std::string text;
    bool group = true; // the bold "Top face: …" part; false: the "unearned …" line
    float height = 0.0f;
    float width = 0.0f;
};

struct LabelPlate : LabelBox {
    int coin = 0;
    Face face = Face::Top;
    FaceWords words;
    std::vector<PlateRow> rows;
    float alpha = 1.0f;   // fades as the coin is dismantled
    bool wordCut = false; // a word wider than the room had to be cut between glyphs
};

struct CoinHeading : LabelBox {
    int coin = 0;
    std::string name; // the structure's name
    ImFont* font = nullptr;
    float alpha = 1.0f;
    bool wordCut = false;
};

// Past three coins on a crowded stage the plates carry only the coin's number; the face is said once
// for the whole row, at its left: "top" beside the row of top faces, "bottom" beside the bottom faces.
struct FaceRowLabel : LabelBox {
    Face face = Face::Top;
    std::string text;
    ImFont* font = nullptr;
};

struct StageLabels {
    std::vector<LabelPlate> plates;
    std::vector<CoinHeading> headings;
    std::vector<FaceRowLabel> rows;
};

// How many coins on stage are of a structure (not blank).
int structuresOnStage(const AppState& state);
// Whether the faces carry numbered plates ("2 · top") and a legend names the coins and their faces:
// always past three coins, and where the layout chose it for fewer.
bool compactStage(const ViewLayout& layout, const AppState& state);

// A face's short word ("top"/"bottom", in the scenario's language) and its coin's number together,
// "2 · top": what a compact stage's plate, and a group that stood on that face, are named.
std::string shortFaceWord(const AppState& state, Face face);
std::string numberedFace(const AppState& state, int coin, Face face);

// Where each label goes and how big it is (uses the fonts' metrics; needs an ImGui context with a
// built atlas). Plates wrap to the room the coin has; everything is kept inside the coins' area.
StageLabels layoutStageLabels(const UiContext& ui);

// A small person figure (head and shoulders), neutral and the same for everyone.
void drawPerson(ImDrawList* dl, glm::vec2 at, float size, unsigned int fill, unsigned int edge);
// A dashed circle: the place a lifted person left (on the stage, and in the legend).
void drawDashedCircle(ImDrawList* dl, glm::vec2 centre, float radius, unsigned int colour, float thickness);

// Draws the mirror's edge, the plates, the headings, a dismantled coin's groups and the legend of the
// stage layout (see stage_layout.h), under the overlay.
class StageLabelsPanel final : public Panel {
  public:
    void drawContent(const UiContext& ui, CommandList& out) override;
};

// The size of `s` drawn in `font` at its own size (wrapped at `wrapWidth` when > 0); 0×0 for no
// font or no text.
glm::vec2 measureText(ImFont* font, const std::string& s, float wrapWidth = 0.0f);

} // namespace cs
