// The TOML pass of the scenario parser: toml++ → model, with syntax, key, type, enum and range
// diagnostics. toml++ comes through core/toml_include.h, like everywhere in core.
#include "core/scenario/parse_internal.h"
#include "core/scenario/parser.h"
#include "core/scenario/text_util.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <span>

#include "core/toml_include.h" // toml++ with the project's configuration: the reasons are there

namespace cs::detail {
namespace {

// Keys each table may have, in the order the docs and the writer use.
constexpr std::array<std::string_view, 10> kRootKeys{"format",  "id",     "title",     "languages", "summary",
                                                     "authors", "source", "structure", "persona",   "step"};
constexpr std::array<std::string_view, 3> kSourceKeys{"id", "cite", "url"};
constexpr std::array<std::string_view, 9> kStructureKeys{"id",     "name",       "top",           "bottom", "color",
                                                         "levels", "advantages", "disadvantages", "source"};
constexpr std::array<std::string_view, 5> kPersonaKeys{"id", "name", "description", "image", "positions"};
constexpr std::array<std::string_view, 17> kStepKeys{
    "id",     "title",    "text",    "image",   "notes",   "coins", "personas",     "focus",   "show",
    "action", "question", "reflect", "discuss", "minutes", "join",  "content_note", "pushback"};
constexpr std::array<std::string_view, 4> kQuestionKeys{"prompt", "choices", "answer", "explain"};

constexpr double kMaxMinutes = 600;

SourcePos posOf(const toml::source_region& region) {
    return SourcePos{int(std::min<toml::source_index>(region.begin.line, 1u << 30)),
                     int(std::min<toml::source_index>(region.begin.column, 1u << 30))};
}
SourcePos posOf(const toml::node& n) {
    return posOf(n.source());
}
SourcePos posOf(const toml::key& k) {
    return posOf(k.source());
}

std::string code(std::string_view key) {
    return "`" + std::string(key) + "`";
}

bool contains(std::span<const std::string_view> list, std::string_view value) {
    return std::find(list.begin(), list.end(), value) != list.end();
}

// toml++ says "Error while parsing key: expected …"; keep its words, name them as TOML syntax.
std::string syntaxMessage(std::string_view description) {
    constexpr std::string_view kPrefix = "Error while parsing ";
    std::string text(description);
    if (text.starts_with(kPrefix)) {
        const std::size_t colon = text.find(": ");
        if (colon != std::string::npos) {
            const std::string what = text.substr(kPrefix.size(), colon - kPrefix.size());
            const bool vowel = !what.empty() && std::string_view("aeiou").find(what[0]) != std::string_view::npos;
            text = std::string("while reading ") + (vowel ? "an " : "a ") + what + ": " + text.substr(colon + 2);
        }
    }
    std::string hint;
    if (text.find("redefin") != std::string::npos) {
        hint = " (each key may be written once per table; each [[step]] header starts a new step)";
    } else if (text.find("unescaped control characters") != std::string::npos) {
        hint = " (is a closing quote missing? Use \"\"\" … \"\"\" for text over several lines)";
    }
    return "TOML syntax error " + text + hint;
}

class Reader {
  public:
    explicit Reader(DiagnosticSink& sink) : sink_(sink) {}

    ReadDocument read(std::string_view text) {
        toml::parse_result parsed = toml::parse(text, std::string_view{});
        if (!parsed) {
            sink_.error(posOf(parsed.error().source()), syntaxMessage(parsed.error().description()));
            return std::move(doc_);
        }
        const toml::table& root = parsed.table();
        if (root.empty()) {
            sink_.fileError("the file has no settings; a scenario starts with `format = 1` "
                            "(see scenarios/template.toml)");
            return std::move(doc_);
        }
        if (!readFormat(root)) return std::move(doc_);
        doc_.parsed = true;
        readLanguages(root);
        checkKeys(root, kRootKeys, "at the top level");
        Scenario& s = doc_.scenario;
        if (auto id = requiredId(root, "id", SourcePos{1, 1}, "at the top of the file", nullptr)) s.id = id->value;
        if (auto title = requiredText(root, "title", SourcePos{1, 1}, "at the top of the file")) s.title = *title;
        if (const toml::node* n = root.get("summary")) s.summary = localText(*n, "summary").value_or(LocalText{});
        if (const toml::node* n = root.get("authors")) s.authors = stringList(*n, "authors");
        for (const toml::table* t : tableList(root, "source"))
            readSource(*t);
        for (const toml::table* t : tableList(root, "structure"))
            readStructure(*t);
        for (const toml::table* t : tableList(root, "persona"))
            readPersona(*t);
        for (const toml::table* t : tableList(root, "step"))
            readStep(*t);
        return std::move(doc_);
    }

