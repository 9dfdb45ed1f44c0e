// File → Publish as web page…: a folder, Publish; where it was published or why not (the scenario's
// problems listed); a question before files no publish wrote are replaced.
#pragma once

#include "ui/panel.h"

#include <array>

namespace cs {

class PublishPanel final : public Panel {
  public:
    void drawContent(const UiContext& ui, CommandList& out) override;

  private:
    std::array<char, 4096> folder_{}; // the text field while it is being typed in
    bool editing_ = false;
    bool focusFolder_ = false; // "Choose another folder": the field takes the keyboard in the next frame
};

} // namespace cs
