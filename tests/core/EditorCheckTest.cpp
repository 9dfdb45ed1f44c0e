// The editor's live check: problems of the edited scenario placed on the item and key they
// are about, the writer's line origins behind that, and finding comments that saving would drop.
#include "ScenarioTestSupport.h"
#include "scenario_text.h"

#include "core/editor/editor_state.h"
#include "core/scenario/writer.h"

#include <algorithm>
#include <memory>
#include <random>

namespace cs {
namespace {

using namespace std::string_literals;
using Strings = std::vector<std::string>;

constexpr std::string_view kCheckedSample = R"(format = 1
id = "check-test"
title = "Checking"
authors = ["Ada"]

[[structure]]
id = "housing"
name = "Housing"
top = "Owners"
bottom = "Renters"
advantages = ["Stable homes", "Equity"]

[[persona]]
id = "sam"
name = "Sam"
positions = { housing = "bottom" }

[[step]]
title = "One"
coins = ["housing"]
personas = ["sam"]

[step.question]
prompt = "Which?"
choices = ["a", "b"]
answer = 2

[[step]]
title = "Two"
text = """
Two lines
of text"""
)";

Scenario checkedSample() {
    const ParseResult r = test::parseText(kCheckedSample, testing::builtInLibrary().get());
    EXPECT_TRUE(r.ok()) << test::describe(r.diagnostics);
    return r.scenario.value_or(Scenario{});
}

FieldRef fieldAt(Part part, int item, Field field, int entry = -1, std::string key = "") {
    FieldRef r;
    r.part = part;
    r.item = item;
    r.field = field;
    r.entry = entry;
    r.key = std::move(key);
    return r;
}

std::string describe(const EditedCheck& check) {
    std::string out = test::describe(check.diagnostics);
    for (const FieldProblem& p : check.problems)
        out += "  part " + std::to_string(int(p.part)) + " item " + std::to_string(p.item) + " key '" + p.key + "'\n";
    return out;
}

// The problems at one field.
std::vector<FieldProblem> problemsAt(const EditedCheck& check, Part part, int item, const std::string& key) {
    std::vector<FieldProblem> out;
    for (const FieldProblem& p : check.problems) {
        if (p.part == part && p.item == item && p.key == key) out.push_back(p);
    }
    return out;
}

bool hasError(const std::vector<FieldProblem>& problems) {
    return std::any_of(problems.begin(), problems.end(),
                       [](const FieldProblem& p) { return p.diagnostic.severity == Severity::Error; });
}

std::vector<std::string> linesOf(const std::string& text) {
    std::vector<std::string> lines;
    std::size_t start = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\n') {
            lines.push_back(text.substr(start, i - start));
            start = i + 1;
        }
    }
    if (start < text.size()) lines.push_back(text.substr(start));
    return lines;
}

TEST(EditorCheckTest, AValidScenarioIsValid) {
    const EditedCheck sampleCheck = checkEdited(checkedSample(), {}, *testing::builtInLibrary());
    EXPECT_TRUE(sampleCheck.valid) << describe(sampleCheck);
    EXPECT_TRUE(sampleCheck.diagnostics.empty()) << describe(sampleCheck);

    ParseOptions options;
    options.library = testing::builtInLibrary().get();
    const std::filesystem::path file = test::sourceDir() / "scenarios/01-introduction.toml";
    const ParseResult intro = loadScenarioFile(file, options);
    ASSERT_TRUE(intro.ok()) << test::describe(intro.diagnostics);
    const EditedCheck check = checkEdited(*intro.scenario, file.parent_path(), *testing::builtInLibrary());
    EXPECT_TRUE(check.valid) << describe(check);
    EXPECT_EQ(countErrors(check.diagnostics), 0) << describe(check);
    EXPECT_EQ(check.problems.size(), check.diagnostics.size());
}

