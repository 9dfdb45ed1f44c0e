// The problems panel (workspace): the open file's diagnostics with file:line:col, each line
// copyable; never a modal dialog.
#pragma once

#include "ui/panel.h"

namespace cs {

class ProblemsPanel final : public Panel {
  public:
    void drawContent(const UiContext& ui, CommandList& out) override;
};

} // namespace cs
