// The key table and its resolution to Commands.
#include "core/keymap.h"

#include "core/app_state.h"

#include <array>

namespace cs {
namespace {

constexpr auto D0 = Key::Digit0;
constexpr std::array kTable{
    KeyBinding{Key::Right, NeedsCtrl::No, KeyAction::NextStep},
    KeyBinding{Key::PageDown, NeedsCtrl::No, KeyAction::NextStep},
    KeyBinding{Key::Space, NeedsCtrl::No, KeyAction::NextStep},
    KeyBinding{Key::Enter, NeedsCtrl::No, KeyAction::NextStep},
    KeyBinding{Key::KeypadEnter, NeedsCtrl::No, KeyAction::NextStep},
    KeyBinding{Key::Left, NeedsCtrl::No, KeyAction::PreviousStep},
    KeyBinding{Key::PageUp, NeedsCtrl::No, KeyAction::PreviousStep},
    KeyBinding{Key::Backspace, NeedsCtrl::No, KeyAction::PreviousStep},
    KeyBinding{Key::Home, NeedsCtrl::No, KeyAction::FirstStep},
    KeyBinding{Key::End, NeedsCtrl::No, KeyAction::LastStep},
    KeyBinding{D0, NeedsCtrl::No, KeyAction::StepDigit},
    KeyBinding{Key::F, NeedsCtrl::No, KeyAction::Flip},
    KeyBinding{Key::Left, NeedsCtrl::Yes, KeyAction::RotateLeft},
    KeyBinding{Key::Right, NeedsCtrl::Yes, KeyAction::RotateRight},
    KeyBinding{Key::Up, NeedsCtrl::Yes, KeyAction::RotateUp},
    KeyBinding{Key::Down, NeedsCtrl::Yes, KeyAction::RotateDown},
    KeyBinding{Key::B, NeedsCtrl::No, KeyAction::Blackout},
    KeyBinding{Key::Period, NeedsCtrl::No, KeyAction::Blackout},
    KeyBinding{Key::W, NeedsCtrl::No, KeyAction::Whiteout},
    KeyBinding{Key::R, NeedsCtrl::No, KeyAction::RevealAnswer},
    KeyBinding{Key::N, NeedsCtrl::No, KeyAction::PresenterOverlay},
    KeyBinding{Key::F1, NeedsCtrl::No, KeyAction::Help},
    KeyBinding{Key::F2, NeedsCtrl::No, KeyAction::ToggleWorkspace},
    KeyBinding{Key::F5, NeedsCtrl::No, KeyAction::Present},
    KeyBinding{Key::F11, NeedsCtrl::No, KeyAction::ToggleFullscreen},
    KeyBinding{Key::Escape, NeedsCtrl::No, KeyAction::LeaveFullscreen},
    KeyBinding{Key::Plus, NeedsCtrl::Yes, KeyAction::TextLarger},
    KeyBinding{Key::Equals, NeedsCtrl::Yes, KeyAction::TextLarger},
    KeyBinding{Key::KeypadPlus, NeedsCtrl::Yes, KeyAction::TextLarger},
    KeyBinding{Key::Minus, NeedsCtrl::Yes, KeyAction::TextSmaller},
    KeyBinding{Key::KeypadMinus, NeedsCtrl::Yes, KeyAction::TextSmaller},
    KeyBinding{D0, NeedsCtrl::Yes, KeyAction::TextReset},
    KeyBinding{Key::Keypad0, NeedsCtrl::Yes, KeyAction::TextReset},
    KeyBinding{Key::Q, NeedsCtrl::Yes, KeyAction::Quit},
    KeyBinding{Key::E, NeedsCtrl::Yes, KeyAction::Editor},
    KeyBinding{Key::S, NeedsCtrl::Yes, KeyAction::Save},
    KeyBinding{Key::Z, NeedsCtrl::Yes, KeyAction::Undo},
    KeyBinding{Key::Y, NeedsCtrl::Yes, KeyAction::Redo},
};

bool isDigit(Key k) {
    return k >= Key::Digit0 && k <= Key::Digit9;
}
bool isKeypadDigit(Key k) {
    return k >= Key::Keypad0 && k <= Key::Keypad9;
}

char digitOf(Key k) {
    if (isDigit(k)) return char(k);
    return char('0' + (std::uint32_t(k) - std::uint32_t(Key::Keypad0)));
}

// Without Ctrl every digit (top row or keypad) is the one StepDigit row of the table; with Ctrl only
// 0 means something (text size back to 100 %).
Key canonical(Key k, bool ctrl) {
    if (!ctrl && (isDigit(k) || isKeypadDigit(k))) return D0;
    return k;
}

std::optional<Command> toCommand(KeyAction action, const KeyPress& press, const AppState& state) {
    switch (action) {
    case KeyAction::NextStep:
        // Typed digits then Enter jump to that step; the other "next" keys just go on.
        if ((press.key == Key::Enter || press.key == Key::KeypadEnter) && !state.typedStepNumber.empty()) {
            int n = 0;
            for (char c : state.typedStepNumber)
                n = n * 10 + (c - '0');
            return cmd::GoToStep{n};
        }
        return cmd::NextStep{};
    case KeyAction::PreviousStep: return cmd::PreviousStep{};
    case KeyAction::FirstStep: return cmd::FirstStep{};
    case KeyAction::LastStep: return cmd::LastStep{};
    case KeyAction::StepDigit: return cmd::TypeStepDigit{digitOf(press.key)};
    case KeyAction::Flip: return cmd::FlipFocusedCoin{};
    case KeyAction::RotateLeft: return cmd::RotateView{-kRotateStepDeg, 0.0f};
    case KeyAction::RotateRight: return cmd::RotateView{kRotateStepDeg, 0.0f};
    case KeyAction::RotateUp: return cmd::RotateView{0.0f, kRotateStepDeg};
    case KeyAction::RotateDown: return cmd::RotateView{0.0f, -kRotateStepDeg};
    case KeyAction::Blackout: return cmd::Blackout{};
    case KeyAction::Whiteout: return cmd::Whiteout{};
    case KeyAction::RevealAnswer: return cmd::RevealAnswer{};
    case KeyAction::PresenterOverlay: return cmd::TogglePresenterOverlay{};
    case KeyAction::Help: return cmd::ToggleHelp{};
    case KeyAction::ToggleWorkspace:
        return cmd::SetScreen{state.screen == Screen::Workspace ? Screen::Audience : Screen::Workspace};
    case KeyAction::Present:
        // Only starts: a clicker's "play" button sends F5 too, and must not end a show.
        if (state.presentation.active) return std::nullopt;
        return cmd::TogglePresentSetup{};
    case KeyAction::ToggleFullscreen: return cmd::ToggleFullscreen{};
    case KeyAction::LeaveFullscreen:
        // Esc never quits; it leaves fullscreen, closes help, or forgets typed digits.
        if (state.helpVisible) return cmd::ToggleHelp{};
        if (!state.typedStepNumber.empty()) return cmd::ClearStepDigits{};
        return cmd::LeaveFullscreen{};
    case KeyAction::TextLarger: return cmd::ChangeTextScale{+1};
    case KeyAction::TextSmaller: return cmd::ChangeTextScale{-1};
    case KeyAction::TextReset: return cmd::ChangeTextScale{0};
    case KeyAction::Quit: return cmd::RequestQuit{};
    // The editor's keys mean nothing in front of a room.
    case KeyAction::Editor:
        if (state.presentation.active) return std::nullopt;
        if (state.editor.open) return cmd::CloseEditor{};
        return cmd::OpenEditor{};
    case KeyAction::Save:
        if (state.presentation.active || !state.editor.open) return std::nullopt;
        return cmd::SaveScenario{};
    case KeyAction::Undo:
        if (state.presentation.active || !state.editor.open) return std::nullopt;
        if (press.shift) return cmd::Redo{}; // Ctrl+Shift+Z
        return cmd::Undo{};
    case KeyAction::Redo:
        if (state.presentation.active || !state.editor.open) return std::nullopt;
        return cmd::Redo{};
    }
    return std::nullopt;
}

} // namespace

std::span<const KeyBinding> keyTable() {
    return kTable;
}

std::optional<Command> commandForKey(const KeyPress& press, const AppState& state) {
    if (press.key == Key::Unknown) return std::nullopt;
    if (press.alt) return std::nullopt;
    // A question on screen is answered from the keyboard too: its own key again means yes, Esc no.
    const PresentationState& p = state.presentation;
    if (p.quitConfirmPending) {
        if (press.key == Key::Q && press.ctrl) return cmd::ConfirmQuit{true};
        if (press.key == Key::Escape) return cmd::ConfirmQuit{false};
    }
    if (p.overlayConfirmPending) {
        if (!press.ctrl &&
            ((press.key == Key::N && !p.helpAfterConfirm) || (press.key == Key::F1 && p.helpAfterConfirm))) {
            return cmd::ConfirmPresenterOverlay{true};
        }
        if (press.key == Key::Escape) return cmd::ConfirmPresenterOverlay{false};
    }
    // A blanked audience view comes back with any key, and that key does nothing else.
    if (state.blackout || state.whiteout) return cmd::EndBlankScreen{};
    const Key key = canonical(press.key, press.ctrl);
    const NeedsCtrl ctrl = press.ctrl ? NeedsCtrl::Yes : NeedsCtrl::No;
    for (const auto& b : kTable) {
        if (b.key == key && b.ctrl == ctrl) return toCommand(b.action, press, state);
    }
    return std::nullopt;
}

std::string_view describe(KeyAction action) {
    switch (action) {
    case KeyAction::NextStep: return "Next step";
    case KeyAction::PreviousStep: return "Previous step";
    case KeyAction::FirstStep: return "First step";
    case KeyAction::LastStep: return "Last step";
    case KeyAction::StepDigit: return "Type a step number, then Enter to jump";
    case KeyAction::Flip: return "Flip the coin in focus";
    case KeyAction::RotateLeft: return "Turn the stage left";
    case KeyAction::RotateRight: return "Turn the stage right";
    case KeyAction::RotateUp: return "Tilt the stage up";
    case KeyAction::RotateDown: return "Tilt the stage down";
    case KeyAction::Blackout: return "Black out the audience view (any key returns)";
    case KeyAction::Whiteout: return "White out the audience view (any key returns)";
    case KeyAction::RevealAnswer: return "Reveal the answer to the room";
    case KeyAction::PresenterOverlay: return "Presenter overlay";
    case KeyAction::Help: return "Shortcut help";
    case KeyAction::ToggleWorkspace: return "Audience view / workspace";
    case KeyAction::Present: return "Present to a room (start screen)";
    case KeyAction::ToggleFullscreen: return "Fullscreen on / off";
    case KeyAction::LeaveFullscreen: return "Leave fullscreen (never quits)";
    case KeyAction::TextLarger: return "Larger text";
    case KeyAction::TextSmaller: return "Smaller text";
    case KeyAction::TextReset: return "Text size back to 100 %";
    case KeyAction::Quit: return "Quit (asks first during a presentation)";
    case KeyAction::Editor: return "Edit this scenario / close the editor";
    case KeyAction::Save: return "Save the scenario (editor)";
    case KeyAction::Undo: return "Undo (editor; Ctrl+Shift+Z redoes)";
    case KeyAction::Redo: return "Redo (editor)";
    }
    return "";
}

std::string_view keyName(Key key) {
    switch (key) {
    case Key::Backspace: return "Backspace";
    case Key::Enter: return "Enter";
    case Key::KeypadEnter: return "Keypad Enter";
    case Key::Escape: return "Esc";
    case Key::Space: return "Space";
    case Key::Plus: return "+";
    case Key::KeypadPlus: return "Keypad +";
    case Key::Minus: return "-";
    case Key::KeypadMinus: return "Keypad -";
    case Key::Period: return ".";
    case Key::Equals: return "=";
    case Key::Digit0: return "0";
    case Key::Keypad0: return "Keypad 0";
    case Key::B: return "B";
    case Key::F: return "F";
    case Key::N: return "N";
    case Key::Q: return "Q";
    case Key::E: return "E";
    case Key::S: return "S";
    case Key::Y: return "Y";
    case Key::Z: return "Z";
    case Key::R: return "R";
    case Key::W: return "W";
    case Key::Right: return "Right";
    case Key::Left: return "Left";
    case Key::Up: return "Up";
    case Key::Down: return "Down";
    case Key::PageUp: return "Page Up";
    case Key::PageDown: return "Page Down";
    case Key::Home: return "Home";
    case Key::End: return "End";
    case Key::F1: return "F1";
    case Key::F2: return "F2";
    case Key::F5: return "F5";
    case Key::F11: return "F11";
    default: return "?";
    }
}

} // namespace cs