TEST(EditorCheckTest, ADuplicateStepIdIsAProblemOfTheSecondStepsId) {
    Scenario s = checkedSample();
    ASSERT_EQ(applyEdit(s, edit::SetValue{fieldAt(Part::Step, 0, Field::Id), "same"s}), "");
    ASSERT_EQ(applyEdit(s, edit::SetValue{fieldAt(Part::Step, 1, Field::Id), "same"s}), "");
    const EditedCheck check = checkEdited(s, {}, *testing::builtInLibrary());
    EXPECT_FALSE(check.valid);
    const auto problems = problemsAt(check, Part::Step, 1, "id");
    ASSERT_EQ(problems.size(), 1u) << describe(check);
    EXPECT_NE(problems[0].diagnostic.message.find("duplicate step id 'same'"), std::string::npos);
    EXPECT_TRUE(problemsAt(check, Part::Step, 0, "id").empty());
    // A new step from the editor never makes one.
    ASSERT_EQ(applyEdit(s, edit::SetValue{fieldAt(Part::Step, 1, Field::Id), "step-1"s}), "");
    ASSERT_EQ(applyEdit(s, edit::AddItem{Part::Step, -1}), "");
    ASSERT_EQ(applyEdit(s, edit::DuplicateItem{Part::Step, 2}), "");
    EXPECT_TRUE(checkEdited(s, {}, *testing::builtInLibrary()).valid)
        << describe(checkEdited(s, {}, *testing::builtInLibrary()));
}

TEST(EditorCheckTest, AFocusOffStageIsAProblemOfThatStepsFocus) {
    Scenario s = checkedSample();
    ASSERT_EQ(applyEdit(s, edit::SetValue{fieldAt(Part::Step, 1, Field::Focus), "racism"s}), "");
    const EditedCheck check = checkEdited(s, {}, *testing::builtInLibrary());
    EXPECT_FALSE(check.valid);
    const auto problems = problemsAt(check, Part::Step, 1, "focus");
    ASSERT_EQ(problems.size(), 1u) << describe(check);
    EXPECT_EQ(problems[0].diagnostic.severity, Severity::Error);
    EXPECT_NE(problems[0].diagnostic.message.find("racism"), std::string::npos);
    EXPECT_EQ(problems[0].diagnostic.file, "scenario");
    // The same diagnostic, with its line in the text the scenario saves as.
    ASSERT_EQ(check.diagnostics.size(), check.problems.size());
    EXPECT_EQ(check.problems[0].diagnostic, check.diagnostics[0]);
    const auto lines = linesOf(writeScenario(s));
    const int line = problems[0].diagnostic.line;
    ASSERT_GE(line, 1);
    ASSERT_LE(std::size_t(line), lines.size());
    EXPECT_EQ(lines[std::size_t(line - 1)].rfind("focus = ", 0), 0u) << lines[std::size_t(line - 1)];
}

TEST(EditorCheckTest, UnknownCoinsAndPositionsArePlacedOnTheirKeys) {
    Scenario s = checkedSample();
    ASSERT_EQ(applyEdit(s, edit::SetValue{fieldAt(Part::Persona, 0, Field::Positions, -1, "nowhere"), "top"s}), "");
    ASSERT_EQ(applyEdit(s, edit::SetValue{fieldAt(Part::Step, 1, Field::Coins), Strings{"ablism"}}), "");
    const EditedCheck check = checkEdited(s, {}, *testing::builtInLibrary());
    EXPECT_FALSE(check.valid);
    EXPECT_TRUE(hasError(problemsAt(check, Part::Persona, 0, "positions"))) << describe(check);
    EXPECT_TRUE(hasError(problemsAt(check, Part::Step, 1, "coins"))) << describe(check);
}

TEST(EditorCheckTest, MissingRequiredKeysArePlacedOnThoseKeys) {
    Scenario s = checkedSample();
    // An empty text is left out of the file, so the parser says it is missing, at the section's header.
    ASSERT_EQ(applyEdit(s, edit::SetText{fieldAt(Part::Step, 1, Field::Title), ""}), "");
    ASSERT_EQ(applyEdit(s, edit::SetText{fieldAt(Part::Scenario, 0, Field::Title), ""}), "");
    ASSERT_EQ(applyEdit(s, edit::SetText{fieldAt(Part::Structure, 0, Field::Bottom), ""}), "");
    ASSERT_EQ(applyEdit(s, edit::SetText{fieldAt(Part::Step, 0, Field::QuestionPrompt), ""}), "");
    ASSERT_EQ(applyEdit(s, edit::SetValue{fieldAt(Part::Persona, 0, Field::Id), ""s}), "");
    const EditedCheck check = checkEdited(s, {}, *testing::builtInLibrary());
    EXPECT_FALSE(check.valid);
    EXPECT_TRUE(hasError(problemsAt(check, Part::Step, 1, "title"))) << describe(check);
    EXPECT_TRUE(hasError(problemsAt(check, Part::Scenario, 0, "title"))) << describe(check);
    EXPECT_TRUE(hasError(problemsAt(check, Part::Structure, 0, "bottom"))) << describe(check);
    EXPECT_TRUE(hasError(problemsAt(check, Part::Step, 0, "question.prompt"))) << describe(check);
    EXPECT_TRUE(hasError(problemsAt(check, Part::Persona, 0, "id"))) << describe(check);
}

