// File → Export pictures and handouts…: a folder, a picture size, Export; a progress bar while the
// export runs; a question before files the app did not write are replaced.
#pragma once

#include "ui/folder_field.h"
#include "ui/panel.h"

namespace cs {

class ExportPanel final : public Panel {
  public:
    void drawContent(const UiContext& ui, CommandList& out) override;

  private:
    FolderField folder_;
};

} // namespace cs
