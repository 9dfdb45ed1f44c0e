// The step panel (workspace, right): where the walkthrough is, the step's words, Back / Next.
#pragma once

#include "ui/panel.h"

#include <array>
#include <string>

namespace cs {

class StepPanel final : public Panel {
  public:
    void drawContent(const UiContext& ui, CommandList& out) override;

  private:
    // The reflection text field's own editing buffer (refilled from AppState when the step changes).
    std::array<char, 20001> reflection_{};
    int reflectionStep_ = -1;
    std::string reflectionShown_;
};

} // namespace cs
