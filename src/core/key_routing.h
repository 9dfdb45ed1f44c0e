// Who gets a key press: the panels (a text field, a button, keyboard navigation through the panels)
// or the app's key table (stepping, flipping, saving). The rules are plain data in, a decision out, so
// that they can be read and tested in one place; the window carries the decision out (InputRouter).
#pragma once

#include "core/keymap.h"

#include <cstdint>

namespace cs {

struct AppState;

// What is true at the moment a key goes down.
struct KeyContext {
    bool typing = false;           // a text field has the keyboard
    bool navigating = false;       // keyboard navigation through the panels is on (Tab … Esc)
    bool widgetFocus = false;      // a widget holds the focus (active, or highlighted by navigation)
    bool question = false;         // one of the editor's questions is open (leave, comments, Save as, restore)
    bool popupOpen = false;        // a list or menu is open over the workspace
    bool presentSetupOpen = false; // the present dialog is open
    bool presenting = false;       // a show is running
    bool editorOpen = false;
};

// How the panels see the key.
enum class ToPanels : std::uint8_t {
    No,
    AsIs,
    // As Space: the panels' toolkit presses the focused button with Space only, and Enter should too.
    AsSpace,
};

// What the app does with the key after the panels had it (or instead of them).
enum class KeyEffect : std::uint8_t {
    None,
    AppKey,            // the key table's Command for this key (commandForKey)
    Save,              // save the edited scenario (Ctrl+S from inside a text field)
    ReleaseField,      // Esc in a text field: let go of it, keep its text (after the next frame)
    ClosePopups,       // Esc: close the open list or menu
    ClosePresentSetup, // Esc: close the present dialog
    StartNavigation,   // Tab: keyboard navigation through the panels begins (this Tab moves nothing)
    EndNavigation,     // Esc: it ends
};

struct KeyRoute {
    ToPanels toPanels = ToPanels::No;
    KeyEffect effect = KeyEffect::None;
    // A question is open and navigation is off: turn it on where the focus already is (the question's
    // field or button), for as long as the question is open.
    bool navigateForQuestion = false;

    friend bool operator==(const KeyRoute&, const KeyRoute&) = default;
};

// The route of a key going down (`repeat`: held down, the system repeating it). Releases go to the
// panels that saw the key pressed, as the key they saw; they are not routed.
KeyRoute routeKeyDown(const KeyPress& press, bool repeat, const KeyContext& context);

// One of the editor's questions waits for an answer: leave with unsaved changes, save with comments,
// the Save as / New folder, or restoring the unsaved edits of a session that ended badly.
bool questionOpen(const AppState& state);

// Keys the app's key table uses for stepping that the panels would also take for moving between widgets.
bool isPanelNavigationKey(Key key);

} // namespace cs
