// What a part of the running app may ask of the app around it (Studio answers): the state to read,
// and Commands applied with their effects or to the state alone. Each part's own Host adds what else
// it needs, so a test can stand in for the app with a small recording host.
#pragma once

#include "core/app_state.h"

#include <string>

namespace cs {

class AppHost {
  public:
    virtual const AppState& state() const = 0;
    // A Command with its effects, as the panels' Commands are applied.
    virtual void apply(const Command& command) = 0;
    // A Command on the state alone (core's applyCommand), without effects.
    virtual void update(const Command& command) = 0;
    // A message for the person at the laptop.
    virtual void notice(const std::string& text) = 0;

  protected:
    ~AppHost() = default;
};

} // namespace cs
