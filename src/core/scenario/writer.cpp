// The canonical scenario writer: our own emitter, because toml++ drops comments and sorts keys.
// Each part's keys come in the order of the editor's table of fields (writtenFieldsOf: the order of
// fieldsOf, sub-tables after the plain keys); the layout is documented in docs/scenario-format.md
// ("Canonical form").
#include "core/scenario/writer.h"

#include "core/number_text.h"

#include "core/editor/field_values.h"
#include "core/scenario/text_util.h"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace cs {

namespace {

bool isBareKeyChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
}

void appendUnicodeEscape(std::string& out, unsigned value) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    out += "\\u";
    for (int shift = 12; shift >= 0; shift -= 4)
        out += kHex[(value >> shift) & 15];
}

std::string number(double value) {
    if (std::isnan(value)) return "nan";
    if (std::isinf(value)) return value < 0 ? "-inf" : "inf";
    if (value == std::floor(value) && std::fabs(value) < 1e15) {
        return std::to_string(static_cast<long long>(value));
    }
    return shortestText(value);
}

class Writer {
  public:
    Writer(const Scenario& scenario, std::vector<LineOrigin>* origins)
        : languages_(scenario.languages), origins_(origins) {
        if (languages_.empty()) languages_.push_back(scenario.firstLanguage());
    }

    std::string write(const Scenario& s) {
        // The format's number is the file's, not a field anyone edits: always first.
        at(Part::Scenario, 0);
        line("format", std::to_string(s.format));
        writeFields(s, Part::Scenario, 0);
        for (Part part : {Part::Source, Part::Structure, Part::Persona, Part::Step}) {
            const std::string section = std::string("[[") + partName(part) + "]]";
            for (int i = 0; i < itemCount(s, part); ++i) {
                at(part, std::size_t(i));
                header(section);
                writeFields(s, part, i);
            }
        }
        return std::move(out_);
    }

  private:
    void writeFields(const Scenario& s, Part part, int item) {
        for (Field field : writtenFieldsOf(part)) {
            if (isSubTable(field)) {
                if (!hasSubTable(s, part, item, field)) continue;
                header(std::string("[") + partName(part) + "." + fieldKey(field) + "]", fieldKey(field));
            } else if (tableOf(field) && !hasSubTable(s, part, item, *tableOf(field))) {
                continue;
            }
            writeField(s, part, item, field);
        }
    }

    // One key of one item, when it has a value. In a sub-table the key is written without the
    // table's name ("prompt" under [step.question]); its lines are told as the field's whole key.
    void writeField(const Scenario& s, Part part, int item, Field field) {
        const std::string origin = fieldKey(field);
        std::string key = origin;
        if (const std::optional<Field> table = tableOf(field))
            key = key.substr(std::string_view(fieldKey(*table)).size() + 1);
        switch (fieldKind(field)) {
        case FieldKind::Text:
            if (const LocalText* text = fieldText(s, part, item, field)) textIf(key, *text, origin);
            return;
        case FieldKind::TextList:
            if (const std::vector<LocalText>* list = fieldTextList(s, part, item, field))
                textListIf(key, *list, origin);
            return;
        case FieldKind::Value: break;
        }
        if (const std::string* value = fieldString(s, part, item, field)) {
            if (!value->empty()) line(key, tomlString(*value), origin);
            return;
        }
        const std::size_t i = std::size_t(item);
        static_assert(kFieldCount == 36, "a field was added to the table: write its value here");
        switch (field) {
        case Field::Languages: line(key, stringList(languages_)); return;
        case Field::Authors:
            if (!s.authors.empty()) line(key, stringList(s.authors));
            return;
        case Field::Color:
            if (const auto& color = s.structures[i].color) line(key, tomlString(toHex(*color)));
            return;
        case Field::Levels: {
            std::vector<std::string> names;
            for (Level l : s.structures[i].levels)
                names.emplace_back(toString(l));
            if (!names.empty()) line(key, stringList(names));
            return;
        }
        case Field::Positions: {
            const auto& positions = s.personas[i].positions;
            if (positions.empty()) return;
            std::string table = "{ ";
            for (std::size_t p = 0; p < positions.size(); ++p) {
                if (p) table += ", ";
                table += tomlKey(positions[p].first) + " = " + tomlString(toString(positions[p].second));
            }
            line(key, table + " }");
            return;
        }
        case Field::Coins:
            if (const auto& coins = s.steps[i].coins) line(key, stringList(*coins));
            return;
        case Field::Personas:
            if (const auto& personas = s.steps[i].personas) line(key, stringList(*personas));
            return;
        case Field::Focus:
            if (const auto& focus = s.steps[i].focus) line(key, tomlString(*focus));
            return;
        case Field::Show:
            if (const auto& show = s.steps[i].show) line(key, tomlString(toString(*show)));
            return;
        case Field::Action:
            if (const auto& action = s.steps[i].action) line(key, tomlString(toString(*action)));
            return;
        case Field::Minutes:
            if (const auto& minutes = s.steps[i].minutes) line(key, number(*minutes));
            return;
        case Field::Join:
            if (s.steps[i].join) line(key, "true");
            return;
        case Field::Question: return; // its header (writeFields), then its own keys
        case Field::QuestionAnswer:
            if (const auto& question = s.steps[i].question) line(key, std::to_string(question->answer), origin);
            return;
        default: return; // held as plain strings (fieldString) or texts (fieldText, fieldTextList): written above
        }
    }

