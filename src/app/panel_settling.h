// How many more frames a window's panels need: a few after any input or command, and one more after
// each frame whose panels changed (ImGui often shows an input's effect a frame later: a list opened on a
// click's release), up to a bound for panels that never stand still. The room's window and the
// presenter's window each keep one.
#pragma once

#include <algorithm>

namespace cs {

class PanelSettling {
  public:
    // Something happened: draw at least `frames` more frames.
    void wake(int frames) { pending_ = std::max(pending_, frames); }
    bool wantsFrame() const { return pending_ > 0; }
    // After drawing a frame; `changed`: its panels differ from the frame before.
    void frameDrawn(bool changed) {
        if (pending_ > 0) --pending_;
        unsettled_ = changed ? unsettled_ + 1 : 0;
        if (changed && unsettled_ <= kMaxUnsettledFrames) pending_ = std::max(pending_, 1);
    }

  private:
    // A frame is drawn again while the panels still change, at most this many times in a row.
    static constexpr int kMaxUnsettledFrames = 30;
    int pending_ = 2;   // frames still to draw
    int unsettled_ = 0; // frames in a row whose panels changed
};

} // namespace cs
