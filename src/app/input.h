// Translates SDL input into the core's key presses and Commands (keys by key code, not scancode).
#pragma once

#include "core/keymap.h"

#include <SDL.h>

namespace cs {

// The core key for an SDL key code, Key::Unknown for keys the table does not use.
Key toCoreKey(SDL_Keycode sym);
KeyPress toKeyPress(const SDL_KeyboardEvent& event);

} // namespace cs
