// File → Open…: an in-app browser for scenario files (no system dialog, nothing pops up outside).
#pragma once

#include "ui/panel.h"

#include <array>

namespace cs {

class FileBrowserPanel final : public Panel {
  public:
    void drawContent(const UiContext& ui, CommandList& out) override;

  private:
    // The path being typed: a text field's own editing buffer, sent as a Command on Enter.
    std::array<char, 1024> typed_{};
    std::string shownFolder_;
    bool typeOn_ = false; // Enter was pressed in the path field: it takes the keyboard again
};

} // namespace cs
