// The scenario editor's forms: every key of the selected part (scenario, source, structure, persona,
// step), with coins, personas and references picked from lists of what exists.
#include "ui/editor_panel.h"

#include "core/color.h"
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

void minutesField(const EditorForm& f, const std::optional<double>& minutes) {
    ImGui::PushID("minutes");
    fieldLabel(f, f.w("Minutes (the facilitator's time plan)"), Field::Minutes);
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

void questionField(const EditorForm& f, const std::optional<Question>& question) {
    ImGui::PushID("question");
    fieldLabel(f, f.w("Question (predict, then reveal)"), Field::Question);
    if (!question) {
        if (ImGui::SmallButton(f.w("Add a question"))) f.edit(edit::AddEntry{f.ref(Field::Question)});
        drawFieldProblems(f, Field::Question);
        ImGui::PopID();
        return;
    }
    if (ImGui::SmallButton(f.w("Remove the question"))) f.edit(edit::ClearValue{f.ref(Field::Question)});
    drawFieldProblems(f, Field::Question);
    const Question& q = *question;
    ImGui::Indent();
    textField(f, f.w("Prompt"), Field::QuestionPrompt, q.prompt, true);
    textListField(f, f.w("Choices"), Field::QuestionChoices, q.choices, false);

    ImGui::PushID("answer");
    fieldLabel(f, f.w("Answer"), Field::QuestionAnswer);
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

    textField(f, f.w("Explanation (after the reveal)"), Field::QuestionExplain, q.explain, true);
    ImGui::Unindent();
    ImGui::PopID();
}

void stepForm(const EditorForm& f) {
    const Scenario& sc = f.editor.scenario;
    const Step& st = sc.steps[std::size_t(f.item)];
    heading(f, stepOf(f.item + 1, int(sc.steps.size()), f.lang));
    drawFieldProblems(f, std::nullopt);
    textField(f, f.w("Title"), Field::Title, st.title, false);
    textField(f, f.w("Text (what the audience reads)"), Field::Text, st.text, true);
    imageField(f, f.w("Picture beside the text"), st.image);
    textField(f, f.w("Notes (facilitator only)"), Field::Notes, st.notes, true);
    textField(f, f.w("Content note (shown first, presenter view first)"), Field::ContentNote, st.contentNote, true);

    const std::vector<std::string> coins = effectiveList(sc, f.item, &Step::coins);
    const std::vector<Choice> structures = structureChoices(f);
    pickList(f, f.w("Coins on stage"), Field::Coins, st.coins, coins, structures, kMaxCoins);
    pickList(f, f.w("People on stage (fictional)"), Field::Personas, st.personas,
             effectiveList(sc, f.item, &Step::personas), personaChoices(f), 1 << 20);

    std::vector<std::pair<std::string, std::string>> focusOptions;
    for (const auto& id : coins)
        focusOptions.emplace_back(id, choiceLabel(structures, id));
    valueCombo(f, f.w("Coin in focus"), Field::Focus, st.focus, f.w("First coin on stage"), focusOptions);

    std::vector<std::pair<std::string, std::string>> shows;
    for (Show show : kAllShows)
        shows.emplace_back(std::string(toString(show)), withFileWord(showWord(f, show), toString(show)));
    std::optional<std::string> show;
    if (st.show) show = std::string(toString(*st.show));
    valueCombo(f, f.w("Which face is shown"), Field::Show, show, f.w("(not set: both)"), shows);

    std::vector<std::pair<std::string, std::string>> actions;
    for (Action action : kAllActions) {
        actions.emplace_back(std::string(toString(action)), withFileWord(actionWord(f, action), toString(action)));
    }
    std::optional<std::string> action;
    if (st.action) action = std::string(toString(*st.action));
    valueCombo(f, f.w("Action of the step"), Field::Action, action, f.w("(not set: none)"), actions);

    minutesField(f, st.minutes);
    questionField(f, st.question);
    textField(f, f.w("Reflection prompt (each person, privately)"), Field::Reflect, st.reflect, true);
    textField(f, f.w("Discussion prompt (pairs or small groups)"), Field::Discuss, st.discuss, true);
    textListField(f, f.w("If someone objects (presenter-only cards)"), Field::Pushback, st.pushback, true);
    stringField(f, f.w("Id (keeps learners' answers with this step)"), Field::Id, st.id);
}

void colourField(const EditorForm& f, const Structure& st) {
    ImGui::PushID("color");
    fieldLabel(f, f.w("Colour"), Field::Color);
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

void levelsField(const EditorForm& f, const Structure& st) {
    ImGui::PushID("levels");
    fieldLabel(f, f.w("Levels it acts at"), Field::Levels);
    for (Level level : kAllLevels) {
        bool on = std::find(st.levels.begin(), st.levels.end(), level) != st.levels.end();
        const char* label = level == Level::Institutional   ? f.w("institutional")
                            : level == Level::Interpersonal ? f.w("interpersonal")
                                                            : f.w("internal");
        if (ImGui::Checkbox(withFileWord(label, toString(level)).c_str(), &on)) {
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

void structureForm(const EditorForm& f) {
    const Scenario& sc = f.editor.scenario;
    const Structure& st = sc.structures[std::size_t(f.item)];
    heading(f, std::string(f.w("Structure (coin)")) + ": " + (st.id.empty() ? "?" : st.id));
    drawFieldProblems(f, std::nullopt);
    stringField(f, f.w("Id (used by steps and personas)"), Field::Id, st.id);
    textField(f, f.w("Name"), Field::Name, st.name, false);
    textField(f, f.w("Top face: who gets unearned advantage"), Field::Top, st.top, false);
    textField(f, f.w("Bottom face: who carries unearned disadvantage"), Field::Bottom, st.bottom, false);
    colourField(f, st);
    levelsField(f, st);
    textListField(f, f.w("Unearned advantages"), Field::Advantages, st.advantages, false);
    textListField(f, f.w("Unearned disadvantages"), Field::Disadvantages, st.disadvantages, false);
    std::vector<std::pair<std::string, std::string>> sources;
    for (const Source& src : sc.sources)
        sources.emplace_back(src.id, src.id);
    std::optional<std::string> source;
    if (!st.source.empty()) source = st.source;
    valueCombo(f, f.w("Cited source"), Field::SourceRef, source, f.w("(none)"), sources);
}

void personaForm(const EditorForm& f) {
    const Persona& p = f.editor.scenario.personas[std::size_t(f.item)];
    heading(f, std::string(f.w("Persona (fictional)")) + ": " + (p.id.empty() ? "?" : p.id));
    drawFieldProblems(f, std::nullopt);
    stringField(f, f.w("Id (used by steps)"), Field::Id, p.id);
    textField(f, f.w("Name"), Field::Name, p.name, false);
    textField(f, f.w("Description (optional)"), Field::Description, p.description, true);
    imageField(f, f.w("Picture"), p.image);

    ImGui::PushID("positions");
    fieldLabel(f, f.w("Where they stand on each coin"), Field::Positions);
    std::vector<Choice> structures = structureChoices(f);
    for (const auto& [id, face] : p.positions) {
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

void sourceForm(const EditorForm& f) {
    const Source& src = f.editor.scenario.sources[std::size_t(f.item)];
    heading(f, std::string(f.w("Cited source")) + ": " + (src.id.empty() ? "?" : src.id));
    drawFieldProblems(f, std::nullopt);
    stringField(f, f.w("Id (used by structures)"), Field::Id, src.id);
    textField(f, f.w("Reference (how to cite it)"), Field::Cite, src.cite, true);
    stringField(f, f.w("Link (optional)"), Field::Url, src.url);
}

void scenarioForm(const EditorForm& f) {
    const Scenario& sc = f.editor.scenario;
    heading(f, f.w("Scenario"));
    drawFieldProblems(f, std::nullopt);
    stringField(f, f.w("Id"), Field::Id, sc.id);
    textField(f, f.w("Title"), Field::Title, sc.title, false);
    stringListField(f, f.w("Languages (codes such as en, fr; the first is the default)"), Field::Languages,
                    sc.languages);
    textField(f, f.w("Summary"), Field::Summary, sc.summary, true);
    stringListField(f, f.w("Authors"), Field::Authors, sc.authors);
}

} // namespace

void drawEditorForm(const EditorForm& f) {
    const Scenario& sc = f.editor.scenario;
    // A selection past the end (an item deleted elsewhere) shows nothing until core clamps it.
    if (f.part != Part::Scenario && (f.item < 0 || f.item >= itemCount(sc, f.part))) return;
    ImGui::PushID(int(f.part));
    ImGui::PushID(f.item);
    switch (f.part) {
    case Part::Scenario: scenarioForm(f); break;
    case Part::Source: sourceForm(f); break;
    case Part::Structure: structureForm(f); break;
    case Part::Persona: personaForm(f); break;
    case Part::Step: stepForm(f); break;
    }
    ImGui::PopID();
    ImGui::PopID();
}

} // namespace cs
