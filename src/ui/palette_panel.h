// The palette (workspace, left): structures to place as coins, the coins on stage, the people of the
// scenario, and what the coin in focus can do. Everything by mouse or keyboard.
#pragma once

#include "ui/panel.h"

namespace cs {

// Black or white, whichever reads better on `background` (WCAG contrast).
Rgb8 textColourOn(Rgb8 background);

class PalettePanel final : public Panel {
  public:
    void drawContent(const UiContext& ui, CommandList& out) override;
};

} // namespace cs
