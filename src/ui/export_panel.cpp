// Export dialog drawing.
#include "ui/export_panel.h"

#include "core/ui_text.h"
#include "ui/folder_field.h"
#include "ui/stage_labels.h"

#include <imgui.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <string>

namespace cs {
namespace {

struct SizeChoice {
    int width, height;
    const char* label;
};
constexpr std::array kSizes{
    SizeChoice{1920, 1080, "1920 x 1080 (Full HD)"},
    SizeChoice{1280, 720, "1280 x 720"},
    SizeChoice{3840, 2160, "3840 x 2160 (4K)"},
};

} // namespace

void ExportPanel::drawContent(const UiContext& ui, CommandList& out) {
    const AppState& s = ui.state;
    const ExportDialog& d = s.exportDialog;
    if (!d.visible) {
        folder_.reset();
        return;
    }
    const std::string_view lang = languageOf(s);
    auto w = [&](const char* english) { return uiWord(english, lang); };
    bool open = true;
    if (beginDialog(w("Export pictures and handouts"), "export", ui.framebuffer, &open)) {
        const float fieldWidth = 30.0f * ImGui::GetFontSize();
        if (!s.scenario) {
            ImGui::TextUnformatted(w("Open a scenario first: its steps are what is exported."));
        } else {
            ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + fieldWidth);
            ImGui::TextWrapped("%s", w("One picture per step (step-001.png ...), handout.html for participants and "
                                       "handout-notes.html for the facilitator."));
            ImGui::PopTextWrapPos();
            ImGui::BeginDisabled(d.running);
            ImGui::TextUnformatted(w("Folder"));
            if (auto typed = folder_.draw(d.folder, fieldWidth)) out.push_back(cmd::SetExportFolder{std::move(*typed)});
            ImGui::TextUnformatted(w("Picture size"));
            for (const auto& size : kSizes) {
                if (ImGui::RadioButton(size.label, d.width == size.width && d.height == size.height)) {
                    out.push_back(cmd::SetExportSize{size.width, size.height});
                }
            }
            ImGui::TextDisabled("%s", labelled(w("Language"), s.scenario->language, lang).c_str());
            ImGui::EndDisabled();

            if (!d.foreign.empty() && !d.running) {
                // Files someone else made: say which, and replace them only when asked to.
                ImGui::Separator();
                drawForeignFiles(w("These files in the folder were not written by Coin Model Studio. Exporting "
                                   "replaces them:"),
                                 d.foreign, fieldWidth);
                if (ImGui::Button(w("Replace them"))) out.push_back(cmd::StartExport{true});
                ImGui::SameLine();
                ImGui::TextDisabled("%s", w("or choose another folder above"));
            }
            ImGui::Separator();
            if (d.running) {
                char percent[16];
                std::snprintf(percent, sizeof percent, "%d %%", int(d.fraction * 100.0 + 0.5));
                ImGui::ProgressBar(float(d.fraction), ImVec2(fieldWidth, 0.0f), percent);
                ImGui::TextUnformatted(d.message.c_str());
                if (ImGui::Button(w("Cancel the export"))) out.push_back(cmd::CancelExport{});
            } else {
                if (!d.message.empty()) {
                    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + fieldWidth);
                    ImGui::TextWrapped("%s", d.message.c_str());
                    ImGui::PopTextWrapPos();
                }
                ImGui::BeginDisabled(d.folder.empty() || !d.foreign.empty());
                if (ImGui::Button(w("Export"))) out.push_back(cmd::StartExport{false});
                ImGui::EndDisabled();
                ImGui::SameLine();
                if (ImGui::Button(w("Close"))) open = false;
            }
        }
    }
    ImGui::End();
    if (!open) out.push_back(cmd::ToggleExportDialog{});
}

} // namespace cs
