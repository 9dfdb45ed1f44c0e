// What the model shows over the coins (BRIEF §2–3): the focused coin's unearned advantages and
// disadvantages, personas on the faces they stand on, the step actions (lift to top, dismantle,
// levels), the legend past three coins, and the short notes that say how to read them.
#pragma once

#include "ui/panel.h"
#include "ui/stage_labels.h"

#include <string>
#include <vector>

namespace cs {

// A persona's marker on one face of one coin.
struct PersonaMarker {
    std::string personaId;
    std::string name;
    std::string initials;
    int coin = 0;
    Face face = Face::Top;
    glm::vec2 centre{0.0f};
    float radius = 0.0f;
};

// Where every persona on stage stands, one marker per coin they have a position on. No totals, no
// order but the scenario's: markers are never sorted or counted.
std::vector<PersonaMarker> layoutPersonaMarkers(const UiContext& ui, const StageLabels& labels);

// "Sam Lee" → "SL", "Robin" → "R" (UTF-8 aware, at most two letters).
std::string initialsOf(const std::string& name);

class StageOverlay final : public Panel {
public:
    void drawContent(const UiContext& ui, CommandList& out) override;
};

} // namespace cs
