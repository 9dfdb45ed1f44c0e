// Applying the in-app editor's edits to a scenario: every field of format 1 (where each one's value
// lives: field_values) and whole items (fresh ids and renames: scenario_ids). Pure model code.
#include "core/editor/scenario_edit.h"

#include "core/editor/scenario_ids.h"

#include "core/color.h"
#include "core/vocabulary.h"

#include <algorithm>
#include <cmath>
#include <set>
#include <type_traits>
#include <utility>

namespace cs {

namespace {

// Larger answers cannot be a choice anyone wrote; the limit keeps the number inside an int.
constexpr double kMaxAnswer = 1 << 20;

// "step 3" (items count from 1 in everything a person reads), or "the scenario".
std::string itemName(Part part, int item) {
    if (part == Part::Scenario) return "the scenario";
    return std::string(partName(part)) + " " + std::to_string(item + 1);
}

std::string capitalised(std::string text) {
    if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] = char(text[0] - 'a' + 'A');
    return text;
}

std::string noSuchField(Part part, Field field) {
    return std::string(part == Part::Scenario ? "The scenario" : "A " + std::string(partName(part))) + " has no " +
           fieldKey(field) + ".";
}

Question newQuestion() {
    Question q;
    q.choices.resize(2);
    q.answer = 1;
    return q;
}

// A place to insert at: -1 = at the end, else 0 … size.
bool insertionPoint(int entry, std::size_t size, std::size_t& at) {
    if (entry == -1) {
        at = size;
        return true;
    }
    if (entry < 0 || std::size_t(entry) > size) return false;
    at = std::size_t(entry);
    return true;
}

bool validIndex(int index, std::size_t size) {
    return index >= 0 && std::size_t(index) < size;
}

// Whether a question's answer (from 1) names one of its `choices` choices.
bool namesChoice(int answer, std::size_t choices) {
    return answer >= 1 && std::size_t(answer) <= choices;
}

template <typename T> void moveWithin(std::vector<T>& list, std::size_t from, std::size_t to) {
    if (from < to) {
        std::rotate(list.begin() + std::ptrdiff_t(from), list.begin() + std::ptrdiff_t(from) + 1,
                    list.begin() + std::ptrdiff_t(to) + 1);
    } else if (to < from) {
        std::rotate(list.begin() + std::ptrdiff_t(to), list.begin() + std::ptrdiff_t(from),
                    list.begin() + std::ptrdiff_t(from) + 1);
    }
}

// Applies edits to a working copy; any error means the copy is thrown away (applyEdit), so a
// failed edit never leaves half of its change behind.
class Editor {
  public:
    explicit Editor(Scenario& s) : s_(s) {}

    std::string operator()(const edit::SetText& e) {
        if (std::string error = checkRef(e.ref); !error.empty()) return error;
        const FieldRef& r = e.ref;
        const std::string lang = r.lang.empty() ? s_.firstLanguage() : r.lang;
        if (std::vector<std::string>* strings = stringList(r.part, r.field)) {
            // Authors and languages are plain strings: an entry's text is taken as it is.
            if (!validIndex(r.entry, strings->size())) return noEntry(r, strings->size());
            (*strings)[std::size_t(r.entry)] = e.text;
            return "";
        }
        if (isTextList(r.field)) {
            std::string error;
            std::vector<LocalText>* list = textList(r, error);
            if (!list) return error;
            if (r.entry == -1) return capitalised(where(r)) + " is a list: say which entry to edit.";
            if (!validIndex(r.entry, list->size())) return noEntry(r, list->size());
            setLanguage((*list)[std::size_t(r.entry)], lang, e.text);
            return "";
        }
        if (!isText(r.field)) return notText(r);
        if (r.entry != -1) return capitalised(std::string(fieldKey(r.field)) + " is not a list.");
        // Typing a prompt or an explanation into a step without a question starts one; erasing a
        // language of a question that does not exist changes nothing.
        const bool questionText = r.field == Field::QuestionPrompt || r.field == Field::QuestionExplain;
        if (questionText && !s_.steps[std::size_t(r.item)].question && e.text.empty()) return "";
        std::string error;
        LocalText* text = textField(r, true, error);
        if (!text) return error;
        setLanguage(*text, lang, e.text);
        return "";
    }

