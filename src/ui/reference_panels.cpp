// Sources and glossary windows.
#include "ui/reference_panels.h"

#include "core/glossary.h"
#include "core/ui_text.h"
#include "ui/stage_labels.h"

#include <imgui.h>

#include <string>

namespace cs {
namespace {

bool beginReference(const UiContext& ui, const char* title, const char* id, bool& open) {
    ImGui::SetNextWindowPos(ImVec2(ui.framebuffer.x * 0.5f, ui.framebuffer.y * 0.5f), ImGuiCond_Appearing,
                            ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(std::min(ui.framebuffer.x * 0.6f, 900.0f * ui.fonts.scale),
                                    std::min(ui.framebuffer.y * 0.7f, 700.0f * ui.fonts.scale)),
                             ImGuiCond_Appearing);
    return ImGui::Begin((std::string(title) + "###" + id).c_str(), &open,
                        ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings);
}

} // namespace

void SourcesPanel::drawContent(const UiContext& ui, CommandList& out) {
    const AppState& s = ui.state;
    if (!s.sourcesVisible) return;
    const std::string_view lang = languageOf(s);
    bool open = true;
    if (beginReference(ui, uiWord("Sources", lang), "sources", open)) {
        // The structures' own sources (the built-in library cites Nixon 2019) and the scenario's.
        std::vector<const Source*> sources;
        if (s.structures) {
            for (const auto& src : s.structures->sources())
                sources.push_back(&src);
        }
        if (s.scenario) {
            for (const auto& src : s.scenario->scenario.sources) {
                bool seen = false;
                for (const Source* known : sources)
                    seen = seen || known->id == src.id;
                if (!seen) sources.push_back(&src);
            }
        }
        for (const Source* src : sources) {
            ImGui::PushID(src->id.c_str());
            const std::string cite = s.tr(src->cite);
            ImGui::TextWrapped("%s", cite.c_str());
            if (!src->url.empty()) {
                ImGui::TextDisabled("%s", src->url.c_str());
            }
            if (ImGui::SmallButton(uiWord("Copy", lang)))
                out.push_back(cmd::CopyText{src->url.empty() ? cite : cite + " " + src->url});
            ImGui::Separator();
            ImGui::PopID();
        }
    }
    ImGui::End();
    if (!open) out.push_back(cmd::ToggleSources{});
}

void GlossaryPanel::drawContent(const UiContext& ui, CommandList& out) {
    const AppState& s = ui.state;
    if (!s.glossaryVisible) return;
    const std::string_view lang = languageOf(s);
    const bool french = isFrench(lang);
    bool open = true;
    if (beginReference(ui, uiWord("Glossary", lang), "glossary", open)) {
        for (const auto& e : glossary()) {
            ImGui::PushFont(ui.fonts.bodyBold);
            ImGui::TextWrapped("%s", std::string(french ? e.termFr : e.termEn).c_str());
            ImGui::PopFont();
            ImGui::TextWrapped("%s", std::string(french ? e.definitionFr : e.definitionEn).c_str());
            ImGui::Spacing();
        }
        ImGui::TextDisabled("Nixon SA. BMC Public Health. 2019;19:1637.");
    }
    ImGui::End();
    if (!open) out.push_back(cmd::ToggleGlossary{});
}

} // namespace cs
