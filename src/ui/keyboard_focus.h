// Who owns the keyboard: a widget (typing, or moving through panels with the keyboard) or the app's
// global keys (they act only when no widget has keyboard focus or text input, so typing is never taken for a command).
#pragma once

namespace cs {

struct KeyboardOwner {
    bool textInput = false;   // a text field is being edited: every key is the field's
    bool widgetFocus = false; // keyboard navigation is on a widget: arrows, Enter, Space are its
};

// Reads the current ImGui context.
KeyboardOwner keyboardOwner();

} // namespace cs