    std::string operator()(const edit::SetValue& e) {
        if (std::string error = checkRef(e.ref); !error.empty()) return error;
        const FieldRef& r = e.ref;
        const auto* text = std::get_if<std::string>(&e.value);
        const auto* list = std::get_if<std::vector<std::string>>(&e.value);
        const auto* number = std::get_if<double>(&e.value);
        const std::string key = fieldKey(r.field);
        const std::string takesWord = capitalised(key + " takes a word (a string).");
        const std::string takesList = capitalised(key + " takes a list of strings.");
        const std::string takesNumber = capitalised(key + " takes a number.");
        switch (r.field) {
        case Field::Id:
            if (!text) return takesWord;
            return setId(r.part, r.item, *text);
        case Field::Url:
        case Field::Image:
        case Field::SourceRef:
            if (!text) return takesWord;
            *fieldString(s_, r.part, r.item, r.field) = *text;
            return "";
        case Field::Focus: {
            if (!text) return takesWord;
            Step& step = s_.steps[std::size_t(r.item)];
            if (text->empty()) {
                step.focus.reset();
            } else {
                step.focus = *text;
            }
            return "";
        }
        case Field::Color: {
            if (!text) return takesWord;
            Structure& structure = s_.structures[std::size_t(r.item)];
            if (text->empty()) {
                structure.color.reset();
                return "";
            }
            const std::optional<Rgb8> color = parseHexColor(*text);
            if (!color) return "'" + *text + "' is not a colour; write #RRGGBB or #RGB in hexadecimal, e.g. #0072B2.";
            structure.color = color;
            return "";
        }
        case Field::Show: return setWord(r, text, takesWord, s_.steps[std::size_t(r.item)].show, kAllShows, &parseShow);
        case Field::Action:
            return setWord(r, text, takesWord, s_.steps[std::size_t(r.item)].action, kAllActions, &parseAction);
        case Field::Positions: return setPosition(r, text, takesWord);
        case Field::Languages:
        case Field::Authors: {
            std::vector<std::string>& strings = *fieldStringList(s_, r.part, r.field);
            if (r.entry == -1) {
                if (!list) return takesList;
                strings = *list;
                return "";
            }
            // One entry, as its field in the form is typed.
            if (!text) return takesWord;
            if (!validIndex(r.entry, strings.size())) return noEntry(r, strings.size());
            strings[std::size_t(r.entry)] = *text;
            return "";
        }
        case Field::Coins:
        case Field::Personas: {
            if (!list) return takesList;
            Step& step = s_.steps[std::size_t(r.item)];
            (r.field == Field::Coins ? step.coins : step.personas) = *list;
            return "";
        }
        case Field::Levels: {
            if (!list) return takesList;
            std::vector<Level> levels;
            for (const std::string& word : *list) {
                const std::optional<Level> level = parseLevel(word);
                if (!level) return "'" + word + "' is not a level; the levels are " + wordList(kAllLevels) + ".";
                levels.push_back(*level);
            }
            s_.structures[std::size_t(r.item)].levels = std::move(levels);
            return "";
        }
        case Field::Join:
            // A switch: 1 shows the room's join card on the step, 0 does not.
            if (!number) return takesNumber;
            if (*number != 0.0 && *number != 1.0) return "Join is on (1) or off (0).";
            s_.steps[std::size_t(r.item)].join = *number == 1.0;
            return "";
        case Field::Minutes:
            if (!number) return takesNumber;
            if (!std::isfinite(*number) || *number < 0) return "Minutes must be a number of 0 or more.";
            s_.steps[std::size_t(r.item)].minutes = *number;
            return "";
        case Field::QuestionAnswer: {
            if (!number) return takesNumber;
            // Above the number of choices is allowed: the diagnostics point at it while choices are added.
            if (!std::isfinite(*number) || *number < 1 || *number != std::floor(*number) || *number > kMaxAnswer) {
                return "The answer is the number of the right choice: a whole number from 1.";
            }
            Step& step = s_.steps[std::size_t(r.item)];
            if (!step.question) return capitalised(itemName(r.part, r.item)) + " has no question.";
            step.question->answer = int(*number);
            return "";
        }
        default: return notValue(r);
        }
    }

