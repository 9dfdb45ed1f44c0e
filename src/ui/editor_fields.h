// The scenario editor's field widgets, shared by its outline and forms: texts in every
// language side by side, lists of texts, plain values, and the live problems shown next to each field.
// Internal to the ui layer; the editor panel is the only user.
#pragma once

#include "core/editor/editor_state.h"
#include "core/ui_text.h"
#include "ui/panel.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

struct ImVec4;

namespace cs {

// "Add image…": the file the person is typing, for one image field at a time. Editing state of a
// widget (like a text field's buffer), so it lives in the panel object, not in AppState.
struct ImageChooser {
    bool open = false;
    FieldRef ref;              // whose image is being chosen
    std::string path;          // the PNG or JPEG to copy into the scenario's images/ folder
    bool focusPending = false; // the typing goes to the file field as it opens
};

// Everything a field widget of the form needs: what to read, where its Commands go, which item.
struct EditorForm {
    const AppState& state;
    const EditorState& editor;
    std::string_view lang;              // the app's own words
    std::vector<std::string> languages; // the scenario's languages, in order (never empty)
    std::string contentLang;            // the language names and titles are shown in
    const UiFonts& fonts;
    CommandList& out;
    ImageChooser& image;
    Part part = Part::Scenario;
    int item = 0;

    const char* w(const char* english) const { return uiWord(english, lang); }
    FieldRef ref(Field field, int entry = -1, std::string language = {}) const;
    void edit(ScenarioEdit e) const;
    // A scenario text in the language the person reads (else the first language, else any).
    const std::string& shown(const LocalText& text) const;
};

// Builds the form's context for the editor's current selection.
EditorForm makeEditorForm(const UiContext& ui, CommandList& out, ImageChooser& image);

// The language names and titles of the edited scenario are shown in: the walkthrough's, when the
// scenario has it, else the scenario's first.
std::string editorContentLanguage(const AppState& state);

// SameLine when a (small) button labelled `label` still fits after the last item, else a new line.
void sameLineIfFits(const char* label);

// How many problems of `severity` the check found on one item (Scenario: the file as a whole too).
int countFor(const EditedCheck& check, Part part, int item, Severity severity);
// "2 errors" / "1 erreur" with each language's plural rule.
std::string countOf(int n, const char* singular, const char* plural, std::string_view lang);
// An item in words: "Scenario", a source's id, a structure's or persona's name, "Step 3".
std::string editorItemName(const AppState& state, Part part, int item);

ImVec4 severityColour(Severity severity);
// "error: message" / "erreur : message": the severity in words as well as in colour.
std::string problemText(const Diagnostic& d, std::string_view lang);

// The problems of the form's item whose key belongs to `field` (nullopt: the item's own), one line each.
void drawFieldProblems(const EditorForm& form, std::optional<Field> field);

// A field's heading: its name in the app's words and, dimmed, its key in the file.
void fieldLabel(const EditorForm& form, const char* label, Field field);

// A one-language text widget over a copy of `value`: true when the person changed it (`edited`
// then holds the new text). The widget keeps its own editing state while active, so the copy is
// only read when it starts.
bool editString(const char* id, const std::string& value, std::string& edited, bool multiline, float lines = 3.0f);

// A text in every language of the scenario, side by side (one column per language); each change
// is an edit::SetText. `entry` ≥ 0: one entry of a list of texts.
void textCells(const EditorForm& form, Field field, int entry, const LocalText& text, bool multiline);
// Heading, the text in every language, and the field's problems.
void textField(const EditorForm& form, const char* label, Field field, const LocalText& text, bool multiline);
// A list of texts (advantages, pushback, choices …): a row per entry with its languages, Move up /
// Move down / Remove, then Add.
void textListField(const EditorForm& form, const char* label, Field field, const std::vector<LocalText>& entries,
                   bool multiline);
// A plain string (ids, URLs): edit::SetValue with the string.
void stringField(const EditorForm& form, const char* label, Field field, const std::string& value);
// A list of plain strings (languages, authors): each entry edited in place (SetValue of the whole
// list), Remove, Move up / Move down, Add.
void stringListField(const EditorForm& form, const char* label, Field field, const std::vector<std::string>& values);
// A picture: its path in the scenario's folder, "Add image…" (copies a PNG or JPEG into images/),
// Remove.
void imageField(const EditorForm& form, const char* label, const std::string& value);

// The form of the selected item: every field of its part, in the order of fieldsOf (editor_forms.cpp).
void drawEditorForm(const EditorForm& form);
// The words over a field in the form, in English (the form shows them through uiWord); an id says
// what uses it, so its words depend on the part.
const char* editorFieldLabel(Part part, Field field);

} // namespace cs
