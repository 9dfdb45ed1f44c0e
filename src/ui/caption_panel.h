// The audience view's caption band: the step's title and text in projector sizes.
#pragma once

#include "ui/panel.h"

#include <string>

namespace cs {

struct CaptionWords {
    std::string title;
    std::string text;
    std::string hint; // small, bottom right (e.g. where the shortcut help is)
    std::string scenarioTitle;
    int stepNumber = 0; // from 1; 0 = not in a walkthrough
    int stepCount = 0;
};

// What the band says now. Until a scenario is open this introduces the coin itself.
CaptionWords captionFor(const AppState& state);

class CaptionPanel final : public Panel {
public:
    void drawContent(const UiContext& ui, CommandList& out) override;
};

} // namespace cs
