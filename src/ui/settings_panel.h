// Settings (workspace): projector theme, text size, reduced motion, language, save-nothing mode,
// continue-where-you-left-off, exporting reflections, the reflections and answers kept from steps the
// scenario no longer has, and deleting all saved data.
#pragma once

#include "ui/panel.h"

namespace cs {

class SettingsPanel final : public Panel {
  public:
    void drawContent(const UiContext& ui, CommandList& out) override;

  private:
    // The list of entries whose step is gone (read-only, folded until opened).
    void drawGoneSteps(const AppState& state, std::string_view language);

    bool confirmingDelete_ = false; // the second click of "delete all my data" (widget state)
};

} // namespace cs
