// The scenario editor's outline: the scenario, its sources, structures, personas and numbered steps,
// with Add / Duplicate / Delete / Move for the selected item, drag and drop, and Alt+Up / Alt+Down.
#include "ui/editor_panel.h"

#include "ui/stage_labels.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cstring>
#include <optional>
#include <utility>

// Written against Dear ImGui 1.86's internals: with another version, check what this file uses from
// imgui_internal.h (names and meanings change between versions), then change the number.
static_assert(IMGUI_VERSION_NUM == 18600,
              "editor_outline.cpp: the outline reads whether keyboard navigation shows (NavDisableHighlight):"
              " re-check them for this Dear ImGui version");

namespace cs {

namespace {

// What a dragged outline item carries: which part and where it was.
constexpr const char* kOutlinePayload = "CS_OUTLINE_ITEM";
struct OutlinePayload {
    Part part;
    int index;
};

int navKey(Part part, int index) {
    return int(part) * (1 << 24) + index;
}

const char* addLabel(Part part, std::string_view lang) {
    switch (part) {
    case Part::Source: return uiWord("Add source", lang);
    case Part::Structure: return uiWord("Add structure", lang);
    case Part::Persona: return uiWord("Add persona", lang);
    case Part::Scenario:
    case Part::Step: break;
    }
    return uiWord("Add step", lang);
}

// The label an item has in the outline: steps numbered from 1 with their title.
std::string outlineLabel(const AppState& s, const std::string& contentLang, Part part, int index) {
    const Scenario& sc = s.editor.scenario;
    if (part != Part::Step) return editorItemName(s, part, index);
    const std::string& title = sc.steps[std::size_t(index)].title.get(contentLang, sc.firstLanguage());
    return std::to_string(index + 1) + ". " +
           (title.empty() ? std::string(uiWord("(no title)", languageOf(s))) : title);
}

} // namespace

void EditorPanel::drawOutline(const UiContext& ui, CommandList& out) {
    const AppState& s = ui.state;
    const EditorState& e = s.editor;
    const Scenario& sc = e.scenario;
    const std::string_view lang = languageOf(s);
    const std::string contentLang = editorContentLanguage(s);
    auto w = [&](const char* english) { return uiWord(english, lang); };
    const auto edit = [&](ScenarioEdit ed) { out.push_back(cmd::EditScenario{std::move(ed)}); };

    if (beginPinnedWindow("###editorOutline", ui.layout.palette)) {
        const Part sp = e.selectedPart;
        const int si = e.selectedItem;
        const int count = itemCount(sc, sp);
        const bool isItem = sp != Part::Scenario && si >= 0 && si < count;

        // What the buttons do to the selected item (Add: a new one of its kind right after it).
        const Part addPart = isItem ? sp : Part::Step;
        if (ImGui::Button(addLabel(addPart, lang))) edit(edit::AddItem{addPart, isItem ? si + 1 : -1});
        ImGui::BeginDisabled(!isItem);
        sameLineIfFits(w("Duplicate"));
        if (ImGui::Button(w("Duplicate"))) edit(edit::DuplicateItem{sp, si});
        sameLineIfFits(w("Delete"));
        if (ImGui::Button(w("Delete"))) edit(edit::DeleteItem{sp, si});
        ImGui::BeginDisabled(si <= 0);
        sameLineIfFits(w("Move up"));
        if (ImGui::Button(w("Move up"))) edit(edit::MoveItem{sp, si, si - 1});
        ImGui::EndDisabled();
        ImGui::BeginDisabled(si + 1 >= count);
        sameLineIfFits(w("Move down"));
        if (ImGui::Button(w("Move down"))) edit(edit::MoveItem{sp, si, si + 1});
        ImGui::EndDisabled();
        ImGui::EndDisabled();
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
        ImGui::TextWrapped("%s", w("Drag steps to reorder, or Alt+Up / Alt+Down."));
        ImGui::PopStyleColor();
        ImGui::Separator();

        const bool keyboard = !ImGui::GetCurrentContext()->NavDisableHighlight;
        int navNow = -1;
        std::optional<std::pair<Part, int>> select;

        const auto item = [&](Part part, int index, const std::string& label) {
            ImGui::PushID(int(part));
            ImGui::PushID(index);
            const bool selected = e.selectedPart == part && (part == Part::Scenario || e.selectedItem == index);
            // The item's problems, in words as well as colour ("2 errors").
            const int errors = countFor(e.check, part, index, Severity::Error);
            const int warnings = countFor(e.check, part, index, Severity::Warning);
            std::string mark;
            if (errors > 0)
                mark = countOf(errors, w("error"), w("errors"), lang);
            else if (warnings > 0)
                mark = countOf(warnings, w("warning"), w("warnings"), lang);
            const float markWidth =
                mark.empty() ? 0.0f : ImGui::CalcTextSize(mark.c_str()).x + ImGui::GetStyle().ItemSpacing.x;
            const float width = std::max(ImGui::GetContentRegionAvail().x - markWidth, 1.0f);
            if (ImGui::Selectable((label + "###item").c_str(), selected, ImGuiSelectableFlags_None,
                                  ImVec2(width, 0.0f)) &&
                !selected) {
                select = {part, index};
            }
            // Moving through the outline with the keyboard selects as it goes (the stage follows).
            if (ImGui::IsItemFocused()) {
                navNow = navKey(part, index);
                if (keyboard && navNow != navItem_ && !selected) select = {part, index};
            }
            if (part != Part::Scenario) {
                if (ImGui::BeginDragDropSource()) {
                    const OutlinePayload payload{part, index};
                    ImGui::SetDragDropPayload(kOutlinePayload, &payload, sizeof payload);
                    ImGui::TextUnformatted(label.c_str());
                    ImGui::EndDragDropSource();
                }
                if (ImGui::BeginDragDropTarget()) {
                    if (const ImGuiPayload* p = ImGui::AcceptDragDropPayload(kOutlinePayload)) {
                        OutlinePayload from{};
                        std::memcpy(&from, p->Data, sizeof from);
                        if (from.part == part && from.index != index) edit(edit::MoveItem{part, from.index, index});
                    }
                    ImGui::EndDragDropTarget();
                }
            }
            if ((errors > 0 || warnings > 0) && ImGui::IsItemHovered()) {
                ImGui::BeginTooltip();
                ImGui::PushTextWrapPos(ImGui::GetFontSize() * 30.0f);
                for (const FieldProblem& p : e.check.problems) {
                    if (p.part != part || (part != Part::Scenario && p.item != index)) continue;
                    ImGui::TextColored(severityColour(p.diagnostic.severity), "%s",
                                       problemText(p.diagnostic, lang).c_str());
                }
                ImGui::PopTextWrapPos();
                ImGui::EndTooltip();
            }
            if (!mark.empty()) {
                ImGui::SameLine();
                ImGui::TextColored(severityColour(errors > 0 ? Severity::Error : Severity::Warning), "%s",
                                   mark.c_str());
            }
            ImGui::PopID();
            ImGui::PopID();
        };

        const auto section = [&](Part part, const char* title) {
            ImGui::Spacing();
            ImGui::TextDisabled("%s", title);
            ImGui::SameLine();
            ImGui::PushID(int(part));
            if (ImGui::SmallButton(w("Add"))) edit(edit::AddItem{part, -1});
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", addLabel(part, lang));
            ImGui::PopID();
            const int n = itemCount(sc, part);
            for (int i = 0; i < n; ++i)
                item(part, i, outlineLabel(s, contentLang, part, i));
        };

        if (ImGui::BeginChild("##items")) {
            const std::string& title = sc.title.get(contentLang, sc.firstLanguage());
            item(Part::Scenario, 0, title.empty() ? std::string(w("Scenario")) : labelled(w("Scenario"), title, lang));
            section(Part::Source, w("Sources"));
            section(Part::Structure, w("Structures"));
            section(Part::Persona, w("Personas"));
            section(Part::Step, w("Steps"));
        }
        ImGui::EndChild();
        navItem_ = navNow;
        if (select) out.push_back(cmd::SelectEditorItem{select->first, select->second});

        // Alt+Up / Alt+Down move the selected item while the outline has the keyboard.
        const ImGuiIO& io = ImGui::GetIO();
        if (isItem && io.KeyAlt && ImGui::IsWindowFocused(ImGuiFocusedFlags_RootAndChildWindows) &&
            !ImGui::IsAnyItemActive()) {
            if (si > 0 && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_UpArrow)))
                edit(edit::MoveItem{sp, si, si - 1});
            else if (si + 1 < count && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_DownArrow)))
                edit(edit::MoveItem{sp, si, si + 1});
        }
    }
    ImGui::End();
}

} // namespace cs
