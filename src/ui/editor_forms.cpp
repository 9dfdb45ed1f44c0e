// The scenario editor's forms: every field of the selected part (scenario, source, structure, persona,
// step) in the order of the table of fields (fieldsOf), each drawn by its kind: texts in every
// language, lists of texts, and values with widgets of their own (coins, personas and references
// picked from lists of what exists, colours, levels, words, numbers).
#include "ui/editor_panel.h"

#include "core/color.h"
#include "core/editor/field_values.h"
#include "core/scenario/structure_library.h"
#include "ui/editor_fields.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cfloat>
#include <cstdio>

namespace cs {

namespace {

struct Choice {
    std::string id;
    std::string name;
};

// The structures a step or persona can use: the scenario's own, then the built-ins it does not
// override (as the walkthrough merges them).
std::vector<Choice> structureChoices(const EditorForm& f) {
    std::vector<Choice> out;
    for (const Structure& st : f.editor.scenario.structures)
        out.push_back({st.id, f.shown(st.name)});
    if (f.state.builtIns) {
        for (const Structure& st : f.state.builtIns->structures()) {
            const bool overridden = std::any_of(out.begin(), out.end(), [&](const Choice& c) { return c.id == st.id; });
            if (!overridden) out.push_back({st.id, st.name.get(f.contentLang, "en")});
        }
    }
    return out;
}

std::vector<Choice> personaChoices(const EditorForm& f) {
    std::vector<Choice> out;
    for (const Persona& p : f.editor.scenario.personas)
        out.push_back({p.id, f.shown(p.name)});
    return out;
}

// "Name (id)", or the id alone for something that does not exist (the check says so beside it).
std::string choiceLabel(const std::vector<Choice>& choices, const std::string& id) {
    for (const Choice& c : choices) {
        if (c.id == id) return c.name.empty() || c.name == id ? id : c.name + " (" + id + ")";
    }
    return id;
}

// What a step shows when `coins` (or `personas`) is absent: the nearest earlier step's list; none for
// the first step.
template <typename Member> std::vector<std::string> effectiveList(const Scenario& s, int step, Member member) {
    for (int i = step; i >= 0; --i) {
        const auto& list = s.steps[std::size_t(i)].*member;
        if (list) return *list;
    }
    return {};
}

void heading(const EditorForm& f, const std::string& text) {
    ImGui::PushFont(f.fonts.bodyBold);
    ImGui::TextWrapped("%s", text.c_str());
    ImGui::PopFont();
}

// Checkboxes for a step's coins or personas, with "Same as the previous step" (absent in the file).
void pickList(const EditorForm& f, const char* label, Field field, const std::optional<std::vector<std::string>>& own,
              const std::vector<std::string>& effective, std::vector<Choice> choices, int most) {
    ImGui::PushID(fieldKey(field));
    fieldLabel(f, label, field);
    bool same = !own.has_value();
    if (ImGui::Checkbox(f.w("Same as the previous step"), &same)) {
        // Unticked: the step starts from what it showed, written out so it can be changed.
        if (same)
            f.edit(edit::ClearValue{f.ref(field)});
        else
            f.edit(edit::SetValue{f.ref(field), effective});
    }
    // Ids the list names that do not exist stay listed, so they can be unticked.
    for (const auto& id : effective) {
        if (std::none_of(choices.begin(), choices.end(), [&](const Choice& c) { return c.id == id; }))
            choices.push_back({id, ""});
    }
    ImGui::BeginDisabled(same);
    ImGui::Indent();
    if (choices.empty()) ImGui::TextDisabled("%s", f.w("(none)"));
    for (const Choice& c : choices) {
        const auto at = std::find(effective.begin(), effective.end(), c.id);
        bool on = at != effective.end();
        ImGui::BeginDisabled(!on && int(effective.size()) >= most);
        if (ImGui::Checkbox((choiceLabel(choices, c.id) + "##" + c.id).c_str(), &on)) {
            std::vector<std::string> list = effective;
            if (on)
                list.push_back(c.id);
            else
                list.erase(list.begin() + (at - effective.begin()));
            f.edit(edit::SetValue{f.ref(field), list});
        }
        ImGui::EndDisabled();
    }
    // The order on stage (coins stand in a row in this order).
    if (!same && effective.size() > 1) {
        ImGui::TextDisabled("%s", f.w("Order on stage:"));
        for (int i = 0; i < int(effective.size()); ++i) {
            ImGui::PushID(i);
            ImGui::BeginDisabled(i == 0);
            if (ImGui::SmallButton("<")) {
                std::vector<std::string> list = effective;
                std::swap(list[std::size_t(i)], list[std::size_t(i - 1)]);
                f.edit(edit::SetValue{f.ref(field), list});
            }
            ImGui::EndDisabled();
            if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("%s", f.w("Move left"));
            ImGui::SameLine();
            ImGui::TextUnformatted(choiceLabel(choices, effective[std::size_t(i)]).c_str());
            ImGui::PopID();
        }
    }
    ImGui::Unindent();
    ImGui::EndDisabled();
    drawFieldProblems(f, field);
    ImGui::PopID();
}

// A combo whose first entry means "absent" (ClearValue) and the others set a string value.
void valueCombo(const EditorForm& f, const char* label, Field field, const std::optional<std::string>& current,
                const char* absentLabel, const std::vector<std::pair<std::string, std::string>>& options) {
    ImGui::PushID(fieldKey(field));
    fieldLabel(f, label, field);
    std::string preview = absentLabel;
    if (current) {
        preview = *current;
        for (const auto& [value, shownAs] : options) {
            if (value == *current) preview = shownAs;
        }
    }
    ImGui::SetNextItemWidth(-FLT_MIN);
    if (ImGui::BeginCombo("##value", preview.c_str())) {
        if (ImGui::Selectable(absentLabel, !current)) f.edit(edit::ClearValue{f.ref(field)});
        for (const auto& [value, shownAs] : options) {
            const bool selected = current && *current == value;
            if (ImGui::Selectable((shownAs + "##" + value).c_str(), selected) && !selected) {
                f.edit(edit::SetValue{f.ref(field), value});
            }
            if (selected) ImGui::SetItemDefaultFocus();
        }
        ImGui::EndCombo();
    }
    drawFieldProblems(f, field);
    ImGui::PopID();
}

// "dessus (top)" in French, "top" in English: the file word is what the format's docs use.
std::string withFileWord(const char* shownAs, std::string_view fileWord) {
    const std::string word(shownAs);
    return word == fileWord ? word : word + " (" + std::string(fileWord) + ")";
}

const char* showWord(const EditorForm& f, Show show) {
    switch (show) {
    case Show::Top: return f.w("top");
    case Show::Bottom: return f.w("bottom");
    case Show::Both: return f.w("both");
    case Show::Edge: return f.w("edge");
    }
    return "";
}

const char* actionWord(const EditorForm& f, Action action) {
    switch (action) {
    case Action::None: return f.w("No action");
    case Action::Flip: return f.w("Flip");
    case Action::LiftToTop: return f.w("Lift to top");
    case Action::Dismantle: return f.w("Dismantle");
    case Action::Levels: return f.w("Levels");
    }
    return "";
}

void minutesField(const EditorForm& f, const char* label, const std::optional<double>& minutes) {
    ImGui::PushID("minutes");
    fieldLabel(f, label, Field::Minutes);
    double value = minutes.value_or(0.0);
    ImGui::SetNextItemWidth(std::min(ImGui::GetContentRegionAvail().x * 0.5f, 240.0f * f.fonts.scale));
    if (ImGui::InputDouble("##minutes", &value, 1.0, 5.0, "%.1f")) {
        f.edit(edit::SetValue{f.ref(Field::Minutes), std::max(value, 0.0)});
    }
    ImGui::SameLine();
    if (!minutes) {
        ImGui::TextDisabled("%s", f.w("(not set)"));
    } else if (ImGui::SmallButton(f.w("Remove"))) {
        f.edit(edit::ClearValue{f.ref(Field::Minutes)});
    }
    drawFieldProblems(f, Field::Minutes);
    ImGui::PopID();
}

// The question's own line: add or remove it. Its keys follow as fields of their own, indented under
// it (drawEditorForm), while there is a question.
void questionField(const EditorForm& f, const char* label, const std::optional<Question>& question) {
    ImGui::PushID("question");
    fieldLabel(f, label, Field::Question);
    if (!question) {
        if (ImGui::SmallButton(f.w("Add a question"))) f.edit(edit::AddEntry{f.ref(Field::Question)});
    } else if (ImGui::SmallButton(f.w("Remove the question"))) {
        f.edit(edit::ClearValue{f.ref(Field::Question)});
    }
    drawFieldProblems(f, Field::Question);
    ImGui::PopID();
}

void answerField(const EditorForm& f, const char* label, const Question& q) {
    ImGui::PushID("answer");
    fieldLabel(f, label, Field::QuestionAnswer);
    const auto choiceText = [&](int n) {
        std::string text = std::to_string(n);
        if (n >= 1 && n <= int(q.choices.size())) text += ". " + f.shown(q.choices[std::size_t(n - 1)]);
        return text;
    };
    ImGui::SetNextItemWidth(-FLT_MIN);
    if (ImGui::BeginCombo("##answer", choiceText(q.answer).c_str())) {
        for (int n = 1; n <= int(q.choices.size()); ++n) {
            const bool selected = n == q.answer;
            if (ImGui::Selectable((choiceText(n) + "##" + std::to_string(n)).c_str(), selected) && !selected) {
                f.edit(edit::SetValue{f.ref(Field::QuestionAnswer), double(n)});
            }
            if (selected) ImGui::SetItemDefaultFocus();
        }
        ImGui::EndCombo();
    }
    drawFieldProblems(f, Field::QuestionAnswer);
    ImGui::PopID();
}

void focusField(const EditorForm& f, const char* label, const Step& st) {
    const std::vector<Choice> structures = structureChoices(f);
    std::vector<std::pair<std::string, std::string>> options;
    for (const auto& id : effectiveList(f.editor.scenario, f.item, &Step::coins))
        options.emplace_back(id, choiceLabel(structures, id));
    valueCombo(f, label, Field::Focus, st.focus, f.w("First coin on stage"), options);
}

void showField(const EditorForm& f, const char* label, const Step& st) {
    std::vector<std::pair<std::string, std::string>> shows;
    for (Show show : kAllShows)
        shows.emplace_back(std::string(toString(show)), withFileWord(showWord(f, show), toString(show)));
    std::optional<std::string> show;
    if (st.show) show = std::string(toString(*st.show));
    valueCombo(f, label, Field::Show, show, f.w("(not set: both)"), shows);
}

void actionField(const EditorForm& f, const char* label, const Step& st) {
    std::vector<std::pair<std::string, std::string>> actions;
    for (Action action : kAllActions) {
        actions.emplace_back(std::string(toString(action)), withFileWord(actionWord(f, action), toString(action)));
    }
    std::optional<std::string> action;
    if (st.action) action = std::string(toString(*st.action));
    valueCombo(f, label, Field::Action, action, f.w("(not set: none)"), actions);
}

void colourField(const EditorForm& f, const char* label, const Structure& st) {
    ImGui::PushID("color");
    fieldLabel(f, label, Field::Color);
    const std::string value = st.color ? toHex(*st.color) : std::string();
    std::string edited;
    ImGui::SetNextItemWidth(std::min(ImGui::GetContentRegionAvail().x * 0.5f, 200.0f * f.fonts.scale));
    edited = value;
    // Only whole colours go to the scenario: "#0" on the way to "#0072B2" is not an error to report.
    // (While the box is active ImGui keeps what is typed; leaving it half-typed shows the colour again.)
    if (ImGui::InputTextWithHint("##hex", "#RRGGBB", &edited) && (edited.empty() || parseHexColor(edited))) {
        f.edit(edit::SetValue{f.ref(Field::Color), edited});
    }
    ImGui::SameLine();
    // The picker starts from the colour the coin has now (its own, else the palette's).
    Rgb8 c = okabe_ito::grey;
    if (st.color)
        c = *st.color;
    else if (f.state.builtIns)
        c = f.state.builtIns->mergedWith(f.editor.scenario).colorOf(st.id);
    float rgb[3] = {c.r / 255.0f, c.g / 255.0f, c.b / 255.0f};
    if (ImGui::ColorEdit3("##picker", rgb, ImGuiColorEditFlags_NoInputs | ImGuiColorEditFlags_NoLabel)) {
        const auto channel = [](float v) { return std::uint8_t(std::clamp(v, 0.0f, 1.0f) * 255.0f + 0.5f); };
        f.edit(edit::SetValue{f.ref(Field::Color), toHex(Rgb8{channel(rgb[0]), channel(rgb[1]), channel(rgb[2])})});
    }
    ImGui::SameLine();
    if (!st.color) {
        ImGui::TextDisabled("%s", f.w("(not set: from the palette)"));
    } else if (ImGui::SmallButton(f.w("Remove"))) {
        f.edit(edit::ClearValue{f.ref(Field::Color)});
    }
    drawFieldProblems(f, Field::Color);
    ImGui::PopID();
}

void levelsField(const EditorForm& f, const char* label, const Structure& st) {
    ImGui::PushID("levels");
    fieldLabel(f, label, Field::Levels);
    for (Level level : kAllLevels) {
        bool on = std::find(st.levels.begin(), st.levels.end(), level) != st.levels.end();
        const char* levelLabel = level == Level::Institutional   ? f.w("institutional")
                                 : level == Level::Interpersonal ? f.w("interpersonal")
                                                                 : f.w("internal");
        if (ImGui::Checkbox(withFileWord(levelLabel, toString(level)).c_str(), &on)) {
            // Written in the model's order, whatever order they were ticked in.
            std::vector<std::string> words;
            for (Level l : kAllLevels) {
                const bool has = l == level ? on : std::find(st.levels.begin(), st.levels.end(), l) != st.levels.end();
                if (has) words.emplace_back(toString(l));
            }
            f.edit(edit::SetValue{f.ref(Field::Levels), words});
        }
        ImGui::SameLine();
    }
    ImGui::NewLine();
    drawFieldProblems(f, Field::Levels);
    ImGui::PopID();
}

void sourceRefField(const EditorForm& f, const char* label, const Structure& st) {
    std::vector<std::pair<std::string, std::string>> sources;
    for (const Source& src : f.editor.scenario.sources)
        sources.emplace_back(src.id, src.id);
    std::optional<std::string> source;
    if (!st.source.empty()) source = st.source;
    valueCombo(f, label, Field::SourceRef, source, f.w("(none)"), sources);
}

void positionsField(const EditorForm& f, const char* label, const Persona& p) {
    ImGui::PushID("positions");
    fieldLabel(f, label, Field::Positions);
    std::vector<Choice> structures = structureChoices(f);
    for (const auto& position : p.positions) {
        const auto& id = position.first; // a plain name: a lambda may not capture a structured binding in clang 14
        if (std::none_of(structures.begin(), structures.end(), [&](const Choice& c) { return c.id == id; })) {
            structures.push_back({id, ""});
        }
    }
    const char* faces[] = {f.w("(not on this coin)"), f.w("top"), f.w("bottom")};
    if (ImGui::BeginTable("##positions", 2, ImGuiTableFlags_SizingStretchProp)) {
        ImGui::TableSetupColumn("##coin", ImGuiTableColumnFlags_WidthStretch, 0.6f);
        ImGui::TableSetupColumn("##face", ImGuiTableColumnFlags_WidthStretch, 0.4f);
        for (const Choice& c : structures) {
            ImGui::PushID(c.id.c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(choiceLabel(structures, c.id).c_str());
            ImGui::TableNextColumn();
            int current = 0;
            for (const auto& [id, face] : p.positions) {
                if (id == c.id) current = face == Face::Top ? 1 : 2;
            }
            ImGui::SetNextItemWidth(-FLT_MIN);
            if (ImGui::Combo("##face", &current, faces, 3)) {
                FieldRef ref = f.ref(Field::Positions);
                ref.key = c.id;
                f.edit(edit::SetValue{ref, std::string(current == 1 ? "top" : current == 2 ? "bottom" : "")});
            }
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    drawFieldProblems(f, Field::Positions);
    ImGui::PopID();
}

// Texts edited in several lines (a title, a name or a face's words are one line; so is each entry of
// a list of short items).
bool editedInLines(Field field) {
    switch (field) {
    case Field::Title:
    case Field::Name:
    case Field::Top:
    case Field::Bottom:
    case Field::Advantages:
    case Field::Disadvantages:
    case Field::QuestionChoices: return false;
    default: return true;
    }
}

// A field whose value needs a widget of its own (everything of FieldKind::Value).
void valueField(const EditorForm& f, Field field, const char* label) {
    const Scenario& sc = f.editor.scenario;
    const std::size_t i = std::size_t(f.item);
    static_assert(kFieldCount == 36, "a field was added to the table: give it a widget here");
    switch (field) {
    case Field::Id:
    case Field::Url:
        if (const std::string* value = fieldString(sc, f.part, f.item, field)) stringField(f, label, field, *value);
        return;
    case Field::Image:
        if (const std::string* value = fieldString(sc, f.part, f.item, field)) imageField(f, label, *value);
        return;
    case Field::Languages:
    case Field::Authors:
        if (const auto* values = fieldStringList(sc, f.part, field)) stringListField(f, label, field, *values);
        return;
    case Field::Color: colourField(f, label, sc.structures[i]); return;
    case Field::Levels: levelsField(f, label, sc.structures[i]); return;
    case Field::SourceRef: sourceRefField(f, label, sc.structures[i]); return;
    case Field::Positions: positionsField(f, label, sc.personas[i]); return;
    case Field::Coins:
        pickList(f, label, field, sc.steps[i].coins, effectiveList(sc, f.item, &Step::coins), structureChoices(f),
                 kMaxCoins);
        return;
    case Field::Personas:
        pickList(f, label, field, sc.steps[i].personas, effectiveList(sc, f.item, &Step::personas), personaChoices(f),
                 1 << 20);
        return;
    case Field::Focus: focusField(f, label, sc.steps[i]); return;
    case Field::Show: showField(f, label, sc.steps[i]); return;
    case Field::Action: actionField(f, label, sc.steps[i]); return;
    case Field::Minutes: minutesField(f, label, sc.steps[i].minutes); return;
    case Field::Join: {
        ImGui::PushID("join");
        fieldLabel(f, label, Field::Join);
        bool on = sc.steps[i].join;
        if (ImGui::Checkbox(f.w("Show the room's join code on this step, even without a question"), &on))
            f.edit(edit::SetValue{f.ref(Field::Join), on ? 1.0 : 0.0});
        drawFieldProblems(f, Field::Join);
        ImGui::PopID();
        return;
    }
    case Field::Question: questionField(f, label, sc.steps[i].question); return;
    case Field::QuestionAnswer:
        if (const auto& question = sc.steps[i].question) answerField(f, label, *question);
        return;
    default: return; // texts and lists of texts: drawn by their kind (drawField)
    }
}

void drawField(const EditorForm& f, Field field) {
    const char* label = f.w(editorFieldLabel(f.part, field));
    const Scenario& sc = f.editor.scenario;
    switch (fieldKind(field)) {
    case FieldKind::Text:
        if (const LocalText* text = fieldText(sc, f.part, f.item, field))
            textField(f, label, field, *text, editedInLines(field));
        return;
    case FieldKind::TextList:
        if (const auto* entries = fieldTextList(sc, f.part, f.item, field))
            textListField(f, label, field, *entries, editedInLines(field));
        return;
    case FieldKind::Value: valueField(f, field, label); return;
    }
}

// The line over the form: which item it is.
void formHeading(const EditorForm& f) {
    const Scenario& sc = f.editor.scenario;
    const auto withId = [&](const char* what, const std::string& id) {
        heading(f, std::string(f.w(what)) + ": " + (id.empty() ? "?" : id));
    };
    const std::size_t i = std::size_t(f.item);
    switch (f.part) {
    case Part::Scenario: heading(f, f.w("Scenario")); return;
    case Part::Source: withId("Cited source", sc.sources[i].id); return;
    case Part::Structure: withId("Structure (coin)", sc.structures[i].id); return;
    case Part::Persona: withId("Persona (fictional)", sc.personas[i].id); return;
    case Part::Step: heading(f, stepOf(f.item + 1, int(sc.steps.size()), f.lang)); return;
    }
}

} // namespace

const char* editorFieldLabel(Part part, Field field) {
    switch (field) {
    case Field::Id:
        switch (part) {
        case Part::Scenario: return "Id";
        case Part::Source: return "Id (used by structures)";
        case Part::Structure: return "Id (used by steps and personas)";
        case Part::Persona: return "Id (used by steps)";
        case Part::Step: return "Id (keeps learners' answers with this step)";
        }
        return "Id";
    case Field::Title: return "Title";
    case Field::Languages: return "Languages (codes such as en, fr; the first is the default)";
    case Field::Summary: return "Summary";
    case Field::Authors: return "Authors";
    case Field::Cite: return "Reference (how to cite it)";
    case Field::Url: return "Link (optional)";
    case Field::Name: return "Name";
    case Field::Top: return "Top face: who gets unearned advantage";
    case Field::Bottom: return "Bottom face: who carries unearned disadvantage";
    case Field::Color: return "Colour";
    case Field::Levels: return "Levels it acts at";
    case Field::Advantages: return "Unearned advantages";
    case Field::Disadvantages: return "Unearned disadvantages";
    case Field::SourceRef: return "Cited source";
    case Field::Description: return "Description (optional)";
    case Field::Image: return part == Part::Persona ? "Picture" : "Picture beside the text";
    case Field::Positions: return "Where they stand on each coin";
    case Field::Text: return "Text (what the audience reads)";
    case Field::Notes: return "Notes (facilitator only)";
    case Field::Coins: return "Coins on stage";
    case Field::Personas: return "People on stage (fictional)";
    case Field::Focus: return "Coin in focus";
    case Field::Show: return "Which face is shown";
    case Field::Action: return "Action of the step";
    case Field::Question: return "Question (predict, then reveal)";
    case Field::QuestionPrompt: return "Prompt";
    case Field::QuestionChoices: return "Choices";
    case Field::QuestionAnswer: return "Answer";
    case Field::QuestionExplain: return "Explanation (after the reveal)";
    case Field::Reflect: return "Reflection prompt (each person, privately)";
    case Field::Discuss: return "Discussion prompt (pairs or small groups)";
    case Field::Minutes: return "Minutes (the facilitator's time plan)";
    case Field::Join: return "Join code (live room)";
    case Field::ContentNote: return "Content note (shown first, presenter view first)";
    case Field::Pushback: return "If someone objects (presenter-only cards)";
    }
    return "?";
}

void drawEditorForm(const EditorForm& f) {
    const Scenario& sc = f.editor.scenario;
    // A selection past the end (an item deleted elsewhere) shows nothing until core clamps it.
    if (f.part != Part::Scenario && (f.item < 0 || f.item >= itemCount(sc, f.part))) return;
    ImGui::PushID(int(f.part));
    ImGui::PushID(f.item);
    formHeading(f);
    drawFieldProblems(f, std::nullopt);
    // The keys of a sub-table (the question's prompt, choices …) are indented under its own field,
    // and shown only when the item has it.
    bool inTable = false;
    Field openTable = Field::Question;
    for (Field field : fieldsOf(f.part)) {
        const std::optional<Field> table = tableOf(field);
        if (inTable && table != openTable) {
            ImGui::Unindent();
            ImGui::PopID();
            inTable = false;
        }
        if (table) {
            if (!hasSubTable(sc, f.part, f.item, *table)) continue;
            if (!inTable) {
                openTable = *table;
                ImGui::PushID(fieldKey(openTable));
                ImGui::Indent();
                inTable = true;
            }
        }
        drawField(f, field);
    }
    if (inTable) {
        ImGui::Unindent();
        ImGui::PopID();
    }
    ImGui::PopID();
    ImGui::PopID();
}

} // namespace cs
