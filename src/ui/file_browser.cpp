// File browser drawing.
#include "ui/file_browser.h"

#include "core/folder_listing.h"
#include "core/ui_text.h"
#include "ui/stage_labels.h"

#include <imgui.h>

#include <cstring>
#include <filesystem>
#include <utility>

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
    if (ImGui::Begin((std::string(uiWord("Open a scenario", lang)) + "###filebrowser").c_str(), &open,
                     ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings)) {
        ImGui::TextUnformatted(uiWord("Folder or file:", lang));
        ImGui::SetNextItemWidth(-1.0f);
        // Enter lets go of the field; after a folder typed it is listed and the field, showing that
        // folder, takes the keyboard again so the typing can go on.
        if (ImGui::IsWindowAppearing() || typeOn_) ImGui::SetKeyboardFocusHere();
        typeOn_ = false;
        if (ImGui::InputText("##path", typed_.data(), typed_.size(), ImGuiInputTextFlags_EnterReturnsTrue)) {
            out.push_back(cmd::ChooseTypedPath{typed_.data()}); // folder or file: the app looks
            typeOn_ = true;
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
                    for (Command& c : commandsForChosenPath(full, e.folder, b.forPresentation))
                        out.push_back(std::move(c));
                }
            }
        }
        ImGui::EndChild();
    }
    ImGui::End();
    if (!open) out.push_back(cmd::CloseFileBrowser{});
}

} // namespace cs
