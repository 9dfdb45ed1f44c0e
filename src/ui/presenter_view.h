// The presenter view (the facilitator's laptop): what the room sees, the next step, the notes, the
// content note first, pushback cards, the answer, timings against the plan, and the step list.
// Drawn as its own window's view with two displays, or as an overlay (N) with one.
#pragma once

#include "ui/help_overlay.h"
#include "ui/panel.h"
#include "ui/problems_panel.h"

namespace cs {

// "mm:ss" (or "h:mm:ss" past an hour) for a number of seconds.
std::string clockText(double seconds);

class PresenterView {
  public:
    // Fills `area` (the presenter window, or the overlay's part of the audience view).
    CommandList draw(const UiContext& ui, const PixelRect& area, bool overlay);

  private:
    void header(const UiContext& ui);
    // The live room's address, interface and warnings (nothing when the room is off).
    void roomLine(const UiContext& ui);
    void notes(const UiContext& ui, CommandList& out);
    void stepList(const UiContext& ui, CommandList& out);

    HelpOverlay help_; // F1 during a show with two displays: here, not on the projector
};

} // namespace cs
