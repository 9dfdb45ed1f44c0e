// Shortcut help window.
#include "ui/help_overlay.h"

#include "core/keymap.h"
#include "core/ui_text.h"
#include "ui/stage_labels.h"

#include <imgui.h>

#include <algorithm>
#include <map>
#include <string>
#include <vector>

namespace cs {

void HelpOverlay::drawContent(const UiContext& ui, CommandList& out) {
    if (!ui.state.helpVisible) return;
    const std::string_view lang = languageOf(ui.state);
    // Group keys by action, keeping the table's order.
    std::vector<std::pair<KeyAction, std::string>> rows;
    for (const auto& b : keyTable()) {
        // One row stands for every digit key.
        const std::string name = b.action == KeyAction::StepDigit ? "0-9" : std::string(keyName(b.key));
        std::string keys = (b.ctrl == NeedsCtrl::Yes ? "Ctrl+" : "") + name;
        auto it = std::find_if(rows.begin(), rows.end(), [&](const auto& r) { return r.first == b.action; });
        if (it == rows.end()) {
            rows.emplace_back(b.action, keys);
        } else {
            it->second += ", " + keys;
        }
    }
    const ImVec2 centre(ui.framebuffer.x * 0.5f, ui.framebuffer.y * 0.5f);
    ImGui::SetNextWindowPos(centre, ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowBgAlpha(0.96f);
    ImGui::PushFont(ui.fonts.small);
    bool open = true;
    if (ImGui::Begin((std::string(uiWord("Keyboard shortcuts", lang)) + "###help").c_str(), &open,
                     ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoCollapse |
                         ImGuiWindowFlags_NoSavedSettings)) {
        if (ImGui::BeginTable("keys", 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH)) {
            for (const auto& [action, keys] : rows) {
                ImGui::TableNextRow();
                ImGui::TableSetColumnIndex(0);
                ImGui::TextUnformatted(keys.c_str());
                ImGui::TableSetColumnIndex(1);
                ImGui::TextUnformatted(uiWord(std::string(describe(action)).c_str(), lang));
            }
            ImGui::EndTable();
        }
        ImGui::Spacing();
        ImGui::TextUnformatted(uiWord("Mouse: drag the stage to turn the coins.", lang));
        if (ImGui::Button(uiWord("Close", lang))) open = false;
    }
    ImGui::End();
    ImGui::PopFont();
    if (!open) out.push_back(cmd::ToggleHelp{});
}

} // namespace cs