    std::string operator()(const edit::ClearValue& e) {
        if (std::string error = checkRef(e.ref); !error.empty()) return error;
        const FieldRef& r = e.ref;
        if (r.field == Field::Languages || r.field == Field::QuestionAnswer) {
            return capitalised(std::string(fieldKey(r.field)) + " cannot be left out.");
        }
        if (r.field == Field::Id) return setId(r.part, r.item, "");
        if (std::vector<std::string>* strings = stringList(r.part, r.field)) {
            strings->clear();
            return "";
        }
        if (r.field == Field::Question) {
            s_.steps[std::size_t(r.item)].question.reset();
            return "";
        }
        if (isTextList(r.field)) {
            std::string error;
            std::vector<LocalText>* list = textList(r, error);
            if (!list) return error;
            list->clear();
            return "";
        }
        if (isText(r.field)) {
            std::string error;
            LocalText* text = textField(r, false, error);
            if (!text) return error;
            *text = LocalText{};
            return "";
        }
        if (std::string* string = fieldString(s_, r.part, r.item, r.field)) {
            string->clear();
            return "";
        }
        switch (r.part) {
        case Part::Source: return "";
        case Part::Structure: {
            Structure& structure = s_.structures[std::size_t(r.item)];
            if (r.field == Field::Color) structure.color.reset();
            if (r.field == Field::Levels) structure.levels.clear();
            return "";
        }
        case Part::Persona: {
            if (r.field == Field::Positions) s_.personas[std::size_t(r.item)].positions.clear();
            return "";
        }
        case Part::Step: {
            Step& step = s_.steps[std::size_t(r.item)];
            if (r.field == Field::Coins) step.coins.reset();
            if (r.field == Field::Personas) step.personas.reset();
            if (r.field == Field::Focus) step.focus.reset();
            if (r.field == Field::Show) step.show.reset();
            if (r.field == Field::Action) step.action.reset();
            if (r.field == Field::Minutes) step.minutes.reset();
            if (r.field == Field::Join) step.join = false;
            return "";
        }
        case Part::Scenario: break;
        }
        return noSuchField(r.part, r.field);
    }

    std::string operator()(const edit::AddEntry& e) {
        if (std::string error = checkRef(e.ref); !error.empty()) return error;
        const FieldRef& r = e.ref;
        if (r.field == Field::Question) {
            Step& step = s_.steps[std::size_t(r.item)];
            if (step.question) return capitalised(itemName(r.part, r.item)) + " already has a question.";
            step.question = newQuestion();
            return "";
        }
        std::size_t at = 0;
        if (std::vector<std::string>* strings = stringList(r.part, r.field)) {
            if (!insertionPoint(r.entry, strings->size(), at)) return noPlace(r, strings->size());
            strings->insert(strings->begin() + std::ptrdiff_t(at), std::string());
            return "";
        }
        if (!isTextList(r.field)) return notList(r);
        std::string error;
        std::vector<LocalText>* list = textList(r, error);
        if (!list) return error;
        if (!insertionPoint(r.entry, list->size(), at)) return noPlace(r, list->size());
        const std::size_t before = list->size();
        list->insert(list->begin() + std::ptrdiff_t(at), LocalText{});
        // The answer names a choice: it keeps naming the same one when a choice goes in before it.
        // An answer past the last choice names none yet (it was typed ahead of its choice): it stays.
        if (r.field == Field::QuestionChoices) {
            Question& q = *s_.steps[std::size_t(r.item)].question;
            if (namesChoice(q.answer, before) && std::size_t(q.answer - 1) >= at) ++q.answer;
        }
        return "";
    }

