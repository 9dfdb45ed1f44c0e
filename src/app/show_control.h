// A show on the displays there are: the audience view fullscreen on one display, the presenter's
// window on another (or the notes as an overlay with one display), a projector plugged in or pulled
// out while the show goes on, and the mouse cursor hidden on the room's screen while it rests. Which
// display gets what is core's plan (core/display_plan); this part carries it out with the windows.
#pragma once

#include "app/app_host.h"
#include "app/input_router.h"
#include "app/presenter_outputs.h"
#include "core/app_state.h"
#include "core/display_plan.h"

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace cs {

class GlWindow;

class ShowControl {
  public:
    // What a show asks of the app around it.
    class Host : public AppHost {
      public:
        // The person confirmed the one-display overlay in an earlier session (settings).
        virtual bool overlayConfirmedBefore() const = 0;

      protected:
        ~Host() = default;
    };

    ShowControl(Host& host, GlWindow& audience, PresenterOutputs& presenter, InputRouter& input)
        : host_(host), audience_(audience), presenter_(presenter), input_(input) {}

    // Where the displays come from (default: SDL). Tests give a list of their own.
    void setDisplaySource(std::function<std::vector<DisplayInfo>()> source) { source_ = std::move(source); }
    std::vector<DisplayInfo> displays() const;

    // Starts a show on display `display` (from 1; 0: automatic). Returns "" or why it cannot start
    // (a display that does not exist). Nothing when a show runs already.
    std::string present(int display);
    // The show ended (cmd::StopPresentation is applied by the caller): the presenter's window closes,
    // the cursor comes back, the window leaves fullscreen if it was not before and returns to the
    // laptop's display.
    void end();
    // A display came or went: the show goes on with the displays that are left.
    void displaysChanged();
    // The mouse moved or clicked in the audience window: the cursor shows again.
    void mouseMoved();
    // Call whenever the window loop wakes: hides the cursor on the room's screen after 2 s at rest,
    // keeps the presenter's clocks ticking. True when a frame should be drawn (a clock's second changed).
    bool tick();

  private:
    bool openPresenterWindow(int display);
    void setCursorVisible(bool visible);
    const AppState& state() const { return host_.state(); }

    Host& host_;
    GlWindow& audience_;
    PresenterOutputs& presenter_;
    InputRouter& input_;
    std::function<std::vector<DisplayInfo>()> source_;
    PresentationPlan plan_;
    bool fullscreenBeforeShow_ = false;
    std::uint32_t mouseMovedAt_ = 0; // SDL ticks
    bool cursorHidden_ = false;
    long shownSecond_ = -1; // the presenter's clocks were last drawn at this second of the show
};

} // namespace cs
