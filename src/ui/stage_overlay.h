// What the model shows over the coins: the focused coin's unearned advantages and
// disadvantages, personas on the faces they stand on, the step actions (lift to top, dismantle,
// levels), and the short notes that say how to read them. Drawn from the stage layout
// (stage_layout.h), over the labels.
#pragma once

#include "ui/panel.h"
#include "ui/stage_layout.h"

namespace cs {

class StageOverlay final : public Panel {
  public:
    void drawContent(const UiContext& ui, CommandList& out) override;
};

} // namespace cs
