// The workspace's menu bar: File, Edit, View, Language, Help.
#pragma once

#include "ui/panel.h"

namespace cs {

class MenuBar final : public Panel {
  public:
    void drawContent(const UiContext& ui, CommandList& out) override;
};

} // namespace cs