TEST(EditorCheckTest, QuestionProblemsArePlacedOnTheQuestionsKeys) {
    Scenario s = checkedSample();
    ASSERT_EQ(applyEdit(s, edit::SetValue{fieldAt(Part::Step, 0, Field::QuestionAnswer), 3.0}), "");
    EditedCheck check = checkEdited(s, {}, *testing::builtInLibrary());
    EXPECT_TRUE(hasError(problemsAt(check, Part::Step, 0, "question.answer"))) << describe(check);
    ASSERT_EQ(applyEdit(s, edit::SetValue{fieldAt(Part::Step, 0, Field::QuestionAnswer), 1.0}), "");
    ASSERT_EQ(applyEdit(s, edit::RemoveEntry{fieldAt(Part::Step, 0, Field::QuestionChoices, 1)}), "");
    check = checkEdited(s, {}, *testing::builtInLibrary());
    EXPECT_TRUE(hasError(problemsAt(check, Part::Step, 0, "question.choices"))) << describe(check);
    // A choice left empty is an empty table in the file: an error at the choices.
    ASSERT_EQ(applyEdit(s, edit::AddEntry{fieldAt(Part::Step, 0, Field::QuestionChoices)}), "");
    check = checkEdited(s, {}, *testing::builtInLibrary());
    EXPECT_TRUE(hasError(problemsAt(check, Part::Step, 0, "question.choices"))) << describe(check);
    ASSERT_EQ(applyEdit(s, edit::SetText{fieldAt(Part::Step, 0, Field::QuestionChoices, 1), "b"}), "");
    check = checkEdited(s, {}, *testing::builtInLibrary());
    EXPECT_TRUE(check.valid) << describe(check);
}

TEST(EditorCheckTest, PicturesAreLookedForInTheFolderOnlyWhenThereIsOne) {
    test::TempDir dir;
    Scenario s = checkedSample();
    ASSERT_EQ(applyEdit(s, edit::SetValue{fieldAt(Part::Step, 1, Field::Image), "images/missing.png"s}), "");
    const EditedCheck inFolder = checkEdited(s, dir.path(), *testing::builtInLibrary());
    EXPECT_TRUE(inFolder.valid) << describe(inFolder); // a missing picture is a warning
    const auto problems = problemsAt(inFolder, Part::Step, 1, "image");
    ASSERT_EQ(problems.size(), 1u) << describe(inFolder);
    EXPECT_EQ(problems[0].diagnostic.severity, Severity::Warning);

    const EditedCheck nowhere = checkEdited(s, {}, *testing::builtInLibrary());
    EXPECT_TRUE(nowhere.valid);
    EXPECT_TRUE(nowhere.diagnostics.empty()) << describe(nowhere);

    // Where a path may point is checked either way.
    ASSERT_EQ(applyEdit(s, edit::SetValue{fieldAt(Part::Step, 1, Field::Image), "../outside.png"s}), "");
    const EditedCheck outside = checkEdited(s, {}, *testing::builtInLibrary());
    EXPECT_FALSE(outside.valid);
    EXPECT_TRUE(hasError(problemsAt(outside, Part::Step, 1, "image"))) << describe(outside);
}

