// File → Export pictures and handouts…: a folder, a picture size, Export; a progress bar while the
// export runs; a question before files the app did not write are replaced.
#pragma once

#include "ui/panel.h"

#include <array>

namespace cs {

class ExportPanel final : public Panel {
  public:
    void drawContent(const UiContext& ui, CommandList& out) override;

  private:
    std::array<char, 4096> folder_{}; // the text field while it is being typed in
    bool editing_ = false;
};

} // namespace cs
