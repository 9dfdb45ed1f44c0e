// The scenario editor's questions, asked as modal pop-ups on the laptop side only: save before
// leaving, saving drops the file's comments, the Save as… / New… folder, restoring an autosave.
#include "ui/editor_panel.h"

#include "core/ui_text.h"
#include "ui/stage_labels.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cfloat>
#include <filesystem>

namespace cs {

namespace {

// One question at a time, as a modal pop-up that follows the state: opened while the state asks,
// closed as soon as it no longer does (answered here, by a key, or by the app).
bool beginQuestion(const char* id, bool asked, const UiContext& ui) {
    const bool open = ImGui::IsPopupOpen(id);
    if (!asked && !open) return false;
    if (asked && !open) ImGui::OpenPopup(id);
    ImGui::SetNextWindowPos(ImVec2(ui.framebuffer.x * 0.5f, ui.framebuffer.y * 0.5f), ImGuiCond_Always,
                            ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSizeConstraints(ImVec2(0, 0), ImVec2(ui.framebuffer.x * 0.8f, ui.framebuffer.y * 0.8f));
    if (!ImGui::BeginPopupModal(id, nullptr,
                                ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings |
                                    ImGuiWindowFlags_NoMove)) {
        return false;
    }
    if (!asked) {
        ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
        return false;
    }
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 32.0f);
    return true;
}

void endQuestion() {
    ImGui::PopTextWrapPos();
    ImGui::EndPopup();
}

// Esc answers "not now" (the pop-up has the keyboard while it is open).
bool escapePressed() {
    return ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false);
}

// "Save the changes to %s?" with the scenario's title put in place of %s (the title is never read
// as a format).
std::string withTitle(std::string_view phrase, const std::string& title) {
    std::string out(phrase);
    if (const std::size_t at = out.find("%s"); at != std::string::npos) out.replace(at, 2, title);
    return out;
}

// A title in each language's quotation marks: “…” in English, « … » in French.
std::string quoted(const std::string& title, std::string_view lang) {
    if (isFrench(lang)) return "\xC2\xAB\xC2\xA0" + title + "\xC2\xA0\xC2\xBB";
    return "\xE2\x80\x9C" + title + "\xE2\x80\x9D";
}

// The edited scenario by its title (in the language read), else its file's name.
std::string editedTitle(const AppState& s, std::string_view lang) {
    const std::string& title = s.editor.scenario.title.get(editorContentLanguage(s), s.editor.scenario.firstLanguage());
    if (!title.empty()) return quoted(title, lang);
    if (!s.editor.file.empty()) return std::filesystem::path(s.editor.file).filename().string();
    return uiWord("this scenario", lang);
}

} // namespace

void EditorQuestions::drawContent(const UiContext& ui, CommandList& out) {
    const AppState& s = ui.state;
    const EditorState& e = s.editor;
    const std::string_view lang = languageOf(s);
    auto w = [&](const char* english) { return uiWord(english, lang); };
    // Nothing is asked in front of a room; the questions wait for the end of the show.
    const bool quiet = s.presentation.active;
    const bool leave = !quiet && e.leavePending != LeaveKind::None;
    const bool comments = !quiet && !leave && e.commentsQuestionPending;
    const bool saveAs = !quiet && !leave && !comments && e.saveAsVisible;
    const bool restore = !quiet && !leave && !comments && !saveAs && s.restoreOffer.has_value();

    const std::string leaveId = std::string(w("Unsaved changes")) + "###editorLeave";
    if (beginQuestion(leaveId.c_str(), leave, ui)) {
        ImGui::TextUnformatted(withTitle(w("Save the changes to %s?"), editedTitle(s, lang)).c_str());
        ImGui::TextDisabled("%s", w("If you do not save them, they are lost."));
        ImGui::Spacing();
        if (ImGui::Button(w("Save"))) out.push_back(cmd::AnswerLeave{LeaveAnswer::Save});
        ImGui::SetItemDefaultFocus();
        ImGui::SameLine();
        if (ImGui::Button(w("Don't save"))) out.push_back(cmd::AnswerLeave{LeaveAnswer::Discard});
        ImGui::SameLine();
        if (ImGui::Button(w("Cancel")) || escapePressed()) out.push_back(cmd::AnswerLeave{LeaveAnswer::Cancel});
        endQuestion();
    }

    const std::string commentsId = std::string(w("Comments in the file")) + "###editorComments";
    if (beginQuestion(commentsId.c_str(), comments, ui)) {
        ImGui::TextUnformatted(
            w("This file has comments. Saving writes the canonical form and the comments will not be kept."));
        ImGui::Spacing();
        if (ImGui::Button(w("Save anyway"))) out.push_back(cmd::AnswerComments{true});
        ImGui::SameLine();
        if (ImGui::Button(w("Not now")) || escapePressed()) out.push_back(cmd::AnswerComments{false});
        ImGui::SetItemDefaultFocus();
        endQuestion();
    }

    const std::string saveAsId =
        std::string(e.saveAsForNew ? w("New scenario from the template") : w("Save as")) + "###editorSaveAs";
    if (beginQuestion(saveAsId.c_str(), saveAs, ui)) {
        ImGui::TextUnformatted(
            e.saveAsForNew ? w("Folder for the new scenario (created if missing):")
                           : w("Folder to save the scenario in (created if missing; its pictures are copied along):"));
        std::string folder = e.saveAsFolder;
        ImGui::SetNextItemWidth(std::max(ImGui::GetFontSize() * 30.0f, 200.0f));
        if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
        const bool enter = ImGui::InputText("##folder", &folder, ImGuiInputTextFlags_EnterReturnsTrue);
        if (folder != e.saveAsFolder) out.push_back(cmd::SetSaveAsFolder{folder});
        if (e.saveAsForNew) ImGui::TextDisabled("%s", w("Empty: choose the folder when you first save."));
        ImGui::Spacing();
        const bool canSubmit = e.saveAsForNew || !folder.empty();
        ImGui::BeginDisabled(!canSubmit);
        const bool submit = ImGui::Button(e.saveAsForNew ? w("Create") : w("Save here")) || (enter && canSubmit);
        ImGui::EndDisabled();
        if (submit) {
            if (e.saveAsForNew)
                out.push_back(cmd::NewFromTemplate{folder});
            else
                out.push_back(cmd::SaveScenarioAs{folder});
        }
        ImGui::SameLine();
        if (ImGui::Button(w("Cancel")) || escapePressed()) out.push_back(cmd::HideSaveAs{});
        endQuestion();
    }

    const std::string restoreId = std::string(w("Restore unsaved changes")) + "###editorRestore";
    if (beginQuestion(restoreId.c_str(), restore, ui)) {
        const RestoreOffer& offer = *s.restoreOffer;
        std::string title =
            offer.title.empty() ? std::filesystem::path(offer.originalFile).filename().string() : offer.title;
        if (title.empty())
            title = w("a new scenario");
        else if (!offer.title.empty())
            title = quoted(title, lang);
        ImGui::TextUnformatted(
            withTitle(w("Coin Model Studio closed with unsaved changes to %s. Restore them?"), title).c_str());
        ImGui::Spacing();
        if (ImGui::Button(w("Restore"))) out.push_back(cmd::AnswerRestore{true});
        ImGui::SetItemDefaultFocus();
        ImGui::SameLine();
        if (ImGui::Button(w("Discard"))) out.push_back(cmd::AnswerRestore{false});
        // Esc: not now (the offer stays for next time; Discard deletes the autosave).
        if (escapePressed()) out.push_back(cmd::DismissRestore{});
        endQuestion();
    }
}

} // namespace cs