TEST(EditorCheckTest, EveryWrittenLineHasAnOrigin) {
    Scenario s = checkedSample();
    ASSERT_EQ(applyEdit(s, edit::SetText{fieldAt(Part::Step, 0, Field::QuestionExplain), "One\nand two"}), "");
    ASSERT_EQ(applyEdit(s, edit::AddItem{Part::Source, 0}), "");
    std::vector<LineOrigin> origins;
    const std::string text = writeScenario(s, &origins);
    EXPECT_EQ(text, writeScenario(s)); // the same bytes with or without origins
    const auto lines = linesOf(text);
    ASSERT_EQ(origins.size(), lines.size());
    ASSERT_EQ(std::size_t(std::count(text.begin(), text.end(), '\n')), origins.size());

    // Each line that starts a key carries that key; the lines after it (a multi-line value) too.
    const auto find = [&](const std::string& start, std::size_t from = 0) {
        for (std::size_t i = from; i < lines.size(); ++i) {
            if (lines[i].rfind(start, 0) == 0) return i;
        }
        ADD_FAILURE() << "no line starts with " << start << "\n" << text;
        return std::size_t(0);
    };
    EXPECT_EQ(origins[0], (LineOrigin{Part::Scenario, 0, "format"}));
    EXPECT_EQ(origins[find("authors = ")], (LineOrigin{Part::Scenario, 0, "authors"}));
    const std::size_t source = find("[[source]]");
    EXPECT_EQ(origins[source - 1], (LineOrigin{Part::Source, 0, ""})); // the blank line before it
    EXPECT_EQ(origins[source], (LineOrigin{Part::Source, 0, ""}));
    EXPECT_EQ(origins[source + 1], (LineOrigin{Part::Source, 0, "id"}));
    const std::size_t advantages = find("advantages = [");
    for (std::size_t i = advantages; i < advantages + 4; ++i)
        EXPECT_EQ(origins[i], (LineOrigin{Part::Structure, 0, "advantages"})) << lines[i];
    EXPECT_EQ(lines[advantages + 3], "]");
    EXPECT_EQ(origins[find("positions = ")], (LineOrigin{Part::Persona, 0, "positions"}));
    const std::size_t firstStep = find("[[step]]");
    EXPECT_EQ(origins[firstStep], (LineOrigin{Part::Step, 0, ""}));
    EXPECT_EQ(origins[find("coins = ")], (LineOrigin{Part::Step, 0, "coins"}));
    const std::size_t question = find("[step.question]");
    EXPECT_EQ(origins[question], (LineOrigin{Part::Step, 0, "question"}));
    EXPECT_EQ(origins[find("prompt = ")], (LineOrigin{Part::Step, 0, "question.prompt"}));
    const std::size_t choices = find("choices = [");
    for (std::size_t i = choices; i < choices + 4; ++i)
        EXPECT_EQ(origins[i], (LineOrigin{Part::Step, 0, "question.choices"})) << lines[i];
    EXPECT_EQ(origins[find("answer = ")], (LineOrigin{Part::Step, 0, "question.answer"}));
    const std::size_t explain = find("explain = ");
    for (std::size_t i = explain; i < explain + 3; ++i)
        EXPECT_EQ(origins[i], (LineOrigin{Part::Step, 0, "question.explain"})) << lines[i];
    const std::size_t secondStep = find("[[step]]", firstStep + 1);
    EXPECT_EQ(origins[secondStep], (LineOrigin{Part::Step, 1, ""}));
    const std::size_t textLine = find("text = ", secondStep);
    ASSERT_EQ(lines.size(), textLine + 3); // text = """ / Two lines / of text"""
    for (std::size_t i = textLine; i < lines.size(); ++i)
        EXPECT_EQ(origins[i], (LineOrigin{Part::Step, 1, "text"})) << lines[i];

    // A scenario's own lines, however many: always one origin per line.
    ParseOptions options;
    options.library = testing::builtInLibrary().get();
    for (const auto& file : test::tomlFilesIn(test::sourceDir() / "scenarios")) {
        const ParseResult r = loadScenarioFile(file, options);
        ASSERT_TRUE(r.ok()) << file;
        const std::string written = writeScenario(*r.scenario, &origins);
        EXPECT_EQ(origins.size(), linesOf(written).size()) << file;
        EXPECT_EQ(written, writeScenario(*r.scenario)) << file;
    }
}