    std::string operator()(const edit::RemoveEntry& e) {
        if (std::string error = checkRef(e.ref); !error.empty()) return error;
        const FieldRef& r = e.ref;
        if (std::vector<std::string>* strings = stringList(r.part, r.field)) {
            if (!validIndex(r.entry, strings->size())) return noEntry(r, strings->size());
            strings->erase(strings->begin() + r.entry);
            return "";
        }
        if (!isTextList(r.field)) return notList(r);
        std::string error;
        std::vector<LocalText>* list = textList(r, error);
        if (!list) return error;
        if (!validIndex(r.entry, list->size())) return noEntry(r, list->size());
        const std::size_t before = list->size();
        list->erase(list->begin() + r.entry);
        // A choice before the answer went: the answer still names the same choice. When the right
        // choice itself goes, the number stays and the person picks again (the diagnostics say when
        // it is out of range).
        if (r.field == Field::QuestionChoices) {
            Question& q = *s_.steps[std::size_t(r.item)].question;
            if (namesChoice(q.answer, before) && q.answer - 1 > r.entry) --q.answer;
        }
        return "";
    }

    std::string operator()(const edit::MoveEntry& e) {
        if (std::string error = checkRef(e.ref); !error.empty()) return error;
        const FieldRef& r = e.ref;
        const auto move = [&](auto& list) -> std::string {
            if (!validIndex(r.entry, list.size())) return noEntry(r, list.size());
            if (!validIndex(e.to, list.size())) return noEntry(r, list.size(), e.to);
            moveWithin(list, std::size_t(r.entry), std::size_t(e.to));
            return "";
        };
        if (std::vector<std::string>* strings = stringList(r.part, r.field)) return move(*strings);
        if (!isTextList(r.field)) return notList(r);
        std::string error;
        std::vector<LocalText>* list = textList(r, error);
        if (!list) return error;
        if (std::string moved = move(*list); !moved.empty()) return moved;
        Question* q = r.field == Field::QuestionChoices ? &*s_.steps[std::size_t(r.item)].question : nullptr;
        if (q && namesChoice(q->answer, list->size())) {
            const int answer = q->answer - 1;
            if (answer == r.entry) {
                q->answer = e.to + 1;
            } else if (r.entry < answer && e.to >= answer) {
                --q->answer;
            } else if (r.entry > answer && e.to <= answer) {
                ++q->answer;
            }
        }
        return "";
    }

    std::string operator()(const edit::AddItem& e) {
        if (e.part == Part::Scenario) return "The scenario is one item; there is no second one to add.";
        std::size_t at = 0;
        const std::size_t count = std::size_t(itemCount(s_, e.part));
        if (!insertionPoint(e.at, count, at)) {
            return "There is no place " + std::to_string(e.at + 1) + " among the " + partName(e.part) + "s.";
        }
        const std::string& lang = s_.firstLanguage();
        switch (e.part) {
        case Part::Source: {
            Source source;
            source.id = freshId(s_, e.part);
            // An empty citation (cite = "") keeps the scenario valid while the person types it.
            source.cite = LocalText(lang, "");
            insertAt(s_.sources, at, std::move(source));
            break;
        }
        case Part::Structure: {
            Structure structure;
            structure.id = freshId(s_, e.part);
            structure.name = LocalText(lang, "New structure");
            structure.top = LocalText(lang, "People on the top face");
            structure.bottom = LocalText(lang, "People on the bottom face");
            insertAt(s_.structures, at, std::move(structure));
            break;
        }
        case Part::Persona: {
            Persona persona;
            persona.id = freshId(s_, e.part);
            persona.name = LocalText(lang, "New persona");
            insertAt(s_.personas, at, std::move(persona));
            break;
        }
        case Part::Step: {
            Step step;
            step.id = freshId(s_, e.part); // learners' answers on it stay with it wherever it moves
            step.title = LocalText(lang, "New step");
            insertAt(s_.steps, at, std::move(step)); // coins absent: the stage stays as it was
            break;
        }
        case Part::Scenario: break;
        }
        return "";
    }

