// The scenario editor's windows: the form of the selected item under a header (file, unsaved
// changes, status, Save / Save as… / Undo / Redo / Close), and the live problems under the stage.
#include "ui/editor_panel.h"

#include "ui/stage_labels.h"

#include <imgui.h>

#include <filesystem>

namespace cs {

namespace {

// A button that says what it would undo or redo when hovered (disabled buttons too).
bool historyButton(const char* label, const std::vector<UndoEntry>& stack, std::string_view lang) {
    ImGui::BeginDisabled(stack.empty());
    const bool pressed = ImGui::Button(label);
    ImGui::EndDisabled();
    if (!stack.empty() && ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) {
        ImGui::SetTooltip("%s", labelled(label, stack.back().label, lang).c_str());
    }
    return pressed;
}

} // namespace

void EditorPanel::drawContent(const UiContext& ui, CommandList& out) {
    if (!ui.state.editor.open) {
        image_ = ImageChooser{};
        navItem_ = -1;
        return;
    }
    drawOutline(ui, out);
    drawFormWindow(ui, out);
    drawProblemList(ui, out);
}

void EditorPanel::drawFormWindow(const UiContext& ui, CommandList& out) {
    const AppState& s = ui.state;
    const EditorState& e = s.editor;
    const std::string_view lang = languageOf(s);
    auto w = [&](const char* english) { return uiWord(english, lang); };
    if (beginPinnedWindow("###editorForm", ui.layout.side)) {
        // Where Save writes, and whether there is anything to save.
        if (e.file.empty()) {
            ImGui::TextUnformatted(w("Not saved yet"));
        } else {
            ImGui::TextUnformatted(std::filesystem::path(e.file).filename().string().c_str());
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", e.file.c_str());
        }
        if (e.dirty()) {
            ImGui::SameLine();
            ImGui::PushStyleColor(ImGuiCol_Text, severityColour(Severity::Warning));
            ImGui::TextUnformatted(w("Unsaved changes"));
            ImGui::PopStyleColor();
        }
        if (ImGui::Button(w("Save"))) out.push_back(cmd::SaveScenario{});
        sameLineIfFits(w("Save as..."));
        if (ImGui::Button(w("Save as..."))) out.push_back(cmd::ShowSaveAs{false});
        sameLineIfFits(w("Undo"));
        if (historyButton(w("Undo"), e.undo, lang)) out.push_back(cmd::Undo{});
        sameLineIfFits(w("Redo"));
        if (historyButton(w("Redo"), e.redo, lang)) out.push_back(cmd::Redo{});
        sameLineIfFits(w("Close the editor"));
        if (ImGui::Button(w("Close the editor"))) out.push_back(cmd::CloseEditor{});
        if (!e.status.empty()) {
            if (e.statusIsError) ImGui::PushStyleColor(ImGuiCol_Text, severityColour(Severity::Error));
            ImGui::TextWrapped("%s", e.status.c_str());
            if (e.statusIsError) ImGui::PopStyleColor();
        }
        ImGui::Separator();
        // The form scrolls under the header, so Save and Undo stay in reach.
        if (ImGui::BeginChild("##form")) {
            const EditorForm form = makeEditorForm(ui, out, image_);
            drawEditorForm(form);
        }
        ImGui::EndChild();
    }
    ImGui::End();
}

void EditorPanel::drawProblemList(const UiContext& ui, CommandList& out) {
    const PixelRect& r = ui.layout.problems;
    if (r.height <= 0.0f || r.width <= 0.0f) return;
    const AppState& s = ui.state;
    const EditorState& e = s.editor;
    const std::string_view lang = languageOf(s);
    auto w = [&](const char* english) { return uiWord(english, lang); };
    if (beginPinnedWindow("###editorProblems", r)) {
        const int errors = countErrors(e.check.diagnostics), warnings = countWarnings(e.check.diagnostics);
        const std::string counts = countOf(errors, w("error"), w("errors"), lang) + ", " +
                                   countOf(warnings, w("warning"), w("warnings"), lang);
        ImGui::TextUnformatted(labelled(uiText(UiText::Problems, lang), counts, lang).c_str());
        // The check runs after each change; until it has, what is listed may be one change old.
        if (e.checkedRevision != e.revision) {
            ImGui::SameLine();
            ImGui::TextDisabled("%s", w("Checking..."));
        }
        ImGui::TextDisabled("%s", w("The same checks as --check. Click a problem to go to its item."));
        if (e.check.problems.empty()) ImGui::TextUnformatted(std::string(uiText(UiText::ProblemsNone, lang)).c_str());
        for (std::size_t i = 0; i < e.check.problems.size(); ++i) {
            const FieldProblem& p = e.check.problems[i];
            std::string line = editorItemName(s, p.part, p.item);
            if (!p.key.empty()) line += " \xC2\xB7 " + p.key;
            line += " \xE2\x80\x94 " + problemText(p.diagnostic, lang);
            ImGui::PushID(int(i));
            ImGui::PushStyleColor(ImGuiCol_Text, severityColour(p.diagnostic.severity));
            if (ImGui::Selectable(line.c_str())) out.push_back(cmd::SelectEditorItem{p.part, p.item});
            ImGui::PopStyleColor();
            ImGui::PopID();
        }
    }
    ImGui::End();
}

} // namespace cs
