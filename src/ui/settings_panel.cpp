// Settings window drawing.
#include "ui/settings_panel.h"

#include "core/build_platform.h"

#include "core/ui_text.h"
#include "ui/stage_labels.h"

#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <string>

namespace cs {

void SettingsPanel::drawContent(const UiContext& ui, CommandList& out) {
    const AppState& s = ui.state;
    if (!s.settingsVisible) {
        confirmingDelete_ = false;
        return;
    }
    const std::string_view lang = languageOf(s);
    auto w = [&](const char* english) { return uiWord(english, lang); };
    bool open = true;
    if (beginDialog(w("Settings"), "settings", ui.framebuffer, &open)) {
        ImGui::TextUnformatted(w("Projector theme"));
        if (ImGui::RadioButton(w("Dark"), !s.prefs.lightTheme)) out.push_back(cmd::SetTheme{false});
        ImGui::SameLine();
        if (ImGui::RadioButton(w("Light"), s.prefs.lightTheme)) out.push_back(cmd::SetTheme{true});

        char size[32];
        std::snprintf(size, sizeof size, "%d %%", int(s.prefs.textScale * 100.0f + 0.5f));
        ImGui::TextUnformatted(w("Text size"));
        ImGui::SameLine();
        if (ImGui::SmallButton("-")) out.push_back(cmd::ChangeTextScale{-1});
        ImGui::SameLine();
        ImGui::TextUnformatted(size);
        ImGui::SameLine();
        if (ImGui::SmallButton("+")) out.push_back(cmd::ChangeTextScale{+1});

        bool reduced = s.prefs.reducedMotion;
        if (ImGui::Checkbox(w("Reduced motion (animations jump to their end)"), &reduced))
            out.push_back(cmd::SetReducedMotion{reduced});

        ImGui::TextUnformatted(w("Language"));
        ImGui::SameLine();
        if (ImGui::RadioButton("English", lang.substr(0, 2) != "fr")) out.push_back(cmd::SetLanguage{"en"});
        ImGui::SameLine();
        if (ImGui::RadioButton("Français", isFrench(lang))) out.push_back(cmd::SetLanguage{"fr"});

        ImGui::Separator();
        bool resume = s.prefs.askToResume;
        if (ImGui::Checkbox(w("Offer to continue where I left off"), &resume))
            out.push_back(cmd::SetAskToResume{resume});
        ImGui::BeginDisabled(s.noSaveFlag);
        bool nothing = s.prefs.saveNothing || s.noSaveFlag;
        // The page keeps the learner's data in the browser, not in a folder of the computer.
        if (ImGui::Checkbox(kWebPage ? w("Save nothing in this browser (shared computers)")
                                     : w("Save nothing on this computer (shared computers)"),
                            &nothing))
            out.push_back(cmd::SetSaveNothing{nothing});
        ImGui::EndDisabled();
        if (s.noSaveFlag) ImGui::TextDisabled("%s", w("Started with --no-save: nothing is written this session."));
        ImGui::TextDisabled(
            "%s", kWebPage
                      ? w("Reflections stay in this browser on this device; they are never uploaded or shown on "
                          "the projector.")
                      : w("Reflections stay on this computer; they are never uploaded or shown on the projector."));

        ImGui::Separator();
        const bool goneReflections = std::any_of(s.orphanedLearnerData.begin(), s.orphanedLearnerData.end(),
                                                 [](const OrphanedLearnerEntry& e) { return !e.isAnswer; });
        ImGui::BeginDisabled(!s.scenario || (s.reflections.empty() && !goneReflections));
        if (ImGui::Button(w("Export my reflections"))) out.push_back(cmd::ExportReflections{});
        ImGui::EndDisabled();
        drawGoneSteps(s, lang);
        if (!confirmingDelete_) {
            if (ImGui::Button(w("Delete all my data..."))) confirmingDelete_ = true;
        } else {
            ImGui::TextWrapped(
                "%s",
                kWebPage
                    ? w("Delete settings, answers, reflections and resume data from this browser?")
                    : w("Delete settings, recent files, answers, reflections and resume data from this computer?"));
            if (ImGui::Button(w("Delete"))) {
                out.push_back(cmd::DeleteAllMyData{});
                confirmingDelete_ = false;
            }
            ImGui::SameLine();
            if (ImGui::Button(w("Cancel"))) confirmingDelete_ = false;
        }
    }
    ImGui::End();
    if (!open) out.push_back(cmd::ToggleSettings{});
}

void SettingsPanel::drawGoneSteps(const AppState& s, std::string_view lang) {
    if (s.orphanedLearnerData.empty()) return;
    auto w = [&](const char* english) { return uiWord(english, lang); };
    // Read-only: these are the learner's own words, kept; there is nothing to do with them here but read
    // (export takes the reflections along, deleting goes with the scenario's data).
    const std::string heading = std::string(w("From a step that no longer exists")) + " (" +
                                std::to_string(s.orphanedLearnerData.size()) + ")###gone-steps";
    if (!ImGui::TreeNode(heading.c_str())) return;
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + ImGui::GetFontSize() * 30.0f);
    ImGui::TextDisabled("%s", w("Kept on this computer and exported with your reflections; the scenario no longer has "
                                "these steps, or asks them differently."));
    for (std::size_t i = 0; i < s.orphanedLearnerData.size(); ++i) {
        const OrphanedLearnerEntry& e = s.orphanedLearnerData[i];
        ImGui::PushID(int(i));
        ImGui::Separator();
        std::string step = e.stepTitle;
        if (step.empty() && e.stepNumber > 0) {
            step = std::string(uiText(UiText::Step, lang)) + " " + std::to_string(e.stepNumber);
        }
        if (!step.empty()) ImGui::TextUnformatted(step.c_str());
        if (!e.prompt.empty()) ImGui::TextDisabled("%s", e.prompt.c_str());
        if (e.isAnswer) {
            ImGui::TextWrapped("%s", labelled(w("Your answer"), e.text, lang).c_str());
        } else {
            ImGui::TextWrapped("%s", e.text.c_str());
        }
        ImGui::PopID();
    }
    ImGui::PopTextWrapPos();
    ImGui::TreePop();
}

} // namespace cs
