#include "app/show_control.h"

#include "app/platform.h"

#include <SDL.h>
#include <imgui.h>

namespace cs {

std::vector<DisplayInfo> ShowControl::displays() const {
    return source_ ? source_() : queryDisplays();
}

bool ShowControl::openPresenterWindow(int display) {
    std::string error;
    if (presenter_.openWindow(display, audience_, error)) return true;
    host_.notice("The presenter window could not open (" + error + "); the notes are an overlay instead (N).");
    return false;
}

std::string ShowControl::present(int display) {
    if (state().presentation.active) return {};
    const std::vector<DisplayInfo> all = displays();
    host_.update(cmd::SetDisplays{all});
    const PresentationPlan plan = planPresentation(all, display > 0 ? std::optional<int>(display) : std::nullopt);
    if (!plan.error.empty()) return plan.error;
    plan_ = plan;
    fullscreenBeforeShow_ = state().fullscreen;
    audience_.moveToDisplay(plan.audience, true);
    if (!state().fullscreen) host_.update(cmd::ToggleFullscreen{});
    audience_.makeCurrent();
    ImGui::GetIO().ConfigFlags |= ImGuiConfigFlags_NoMouseCursorChange;
    input_.setNavigation(false, InputRouter::FocusChange::Move, state());
    const bool single = plan.singleDisplay() || !openPresenterWindow(plan.presenter);
    if (single) plan_.presenter = -1;
    const bool confirmed = host_.overlayConfirmedBefore() || state().presentation.overlayConfirmed;
    host_.apply(cmd::StartPresentation{single, confirmed});
    mouseMovedAt_ = SDL_GetTicks();
    shownSecond_ = -1;
    return {};
}

void ShowControl::end() {
    presenter_.closeWindow(audience_);
    ImGui::GetIO().ConfigFlags &= ~ImGuiConfigFlags_NoMouseCursorChange;
    setCursorVisible(true);
    if (!fullscreenBeforeShow_ && state().fullscreen) host_.update(cmd::ToggleFullscreen{});
    // The workspace (reflections, menus) comes back on the laptop's display, not on the projector.
    const std::vector<DisplayInfo> all = displays();
    int primary = 0;
    for (int i = 0; i < int(all.size()); ++i) {
        if (all[std::size_t(i)].primary) primary = i;
    }
    if (all.size() > 1 && SDL_GetWindowDisplayIndex(audience_.sdl()) != primary)
        audience_.moveToDisplay(primary, state().fullscreen);
}

void ShowControl::displaysChanged() {
    const std::vector<DisplayInfo> all = displays();
    host_.update(cmd::SetDisplays{all});
    if (!state().presentation.active || all.empty()) return;
    // The audience stays where it is if it can; the notes follow what is left.
    const PresentationPlan next = replanPresentation(all, plan_);
    if (next.audience != plan_.audience || next.audience >= int(all.size()))
        audience_.moveToDisplay(next.audience, true);
    if (next.singleDisplay() && presenter_.window()) {
        presenter_.closeWindow(audience_);
        host_.apply(cmd::SetSingleDisplay{true});
        host_.notice("A display was disconnected: the presenter notes are now an overlay on this screen (N).");
    } else if (!next.singleDisplay() && !presenter_.window()) {
        if (openPresenterWindow(next.presenter)) host_.apply(cmd::SetSingleDisplay{false});
    } else if (presenter_.window() && next.presenter != plan_.presenter) {
        presenter_.window()->moveToDisplay(next.presenter, false);
    }
    plan_ = next;
    if (!presenter_.window()) plan_.presenter = -1;
    audience_.makeCurrent();
}

void ShowControl::mouseMoved() {
    mouseMovedAt_ = SDL_GetTicks();
    setCursorVisible(true);
}

void ShowControl::setCursorVisible(bool visible) {
    if (visible == !cursorHidden_) return;
    cursorHidden_ = !visible;
    SDL_ShowCursor(visible ? SDL_ENABLE : SDL_DISABLE);
}

bool ShowControl::tick() {
    const AppState& s = state();
    if (!s.presentation.active) return false;
    // No cursor on the room's screen once the mouse has rested there for 2 s.
    const bool overAudience = SDL_GetMouseFocus() == audience_.sdl();
    const bool resting = SDL_GetTicks() - mouseMovedAt_ > 2000;
    setCursorVisible(!(overAudience && resting) || s.presentation.overlayVisible ||
                     s.presentation.overlayConfirmPending || s.presentation.quitConfirmPending);
    // The presenter's clocks show seconds.
    const long second = long(s.timeline.now() - s.presentation.startedAt);
    if (second == shownSecond_) return false;
    shownSecond_ = second;
    presenter_.wake(1);
    return presenter_.window() != nullptr || s.presentation.overlayVisible;
}

} // namespace cs