  private:
    // --- file header -------------------------------------------------------------------------------

    bool readFormat(const toml::table& root) {
        const toml::node* n = root.get("format");
        if (!n) {
            sink_.error(SourcePos{1, 1}, "missing `format`; add `format = 1` at the top of the file");
            return true; // probably forgotten: check the rest as format 1
        }
        const auto* value = n->as_integer();
        if (!value) {
            sink_.error(posOf(*n), "`format` must be a whole number, found " + kindOf(*n) + "; write `format = 1`");
            return true;
        }
        const std::int64_t v = value->get();
        if (std::find(std::begin(kSupportedFormats), std::end(kSupportedFormats), v) == std::end(kSupportedFormats)) {
            std::vector<std::string> supported;
            for (int f : kSupportedFormats)
                supported.push_back(std::to_string(f));
            sink_.error(posOf(*n), "unsupported format " + std::to_string(v) +
                                       "; this version of Coin Model Studio reads format " +
                                       joinList(supported, " or ") +
                                       " (write `format = 1`, or open the file with a newer version)");
            return false; // the rest follows rules this version does not know
        }
        doc_.scenario.format = int(v);
        return true;
    }

    void readLanguages(const toml::table& root) {
        std::vector<std::string>& languages = doc_.scenario.languages;
        languages.clear();
        if (const toml::node* n = root.get("languages")) {
            if (const toml::array* list = asList(*n, "languages", "[\"en\", \"fr\"]")) {
                if (list->empty()) sink_.error(posOf(*n), "`languages` is empty; list at least one, e.g. [\"en\"]");
                for (const toml::node& item : *list) {
                    const auto* str = item.as_string();
                    if (!str) {
                        sink_.error(posOf(item), "each language must be a string like \"en\"; found " + kindOf(item));
                        continue;
                    }
                    const std::string& lang = str->get();
                    if (!isValidLanguageCode(lang)) {
                        sink_.error(posOf(item), quoteValue(lang) + " is not a language code; use codes like en, fr, "
                                                                    "fr-CA or crk (lower-case letters)");
                    } else if (std::find(languages.begin(), languages.end(), lang) != languages.end()) {
                        sink_.error(posOf(item), "language " + quoteValue(lang) + " is listed twice in `languages`");
                    } else {
                        languages.push_back(lang);
                    }
                }
            }
        }
        if (languages.empty()) languages.push_back("en");
    }

    // --- shapes --------------------------------------------------------------------------------------

    // Unknown keys are errors: a typo must not silently drop a setting.
    void checkKeys(const toml::table& table, std::span<const std::string_view> allowed, std::string_view where) {
        for (auto&& [key, value] : table) {
            const std::string_view name = key.str();
            if (contains(allowed, name)) continue;
            std::string message = "unknown key " + quoteValue(name) + " " + std::string(where);
            const std::string suggestion = closestMatch(name, allowed);
            if (!suggestion.empty()) {
                message += didYouMean(suggestion);
            } else if (contains(kRootKeys, name)) {
                message += "; " + code(name) + " belongs at the top of the file, before the first [[…]] header";
            } else if (contains(kStepKeys, name) || contains(kStructureKeys, name) || contains(kPersonaKeys, name)) {
                message += "; " + code(name) + " belongs under a [[step]], [[structure]] or [[persona]] header";
            } else {
                message += "; the keys here are: " + joinList(allowed);
            }
            sink_.error(posOf(key), message);
        }
    }

    void missing(SourcePos tablePos, std::string_view where, std::string_view key, std::string_view example) {
        sink_.error(tablePos, "missing " + code(key) + " " + std::string(where) + "; add `" + std::string(key) + " = " +
                                  std::string(example) + "`");
    }

    const toml::array* asList(const toml::node& n, std::string_view key, std::string_view example) {
        if (const toml::array* a = n.as_array()) return a;
        sink_.error(posOf(n), code(key) + " must be a list like " + std::string(example) + "; found " + kindOf(n));
        return nullptr;
    }