    std::string operator()(const edit::DuplicateItem& e) {
        if (std::string error = checkItem(e.part, e.index); !error.empty()) return error;
        if (e.part == Part::Scenario) return "The scenario is one item; it cannot be duplicated.";
        const std::size_t i = std::size_t(e.index);
        // The copy's references are the original's: a copy of a persona stands where the original stands.
        switch (e.part) {
        case Part::Source: duplicate(s_.sources, i, e.part); break;
        case Part::Structure: duplicate(s_.structures, i, e.part); break;
        case Part::Persona: duplicate(s_.personas, i, e.part); break;
        case Part::Step: {
            // The copy asks the same questions, so only a new id of its own keeps learners' answers on
            // the original from showing on the copy as well.
            Step copy = s_.steps[i];
            copy.id = freshId(s_, e.part);
            insertAt(s_.steps, i + 1, std::move(copy));
            break;
        }
        case Part::Scenario: break;
        }
        return "";
    }

    // References to a deleted source, structure or persona stay where they are: the live
    // diagnostics point at each one, so the person sees what the deletion affects and decides
    // (delete them too, define the item again, or undo), instead of steps silently changing.
    std::string operator()(const edit::DeleteItem& e) {
        if (std::string error = checkItem(e.part, e.index); !error.empty()) return error;
        if (e.part == Part::Scenario) return "The scenario itself cannot be deleted here.";
        const std::ptrdiff_t i = e.index;
        switch (e.part) {
        case Part::Source: s_.sources.erase(s_.sources.begin() + i); break;
        case Part::Structure: s_.structures.erase(s_.structures.begin() + i); break;
        case Part::Persona: s_.personas.erase(s_.personas.begin() + i); break;
        case Part::Step: s_.steps.erase(s_.steps.begin() + i); break;
        case Part::Scenario: break;
        }
        return "";
    }

    std::string operator()(const edit::MoveItem& e) {
        if (std::string error = checkItem(e.part, e.from); !error.empty()) return error;
        if (std::string error = checkItem(e.part, e.to); !error.empty()) return error;
        const std::size_t from = std::size_t(e.from);
        const std::size_t to = std::size_t(e.to);
        switch (e.part) {
        case Part::Source: moveWithin(s_.sources, from, to); break;
        case Part::Structure: moveWithin(s_.structures, from, to); break;
        case Part::Persona: moveWithin(s_.personas, from, to); break;
        case Part::Step: moveWithin(s_.steps, from, to); break;
        case Part::Scenario: break;
        }
        return "";
    }

  private:
    static bool isText(Field f) { return fieldKind(f) == FieldKind::Text; }
    static bool isTextList(Field f) { return fieldKind(f) == FieldKind::TextList; }

    std::string checkItem(Part part, int item) const {
        const int count = itemCount(s_, part);
        if (item >= 0 && item < count) return "";
        if (part == Part::Scenario) return "The scenario is item 0; there is no item " + std::to_string(item) + ".";
        if (count == 0) return "There are no " + std::string(partName(part)) + "s.";
        return "There is no " + itemName(part, item) + "; there are " + std::to_string(count) + " " + partName(part) +
               (count == 1 ? "." : "s.");
    }

    std::string checkRef(const FieldRef& r) const {
        if (std::string error = checkItem(r.part, r.item); !error.empty()) return error;
        if (!partHas(r.part, r.field)) return noSuchField(r.part, r.field);
        return "";
    }

    static std::string where(const FieldRef& r) {
        return std::string(fieldKey(r.field)) + " of " + itemName(r.part, r.item);
    }
    static std::string noEntry(const FieldRef& r, std::size_t size, int entry) {
        return "There is no entry " + std::to_string(entry + 1) + " in " + where(r) + "; it has " +
               std::to_string(size) + ".";
    }
    static std::string noEntry(const FieldRef& r, std::size_t size) { return noEntry(r, size, r.entry); }
    static std::string noPlace(const FieldRef& r, std::size_t size) {
        return "There is no place " + std::to_string(r.entry + 1) + " in " + where(r) + "; it has " +
               std::to_string(size) + " entries.";
    }
    static std::string notList(const FieldRef& r) { return capitalised(where(r)) + " is not a list of entries."; }
    static std::string notText(const FieldRef& r) {
        return capitalised(where(r)) + " is not a text; set it as a value.";
    }
    static std::string notValue(const FieldRef& r) {
        return capitalised(where(r)) + " is not a plain value; edit it as a text or a list.";
    }

