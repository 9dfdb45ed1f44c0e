// Who owns the keyboard: a widget (typing, or moving through panels with the keyboard) or the app's
// global keys (BRIEF §3: global keys act only when no widget has keyboard focus or text input).
#pragma once

namespace cs {

struct KeyboardOwner {
    bool textInput = false;   // a text field is being edited: every key is the field's
    bool widgetFocus = false; // keyboard navigation is on a widget: arrows, Enter, Space are its
};

// Reads the current ImGui context.
KeyboardOwner keyboardOwner();

} // namespace cs
