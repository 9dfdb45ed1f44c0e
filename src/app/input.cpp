// SDL key codes → core keys.
#include "app/input.h"

namespace cs {

Key toCoreKey(SDL_Keycode sym) {
    switch (sym) {
    case SDLK_RIGHT: return Key::Right;
    case SDLK_LEFT: return Key::Left;
    case SDLK_UP: return Key::Up;
    case SDLK_DOWN: return Key::Down;
    case SDLK_PAGEUP: return Key::PageUp;
    case SDLK_PAGEDOWN: return Key::PageDown;
    case SDLK_HOME: return Key::Home;
    case SDLK_END: return Key::End;
    case SDLK_F1: return Key::F1;
    case SDLK_F2: return Key::F2;
    case SDLK_F5: return Key::F5;
    case SDLK_F11: return Key::F11;
    case SDLK_RETURN:
    case SDLK_RETURN2: return Key::Enter;
    case SDLK_KP_ENTER: return Key::KeypadEnter;
    case SDLK_KP_PLUS: return Key::KeypadPlus;
    case SDLK_KP_MINUS: return Key::KeypadMinus;
    case SDLK_KP_0: return Key::Keypad0;
    case SDLK_KP_1:
    case SDLK_KP_2:
    case SDLK_KP_3:
    case SDLK_KP_4:
    case SDLK_KP_5:
    case SDLK_KP_6:
    case SDLK_KP_7:
    case SDLK_KP_8:
    case SDLK_KP_9: return Key(std::uint32_t(Key::Keypad0) + std::uint32_t(sym - SDLK_KP_1 + 1));
    case SDLK_KP_PERIOD: return Key::Period;
    case SDLK_BACKSPACE: return Key::Backspace;
    case SDLK_ESCAPE: return Key::Escape;
    case SDLK_TAB: return Key::Tab;
    default: break;
    }
    // Printable keys: SDL's key code is the character the layout puts on the key.
    if (sym >= 32 && sym < 127) {
        int c = sym;
        if (c >= 'A' && c <= 'Z') c = c - 'A' + 'a';
        return Key(std::uint32_t(c));
    }
    return Key::Unknown;
}

KeyPress toKeyPress(const SDL_KeyboardEvent& e) {
    KeyPress p;
    p.key = toCoreKey(e.keysym.sym);
    p.ctrl = (e.keysym.mod & KMOD_CTRL) != 0;
    p.shift = (e.keysym.mod & KMOD_SHIFT) != 0;
    p.alt = (e.keysym.mod & KMOD_ALT) != 0;
    return p;
}

} // namespace cs
