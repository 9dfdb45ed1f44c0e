// Menu bar drawing.
#include "ui/menu_bar.h"

#include <imgui.h>

namespace cs {

void MenuBar::drawContent(const UiContext& ui, CommandList& out) {
    const AppState& s = ui.state;
    if (!ImGui::BeginMainMenuBar()) return;
    if (ImGui::BeginMenu("File")) {
        if (ImGui::MenuItem("Open...")) out.push_back(cmd::OpenFileBrowser{});
        if (ImGui::MenuItem("Reload", nullptr, false, s.scenario != nullptr)) out.push_back(cmd::ReloadFile{});
        if (ImGui::MenuItem("Close", nullptr, false, s.scenario != nullptr)) out.push_back(cmd::CloseScenario{});
        ImGui::Separator();
        if (ImGui::MenuItem("Quit")) out.push_back(cmd::RequestQuit{});
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu("View")) {
        if (ImGui::MenuItem("Audience view", "F2", s.screen == Screen::Audience)) {
            out.push_back(cmd::SetScreen{Screen::Audience});
        }
        if (ImGui::MenuItem("Workspace", "F2", s.screen == Screen::Workspace)) {
            out.push_back(cmd::SetScreen{Screen::Workspace});
        }
        if (ImGui::MenuItem("Problems", nullptr, s.problemsVisible)) out.push_back(cmd::ToggleProblems{});
        ImGui::Separator();
        if (ImGui::MenuItem("Fullscreen", "F11", s.fullscreen)) out.push_back(cmd::ToggleFullscreen{});
        if (ImGui::MenuItem("Reduced motion", nullptr, s.prefs.reducedMotion)) {
            out.push_back(cmd::SetReducedMotion{!s.prefs.reducedMotion});
        }
        if (ImGui::MenuItem("Larger text", "Ctrl++")) out.push_back(cmd::ChangeTextScale{+1});
        if (ImGui::MenuItem("Smaller text", "Ctrl+-")) out.push_back(cmd::ChangeTextScale{-1});
        if (ImGui::MenuItem("Text size 100 %", "Ctrl+0")) out.push_back(cmd::ChangeTextScale{0});
        ImGui::Separator();
        if (ImGui::MenuItem("Reset the turn of the stage")) out.push_back(cmd::ResetView{});
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu("Help")) {
        if (ImGui::MenuItem("Keyboard shortcuts", "F1", s.helpVisible)) out.push_back(cmd::ToggleHelp{});
        ImGui::EndMenu();
    }
    ImGui::EndMainMenuBar();
}

} // namespace cs
