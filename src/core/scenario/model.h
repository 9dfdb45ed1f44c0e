// The in-memory model of a scenario file (format 1, docs/scenario-format.md): what the parser produces, the writer
// saves, the walkthrough plays and the editor edits.
#pragma once

#include "core/color.h"
#include "core/vocabulary.h"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace cs {

// Where something was written in its file (1-based; 0 = not from a file). Positions are not part
// of a value's identity: two scenarios that say the same thing compare equal wherever they were.
struct SourcePos {
    int line = 0;
    int column = 0;
    bool known() const { return line > 0; }
    bool operator==(const SourcePos&) const { return true; }
};

// Text in one or more languages, keyed by language code ("en", "fr", …), ordered for stable output.
// In a file it is either a plain string (meaning the scenario's first language) or a table.
struct LocalText {
    std::map<std::string, std::string> byLang;

    LocalText() = default;
    LocalText(std::string lang, std::string text) { byLang.emplace(std::move(lang), std::move(text)); }

    bool empty() const { return byLang.empty(); }
    bool has(std::string_view lang) const { return byLang.find(std::string(lang)) != byLang.end(); }
    // The text in `lang`; else in `fallback`; else the first there is; else "". `fellBack` (optional)
    // tells whether it had to fall back.
    const std::string& get(std::string_view lang, std::string_view fallback = "en", bool* fellBack = nullptr) const;
    bool operator==(const LocalText&) const = default;
};

struct Source {
    std::string id;
    LocalText cite;
    std::string url; // optional
    SourcePos pos;
    bool operator==(const Source&) const = default;
};

struct Structure {
    std::string id;
    LocalText name;
    LocalText top;    // the people on the top face (unearned advantage)
    LocalText bottom; // the people on the bottom face (unearned disadvantage)
    std::optional<Rgb8> color;
    std::vector<Level> levels;
    std::vector<LocalText> advantages;
    std::vector<LocalText> disadvantages;
    std::string source; // id of a [[source]], may be empty
    SourcePos pos;
    bool operator==(const Structure&) const = default;
};

struct Persona {
    std::string id;
    LocalText name;
    LocalText description; // optional
    std::string image;     // relative to the scenario file; empty = placeholder
    // Structure id → face, sorted by id (TOML tables do not keep the order they were written in).
    std::vector<std::pair<std::string, Face>> positions;
    SourcePos pos;
    SourcePos imagePos;
    bool operator==(const Persona&) const = default;
};

struct Question {
    LocalText prompt;
    std::vector<LocalText> choices;
    int answer = 1; // counts from 1
    LocalText explain;
    bool operator==(const Question&) const = default;
};

struct Step {
    // Optional, unique among the steps: names the step for learners' saved answers and reflections,
    // so that they stay with it when steps are added, moved or reworded. "" = none.
    std::string id;
    LocalText title;
    LocalText text;
    std::string image;
    LocalText notes;
    std::optional<std::vector<std::string>> coins;    // absent = as the previous step
    std::optional<std::vector<std::string>> personas; // absent = as the previous step
    std::optional<std::string> focus;                 // absent = first coin on stage
    std::optional<Show> show;                         // absent = both
    std::optional<Action> action;                     // absent = none
    std::optional<Question> question;
    LocalText reflect;
    LocalText discuss;
    std::optional<double> minutes;
    // With the live room on: the room's join card (its QR code and address) shows on this step even
    // without a question, so that people can join before the first one.
    bool join = false;
    LocalText contentNote;
    std::vector<LocalText> pushback;
    SourcePos pos;
    SourcePos imagePos;
    bool operator==(const Step&) const = default;
};

struct Scenario {
    int format = 1;
    std::string id;
    LocalText title;
    std::vector<std::string> languages; // first = language of plain strings; default {"en"}
    LocalText summary;
    std::vector<std::string> authors;
    std::vector<Source> sources;
    std::vector<Structure> structures; // defined (or overridden) in this file
    std::vector<Persona> personas;
    std::vector<Step> steps;
    bool operator==(const Scenario&) const = default;

    const std::string& firstLanguage() const;
};

} // namespace cs
