// Settings (workspace): projector theme, text size, reduced motion, language, save-nothing mode,
// continue-where-you-left-off, exporting reflections and deleting all saved data.
#pragma once

#include "ui/panel.h"

namespace cs {

class SettingsPanel final : public Panel {
public:
    void drawContent(const UiContext& ui, CommandList& out) override;

private:
    bool confirmingDelete_ = false; // the second click of "delete all my data" (widget state)
};

} // namespace cs
