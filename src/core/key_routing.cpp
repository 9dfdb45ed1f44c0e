#include "core/key_routing.h"

#include "core/app_state.h"

namespace cs {

bool questionOpen(const AppState& state) {
    const EditorState& ed = state.editor;
    return ed.leavePending != LeaveKind::None || ed.commentsQuestionPending || ed.saveAsVisible ||
           state.restoreOffer.has_value();
}

bool isPanelNavigationKey(Key key) {
    switch (key) {
    case Key::Left:
    case Key::Right:
    case Key::Up:
    case Key::Down:
    case Key::PageUp:
    case Key::PageDown:
    case Key::Home:
    case Key::End:
    case Key::Space:
    case Key::Enter:
    case Key::KeypadEnter:
    case Key::Backspace:
    case Key::Escape:
    case Key::Tab: return true;
    default: return false;
    }
}

namespace {

bool isEnter(Key key) {
    return key == Key::Enter || key == Key::KeypadEnter;
}

KeyRoute only(KeyEffect effect) {
    return KeyRoute{ToPanels::No, effect, false};
}

} // namespace

KeyRoute routeKeyDown(const KeyPress& press, bool repeat, const KeyContext& c) {
    const Key key = press.key;
    // A clicker's Page Up / Page Down step the walkthrough whatever has the focus, unless text is typed.
    const bool clicker = key == Key::PageUp || key == Key::PageDown;

    // A question of the editor is on screen: its buttons have the keys (Tab, arrows, Enter, Esc), and
    // nothing steps the walkthrough underneath it. Quitting is never blocked by a question (unsaved
    // edits are then asked about as usual).
    if (c.question) {
        KeyRoute r;
        r.navigateForQuestion = !c.navigating;
        if (press.ctrl && key == Key::Q && !repeat) {
            r.effect = KeyEffect::AppKey;
        } else {
            r.toPanels = isEnter(key) ? ToPanels::AsSpace : ToPanels::AsIs;
        }
        return r;
    }
    // Esc in a text field gives the keys back and keeps the text. The panels never see this Esc: the
    // toolkit's fields would go back to what they held before they were clicked (a reflection or an edit
    // would be gone).
    if (c.typing && key == Key::Escape) return only(KeyEffect::ReleaseField);
    // Esc closes what is open over the workspace first: a list or menu, then the present dialog. It
    // never quits.
    if (!c.typing && key == Key::Escape && !c.presenting && !c.navigating) {
        if (c.popupOpen) return only(KeyEffect::ClosePopups);
        if (c.presentSetupOpen) return only(KeyEffect::ClosePresentSetup);
    }
    // Moving through the panels with the keyboard starts with Tab and ends with Esc or a click; until
    // then arrows, Space and Enter step the walkthrough and never move a hidden widget focus.
    if (!c.typing && !repeat) {
        if (key == Key::Tab && !c.navigating && !press.ctrl && !press.alt) return only(KeyEffect::StartNavigation);
        if (key == Key::Escape && c.navigating) return only(KeyEffect::EndNavigation);
    }
    KeyRoute r;
    if (c.typing || (c.navigating && !clicker) || !isPanelNavigationKey(key))
        r.toPanels = c.navigating && !c.typing && isEnter(key) ? ToPanels::AsSpace : ToPanels::AsIs;

    // The app's keys never take what is typed or a widget's keys, with these exceptions:
    // Ctrl+S saves from inside a text field (every keystroke is already in the edited scenario) …
    if (c.typing && press.ctrl && key == Key::S && !repeat && c.editorOpen && !c.presenting) {
        r.effect = KeyEffect::Save;
        return r;
    }
    // … Ctrl+Q quits from inside one (what was typed is saved on the way out) …
    if (c.typing && press.ctrl && key == Key::Q && !repeat) {
        r.effect = KeyEffect::AppKey;
        return r;
    }
    // … and the editor's Ctrl shortcuts are no widget's keys: they work whatever has the focus.
    const bool editorChord =
        press.ctrl && (key == Key::S || key == Key::Z || key == Key::Y || key == Key::E || key == Key::Q);
    if (!c.typing && editorChord && !repeat) {
        r.effect = KeyEffect::AppKey;
        return r;
    }
    if (c.typing || ((c.navigating || c.widgetFocus) && !clicker)) return r;
    // Held down, only Ctrl+arrows (turning the coin) repeat; a held arrow steps once.
    const bool repeatable = press.ctrl && (key == Key::Left || key == Key::Right || key == Key::Up || key == Key::Down);
    if (repeat && !repeatable) return r;
    r.effect = KeyEffect::AppKey;
    return r;
}

} // namespace cs
