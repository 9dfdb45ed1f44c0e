// Label plates for coin faces: screen-space plates anchored to each face, always upright and never
// mirrored, styled the same for both faces (neither face is the prize).
#pragma once

#include "ui/panel.h"

#include <string>
#include <vector>

namespace cs {

struct FaceWords {
    std::string structure; // e.g. "Racism"; empty for the generic coin
    std::string group;     // e.g. "Top face: white people"
    std::string meaning;   // "unearned advantage" / "unearned disadvantage"
};

// The words for one face of one coin on the stage.
FaceWords faceWordsFor(const AppState& state, int coin, Face face);

struct LabelPlate {
    int coin = 0;
    Face face = Face::Top;
    FaceWords words;
    glm::vec2 centre{0.0f};
    glm::vec2 size{0.0f};
    glm::vec2 min() const { return centre - size * 0.5f; }
    glm::vec2 max() const { return centre + size * 0.5f; }
};

// Where each plate goes and how big it is (uses the fonts' metrics; needs an ImGui context with a
// built atlas). Plates are kept inside the stage rect.
std::vector<LabelPlate> layoutLabelPlates(const UiContext& ui);

class StageLabelsPanel final : public Panel {
public:
    void drawContent(const UiContext& ui, CommandList& out) override;
};

} // namespace cs