    // [[step]] and friends: an array of tables. `[step]` (one bracket) is a common slip.
    std::vector<const toml::table*> tableList(const toml::table& root, std::string_view key) {
        std::vector<const toml::table*> out;
        const toml::node* n = root.get(key);
        if (!n) return out;
        const std::string header = "[[" + std::string(key) + "]]";
        if (n->is_table()) {
            sink_.error(posOf(*n), "write " + header + " with two brackets: a scenario holds a list of them");
            return out;
        }
        const toml::array* list = n->as_array();
        if (!list) {
            sink_.error(posOf(*n), code(key) + " must be a list of tables, each written as a " + header +
                                       " section; found " + kindOf(*n));
            return out;
        }
        for (const toml::node& item : *list) {
            if (const toml::table* t = item.as_table()) {
                out.push_back(t);
            } else {
                sink_.error(posOf(item), "each entry of " + code(key) + " must be a table (a " + header +
                                             " section); found " + kindOf(item));
            }
        }
        return out;
    }

    // --- values --------------------------------------------------------------------------------------

    std::optional<std::string> stringValue(const toml::node& n, std::string_view key, bool listItem = false) {
        if (const auto* s = n.as_string()) return s->get();
        sink_.error(posOf(n),
                    (listItem ? "each item of " + code(key) : code(key)) + " must be a string; found " + kindOf(n));
        return std::nullopt;
    }

    // Any text: a string (in the first language) or a table { lang = "text" }.
    std::optional<LocalText> localText(const toml::node& n, std::string_view key) {
        const std::vector<std::string>& languages = doc_.scenario.languages;
        if (const auto* s = n.as_string()) {
            doc_.texts.push_back(TextSite{{languages.front()}, posOf(n)});
            return LocalText(languages.front(), s->get());
        }
        const toml::table* table = n.as_table();
        if (!table) {
            sink_.error(posOf(n), code(key) +
                                      " must be text: a string, or a table like { en = \"…\", fr = \"…\" }; "
                                      "found " +
                                      kindOf(n));
            return std::nullopt;
        }
        if (table->empty()) {
            sink_.error(posOf(n), code(key) + " is an empty table; write a string or { en = \"…\", fr = \"…\" }, "
                                              "or remove it");
            return std::nullopt;
        }
        LocalText out;
        TextSite site{{}, posOf(n)};
        bool ok = true;
        for (auto&& [langKey, value] : *table) {
            const std::string lang(langKey.str());
            if (!isValidLanguageCode(lang)) {
                sink_.error(posOf(langKey), quoteValue(lang) + " is not a language code; the keys of a text are codes "
                                                               "like en, fr or fr-CA");
                ok = false;
                continue;
            }
            const auto* str = value.as_string();
            if (!str) {
                sink_.error(posOf(value),
                            "the " + lang + " text of " + code(key) + " must be a string; found " + kindOf(value));
                ok = false;
                continue;
            }
            if (std::find(languages.begin(), languages.end(), lang) == languages.end()) {
                sink_.warning(posOf(langKey), "language " + quoteValue(lang) + " is not listed in `languages` (" +
                                                  joinList(languages) + "); add it there or remove this text");
            }
            out.byLang.emplace(lang, str->get());
            site.languages.push_back(lang);
        }
        doc_.texts.push_back(std::move(site));
        if (!ok) return std::nullopt;
        return out;
    }

    // References and people's names usually read the same in every language: the text just read
    // gets no missing-translation warning (a table with several languages is still fine).
    void sameInEveryLanguage() {
        if (!doc_.texts.empty()) doc_.texts.back().translationExpected = false;
    }

    std::vector<LocalText> textList(const toml::node& n, std::string_view key) {
        std::vector<LocalText> out;
        const toml::array* list = asList(n, key, "[\"…\", \"…\"]");
        if (!list) return out;
        for (const toml::node& item : *list) {
            if (auto t = localText(item, key)) out.push_back(std::move(*t));
        }
        return out;
    }

    std::vector<std::string> stringList(const toml::node& n, std::string_view key) {
        std::vector<std::string> out;
        const toml::array* list = asList(n, key, "[\"…\", \"…\"]");
        if (!list) return out;
        for (const toml::node& item : *list) {
            if (auto s = stringValue(item, key, true)) out.push_back(std::move(*s));
        }
        return out;
    }

