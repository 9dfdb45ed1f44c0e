// Publish dialog drawing.
#include "ui/publish_panel.h"

#include "core/ui_text.h"

#include <imgui.h>

#include <algorithm>
#include <string>

namespace cs {

void PublishPanel::drawContent(const UiContext& ui, CommandList& out) {
    const AppState& s = ui.state;
    const PublishDialog& d = s.publishDialog;
    if (!d.visible) {
        editing_ = false;
        return;
    }
    const std::string_view lang = languageOf(s);
    auto w = [&](const char* english) { return uiWord(english, lang); };
    const ImVec4 attention(0.98f, 0.75f, 0.35f, 1.0f);
    bool open = true;
    if (beginDialog(w("Publish as web page"), "publish", ui.framebuffer, &open)) {
        const float fieldWidth = 30.0f * ImGui::GetFontSize();
        if (!s.scenario) {
            ImGui::TextUnformatted(w("Open a scenario first: the page opens at it."));
        } else {
            ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + fieldWidth);
            ImGui::TextWrapped("%s", w("A folder that opens this scenario in a web browser from any web server: the "
                                       "page (index.html and its files), the scenario and its pictures in scenario/, "
                                       "and published.json."));
            if (s.editor.dirty())
                ImGui::TextColored(attention, "%s",
                                   w("The editor has unsaved changes: the file as last saved is published."));
            ImGui::PopTextWrapPos();
            ImGui::TextUnformatted(w("Folder"));
            if (!editing_) {
                const std::size_t n = std::min(d.folder.size(), folder_.size() - 1);
                std::copy_n(d.folder.data(), n, folder_.data());
                folder_[n] = '\0';
            }
            if (focusFolder_) {
                ImGui::SetKeyboardFocusHere();
                focusFolder_ = false;
            }
            ImGui::SetNextItemWidth(fieldWidth);
            ImGui::InputText("##folder", folder_.data(), folder_.size());
            editing_ = ImGui::IsItemActive();
            // The folder is taken when the field is left (Enter, Tab or a click elsewhere).
            if (ImGui::IsItemDeactivatedAfterEdit()) out.push_back(cmd::SetPublishFolder{folder_.data()});

            if (!d.foreign.empty()) {
                // Files someone else made: say which, and replace them only when asked to.
                ImGui::Separator();
                ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + fieldWidth);
                ImGui::TextColored(attention, "%s",
                                   w("These files in the folder were not written by Coin Model Studio. Publishing "
                                     "replaces them:"));
                for (std::size_t i = 0; i < d.foreign.size() && i < 8; ++i)
                    ImGui::BulletText("%s", d.foreign[i].c_str());
                if (d.foreign.size() > 8) ImGui::BulletText("... (%d)", int(d.foreign.size()));
                ImGui::PopTextWrapPos();
                ImGui::TextUnformatted(w("Replace them?"));
                if (ImGui::Button(w("Replace"))) out.push_back(cmd::PublishWebPage{true});
                ImGui::SameLine();
                if (ImGui::Button(w("Choose another folder"))) {
                    out.push_back(cmd::SetPublishStatus{});
                    focusFolder_ = true;
                }
            }
            ImGui::Separator();
            if (!d.message.empty()) {
                ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + fieldWidth);
                ImGui::TextWrapped("%s", d.message.c_str());
                ImGui::PopTextWrapPos();
            }
            if (!d.problems.empty()) {
                // The scenario's own problems, as --check lists them (also its warnings after a publish).
                constexpr std::size_t kShown = 12;
                ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + fieldWidth);
                for (std::size_t i = 0; i < d.problems.size() && i < kShown; ++i)
                    ImGui::TextWrapped("%s", d.problems[i].c_str());
                if (d.problems.size() > kShown) ImGui::TextWrapped("... (%d)", int(d.problems.size()));
                ImGui::PopTextWrapPos();
            }
            ImGui::BeginDisabled(d.folder.empty() || !d.foreign.empty());
            if (ImGui::Button(w("Publish"))) out.push_back(cmd::PublishWebPage{false});
            ImGui::EndDisabled();
            ImGui::SameLine();
            if (ImGui::Button(w("Close"))) open = false;
        }
    }
    ImGui::End();
    if (!open) out.push_back(cmd::TogglePublishDialog{});
}

} // namespace cs