    template <typename E, std::size_t N> static std::string wordList(const std::array<E, N>& all) {
        std::string out;
        for (std::size_t i = 0; i < N; ++i) {
            if (i) out += i + 1 == N ? " and " : ", ";
            out += toString(all[i]);
        }
        return out;
    }

    template <typename E, std::size_t N>
    static std::string setWord(const FieldRef& r, const std::string* text, const std::string& takesWord,
                               std::optional<E>& into, const std::array<E, N>& all,
                               std::optional<E> (*parse)(std::string_view)) {
        if (!text) return takesWord;
        if (text->empty()) {
            into.reset();
            return "";
        }
        const std::optional<E> value = parse(*text);
        if (!value) {
            return "'" + *text + "' is not a " + fieldKey(r.field) + " word; the words are " + wordList(all) + ".";
        }
        into = value;
        return "";
    }

    std::string setPosition(const FieldRef& r, const std::string* text, const std::string& takesWord) {
        if (!text) return takesWord;
        if (r.key.empty()) return "A position needs the id of the structure it is on.";
        Persona& persona = s_.personas[std::size_t(r.item)];
        auto& positions = persona.positions;
        const auto it =
            std::find_if(positions.begin(), positions.end(), [&](const auto& p) { return p.first == r.key; });
        if (text->empty()) {
            if (it != positions.end()) positions.erase(it);
            return "";
        }
        const std::optional<Face> face = parseFace(*text);
        if (!face) return "'" + *text + "' is not a face; a persona stands on the top or the bottom face.";
        if (it != positions.end()) {
            it->second = *face;
        } else {
            positions.emplace_back(r.key, *face);
            sortPositions(persona);
        }
        return "";
    }

    // A new id; references to the old one follow it, so that a rename does not break the scenario.
    std::string setId(Part part, int item, const std::string& id) {
        const std::size_t i = std::size_t(item);
        switch (part) {
        case Part::Scenario: s_.id = id; return "";
        case Part::Source: renameId(s_, part, s_.sources[i].id, id); return "";
        case Part::Structure: renameId(s_, part, s_.structures[i].id, id); return "";
        case Part::Persona: renameId(s_, part, s_.personas[i].id, id); return "";
        case Part::Step: s_.steps[i].id = id; return ""; // nothing in the file refers to a step's id
        }
        return noSuchField(part, Field::Id);
    }

    static void setLanguage(LocalText& text, const std::string& lang, const std::string& value) {
        if (value.empty()) {
            text.byLang.erase(lang);
        } else {
            text.byLang[lang] = value;
        }
    }

    // Authors and languages: lists of plain strings.
    std::vector<std::string>* stringList(Part part, Field field) { return fieldStringList(s_, part, field); }

    // A question's texts and choices are there only when the step has a question; typing a prompt or
    // an explanation (`createQuestion`) starts one.
    std::string noQuestion(const FieldRef& r, bool createQuestion) {
        const bool ofQuestion = tableOf(r.field) == Field::Question;
        Step* step = r.part == Part::Step ? &s_.steps[std::size_t(r.item)] : nullptr;
        if (!ofQuestion || !step || step->question) return "";
        if (createQuestion) {
            step->question = newQuestion();
            return "";
        }
        return capitalised(itemName(r.part, r.item)) + " has no question; add one first.";
    }

    LocalText* textField(const FieldRef& r, bool createQuestion, std::string& error) {
        error = noQuestion(r, createQuestion);
        if (!error.empty()) return nullptr;
        LocalText* text = fieldText(s_, r.part, r.item, r.field);
        if (!text) error = noSuchField(r.part, r.field);
        return text;
    }

    std::vector<LocalText>* textList(const FieldRef& r, std::string& error) {
        error = noQuestion(r, false);
        if (!error.empty()) return nullptr;
        std::vector<LocalText>* list = fieldTextList(s_, r.part, r.item, r.field);
        if (!list) error = noSuchField(r.part, r.field);
        return list;
    }

