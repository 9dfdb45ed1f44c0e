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
    explicit Writer(const Scenario& scenario) : languages_(scenario.languages) {
        if (languages_.empty()) languages_.push_back(scenario.firstLanguage());
    }

    std::string write(const Scenario& s) {
        line("format", std::to_string(s.format));
        lineIf("id", s.id);
        textIf("title", s.title);
        line("languages", stringList(languages_));
        textIf("summary", s.summary);
        if (!s.authors.empty()) line("authors", stringList(s.authors));
        for (const Source& source : s.sources) {
            header("[[source]]");
            lineIf("id", source.id);
            textIf("cite", source.cite);
            lineIf("url", source.url);
        }
        for (const Structure& structure : s.structures)
            writeStructure(structure);
        for (const Persona& persona : s.personas)
            writePersona(persona);
        for (const Step& step : s.steps)
            writeStep(step);
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
            out_ += "\n[step.question]\n";
            textIf("prompt", q.prompt);
            textListIf("choices", q.choices);
            line("answer", std::to_string(q.answer));
            textIf("explain", q.explain);
        }
    }

    void header(std::string_view name) {
        out_ += '\n';
        out_ += name;
        out_ += '\n';
    }

    void line(std::string_view key, const std::string& value) {
        out_ += tomlKey(key);
        out_ += " = ";
        out_ += value;
        out_ += '\n';
    }

    void lineIf(std::string_view key, const std::string& value) {
        if (!value.empty()) line(key, tomlString(value));
    }

    void textIf(std::string_view key, const LocalText& text) {
        if (!text.empty()) line(key, localText(text));
    }

    void textListIf(std::string_view key, const std::vector<LocalText>& list) {
        if (list.empty()) return;
        std::string value = "[\n";
        for (const LocalText& text : list)
            value += "    " + localText(text) + ",\n";
        line(key, value + "]");
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
    return Writer(scenario).write(scenario);
}

} // namespace cs
