#include "app/input_router.h"

#include "app/input.h"
#include "core/app_state.h"
#include "ui/keyboard_focus.h"

#include <imgui.h>
#include <imgui_impl_sdl.h>
#include <imgui_internal.h>

// Written against Dear ImGui 1.86's internals: with another version, check what this file uses from
// imgui_internal.h (names and meanings change between versions), then change the number.
static_assert(IMGUI_VERSION_NUM == 18600,
              "input_router.cpp: reads and sets ImGui 1.86 internals (active id, nav window, popups):"
              " re-check them for this Dear ImGui version");

namespace cs {

// ImGui's SDL backend reads Ctrl/Shift/Alt from SDL's current state, which is the state after *all*
// queued events (a quick Ctrl+A arrives with Ctrl already up); the modifiers that belong to a key event
// are the ones it carries.
void forwardToImGui(const SDL_Event& e) {
    ImGui_ImplSDL2_ProcessEvent(&e);
    if (e.type != SDL_KEYDOWN && e.type != SDL_KEYUP) return;
    const Uint16 mod = e.key.keysym.mod;
    ImGuiIO& io = ImGui::GetIO();
    io.KeyShift = (mod & KMOD_SHIFT) != 0;
    io.KeyCtrl = (mod & KMOD_CTRL) != 0;
    io.KeyAlt = (mod & KMOD_ALT) != 0;
    io.KeySuper = (mod & KMOD_GUI) != 0;
}

void InputRouter::press(const SDL_Event& physical, const SDL_Event& given) {
    keysHeld_[ImGui::GetCurrentContext()][physical.key.keysym.scancode] = given.key.keysym;
    forwardToImGui(given);
}

void InputRouter::pressAsSpace(const SDL_Event& physical) {
    SDL_Event asSpace = physical; // ImGui 1.86 activates the focused widget with Space only
    asSpace.key.keysym.scancode = SDL_SCANCODE_SPACE;
    asSpace.key.keysym.sym = SDLK_SPACE;
    press(physical, asSpace);
}

InputRouter::Outcome InputRouter::key(const SDL_Event& e, const AppState& state) {
    Outcome out;
    // ImGui sees the release of every key it saw pressed, as the key it saw, and no other release.
    // Without this a press given to ImGui whose release the app kept (Esc that closed a question, after
    // which Esc is the app's) stayed held in ImGui for ever: a held Esc cancels every text field, so
    // nothing could be typed in a question opened again.
    if (e.type == SDL_KEYUP) {
        auto& held = keysHeld_[ImGui::GetCurrentContext()];
        if (const auto it = held.find(e.key.keysym.scancode); it != held.end()) {
            SDL_Event up = e;
            up.key.keysym.scancode = it->second.scancode;
            up.key.keysym.sym = it->second.sym;
            held.erase(it);
            forwardToImGui(up);
        }
        return out;
    }
    if (e.type != SDL_KEYDOWN) return out;

    const KeyPress keyPress = toKeyPress(e.key);
    KeyContext context;
    const KeyboardOwner owner = keyboardOwner();
    context.typing = owner.textInput;
    context.navigating = navigating_;
    context.widgetFocus = owner.widgetFocus;
    context.presenting = state.presentation.active;
    context.question = !context.presenting && questionOpen(state);
    context.popupOpen = ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId | ImGuiPopupFlags_AnyPopupLevel);
    context.presentSetupOpen = state.presentSetup.visible;
    context.editorOpen = state.editor.open;
    const KeyRoute route = routeKeyDown(keyPress, e.key.repeat != 0, context);

    if (route.navigateForQuestion) {
        setNavigation(true, FocusChange::Keep, state);
        navigationForQuestion_ = true; // given back when the question is answered (afterCommand)
    }
    switch (route.toPanels) {
    case ToPanels::No: break;
    case ToPanels::AsIs: press(e, e); break;
    case ToPanels::AsSpace: pressAsSpace(e); break;
    }
    switch (route.effect) {
    case KeyEffect::None: break;
    case KeyEffect::AppKey: out.command = commandForKey(keyPress, state); break;
    case KeyEffect::Save: out.command = cmd::SaveScenario{}; break;
    case KeyEffect::ReleaseField:
        // Only at the end of the next frame, once the field has taken the characters typed just before
        // Esc (a fast typist's last letter can arrive in the same batch of events as the Esc).
        releaseFieldIn_ = ImGui::GetCurrentContext();
        out.redraw = true;
        break;
    case KeyEffect::ClosePopups:
        ImGui::ClosePopupToLevel(0, true);
        out.redraw = true;
        break;
    case KeyEffect::ClosePresentSetup: out.command = cmd::TogglePresentSetup{}; break;
    case KeyEffect::StartNavigation: setNavigation(true, FocusChange::Move, state); break;
    case KeyEffect::EndNavigation: setNavigation(false, FocusChange::Move, state); break;
    }
    return out;
}

void InputRouter::setNavigation(bool on, FocusChange focus, const AppState& state) {
    if (on == navigating_) return;
    navigating_ = on;
    ImGuiIO& io = ImGui::GetIO();
    if (on) {
        io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
        // Start in the palette, the first panel (Ctrl+Tab moves to the others), with its first item
        // highlighted at once: done inside the next frame (beginFrame), where ImGui takes it. A question
        // keeps the focus where it is (its field or button), or the first key typed there is lost.
        navigationStartPending_ = focus == FocusChange::Move && state.screen == Screen::Workspace;
    } else {
        io.ConfigFlags &= ~ImGuiConfigFlags_NavEnableKeyboard;
        // A click decides the focus itself: dropping it here would let go of the field or button the
        // click lands on, and that click would do nothing.
        if (focus == FocusChange::Move) ImGui::SetWindowFocus(nullptr);
    }
}

void InputRouter::afterCommand(const AppState& state) {
    if (navigationForQuestion_ && !questionOpen(state)) {
        navigationForQuestion_ = false;
        setNavigation(false, FocusChange::Move, state);
    }
}

void InputRouter::beginFrame() {
    if (!navigationStartPending_) return;
    navigationStartPending_ = false;
    if (ImGuiWindow* palette = ImGui::FindWindowByName("###Palette")) {
        ImGui::FocusWindow(palette);
        ImGui::NavInitWindow(palette, true);
        ImGui::GetCurrentContext()->NavDisableHighlight = false;
    }
}

bool InputRouter::releaseEscapedField() {
    if (releaseFieldIn_ != ImGui::GetCurrentContext()) return false;
    releaseFieldIn_ = nullptr;
    ImGui::ClearActiveID();
    ImGui::SetWindowFocus(nullptr);
    return true;
}

} // namespace cs
