// The one key table of the app: key presses → Commands. Keys are key codes (what the
// layout prints on the key), not scancodes, so B is B on AZERTY too.
#pragma once

#include "core/commands.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

namespace cs {

struct AppState;

// Printable keys use their lower-case ASCII value (like SDL key codes); named keys sit above.
enum class Key : std::uint32_t {
    Unknown = 0,
    Backspace = 8,
    Tab = 9,
    Enter = 13,
    Escape = 27,
    Space = ' ',
    Plus = '+',
    Minus = '-',
    Period = '.',
    Equals = '=',
    Digit0 = '0',
    Digit9 = '9',
    B = 'b',
    E = 'e',
    F = 'f',
    N = 'n',
    Q = 'q',
    R = 'r',
    S = 's',
    W = 'w',
    Y = 'y',
    Z = 'z',
    Named = 0x4000'0000,
    Right,
    Left,
    Up,
    Down,
    PageUp,
    PageDown,
    Home,
    End,
    F1,
    F2,
    F5,
    F11,
    KeypadEnter,
    KeypadPlus,
    KeypadMinus,
    Keypad0,
    Keypad9 = Keypad0 + 9,
};

struct KeyPress {
    Key key = Key::Unknown;
    bool ctrl = false;
    bool shift = false;
    bool alt = false;
};

// What each binding does, named for the help overlay.
enum class KeyAction : std::uint8_t {
    NextStep,
    PreviousStep,
    FirstStep,
    LastStep,
    StepDigit,
    Flip,
    RotateLeft,
    RotateRight,
    RotateUp,
    RotateDown,
    Blackout,
    Whiteout,
    RevealAnswer,
    PresenterOverlay,
    Help,
    ToggleWorkspace,
    Present,
    ToggleFullscreen,
    LeaveFullscreen,
    TextLarger,
    TextSmaller,
    TextReset,
    Quit,
    Editor,
    Save,
    Undo,
    Redo,
};

enum class NeedsCtrl : std::uint8_t { No, Yes };

struct KeyBinding {
    Key key;
    NeedsCtrl ctrl;
    KeyAction action;
};

// The table itself, in the order the help overlay lists it.
std::span<const KeyBinding> keyTable();

// Degrees one Ctrl+arrow press turns the stage.
inline constexpr float kRotateStepDeg = 15.0f;

// The command a key press means in `state`, or nothing. Call it only when no text field or widget
// holds the keyboard: global keys must not steal typing.
std::optional<Command> commandForKey(const KeyPress& press, const AppState& state);

// Short English description of an action and a readable key name, for the F1 overlay.
std::string_view describe(KeyAction action);
std::string_view keyName(Key key);

} // namespace cs
