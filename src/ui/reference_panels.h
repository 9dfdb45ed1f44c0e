// Help → Sources (the scenario's citations) and Help → Glossary (the model's words).
#pragma once

#include "ui/panel.h"

namespace cs {

class SourcesPanel final : public Panel {
  public:
    void drawContent(const UiContext& ui, CommandList& out) override;
};

class GlossaryPanel final : public Panel {
  public:
    void drawContent(const UiContext& ui, CommandList& out) override;
};

} // namespace cs
