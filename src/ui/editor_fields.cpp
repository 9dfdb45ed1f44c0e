// The scenario editor's field widgets: every change goes out as an edit Command; nothing here keeps
// a copy of the scenario between frames (a text field's own editing state is ImGui's while it is active).
#include "ui/editor_fields.h"

#include "core/ui_text.h"
#include "ui/stage_labels.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <array>
#include <cfloat>
#include <cstdio>

namespace cs {

namespace {

// Width of a small button with `label`, to decide whether the next one still fits on the line.
float smallButtonWidth(const char* label) {
    return ImGui::CalcTextSize(label, nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2.0f;
}

// Entry buttons of a list: Move up, Move down, Remove.
void entryButtons(const EditorForm& form, Field field, int entry, int count) {
    ImGui::BeginDisabled(entry == 0);
    if (ImGui::SmallButton(form.w("Move up"))) form.edit(edit::MoveEntry{form.ref(field, entry), entry - 1});
    ImGui::EndDisabled();
    sameLineIfFits(form.w("Move down"));
    ImGui::BeginDisabled(entry + 1 >= count);
    if (ImGui::SmallButton(form.w("Move down"))) form.edit(edit::MoveEntry{form.ref(field, entry), entry + 1});
    ImGui::EndDisabled();
    sameLineIfFits(form.w("Remove"));
    if (ImGui::SmallButton(form.w("Remove"))) form.edit(edit::RemoveEntry{form.ref(field, entry)});
}

// The language codes over the columns of a field's texts.
void languageHeaders(const EditorForm& form) {
    if (form.languages.size() < 2) return;
    if (ImGui::BeginTable("##languages", int(form.languages.size()), ImGuiTableFlags_SizingStretchSame)) {
        for (const auto& code : form.languages) {
            ImGui::TableNextColumn();
            ImGui::TextDisabled("%s", code.c_str());
        }
        ImGui::EndTable();
    }
}

} // namespace

void sameLineIfFits(const char* label) {
    const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    const float next = ImGui::GetItemRectMax().x + ImGui::GetStyle().ItemSpacing.x + smallButtonWidth(label);
    if (next <= right) ImGui::SameLine();
}

int countFor(const EditedCheck& check, Part part, int item, Severity severity) {
    int n = 0;
    for (const FieldProblem& p : check.problems) {
        if (p.part == part && (part == Part::Scenario || p.item == item) && p.diagnostic.severity == severity) ++n;
    }
    return n;
}

std::string countOf(int n, const char* singular, const char* plural, std::string_view lang) {
    // French counts 0 and 1 in the singular.
    const bool one = isFrench(lang) ? n <= 1 : n == 1;
    return std::to_string(n) + " " + (one ? singular : plural);
}

std::string editorItemName(const AppState& s, Part part, int item) {
    const Scenario& sc = s.editor.scenario;
    const std::string_view lang = languageOf(s);
    const std::string contentLang = editorContentLanguage(s);
    const auto text = [&](const LocalText& t) { return t.get(contentLang, sc.firstLanguage()); };
    const auto orId = [](std::string name, const std::string& id) {
        if (name.empty()) return id.empty() ? std::string("?") : id;
        return name;
    };
    if (item < 0 || (part != Part::Scenario && item >= itemCount(sc, part))) return "?";
    switch (part) {
    case Part::Scenario: return uiWord("Scenario", lang);
    case Part::Source: return orId("", sc.sources[std::size_t(item)].id);
    case Part::Structure: return orId(text(sc.structures[std::size_t(item)].name), sc.structures[std::size_t(item)].id);
    case Part::Persona: return orId(text(sc.personas[std::size_t(item)].name), sc.personas[std::size_t(item)].id);
    case Part::Step: return std::string(uiText(UiText::Step, lang)) + " " + std::to_string(item + 1);
    }
    return "?";
}

FieldRef EditorForm::ref(Field field, int entry, std::string language) const {
    FieldRef r;
    r.part = part;
    r.item = part == Part::Scenario ? 0 : item;
    r.field = field;
    r.entry = entry;
    r.lang = std::move(language);
    return r;
}

void EditorForm::edit(ScenarioEdit e) const {
    out.push_back(cmd::EditScenario{std::move(e)});
}

const std::string& EditorForm::shown(const LocalText& text) const {
    return text.get(contentLang, editor.scenario.firstLanguage());
}

std::string editorContentLanguage(const AppState& s) {
    const std::vector<std::string>& languages = s.editor.scenario.languages;
    const auto has = [&](std::string_view code) {
        return !code.empty() && std::find(languages.begin(), languages.end(), code) != languages.end();
    };
    if (s.scenario && has(s.scenario->language)) return s.scenario->language;
    if (has(languageOf(s))) return std::string(languageOf(s));
    return s.editor.scenario.firstLanguage();
}

EditorForm makeEditorForm(const UiContext& ui, CommandList& out, ImageChooser& image) {
    const AppState& s = ui.state;
    EditorForm form{s, s.editor, languageOf(s), {}, editorContentLanguage(s), ui.fonts, out, image};
    for (const auto& code : s.editor.scenario.languages) {
        // A language being typed in the list may still be empty: no column for it yet.
        if (!code.empty() && std::find(form.languages.begin(), form.languages.end(), code) == form.languages.end()) {
            form.languages.push_back(code);
        }
    }
    if (form.languages.empty()) form.languages.push_back(s.editor.scenario.firstLanguage());
    if (form.languages.front().empty()) form.languages.front() = "en";
    form.part = s.editor.selectedPart;
    form.item = form.part == Part::Scenario ? 0 : s.editor.selectedItem;
    return form;
}

ImVec4 severityColour(Severity severity) {
    // The problems panel's colours: readable on the dark UI, and the words say the severity too.
    return severity == Severity::Error ? ImVec4(1.0f, 0.62f, 0.45f, 1.0f) : ImVec4(0.95f, 0.85f, 0.45f, 1.0f);
}

std::string problemText(const Diagnostic& d, std::string_view lang) {
    const char* severity = d.severity == Severity::Error ? uiWord("error", lang) : uiWord("warning", lang);
    return labelled(severity, d.message, lang);
}

void drawFieldProblems(const EditorForm& form, std::optional<Field> field) {
    for (const FieldProblem& p : form.editor.check.problems) {
        if (p.part != form.part || (form.part != Part::Scenario && p.item != form.item)) continue;
        if (fieldForProblemKey(p.part, p.key) != field) continue;
        ImGui::PushStyleColor(ImGuiCol_Text, severityColour(p.diagnostic.severity));
        ImGui::TextWrapped("%s", problemText(p.diagnostic, form.lang).c_str());
        ImGui::PopStyleColor();
    }
}

void fieldLabel(const EditorForm& /*form*/, const char* label, Field field) {
    ImGui::Spacing();
    ImGui::TextUnformatted(label);
    // The key as the file spells it, so an educator can match the form with the format's docs.
    ImGui::SameLine();
    ImGui::TextDisabled("%s", fieldKey(field));
}

bool editString(const char* id, const std::string& value, std::string& edited, bool multiline, float lines) {
    edited = value;
    if (multiline) {
        const float height = ImGui::GetTextLineHeight() * lines + ImGui::GetStyle().FramePadding.y * 2.0f;
        const bool changed = ImGui::InputTextMultiline(id, &edited, ImVec2(-FLT_MIN, height));
        // ImGui 1.86 does not wrap lines while editing: the whole paragraph, wrapped, on hover.
        if (!value.empty() && ImGui::IsItemHovered() && !ImGui::IsItemActive() &&
            ImGui::CalcTextSize(value.c_str()).x > ImGui::GetItemRectSize().x) {
            ImGui::BeginTooltip();
            ImGui::PushTextWrapPos(ImGui::GetFontSize() * 35.0f);
            ImGui::TextUnformatted(value.c_str());
            ImGui::PopTextWrapPos();
            ImGui::EndTooltip();
        }
        return changed;
    }
    ImGui::SetNextItemWidth(-FLT_MIN);
    return ImGui::InputText(id, &edited);
}

void textCells(const EditorForm& form, Field field, int entry, const LocalText& text, bool multiline) {
    const int columns = int(form.languages.size());
    if (!ImGui::BeginTable("##texts", columns, ImGuiTableFlags_SizingStretchSame)) return;
    std::string edited;
    for (const auto& code : form.languages) {
        ImGui::TableNextColumn();
        ImGui::PushID(code.c_str());
        const auto it = text.byLang.find(code);
        const std::string& value = it == text.byLang.end() ? std::string() : it->second;
        if (editString("##text", value, edited, multiline, entry >= 0 ? 2.0f : 3.0f)) {
            form.edit(edit::SetText{form.ref(field, entry, code), edited});
        }
        ImGui::PopID();
    }
    ImGui::EndTable();
}

void textField(const EditorForm& form, const char* label, Field field, const LocalText& text, bool multiline) {
    ImGui::PushID(fieldKey(field));
    fieldLabel(form, label, field);
    languageHeaders(form);
    textCells(form, field, -1, text, multiline);
    drawFieldProblems(form, field);
    ImGui::PopID();
}

void textListField(const EditorForm& form, const char* label, Field field, const std::vector<LocalText>& entries,
                   bool multiline) {
    ImGui::PushID(fieldKey(field));
    fieldLabel(form, label, field);
    if (!entries.empty()) languageHeaders(form);
    const int count = int(entries.size());
    for (int i = 0; i < count; ++i) {
        ImGui::PushID(i);
        ImGui::TextDisabled("%d.", i + 1);
        ImGui::SameLine();
        entryButtons(form, field, i, count);
        textCells(form, field, i, entries[std::size_t(i)], multiline);
        ImGui::PopID();
    }
    if (ImGui::SmallButton(form.w("Add"))) form.edit(edit::AddEntry{form.ref(field)});
    drawFieldProblems(form, field);
    ImGui::PopID();
}

void stringField(const EditorForm& form, const char* label, Field field, const std::string& value) {
    ImGui::PushID(fieldKey(field));
    fieldLabel(form, label, field);
    std::string edited;
    if (editString("##value", value, edited, false)) form.edit(edit::SetValue{form.ref(field), edited});
    drawFieldProblems(form, field);
    ImGui::PopID();
}

void stringListField(const EditorForm& form, const char* label, Field field, const std::vector<std::string>& values) {
    ImGui::PushID(fieldKey(field));
    fieldLabel(form, label, field);
    const int count = int(values.size());
    std::string edited;
    for (int i = 0; i < count; ++i) {
        ImGui::PushID(i);
        ImGui::SetNextItemWidth(std::max(ImGui::GetContentRegionAvail().x * 0.45f, 60.0f));
        edited = values[std::size_t(i)];
        if (ImGui::InputText("##entry", &edited)) {
            std::vector<std::string> list = values;
            list[std::size_t(i)] = edited;
            form.edit(edit::SetValue{form.ref(field), list});
        }
        sameLineIfFits(form.w("Move up"));
        entryButtons(form, field, i, count);
        ImGui::PopID();
    }
    if (ImGui::SmallButton(form.w("Add"))) form.edit(edit::AddEntry{form.ref(field)});
    drawFieldProblems(form, field);
    ImGui::PopID();
}

void imageField(const EditorForm& form, const char* label, const std::string& value) {
    ImGui::PushID("image");
    fieldLabel(form, label, Field::Image);
    const FieldRef ref = form.ref(Field::Image);
    std::string edited;
    if (editString("##path", value, edited, false)) form.edit(edit::SetValue{ref, edited});
    ImageChooser& chooser = form.image;
    const bool choosing = chooser.open && chooser.ref == ref;
    if (!choosing) {
        if (ImGui::SmallButton(form.w("Add image..."))) {
            chooser.open = true;
            chooser.ref = ref;
            chooser.path.clear();
            chooser.focusPending = true;
        }
        sameLineIfFits(form.w("Remove"));
        ImGui::BeginDisabled(value.empty());
        if (ImGui::SmallButton(form.w("Remove"))) form.edit(edit::ClearValue{ref});
        ImGui::EndDisabled();
    } else {
        // No system dialog (nothing may pop up over a show): the file is named here, then copied
        // by the app into the scenario's images/ folder.
        ImGui::TextWrapped("%s", form.w("PNG or JPEG file to copy into the scenario's images folder:"));
        ImGui::SetNextItemWidth(-FLT_MIN);
        if (chooser.focusPending) {
            ImGui::SetKeyboardFocusHere();
            chooser.focusPending = false;
        }
        const bool enter = ImGui::InputText("##file", &chooser.path, ImGuiInputTextFlags_EnterReturnsTrue);
        ImGui::BeginDisabled(chooser.path.empty());
        if ((ImGui::SmallButton(form.w("Add")) || enter) && !chooser.path.empty()) {
            form.out.push_back(cmd::AddImage{ref, chooser.path});
            chooser = ImageChooser{};
        }
        ImGui::EndDisabled();
        ImGui::SameLine();
        if (ImGui::SmallButton(form.w("Cancel"))) chooser = ImageChooser{};
    }
    drawFieldProblems(form, Field::Image);
    ImGui::PopID();
}

} // namespace cs
