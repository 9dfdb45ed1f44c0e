// The editor's live check: the edited scenario is written as it would be saved and read
// back by the same parser as `--check`, and each problem is placed on the item and key it is about.
// Also: whether a file has comments, which saving in canonical form would drop.
#include "core/editor/editor_state.h"

#include "core/scenario/parser.h"
#include "core/scenario/writer.h"

namespace cs {

namespace {

// "missing `title` in this [[step]]" is reported at the section's header (or at line 1 for the
// top level), where no key is written: the key it names is where the form shows it.
std::string missingKey(const std::string& message) {
    constexpr std::string_view kMissing = "missing `";
    if (message.rfind(kMissing, 0) != 0) return "";
    const std::size_t end = message.find('`', kMissing.size());
    if (end == std::string::npos) return "";
    return message.substr(kMissing.size(), end - kMissing.size());
}

FieldProblem place(const Diagnostic& d, const std::vector<LineOrigin>& origins) {
    FieldProblem problem;
    problem.diagnostic = d;
    if (d.line < 1 || std::size_t(d.line) > origins.size()) return problem; // about the file: Scenario, 0, ""
    const LineOrigin& origin = origins[std::size_t(d.line - 1)];
    problem.part = origin.part;
    problem.item = origin.item;
    problem.key = origin.key;
    if (const std::string missing = missingKey(d.message); !missing.empty()) {
        problem.key = origin.key.starts_with("question") ? "question." + missing : missing;
    }
    return problem;
}

} // namespace

EditedCheck checkEdited(const Scenario& scenario, const std::filesystem::path& folder,
                        const StructureLibrary& builtIns) {
    std::vector<LineOrigin> origins;
    const std::string text = writeScenario(scenario, &origins);
    ParseOptions options;
    options.displayName = "scenario";
    if (!folder.empty()) options.assetDir = folder;
    options.library = &builtIns;
    // Decoding every picture on every keystroke would be slow; a header-level check is enough live,
    // and `--check` and loading still decode.
    options.decodeImages = false;
    const ParseResult parsed = parseScenario(text, options);

    EditedCheck check;
    check.diagnostics = parsed.diagnostics;
    check.problems.reserve(parsed.diagnostics.size());
    for (const Diagnostic& d : parsed.diagnostics)
        check.problems.push_back(place(d, origins));
    check.valid = parsed.errors() == 0;
    return check;
}

bool hasTomlComments(std::string_view text) {
    enum class In { Nothing, Basic, Literal, MultiBasic, MultiLiteral };
    In in = In::Nothing;
    const std::size_t n = text.size();
    // Three of `quote` starting at i (never past the end).
    const auto triple = [&](std::size_t i, char quote) {
        return i + 2 < n && text[i] == quote && text[i + 1] == quote && text[i + 2] == quote;
    };
    for (std::size_t i = 0; i < n; ++i) {
        const char c = text[i];
        switch (in) {
        case In::Nothing:
            if (c == '#') return true;
            if (c == '"' || c == '\'') {
                const bool multi = triple(i, c);
                in = c == '"' ? (multi ? In::MultiBasic : In::Basic) : (multi ? In::MultiLiteral : In::Literal);
                if (multi) i += 2;
            }
            break;
        case In::Basic:
            // A line break ends even an unclosed one-line string (TOML says it is an error), so a
            // '#' on a later line is still seen as the comment it probably is.
            if (c == '\\') {
                ++i; // the escaped character, whatever it is
            } else if (c == '"' || c == '\n') {
                in = In::Nothing;
            }
            break;
        case In::Literal:
            if (c == '\'' || c == '\n') in = In::Nothing;
            break;
        case In::MultiBasic:
        case In::MultiLiteral: {
            const char quote = in == In::MultiBasic ? '"' : '\'';
            if (in == In::MultiBasic && c == '\\') {
                ++i;
            } else if (triple(i, quote)) {
                // Up to two more quotes may stand right before the closing three ("""a""""" ends
                // with the text a""): the whole run belongs to the string.
                while (i + 1 < n && text[i + 1] == quote)
                    ++i;
                in = In::Nothing;
            }
            break;
        }
        }
    }
    return false;
}

} // namespace cs