    void at(Part part, std::size_t item) {
        part_ = part;
        item_ = int(item);
    }

    // `origin`: the key the header's line belongs to ("" for [[…]] sections).
    void header(std::string_view name, std::string_view origin = "") {
        out_ += '\n';
        lines(1, "");
        out_ += name;
        out_ += '\n';
        lines(1, origin);
    }

    // `origin`: the key its lines are told as, when it differs from the key written.
    void line(std::string_view key, const std::string& value, std::string_view origin = {}) {
        out_ += tomlKey(key);
        out_ += " = ";
        out_ += value;
        out_ += '\n';
        lines(std::size_t(std::count(value.begin(), value.end(), '\n')) + 1, origin.empty() ? key : origin);
    }

    void lines(std::size_t count, std::string_view key) {
        if (!origins_) return;
        for (std::size_t i = 0; i < count; ++i)
            origins_->push_back(LineOrigin{part_, item_, std::string(key)});
    }

    void textIf(std::string_view key, const LocalText& text, std::string_view origin = {}) {
        if (!text.empty()) line(key, localText(text), origin);
    }

    void textListIf(std::string_view key, const std::vector<LocalText>& list, std::string_view origin = {}) {
        if (list.empty()) return;
        std::string value = "[\n";
        for (const LocalText& text : list)
            value += "    " + localText(text) + ",\n";
        line(key, value + "]", origin);
    }

    // A plain string when the text is only in the first language (that is what a plain string
    // means); else an inline table, in the order of `languages`, then any others alphabetically.
    std::string localText(const LocalText& text) const {
        if (text.byLang.size() == 1 && text.byLang.begin()->first == languages_.front()) {
            return tomlString(text.byLang.begin()->second);
        }
        std::vector<std::string> order;
        for (const std::string& lang : languages_) {
            if (text.has(lang)) order.push_back(lang);
        }
        for (const auto& [lang, value] : text.byLang) {
            if (std::find(order.begin(), order.end(), lang) == order.end()) order.push_back(lang);
        }
        std::string out = "{ ";
        for (std::size_t i = 0; i < order.size(); ++i) {
            if (i) out += ", ";
            out += tomlKey(order[i]) + " = " + tomlString(text.byLang.at(order[i]));
        }
        return out + " }";
    }

    static std::string stringList(const std::vector<std::string>& items) {
        std::string out = "[";
        for (std::size_t i = 0; i < items.size(); ++i) {
            if (i) out += ", ";
            out += tomlString(items[i], false);
        }
        return out + "]";
    }

    std::vector<std::string> languages_;
    std::vector<LineOrigin>* origins_;
    Part part_ = Part::Scenario;
    int item_ = 0;
    std::string out_;
};

} // namespace

std::string tomlString(std::string_view text, bool multiLine) {
    // Only plain line feeds go literally into a multi-line string: a parser may normalise "\r\n".
    const bool multi = multiLine && text.find('\n') != std::string_view::npos;
    std::string out = multi ? "\"\"\"\n" : "\"";
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0x80) {
            const std::size_t n = detail::utf8SequenceLength(text, i);
            if (n == 0) {
                appendUnicodeEscape(out, 0xFFFD);
                ++i;
            } else {
                out.append(text.substr(i, n));
                i += n;
            }
            continue;
        }
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += multi ? "\n" : "\\n"; break;
        case '\t': out += "\\t"; break;
        case '\r': out += "\\r"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        default:
            if (c < 0x20 || c == 0x7F) {
                appendUnicodeEscape(out, c);
            } else {
                out += char(c);
            }
        }
        ++i;
    }
    out += multi ? "\"\"\"" : "\"";
    return out;
}

std::string tomlKey(std::string_view key) {
    if (!key.empty() && std::all_of(key.begin(), key.end(), isBareKeyChar)) return std::string(key);
    return tomlString(key, false);
}

std::string writeScenario(const Scenario& scenario) {
    return Writer(scenario, nullptr).write(scenario);
}

std::string writeScenario(const Scenario& scenario, std::vector<LineOrigin>* origins) {
    if (origins) origins->clear();
    return Writer(scenario, origins).write(scenario);
}

} // namespace cs
