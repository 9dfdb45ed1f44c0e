// Which display the audience sees and where the presenter's notes go (`--present`,
// `--display N`): pure planning over a list of displays, so it is tested without real monitors.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace cs {

struct DisplayInfo {
    int x = 0, y = 0, width = 0, height = 0; // desktop bounds in points
    bool primary = false;                    // the one the desktop calls primary (SDL: index 0)
    std::string name;
};

struct PresentationPlan {
    int audience = 0;             // display index (from 0) for the fullscreen audience window
    int presenter = -1;           // display index for the presenter window; -1: one display, presenter overlay
    std::string error;            // --display N that does not exist: what to say (a usage error)
    std::optional<int> requested; // what --display asked for (from 1), kept for when displays return
    bool singleDisplay() const { return presenter < 0; }
};

// `requested`: --display N (from 1) or nothing. Default: the audience on a non-primary display when
// there are several (the laptop screen keeps the notes), else the only display with an overlay.
PresentationPlan planPresentation(const std::vector<DisplayInfo>& displays, std::optional<int> requested);

// After displays came or went: keep the audience where it is if that display still exists, else move
// it to the best remaining one; the presenter likewise, or to the overlay when only one is left. From
// one display back to several (the projector plugged in again): planned afresh, as at the start.
PresentationPlan replanPresentation(const std::vector<DisplayInfo>& displays, const PresentationPlan& current);

} // namespace cs
