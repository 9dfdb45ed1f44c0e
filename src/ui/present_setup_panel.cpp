// The facilitator's start screen.
#include "ui/present_setup_panel.h"

#include "core/scenario/resolve.h"
#include "core/ui_text.h"
#include "ui/stage_labels.h"

#include <imgui.h>

#include <filesystem>
#include <string>

namespace cs {

std::string displayLabel(const std::vector<DisplayInfo>& displays, int index, std::string_view lang) {
    if (index < 0 || index >= int(displays.size())) return {};
    const DisplayInfo& d = displays[std::size_t(index)];
    std::string out = std::string(uiWord("Display", lang)) + " " + std::to_string(index + 1);
    if (!d.name.empty()) out += ": " + d.name;
    out += " (" + std::to_string(d.width) + "\xC3\x97" + std::to_string(d.height) + ")";
    if (d.primary) out += std::string(" - ") + uiWord("primary", lang);
    return out;
}

namespace {

const char* languageName(const std::string& code) {
    if (isFrench(code)) return "Français";
    if (code.substr(0, 2) == "en") return "English";
    return code.c_str();
}

} // namespace

void PresentSetupPanel::drawContent(const UiContext& ui, CommandList& out) {
    const AppState& s = ui.state;
    if (!s.presentSetup.visible || s.presentation.active) return;
    const std::string_view lang = languageOf(s);
    auto w = [&](const char* english) { return uiWord(english, lang); };
    ImGui::SetNextWindowSizeConstraints(ImVec2(0, 0), ImVec2(ui.framebuffer.x * 0.9f, ui.framebuffer.y * 0.9f));
    bool open = true;
    if (beginDialog(w("Present to a room"), "presentSetup", ui.framebuffer, &open)) {
        // Scenario: the open one, or one of the built-ins. Nothing changes on stage until Start.
        const PresentSetup& setup = s.presentSetup;
        const bool french = isFrench(languageOf(s));
        const BuiltInScenario* pickedBuiltIn = nullptr;
        for (const auto& b : s.builtInScenarios) {
            if (!setup.scenarioFile.empty() && b.path == setup.scenarioFile) pickedBuiltIn = &b;
        }
        std::string current = s.scenario ? s.tr(s.scenario->scenario.title) : std::string(w("(none)"));
        if (pickedBuiltIn)
            current = french && !pickedBuiltIn->titleFr.empty() ? pickedBuiltIn->titleFr : pickedBuiltIn->titleEn;
        else if (!setup.scenarioFile.empty())
            current = std::filesystem::path(setup.scenarioFile).filename().string();
        ImGui::TextUnformatted(w("Scenario"));
        ImGui::SetNextItemWidth(28.0f * ImGui::GetFontSize());
        if (ImGui::BeginCombo("##scenario", current.c_str())) {
            if (s.scenario) {
                const std::string openOne =
                    std::string(w("The open scenario:")) + " " + s.tr(s.scenario->scenario.title);
                if (ImGui::Selectable((openOne + "##open").c_str(), setup.scenarioFile.empty())) {
                    out.push_back(cmd::ChoosePresentScenario{});
                }
            }
            for (const auto& b : s.builtInScenarios) {
                const std::string title = french && !b.titleFr.empty() ? b.titleFr : b.titleEn;
                if (ImGui::Selectable((title + "##" + b.path).c_str(), &b == pickedBuiltIn)) {
                    out.push_back(cmd::ChoosePresentScenario{b.path});
                }
            }
            ImGui::Separator();
            if (ImGui::Selectable(w("Open a scenario file..."))) out.push_back(cmd::OpenFileBrowser{true});
            ImGui::EndCombo();
        }

        // Language: the chosen scenario's; a warning lists the steps that would show another language.
        std::vector<std::string> languages;
        std::string language;
        std::vector<int> gaps;
        if (setup.scenarioFile.empty() && s.scenario) {
            languages = s.scenario->scenario.languages;
            language = setup.language.empty() ? s.scenario->language : setup.language;
            gaps = stepsMissingLanguage(s.scenario->scenario, language);
        } else if (pickedBuiltIn) {
            languages = pickedBuiltIn->languages;
            language = setup.language.empty() && !languages.empty() ? languages.front() : setup.language;
            if (setup.language.empty()) {
                for (const auto& l : languages) {
                    if (l.substr(0, 2) == languageOf(s).substr(0, 2)) language = l; // as opening it would
                }
            }
            if (const auto it = pickedBuiltIn->stepsMissingLanguage.find(language);
                it != pickedBuiltIn->stepsMissingLanguage.end()) {
                gaps = it->second;
            }
        }
        if (!languages.empty()) {
            ImGui::TextUnformatted(w("Language"));
            for (const auto& code : languages) {
                ImGui::SameLine();
                if (ImGui::RadioButton(languageName(code), code == language))
                    out.push_back(cmd::ChoosePresentLanguage{code});
            }
            if (!gaps.empty()) {
                std::string list;
                for (std::size_t i = 0; i < gaps.size() && i < 12; ++i)
                    list += (i ? ", " : "") + std::to_string(gaps[i]);
                if (gaps.size() > 12) list += ", …";
                ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + 28.0f * ImGui::GetFontSize());
                ImGui::TextColored(
                    ImVec4(0.98f, 0.75f, 0.35f, 1.0f), "%s",
                    labelled(w("Warning: some text of these steps is not written in this language and will "
                               "show in another one"),
                             list, lang)
                        .c_str());
                ImGui::PopTextWrapPos();
            }
        }

        // Display for the room.
        ImGui::TextUnformatted(w("Display for the room"));
        ImGui::SetNextItemWidth(28.0f * ImGui::GetFontSize());
        const std::string chosen = s.presentSetup.display == 0
                                       ? std::string(w("Automatic (not the primary display)"))
                                       : displayLabel(s.displays, s.presentSetup.display - 1, lang);
        if (ImGui::BeginCombo("##display", chosen.c_str())) {
            if (ImGui::Selectable(w("Automatic (not the primary display)"), s.presentSetup.display == 0)) {
                out.push_back(cmd::ChoosePresentDisplay{0});
            }
            for (int i = 0; i < int(s.displays.size()); ++i) {
                if (ImGui::Selectable(displayLabel(s.displays, i, lang).c_str(), s.presentSetup.display == i + 1)) {
                    out.push_back(cmd::ChoosePresentDisplay{i + 1});
                }
            }
            ImGui::EndCombo();
        }
        if (s.displays.size() <= 1) {
            ImGui::TextDisabled("%s", w("One display: the notes are an overlay (N) you can show on it."));
        } else {
            ImGui::TextDisabled("%s", w("The notes open in their own window on another display."));
        }

        ImGui::TextUnformatted(w("Projector theme"));
        const bool light = setup.lightTheme.value_or(s.prefs.lightTheme);
        ImGui::SameLine();
        if (ImGui::RadioButton(w("Dark"), !light)) out.push_back(cmd::ChoosePresentTheme{false});
        ImGui::SameLine();
        if (ImGui::RadioButton(w("Light"), light)) out.push_back(cmd::ChoosePresentTheme{true});

        // The live room: phones in the room answer the questions, anonymously, over this computer's network.
        bool room = setup.room;
        if (ImGui::Checkbox(w("Room answers (phones)"), &room)) out.push_back(cmd::ChoosePresentRoom{room});
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + 28.0f * ImGui::GetFontSize());
        ImGui::TextDisabled("%s", w("Participants answer each question from their phones on this network; only the "
                                    "counts are shown, from 5 answers up, and nothing is kept after the show."));
        ImGui::PopTextWrapPos();

        ImGui::Separator();
        ImGui::BeginDisabled(!s.scenario && setup.scenarioFile.empty());
        if (ImGui::Button(w("Start the presentation"))) out.push_back(cmd::Present{s.presentSetup.display});
        ImGui::EndDisabled();
        ImGui::SameLine();
        if (ImGui::Button(w("Cancel"))) open = false;
    }
    ImGui::End();
    if (!open) out.push_back(cmd::TogglePresentSetup{});
}

} // namespace cs