    // A reference or id: a string with where it was written. Syntax of ids is checked where defined.
    std::optional<Located> located(const toml::node& n, std::string_view key, bool listItem = false) {
        if (auto s = stringValue(n, key, listItem)) return Located{std::move(*s), posOf(n)};
        return std::nullopt;
    }

    std::optional<std::vector<Located>> locatedList(const toml::node& n, std::string_view key,
                                                    std::string_view example) {
        const toml::array* list = asList(n, key, example);
        if (!list) return std::nullopt;
        std::vector<Located> out;
        for (const toml::node& item : *list) {
            if (auto l = located(item, key, true)) out.push_back(std::move(*l));
        }
        return out;
    }

    std::optional<Located> requiredId(const toml::table& t, std::string_view key, SourcePos tablePos,
                                      std::string_view where, std::vector<Located>* ids) {
        const toml::node* n = t.get(key);
        if (!n) {
            missing(tablePos, where, key, "\"some-id\"");
            return std::nullopt;
        }
        return idValue(*n, key, ids);
    }

    // An id where it is defined: a string in id shape, recorded in `ids` for the uniqueness check.
    std::optional<Located> idValue(const toml::node& n, std::string_view key, std::vector<Located>* ids) {
        auto id = located(n, key);
        if (!id) return std::nullopt;
        if (!isValidId(id->value)) {
            sink_.error(id->pos, quoteValue(id->value) + " is not a valid id: use letters, digits, '-' and '_' "
                                                         "(at most 64), e.g. \"settler-colonialism\"");
        }
        // Recorded even when malformed, so references to it do not add a second error.
        if (ids) ids->push_back(*id);
        return id;
    }

    std::optional<LocalText> requiredText(const toml::table& t, std::string_view key, SourcePos tablePos,
                                          std::string_view where) {
        const toml::node* n = t.get(key);
        if (!n) {
            missing(tablePos, where, key, "\"…\"");
            return std::nullopt;
        }
        return localText(*n, key);
    }

    template <typename E, std::size_t N>
    std::optional<E> enumValue(const toml::node& n, std::string_view key, const std::array<E, N>& all,
                               std::optional<E> (*parse)(std::string_view)) {
        std::vector<std::string_view> names;
        for (E e : all)
            names.push_back(toString(e));
        const std::string expected = "expected one of: " + joinList(names);
        const auto* s = n.as_string();
        if (!s) {
            sink_.error(posOf(n), code(key) + ": " + expected + "; found " + kindOf(n));
            return std::nullopt;
        }
        if (auto e = parse(s->get())) return e;
        sink_.error(posOf(n), code(key) + ": " + expected + "; found " + quoteValue(s->get()) +
                                  didYouMean(closestMatch(s->get(), names)));
        return std::nullopt;
    }

    // --- sections ------------------------------------------------------------------------------------

    void readSource(const toml::table& t) {
        constexpr std::string_view where = "in this [[source]]";
        checkKeys(t, kSourceKeys, "in [[source]]");
        Source source;
        source.pos = posOf(t);
        if (auto id = requiredId(t, "id", source.pos, where, &doc_.sourceIds)) source.id = id->value;
        if (auto cite = requiredText(t, "cite", source.pos, where)) source.cite = *cite;
        if (t.get("cite")) sameInEveryLanguage();
        if (const toml::node* n = t.get("url")) {
            if (auto url = stringValue(*n, "url")) {
                if (!url->starts_with("https://") && !url->starts_with("http://")) {
                    sink_.error(posOf(*n), "`url` must be a web address starting with https:// or http://");
                }
                source.url = *url;
            }
        }
        doc_.scenario.sources.push_back(std::move(source));
    }

