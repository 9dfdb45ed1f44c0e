// Step panel drawing.
#include "ui/step_panel.h"

#include "core/ui_text.h"
#include "ui/caption_panel.h"
#include "ui/stage_labels.h"

#include <imgui.h>

#include <cstdio>

namespace cs {
namespace {

void stepDots(const AppState& s, CommandList& out) {
    const int n = s.scenario->stepCount();
    for (int i = 0; i < n; ++i) {
        ImGui::PushID(i);
        if (i > 0) ImGui::SameLine(0.0f, 4.0f);
        const bool current = i == s.step;
        char label[16];
        std::snprintf(label, sizeof label, "%d", i + 1);
        if (current) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
        if (ImGui::SmallButton(label) && !current) out.push_back(cmd::GoToStep{i + 1});
        if (current) ImGui::PopStyleColor();
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", s.tr(s.scenario->scenario.steps[std::size_t(i)].title).c_str());
        // Wrap the row of numbers to the panel's width.
        const float next = ImGui::GetItemRectMax().x + 4.0f + ImGui::CalcTextSize("00").x + 2 * ImGui::GetStyle().FramePadding.x;
        if (next > ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x) ImGui::NewLine();
        ImGui::PopID();
    }
}

} // namespace

void StepPanel::drawContent(const UiContext& ui, CommandList& out) {
    if (beginPinnedWindow("Step", ui.layout.side)) {
        const AppState& s = ui.state;
        const CaptionWords words = captionFor(s);
        if (s.scenario) {
            ImGui::TextDisabled("%s", s.tr(s.scenario->scenario.title).c_str());
        }
        if (words.stepCount > 0) {
            ImGui::TextDisabled("%s", stepOf(words.stepNumber, words.stepCount, languageOf(s)).c_str());
        }
        ImGui::Spacing();
        ImGui::PushFont(ui.fonts.bodyBold);
        ImGui::TextWrapped("%s", words.title.c_str());
        ImGui::PopFont();
        ImGui::Spacing();
        ImGui::TextWrapped("%s", words.text.c_str());
        // No room for the items beside the coins (a narrow window): list them here.
        if (ui.layout.items.width <= 0.0f && !s.coins.empty() && s.focus < int(s.coins.size())) {
            if (const Structure* st = s.structureOf(s.coins[std::size_t(s.focus)])) {
                const std::string_view lang = languageOf(s);
                ImGui::Spacing();
                ImGui::TextUnformatted(std::string(uiText(UiText::UnearnedAdvantages, lang)).c_str());
                for (const auto& item : st->advantages) ImGui::BulletText("%s", s.tr(item).c_str());
                ImGui::TextUnformatted(std::string(uiText(UiText::UnearnedDisadvantages, lang)).c_str());
                for (const auto& item : st->disadvantages) ImGui::BulletText("%s", s.tr(item).c_str());
            }
        }
        if (words.stepCount > 0) {
            ImGui::Spacing();
            ImGui::Separator();
            const float w = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
            ImGui::BeginDisabled(words.stepNumber <= 1);
            if (ImGui::Button("< Back", ImVec2(w, 0))) out.push_back(cmd::PreviousStep{});
            ImGui::EndDisabled();
            ImGui::SameLine();
            ImGui::BeginDisabled(words.stepNumber >= words.stepCount);
            if (ImGui::Button("Next >", ImVec2(w, 0))) out.push_back(cmd::NextStep{});
            ImGui::EndDisabled();
            stepDots(s, out);
        } else if (!s.scenario) {
            // The start screen: the scenarios that come with the app, then any file.
            ImGui::Spacing();
            ImGui::Separator();
            ImGui::TextUnformatted("Scenarios");
            const bool french = languageOf(s).substr(0, 2) == "fr";
            for (const auto& b : s.builtInScenarios) {
                const std::string& title = french && !b.titleFr.empty() ? b.titleFr : b.titleEn;
                if (ImGui::Button((title + "##" + b.path).c_str(), ImVec2(-1.0f, 0.0f))) out.push_back(cmd::OpenFile{b.path});
            }
            ImGui::Spacing();
            if (ImGui::Button("Open a scenario file...")) out.push_back(cmd::OpenFileBrowser{});
        }
    }
    ImGui::End();
}

} // namespace cs
