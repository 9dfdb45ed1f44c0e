// F1: the shortcut table, drawn from the one key table in core.
#pragma once

#include "ui/panel.h"

namespace cs {

class HelpOverlay final : public Panel {
  public:
    void drawContent(const UiContext& ui, CommandList& out) override;
};

} // namespace cs
