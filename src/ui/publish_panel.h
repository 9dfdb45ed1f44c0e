// File → Publish as web page…: a folder, Publish; where it was published or why not (the scenario's
// problems listed); a question before files no publish wrote are replaced.
#pragma once

#include "ui/folder_field.h"
#include "ui/panel.h"

namespace cs {

class PublishPanel final : public Panel {
  public:
    void drawContent(const UiContext& ui, CommandList& out) override;

  private:
    FolderField folder_;
};

} // namespace cs
