// The canonical scenario writer: our own emitter, because toml++ drops comments and sorts keys.
// Key order and layout are documented in docs/scenario-format.md ("Canonical form").
#include "core/scenario/writer.h"

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
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return std::string(buffer, result.ptr);
}

class Writer {
  public:
    Writer(const Scenario& scenario, std::vector<LineOrigin>* origins)
        : languages_(scenario.languages), origins_(origins) {
        if (languages_.empty()) languages_.push_back(scenario.firstLanguage());
    }

    std::string write(const Scenario& s) {
        at(Part::Scenario, 0);
        line("format", std::to_string(s.format));
        lineIf("id", s.id);
        textIf("title", s.title);
        line("languages", stringList(languages_));
        textIf("summary", s.summary);
        if (!s.authors.empty()) line("authors", stringList(s.authors));
        for (std::size_t i = 0; i < s.sources.size(); ++i) {
            const Source& source = s.sources[i];
            at(Part::Source, i);
            header("[[source]]");
            lineIf("id", source.id);
            textIf("cite", source.cite);
            lineIf("url", source.url);
        }
        for (std::size_t i = 0; i < s.structures.size(); ++i) {
            at(Part::Structure, i);
            writeStructure(s.structures[i]);
        }
        for (std::size_t i = 0; i < s.personas.size(); ++i) {
            at(Part::Persona, i);
            writePersona(s.personas[i]);
        }
        for (std::size_t i = 0; i < s.steps.size(); ++i) {
            at(Part::Step, i);
            writeStep(s.steps[i]);
        }
        return std::move(out_);
    }

  private:
    void writeStructure(const Structure& s) {
        header("[[structure]]");
        lineIf("id", s.id);
        textIf("name", s.name);
        textIf("top", s.top);
        textIf("bottom", s.bottom);
        if (s.color) line("color", tomlString(toHex(*s.color)));
        if (!s.levels.empty()) {
            std::vector<std::string> names;
            for (Level l : s.levels)
                names.emplace_back(toString(l));
            line("levels", stringList(names));
        }
        textListIf("advantages", s.advantages);
        textListIf("disadvantages", s.disadvantages);
        lineIf("source", s.source);
    }

    void writePersona(const Persona& p) {
        header("[[persona]]");
        lineIf("id", p.id);
        textIf("name", p.name);
        textIf("description", p.description);
        lineIf("image", p.image);
        if (!p.positions.empty()) {
            std::string table = "{ ";
            for (std::size_t i = 0; i < p.positions.size(); ++i) {
                if (i) table += ", ";
                table += tomlKey(p.positions[i].first) + " = " + tomlString(toString(p.positions[i].second));
            }
            line("positions", table + " }");
        }
    }

    void writeStep(const Step& s) {
        header("[[step]]");
        lineIf("id", s.id);
        textIf("title", s.title);
        textIf("text", s.text);
        lineIf("image", s.image);
        textIf("notes", s.notes);
        if (s.coins) line("coins", stringList(*s.coins));
        if (s.personas) line("personas", stringList(*s.personas));
        if (s.focus) line("focus", tomlString(*s.focus));
        if (s.show) line("show", tomlString(toString(*s.show)));
        if (s.action) line("action", tomlString(toString(*s.action)));
        textIf("reflect", s.reflect);
        textIf("discuss", s.discuss);
        if (s.minutes) line("minutes", number(*s.minutes));
        textIf("content_note", s.contentNote);
        textListIf("pushback", s.pushback);
        // A sub-table must follow the step's own keys, so the question is always written last.
        if (s.question) {
            const Question& q = *s.question;
            header("[step.question]", "question");
            textIf("prompt", q.prompt, "question.prompt");
            textListIf("choices", q.choices, "question.choices");
            line("answer", std::to_string(q.answer), "question.answer");
            textIf("explain", q.explain, "question.explain");
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

    void lineIf(std::string_view key, const std::string& value) {
        if (!value.empty()) line(key, tomlString(value));
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
