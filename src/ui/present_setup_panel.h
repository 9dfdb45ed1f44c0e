// File → Present… (F5): the facilitator's start screen. Scenario, language, display and theme are
// chosen here, with a warning when the language is missing in some steps, before the show starts.
#pragma once

#include "ui/panel.h"

namespace cs {

class PresentSetupPanel final : public Panel {
  public:
    void drawContent(const UiContext& ui, CommandList& out) override;
};

// "Display 2: DELL U2419H (1920×1080)"-style name of display `index` (from 0) of `displays`.
std::string displayLabel(const std::vector<DisplayInfo>& displays, int index, std::string_view language);

} // namespace cs
