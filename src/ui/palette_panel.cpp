// Palette drawing: one ImGui window pinned to the layout's palette rect.
#include "ui/palette_panel.h"

#include "core/ui_text.h"
#include "ui/stage_input.h"
#include "ui/stage_labels.h"

#include <imgui.h>

#include <algorithm>
#include <string>

namespace cs {

Rgb8 textColourOn(Rgb8 background) {
    constexpr Rgb8 black{0, 0, 0}, white{255, 255, 255};
    return contrastRatio(background, black) >= contrastRatio(background, white) ? black : white;
}

namespace {

ImVec4 toVec4(Rgb8 c, float a = 1.0f) {
    return ImVec4(c.r / 255.0f, c.g / 255.0f, c.b / 255.0f, a);
}

bool onStage(const AppState& s, const std::string& id) {
    return std::any_of(s.coins.begin(), s.coins.end(), [&](const PlacedCoin& c) { return c.structureId == id; });
}

void structures(const UiContext& ui, CommandList& out) {
    const AppState& s = ui.state;
    const std::string_view lang = languageOf(s);
    if (!s.structures) return;
    ImGui::TextUnformatted(uiWord("Structures", lang));
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    ImGui::TextWrapped("%s", uiWord("Click, Enter or drag onto the stage", lang));
    ImGui::PopStyleColor();
    const float width = ImGui::GetContentRegionAvail().x;
    const bool full =
        int(s.coins.size()) >= kMaxCoins &&
        std::none_of(s.coins.begin(), s.coins.end(), [](const PlacedCoin& c) { return c.structureId.empty(); });
    for (const auto& st : s.structures->structures()) {
        const Rgb8 colour = s.structures->colorOf(st.id);
        const bool placed = onStage(s, st.id);
        const std::string name = s.tr(st.name);
        ImGui::PushID(st.id.c_str());
        // Full colour either way (readable in both themes); "(on stage)" says which are placed.
        ImGui::PushStyleColor(ImGuiCol_Button, toVec4(colour));
        ImGui::PushStyleColor(ImGuiCol_ButtonHovered, toVec4(colour, 0.85f));
        ImGui::PushStyleColor(ImGuiCol_ButtonActive, toVec4(colour, 0.7f));
        ImGui::PushStyleColor(ImGuiCol_Text, toVec4(textColourOn(colour)));
        // "###structure": the same widget id whatever the label says, so keyboard focus stays on it.
        const std::string label = (placed ? name + "  " + uiWord("(on stage)", lang) : name) + "###structure";
        if (ImGui::Button(label.c_str(), ImVec2(width, 0.0f))) {
            if (placed) {
                for (int i = 0; i < int(s.coins.size()); ++i) {
                    if (s.coins[std::size_t(i)].structureId == st.id) out.push_back(cmd::FocusCoin{i});
                }
            } else if (!full) {
                out.push_back(cmd::PlaceCoin{st.id});
            }
        }
        ImGui::PopStyleColor(4);
        // Keyboard navigation into the palette lands on the first structure.
        if (&st == &s.structures->structures().front()) ImGui::SetItemDefaultFocus();
        if (!placed && !full && ImGui::BeginDragDropSource()) {
            ImGui::SetDragDropPayload(kStructurePayload, st.id.data(), st.id.size());
            ImGui::TextUnformatted(name.c_str());
            ImGui::EndDragDropSource();
        }
        if (ImGui::IsItemHovered()) {
            ImGui::SetTooltip("%s\n%s", labelled(uiText(UiText::TopFace, lang), s.tr(st.top), lang).c_str(),
                              labelled(uiText(UiText::BottomFace, lang), s.tr(st.bottom), lang).c_str());
        }
        ImGui::PopID();
    }
    if (full) ImGui::TextWrapped("%s", uiWord("Six coins are on stage: remove one to place another.", lang));
}

void coinsOnStage(const UiContext& ui, CommandList& out) {
    const AppState& s = ui.state;
    const std::string_view lang = languageOf(s);
    if (s.coins.empty() || (s.coins.size() == 1 && s.coins[0].structureId.empty())) return;
    ImGui::Spacing();
    ImGui::Separator();
    ImGui::TextUnformatted(uiWord("On stage", lang));
    for (int i = 0; i < int(s.coins.size()); ++i) {
        const PlacedCoin& c = s.coins[std::size_t(i)];
        const Structure* st = s.structureOf(c);
        if (!st) continue;
        ImGui::PushID(i);
        const std::string name = s.tr(st->name);
        if (ImGui::Selectable(name.c_str(), i == s.focus, 0, ImVec2(ImGui::GetContentRegionAvail().x * 0.5f, 0.0f))) {
            out.push_back(cmd::FocusCoin{i});
        }
        ImGui::SameLine();
        ImGui::BeginDisabled(i == 0);
        if (ImGui::SmallButton("<")) out.push_back(cmd::MoveCoin{i, i - 1});
        ImGui::EndDisabled();
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", uiWord("Move left", lang));
        ImGui::SameLine();
        ImGui::BeginDisabled(i + 1 == int(s.coins.size()));
        if (ImGui::SmallButton(">")) out.push_back(cmd::MoveCoin{i, i + 1});
        ImGui::EndDisabled();
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", uiWord("Move right", lang));
        ImGui::SameLine();
        if (ImGui::SmallButton(uiWord("Remove", lang))) out.push_back(cmd::RemoveCoin{i});
        ImGui::PopID();
    }
}

void people(const UiContext& ui, CommandList& out) {
    const AppState& s = ui.state;
    const std::string_view lang = languageOf(s);
    if (!s.scenario || s.scenario->scenario.personas.empty()) return;
    ImGui::Spacing();
    ImGui::Separator();
    ImGui::TextUnformatted(uiWord("People (fictional)", lang));
    for (const auto& p : s.scenario->scenario.personas) {
        bool shown = std::find(s.personas.begin(), s.personas.end(), p.id) != s.personas.end();
        const std::string name = s.tr(p.name) + "##" + p.id;
        if (ImGui::Checkbox(name.c_str(), &shown)) {
            if (shown)
                out.push_back(cmd::PlacePersona{p.id});
            else
                out.push_back(cmd::RemovePersona{p.id});
        }
    }
}

void focusActions(const UiContext& ui, CommandList& out) {
    const AppState& s = ui.state;
    const std::string_view lang = languageOf(s);
    if (s.coins.empty()) return;
    ImGui::Spacing();
    ImGui::Separator();
    ImGui::TextUnformatted(uiWord("Coin in focus", lang));
    const float w = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
    if (ImGui::Button(uiWord("Flip", lang), ImVec2(w, 0))) out.push_back(cmd::PlayAction{Action::Flip});
    ImGui::SameLine();
    if (ImGui::Button(uiWord("Levels", lang), ImVec2(w, 0))) out.push_back(cmd::PlayAction{Action::Levels});
    if (ImGui::Button(uiWord("Lift to top", lang), ImVec2(w, 0))) out.push_back(cmd::PlayAction{Action::LiftToTop});
    ImGui::SameLine();
    if (ImGui::Button(uiWord("Dismantle", lang), ImVec2(w, 0))) out.push_back(cmd::PlayAction{Action::Dismantle});
    ImGui::TextUnformatted(uiWord("Show", lang));
    for (Show show : kAllShows) {
        if (show == Show::Bottom || show == Show::Edge) ImGui::SameLine(); // two to a row
        const std::string name =
            std::string(uiWord(std::string(toString(show)).c_str(), lang)) + "##" + std::string(toString(show));
        if (ImGui::RadioButton(name.c_str(), s.view.show == show)) out.push_back(cmd::SetShow{show});
    }
}

} // namespace

void PalettePanel::drawContent(const UiContext& ui, CommandList& out) {
    if (beginPinnedWindow("###Palette", ui.layout.palette)) {
        structures(ui, out);
        coinsOnStage(ui, out);
        people(ui, out);
        focusActions(ui, out);
    }
    ImGui::End();
}

} // namespace cs