    void readStructure(const toml::table& t) {
        constexpr std::string_view where = "in this [[structure]]";
        checkKeys(t, kStructureKeys, "in [[structure]]");
        Structure s;
        s.pos = posOf(t);
        if (auto id = requiredId(t, "id", s.pos, where, &doc_.structureIds)) s.id = id->value;
        if (auto name = requiredText(t, "name", s.pos, where)) s.name = *name;
        if (auto top = requiredText(t, "top", s.pos, where)) s.top = *top;
        if (auto bottom = requiredText(t, "bottom", s.pos, where)) s.bottom = *bottom;
        if (const toml::node* n = t.get("color")) {
            if (auto hex = stringValue(*n, "color")) {
                s.color = parseHexColor(*hex);
                if (!s.color) {
                    sink_.error(posOf(*n), quoteValue(*hex) + " is not a colour; write \"#RRGGBB\" or \"#RGB\" in "
                                                              "hexadecimal, e.g. \"#0072B2\"");
                }
            }
        }
        if (const toml::node* n = t.get("levels")) {
            if (const toml::array* list = asList(*n, "levels", "[\"institutional\", \"interpersonal\"]")) {
                for (const toml::node& item : *list) {
                    auto level = enumValue(item, "levels", kAllLevels, &parseLevel);
                    if (!level) continue;
                    if (std::find(s.levels.begin(), s.levels.end(), *level) != s.levels.end()) {
                        sink_.error(posOf(item), "level " + quoteValue(toString(*level)) + " is listed twice");
                        continue;
                    }
                    s.levels.push_back(*level);
                }
            }
        }
        if (const toml::node* n = t.get("advantages")) s.advantages = textList(*n, "advantages");
        if (const toml::node* n = t.get("disadvantages")) s.disadvantages = textList(*n, "disadvantages");
        if (const toml::node* n = t.get("source")) {
            if (auto ref = located(*n, "source")) {
                s.source = ref->value;
                doc_.structureSourceRefs.push_back(std::move(*ref));
            }
        }
        doc_.scenario.structures.push_back(std::move(s));
    }

    void readPersona(const toml::table& t) {
        constexpr std::string_view where = "in this [[persona]]";
        checkKeys(t, kPersonaKeys, "in [[persona]]");
        Persona p;
        p.pos = posOf(t);
        if (auto id = requiredId(t, "id", p.pos, where, &doc_.personaIds)) p.id = id->value;
        if (auto name = requiredText(t, "name", p.pos, where)) p.name = *name;
        if (t.get("name")) sameInEveryLanguage();
        if (const toml::node* n = t.get("description"))
            p.description = localText(*n, "description").value_or(LocalText{});
        if (const toml::node* n = t.get("image")) {
            if (auto image = stringValue(*n, "image")) {
                p.image = *image;
                p.imagePos = posOf(*n);
                doc_.images.push_back(ImageSite{*image, p.imagePos});
            }
        }
        if (const toml::node* n = t.get("positions")) {
            if (const toml::table* positions = n->as_table()) {
                for (auto&& [key, value] : *positions) {
                    doc_.positionRefs.push_back(Located{std::string(key.str()), posOf(key)});
                    if (auto face = enumValue(value, "positions." + std::string(key.str()), kAllFaces, &parseFace)) {
                        p.positions.emplace_back(std::string(key.str()), *face);
                    }
                }
            } else {
                sink_.error(posOf(*n), "`positions` must be a table of structure ids and faces, like "
                                       "{ ableism = \"bottom\", racism = \"top\" }; found " +
                                           kindOf(*n));
            }
        }
        doc_.scenario.personas.push_back(std::move(p));
    }

    void readQuestion(const toml::node& n, Step& step) {
        const toml::table* t = n.as_table();
        if (!t) {
            sink_.error(posOf(n), "`question` must be a table like { prompt = \"…\", choices = [\"…\", \"…\"], "
                                  "answer = 1 }; found " +
                                      kindOf(n));
            return;
        }
        constexpr std::string_view where = "in this `question`";
        checkKeys(*t, kQuestionKeys, "in `question`");
        Question q;
        const SourcePos pos = posOf(n);
        if (auto prompt = requiredText(*t, "prompt", pos, where)) q.prompt = *prompt;
        const toml::node* choices = t->get("choices");
        bool choicesOk = false;
        if (!choices) {
            missing(pos, where, "choices", "[\"…\", \"…\"]");
        } else if (const toml::array* list = asList(*choices, "choices", "[\"…\", \"…\"]")) {
            q.choices = textList(*choices, "choices");
            choicesOk = q.choices.size() == list->size();
            if (list->size() < 2) {
                sink_.error(posOf(*choices), "a question needs at least two choices");
                choicesOk = false;
            }
        }
        if (const toml::node* answer = t->get("answer")) {
            if (const auto* value = answer->as_integer()) {
                const std::int64_t a = value->get();
                if (choicesOk && (a < 1 || a > std::int64_t(q.choices.size()))) {
                    sink_.error(posOf(*answer), "`answer` " + std::to_string(a) + " is out of range: there are " +
                                                    std::to_string(q.choices.size()) +
                                                    " choices, counted from 1 (answer = 1 is the first)");
                } else {
                    q.answer = int(std::clamp<std::int64_t>(a, 1, 1 << 20));
                }
            } else {
                sink_.error(posOf(*answer), "`answer` must be the number of the right choice, counted from 1; "
                                            "found " +
                                                kindOf(*answer));
            }
        } else {
            missing(pos, where, "answer", "1");
        }
        if (const toml::node* explain = t->get("explain"))
            q.explain = localText(*explain, "explain").value_or(LocalText{});
        step.question = std::move(q);
    }

