// Publish dialog drawing.
#include "ui/publish_panel.h"

#include "core/ui_text.h"
#include "ui/folder_field.h"

#include <imgui.h>

#include <algorithm>
#include <string>

namespace cs {

void PublishPanel::drawContent(const UiContext& ui, CommandList& out) {
    const AppState& s = ui.state;
    const PublishDialog& d = s.publishDialog;
    if (!d.visible) {
        folder_.reset();
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
            if (auto typed = folder_.draw(d.folder, fieldWidth))
                out.push_back(cmd::SetPublishFolder{std::move(*typed)});

            if (!d.foreign.empty()) {
                // Files someone else made: say which, and replace them only when asked to.
                ImGui::Separator();
                drawForeignFiles(w("These files in the folder were not written by Coin Model Studio. Publishing "
                                   "replaces them:"),
                                 d.foreign, fieldWidth);
                ImGui::TextUnformatted(w("Replace them?"));
                if (ImGui::Button(w("Replace"))) out.push_back(cmd::PublishWebPage{true});
                ImGui::SameLine();
                if (ImGui::Button(w("Choose another folder"))) {
                    out.push_back(cmd::SetPublishStatus{});
                    folder_.focusNextFrame();
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