TEST(EditorCheckTest, CommentsAreFoundOutsideStringsOnly) {
    EXPECT_FALSE(hasTomlComments(""));
    EXPECT_FALSE(hasTomlComments("format = 1\nid = \"x\"\n"));
    EXPECT_TRUE(hasTomlComments("# a comment\nformat = 1\n"));
    EXPECT_TRUE(hasTomlComments("format = 1 # trailing\n"));
    EXPECT_TRUE(hasTomlComments("#"));
    // '#' inside each of the four kinds of string is text, not a comment.
    EXPECT_FALSE(hasTomlComments("title = \"Step #1\"\n"));
    EXPECT_FALSE(hasTomlComments("color = '#0072B2'\n"));
    EXPECT_FALSE(hasTomlComments("text = \"\"\"\nline # one\n\"\"\"\n"));
    EXPECT_FALSE(hasTomlComments("text = '''\nline # one\n'''\n"));
    // … and after each one closes, a '#' is a comment again.
    EXPECT_TRUE(hasTomlComments("title = \"Step #1\" # one\n"));
    EXPECT_TRUE(hasTomlComments("color = '#0072B2' # blue\n"));
    EXPECT_TRUE(hasTomlComments("text = \"\"\"\nline # one\n\"\"\" # end\n"));
    EXPECT_TRUE(hasTomlComments("text = '''\nline # one\n''' # end\n"));
    // Escapes: \" does not end a basic string; a literal string has no escapes.
    EXPECT_FALSE(hasTomlComments("t = \"say \\\"#1\\\" \\\\\"\n"));
    EXPECT_TRUE(hasTomlComments("t = \"a\\\\\" # after an escaped backslash\n"));
    EXPECT_TRUE(hasTomlComments("t = 'C:\\' # literal: the backslash is text\n"));
    EXPECT_FALSE(hasTomlComments("t = \"\"\"a \\\"\"\" # still inside\"\"\"\n"));
    // Up to two quotes may stand right before the closing three.
    EXPECT_TRUE(hasTomlComments("t = \"\"\"a\"\"\"\"\" # after\n"));
    EXPECT_TRUE(hasTomlComments("t = '''a''''' # after\n"));
    EXPECT_FALSE(hasTomlComments("t = \"\"\"\"\"\"\nu = \"#\"\n")); // an empty multi-line string
    // Quotes of the other kind inside a string change nothing.
    EXPECT_FALSE(hasTomlComments("t = \"it's # fine\"\nu = 'say \"#\"'\n"));
    // Quoted keys are strings too.
    EXPECT_FALSE(hasTomlComments("\"#key\" = 1\n"));
    // Unterminated strings at the end of the text: nothing read past it.
    EXPECT_FALSE(hasTomlComments("t = \"open # "));
    EXPECT_FALSE(hasTomlComments("t = \"ends in a backslash\\"));
    EXPECT_FALSE(hasTomlComments("t = '''open # "));
    EXPECT_FALSE(hasTomlComments("t = \"\"\"open # \\"));
    EXPECT_FALSE(hasTomlComments("t = \"\"\"a\"\""));
    EXPECT_FALSE(hasTomlComments("\""));
    EXPECT_FALSE(hasTomlComments("'''"));
    // A one-line string cannot go past the end of its line: a '#' on the next is a comment.
    EXPECT_TRUE(hasTomlComments("t = \"unclosed\n# comment\n"));
    // A view that is not NUL-terminated is read only up to its size.
    const std::string text = "t = \"x\" #";
    EXPECT_FALSE(hasTomlComments(std::string_view(text).substr(0, text.size() - 1)));
    // The built-in scenarios start with comments; what the app writes has none.
    const std::string intro = test::readText(test::sourceDir() / "scenarios/01-introduction.toml");
    EXPECT_TRUE(hasTomlComments(intro));
    ParseOptions options;
    options.library = testing::builtInLibrary().get();
    const ParseResult r = parseScenario(intro, options);
    ASSERT_TRUE(r.ok());
    EXPECT_FALSE(hasTomlComments(writeScenario(*r.scenario)));
}

TEST(EditorCheckTest, CommentScanningStaysInsideAnyInput) {
    // Every short mix of the characters that matter, in buffers of exactly their size, so that the
    // sanitizer builds catch a read one past the end.
    std::mt19937 random(9);
    constexpr std::string_view kAlphabet = "\"'\\#\na ";
    for (int round = 0; round < 20000; ++round) {
        const std::size_t size = random() % 14;
        const auto buffer = std::make_unique<char[]>(size);
        for (std::size_t i = 0; i < size; ++i)
            buffer[i] = kAlphabet[random() % kAlphabet.size()];
        const std::string_view text(buffer.get(), size);
        const bool found = hasTomlComments(text);
        // Without a '#' there is no comment; a text that starts with one is one.
        if (text.find('#') == std::string_view::npos) {
            EXPECT_FALSE(found) << text;
        }
        if (!text.empty() && text[0] == '#') {
            EXPECT_TRUE(found) << text;
        }
    }
}

} // namespace
} // namespace cs