    void readStep(const toml::table& t) {
        checkKeys(t, kStepKeys, "in [[step]]");
        Step step;
        StepSite site;
        step.pos = site.pos = posOf(t);
        if (const toml::node* n = t.get("id")) {
            if (auto id = idValue(*n, "id", &doc_.stepIds)) step.id = id->value;
        }
        if (auto title = requiredText(t, "title", step.pos, "in this [[step]]")) step.title = *title;
        const auto optionalText = [&](std::string_view key, LocalText& into) {
            if (const toml::node* n = t.get(key)) into = localText(*n, key).value_or(LocalText{});
        };
        optionalText("text", step.text);
        optionalText("notes", step.notes);
        optionalText("reflect", step.reflect);
        optionalText("discuss", step.discuss);
        optionalText("content_note", step.contentNote);
        if (const toml::node* n = t.get("image")) {
            if (auto image = stringValue(*n, "image")) {
                step.image = *image;
                step.imagePos = posOf(*n);
                doc_.images.push_back(ImageSite{*image, step.imagePos});
            }
        }
        if (const toml::node* n = t.get("coins")) {
            site.coins = locatedList(*n, "coins", "[\"ableism\", \"racism\"]");
            if (site.coins) {
                step.coins.emplace();
                for (const Located& c : *site.coins)
                    step.coins->push_back(c.value);
            }
        }
        if (const toml::node* n = t.get("personas")) {
            site.personas = locatedList(*n, "personas", "[\"sam\"]");
            if (site.personas) {
                step.personas.emplace();
                for (const Located& p : *site.personas)
                    step.personas->push_back(p.value);
            }
        }
        if (const toml::node* n = t.get("focus")) {
            site.focus = located(*n, "focus");
            if (site.focus) step.focus = site.focus->value;
        }
        if (const toml::node* n = t.get("show")) step.show = enumValue(*n, "show", kAllShows, &parseShow);
        if (const toml::node* n = t.get("action")) {
            step.action = enumValue(*n, "action", kAllActions, &parseAction);
            site.action = step.action;
            site.actionPos = posOf(*n);
        }
        if (const toml::node* n = t.get("question")) readQuestion(*n, step);
        if (const toml::node* n = t.get("minutes")) {
            std::optional<double> minutes;
            if (const auto* i = n->as_integer()) minutes = double(i->get());
            if (const auto* f = n->as_floating_point()) minutes = f->get();
            if (!minutes) {
                sink_.error(posOf(*n), "`minutes` must be a number, e.g. `minutes = 5`; found " + kindOf(*n));
            } else if (!std::isfinite(*minutes) || *minutes < 0 || *minutes > kMaxMinutes) {
                sink_.error(posOf(*n), "`minutes` must be between 0 and " + std::to_string(int(kMaxMinutes)));
            } else {
                step.minutes = minutes;
            }
        }
        if (const toml::node* n = t.get("join")) {
            if (const auto* b = n->as_boolean()) {
                step.join = b->get();
            } else {
                sink_.error(posOf(*n), "`join` must be true or false, e.g. `join = true` (the live room's join code "
                                       "on this step); found " +
                                           kindOf(*n));
            }
        }
        if (const toml::node* n = t.get("pushback")) step.pushback = textList(*n, "pushback");
        doc_.scenario.steps.push_back(std::move(step));
        doc_.steps.push_back(std::move(site));
    }

    DiagnosticSink& sink_;
    ReadDocument doc_;
};

} // namespace

ReadDocument readScenarioToml(std::string_view text, DiagnosticSink& sink) {
    return Reader(sink).read(text);
}

} // namespace cs::detail
