// The keyboard between the panels (Dear ImGui) and the app: carries out core's key routing
// (routeKeyDown) on the current ImGui context, and keeps what that needs from one event to the next —
// keyboard navigation through the panels, the keys each context saw pressed, a text field to let go of.
#pragma once

#include "core/commands.h"
#include "core/key_routing.h"

#include <SDL.h>

#include <map>
#include <optional>

namespace cs {

struct AppState;

// Hands an event to the current ImGui context through ImGui's SDL backend, with the Ctrl/Shift/Alt of
// the event itself (see the definition).
void forwardToImGui(const SDL_Event& event);

class InputRouter {
  public:
    // Move: Tab starts in the palette, Esc lets go of every widget. Keep: the focus stays where it is (a
    // click, or a question whose field or button already has it).
    enum class FocusChange { Move, Keep };

    struct Outcome {
        std::optional<Command> command; // for the app to apply
        bool redraw = false;            // the panels changed without a command: draw a few frames
    };

    // A key going down or up, for the current ImGui context.
    Outcome key(const SDL_Event& event, const AppState& state);

    bool navigating() const { return navigating_; }
    void setNavigation(bool on, FocusChange focus, const AppState& state);
    // After a command: navigation turned on for a question is turned off once the question is answered.
    void afterCommand(const AppState& state);

    // At the start of the workspace's frame (inside it): navigation that just started highlights the
    // palette's first item.
    void beginFrame();
    // At the end of a frame of the current ImGui context: lets go of the text field Esc was pressed in.
    // True when there was one.
    bool releaseEscapedField();

  private:
    // Hands a key press to the current context as `given` (Enter may be given as Space) and remembers
    // it, so that its release reaches the same context as the same key.
    void press(const SDL_Event& physical, const SDL_Event& given);
    void pressAsSpace(const SDL_Event& physical);

    bool navigating_ = false;
    bool navigationStartPending_ = false;
    bool navigationForQuestion_ = false;
    // Per ImGui context (workspace, presenter): the keys it was given pressed, by physical key (scancode),
    // as it was given them.
    std::map<const void*, std::map<int, SDL_Keysym>> keysHeld_;
    // Esc was pressed in this context's text field: let go of it at the end of the next frame.
    const void* releaseFieldIn_ = nullptr;
};

} // namespace cs
