// File browser drawing.
#include "ui/file_browser.h"

#include "core/ui_text.h"
#include "ui/stage_labels.h"

#include <imgui.h>

#include <cstring>
#include <filesystem>

namespace cs {

void FileBrowserPanel::drawContent(const UiContext& ui, CommandList& out) {
    const FileBrowserState& b = ui.state.browser;
    const std::string_view lang = languageOf(ui.state);
    if (!b.open) return;
    if (shownFolder_ != b.folder) {
        // A new folder: the path field follows it.
        shownFolder_ = b.folder;
        std::snprintf(typed_.data(), typed_.size(), "%s/", b.folder == "/" ? "" : b.folder.c_str());
    }
    const ImVec2 size(std::min(ui.framebuffer.x * 0.6f, 900.0f * ui.fonts.scale),
                      std::min(ui.framebuffer.y * 0.7f, 700.0f * ui.fonts.scale));
    ImGui::SetNextWindowPos(ImVec2(ui.framebuffer.x * 0.5f, ui.framebuffer.y * 0.5f), ImGuiCond_Appearing,
                            ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(size, ImGuiCond_Appearing);
    bool open = true;
    // From the present dialog a file is only chosen for the show; it opens when the show starts.
    auto choose = [&](const std::string& file) {
        if (b.forPresentation) {
            out.push_back(cmd::ChoosePresentScenario{file});
            out.push_back(cmd::CloseFileBrowser{});
        } else {
            out.push_back(cmd::OpenFile{file});
        }
    };
    if (ImGui::Begin((std::string(uiWord("Open a scenario", lang)) + "###filebrowser").c_str(), &open,
                     ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings)) {
        ImGui::TextUnformatted(uiWord("Folder or file:", lang));
        ImGui::SetNextItemWidth(-1.0f);
        if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
        if (ImGui::InputText("##path", typed_.data(), typed_.size(), ImGuiInputTextFlags_EnterReturnsTrue)) {
            std::error_code ec;
            const std::filesystem::path p(typed_.data());
            if (std::filesystem::is_directory(p, ec))
                out.push_back(cmd::BrowseFolder{p.string()});
            else
                choose(p.string());
        }
        if (ImGui::Button(uiWord("Up one folder", lang))) {
            out.push_back(cmd::BrowseFolder{std::filesystem::path(b.folder).parent_path().string()});
        }
        ImGui::SameLine();
        if (ImGui::Button(uiWord("Cancel", lang))) open = false;
        if (!b.error.empty()) ImGui::TextWrapped("%s", b.error.c_str());
        ImGui::Separator();
        if (ImGui::BeginChild("entries")) {
            if (b.entries.empty() && b.error.empty())
                ImGui::TextDisabled("%s", uiWord("No folders or .toml files here.", lang));
            for (const auto& e : b.entries) {
                const std::string label = (e.folder ? "[folder] " : "") + e.name;
                if (ImGui::Selectable(label.c_str())) {
                    const std::string full = (std::filesystem::path(b.folder) / e.name).string();
                    if (e.folder)
                        out.push_back(cmd::BrowseFolder{full});
                    else
                        choose(full);
                }
            }
        }
        ImGui::EndChild();
    }
    ImGui::End();
    if (!open) out.push_back(cmd::CloseFileBrowser{});
}

} // namespace cs
