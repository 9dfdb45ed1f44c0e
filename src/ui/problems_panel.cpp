// Problems panel drawing.
#include "ui/problems_panel.h"

#include "core/ui_text.h"
#include "ui/stage_labels.h"

#include <imgui.h>

namespace cs {

void ProblemsPanel::drawContent(const UiContext& ui, CommandList& out) {
    const AppState& s = ui.state;
    if (!s.problemsVisible || ui.layout.problems.height <= 0.0f) return;
    const PixelRect& r = ui.layout.problems;
    const std::string_view lang = languageOf(s);
    ImGui::SetNextWindowPos(ImVec2(r.x, r.y));
    ImGui::SetNextWindowSize(ImVec2(r.width, r.height));
    bool open = true;
    const int errors = countErrors(s.problems), warnings = countWarnings(s.problems);
    char title[128];
    std::snprintf(title, sizeof title, "%s: %d error%s, %d warning%s###problems",
                  std::string(uiText(UiText::Problems, lang)).c_str(), errors, errors == 1 ? "" : "s", warnings,
                  warnings == 1 ? "" : "s");
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoCollapse |
                                   ImGuiWindowFlags_NoSavedSettings;
    if (ImGui::Begin(title, &open, flags)) {
        if (s.problemsStale) {
            ImGui::TextWrapped("%s", std::string(uiText(UiText::ProblemsStale, lang)).c_str());
        }
        if (s.problems.empty()) {
            ImGui::TextUnformatted(std::string(uiText(UiText::ProblemsNone, lang)).c_str());
        } else {
            ImGui::TextDisabled("%s", std::string(uiText(UiText::CopyHint, lang)).c_str());
        }
        for (std::size_t i = 0; i < s.problems.size(); ++i) {
            const Diagnostic& d = s.problems[i];
            const std::string line = formatDiagnostic(d);
            ImGui::PushID(int(i));
            // Severity is in the words ("error:", "warning:") as well as in the colour.
            const ImVec4 colour =
                d.severity == Severity::Error ? ImVec4(1.0f, 0.62f, 0.45f, 1.0f) : ImVec4(0.95f, 0.85f, 0.45f, 1.0f);
            ImGui::PushStyleColor(ImGuiCol_Text, colour);
            if (ImGui::Selectable(line.c_str())) out.push_back(cmd::CopyText{line});
            ImGui::PopStyleColor();
            ImGui::PopID();
        }
    }
    ImGui::End();
    if (!open) out.push_back(cmd::ToggleProblems{});
}

} // namespace cs
