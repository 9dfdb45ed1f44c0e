// Keyboard ownership from ImGui's state.
#include "ui/keyboard_focus.h"

#include <imgui.h>
#include <imgui_internal.h>

namespace cs {

// Written against Dear ImGui 1.86's internals: with another version, check what this file uses from
// imgui_internal.h (names and meanings change between versions), then change the number.
static_assert(
    IMGUI_VERSION_NUM == 18600,
    "keyboard_focus.cpp: keyboard focus reads and sets ImGui 1.86 internals (NavId, NavDisableHighlight, focus):"
    " re-check them for this Dear ImGui version");

KeyboardOwner keyboardOwner() {
    KeyboardOwner k;
    const ImGuiContext* g = ImGui::GetCurrentContext();
    if (!g) return k;
    k.textInput = ImGui::GetIO().WantTextInput;
    // Keyboard navigation shows its highlight only after a navigation key; a mouse click hides it
    // again, so a facilitator who clicked a button still steps with the clicker.
    const bool navigating = g->NavWindow != nullptr && g->NavId != 0 && !g->NavDisableHighlight;
    k.widgetFocus = k.textInput || ImGui::IsAnyItemActive() || navigating;
    return k;
}

} // namespace cs
