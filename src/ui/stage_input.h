// The stage as an input surface: drag to turn the coins, click to focus one, drop a structure from
// the palette to place its coin. An invisible ImGui item over the stage rect.
#pragma once

#include "ui/panel.h"

namespace cs {

// Payload type of a structure dragged from the palette (the payload is the structure's id).
inline constexpr const char* kStructurePayload = "COINSTUDIO_STRUCTURE";

// Degrees the stage turns per pixel of mouse drag at 1080 lines.
inline constexpr float kDragDegreesPerPixel = 0.25f;

// The coin nearest to a screen point (within its radius on screen), or -1.
int coinAt(const StageView& stage, glm::vec2 point, float radius);
// Where in the row a coin dropped at screen x goes: the number of coins left of x.
int rowIndexAt(const StageView& stage, float x);

class StageInput final : public Panel {
  public:
    void drawContent(const UiContext& ui, CommandList& out) override;
};

} // namespace cs