    template <typename T> static void insertAt(std::vector<T>& list, std::size_t at, T item) {
        list.insert(list.begin() + std::ptrdiff_t(at), std::move(item));
    }

    template <typename T> void duplicate(std::vector<T>& list, std::size_t i, Part part) {
        T copy = list[i];
        copy.id = copyId(s_, part, list[i].id);
        insertAt(list, i + 1, std::move(copy));
    }

    Scenario& s_;
};

std::string describeRef(const FieldRef& r) {
    std::string key = fieldKey(r.field);
    std::replace(key.begin(), key.end(), '_', ' ');
    std::replace(key.begin(), key.end(), '.', ' ');
    std::string out = itemName(r.part, r.item) + " " + key;
    if (r.entry >= 0) out += " " + std::to_string(r.entry + 1);
    if (r.field == Field::Positions && !r.key.empty()) out += " on " + r.key;
    return out;
}

} // namespace

std::string applyEdit(Scenario& scenario, const ScenarioEdit& edit) {
    // On a copy: an edit that fails half-way (a question created, then an entry out of range) must
    // leave nothing behind. Scenarios are small, and edits come at the pace of typing.
    Scenario work = scenario;
    std::string error = std::visit(Editor(work), edit);
    if (error.empty()) scenario = std::move(work);
    return error;
}

// Typing into one field makes one undo step: texts and typed values (ids, paths, colours, numbers)
// of the same field, language, entry and key. Lists chosen with toggles (coins, levels …) and
// structural edits are each their own step.
bool mergesWithPrevious(const ScenarioEdit& previous, const ScenarioEdit& next) {
    if (const auto* a = std::get_if<edit::SetText>(&previous)) {
        const auto* b = std::get_if<edit::SetText>(&next);
        return b && a->ref == b->ref;
    }
    if (const auto* a = std::get_if<edit::SetValue>(&previous)) {
        const auto* b = std::get_if<edit::SetValue>(&next);
        if (!b || !(a->ref == b->ref) || a->value.index() != b->value.index()) return false;
        // Languages and authors are typed as whole lists; coins, personas and levels are picked.
        if (std::holds_alternative<std::vector<std::string>>(a->value)) {
            return a->ref.field == Field::Languages || a->ref.field == Field::Authors;
        }
        // Words picked from a list are choices, not typing.
        return a->ref.field != Field::Show && a->ref.field != Field::Action && a->ref.field != Field::Positions &&
               a->ref.field != Field::Focus && a->ref.field != Field::SourceRef;
    }
    return false;
}

std::string describeEdit(const ScenarioEdit& edit) {
    return std::visit(
        [](const auto& e) -> std::string {
            using E = std::decay_t<decltype(e)>;
            if constexpr (std::is_same_v<E, edit::SetText> || std::is_same_v<E, edit::SetValue>) {
                return "Edit " + describeRef(e.ref);
            } else if constexpr (std::is_same_v<E, edit::ClearValue>) {
                return (e.ref.field == Field::Question ? "Remove " : "Clear ") + describeRef(e.ref);
            } else if constexpr (std::is_same_v<E, edit::AddEntry>) {
                if (e.ref.field == Field::Question) return "Add " + describeRef(e.ref);
                FieldRef list = e.ref;
                list.entry = -1;
                return "Add an entry to " + describeRef(list);
            } else if constexpr (std::is_same_v<E, edit::RemoveEntry>) {
                return "Remove " + describeRef(e.ref);
            } else if constexpr (std::is_same_v<E, edit::MoveEntry>) {
                return "Move " + describeRef(e.ref);
            } else if constexpr (std::is_same_v<E, edit::AddItem>) {
                return std::string("Add ") + partName(e.part);
            } else if constexpr (std::is_same_v<E, edit::DuplicateItem>) {
                return "Duplicate " + itemName(e.part, e.index);
            } else if constexpr (std::is_same_v<E, edit::DeleteItem>) {
                return "Delete " + itemName(e.part, e.index);
            } else {
                return "Move " + itemName(e.part, e.from);
            }
        },
        edit);
}

} // namespace cs
