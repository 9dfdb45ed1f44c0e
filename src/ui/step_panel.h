// The step panel (workspace, right): where the walkthrough is, the step's words, Back / Next.
#pragma once

#include "ui/panel.h"

namespace cs {

class StepPanel final : public Panel {
public:
    void drawContent(const UiContext& ui, CommandList& out) override;
};

} // namespace cs
