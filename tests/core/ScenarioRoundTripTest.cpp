// The canonical writer: TOML string escaping, the documented key order, and
// parse(write(parse(x))) == parse(x) for every scenario file in the repository and the corpus.
#include "ScenarioTestSupport.h"

#include "core/scenario/writer.h"

namespace cs {
namespace {

std::vector<std::filesystem::path> everyScenarioFile() {
    std::vector<std::filesystem::path> files;
    for (const char* folder : {"valid", "hostile-images"}) {
        for (auto& f : test::tomlFilesIn(test::corpusDir() / folder))
            files.push_back(f);
    }
    for (const char* folder : {"scenarios", "assets"}) {
        for (auto& f : test::tomlFilesIn(test::sourceDir() / folder))
            files.push_back(f);
    }
    return files;
}

TEST(ScenarioRoundTripTest, EveryScenarioInTheRepositoryAndCorpusRoundTrips) {
    const StructureLibrary library = StructureLibrary::builtIn();
    const auto files = everyScenarioFile();
    ASSERT_GE(files.size(), 10u);
    for (const auto& file : files) {
        SCOPED_TRACE(file.string());
        ParseOptions options;
        options.library = &library;
        const ParseResult first = loadScenarioFile(file, options);
        ASSERT_TRUE(first.ok()) << test::describe(first.diagnostics);
        const std::string written = writeScenario(*first.scenario);
        // Written next to the original so image paths resolve the same way.
        ParseOptions again = options;
        again.assetDir = file.parent_path();
        again.displayName = "written";
        const ParseResult second = parseScenario(written, again);
        ASSERT_TRUE(second.ok()) << written << test::describe(second.diagnostics);
        EXPECT_EQ(*second.scenario, *first.scenario) << written;
        // Canonical: writing again gives the same bytes, and no new warnings appear.
        EXPECT_EQ(writeScenario(*second.scenario), written);
        EXPECT_EQ(second.warnings(), first.warnings());
    }
}

TEST(ScenarioRoundTripTest, StringsAreEscapedForToml) {
    EXPECT_EQ(tomlString("plain"), "\"plain\"");
    EXPECT_EQ(tomlString("say \"hi\""), "\"say \\\"hi\\\"\"");
    EXPECT_EQ(tomlString("back\\slash"), "\"back\\\\slash\"");
    EXPECT_EQ(tomlString("tab\there"), "\"tab\\there\"");
    EXPECT_EQ(tomlString("cr\rhere"), "\"cr\\rhere\"");
    EXPECT_EQ(tomlString(std::string_view("nul\0x", 5)), "\"nul\\u0000x\"");
    EXPECT_EQ(tomlString("del\x7f"), "\"del\\u007F\"");
    EXPECT_EQ(tomlString("bell\a"), "\"bell\\u0007\"");
    EXPECT_EQ(tomlString("é🪙"), "\"é🪙\"");
    EXPECT_EQ(tomlString("bad\xff"), "\"bad\\uFFFD\"");              // never invalid UTF-8 in the output
    EXPECT_EQ(tomlString("two\nlines"), "\"\"\"\ntwo\nlines\"\"\""); // multi-line where natural
    EXPECT_EQ(tomlString("two\nlines", false), "\"two\\nlines\"");
    EXPECT_EQ(tomlString("\nstarts with a newline"), "\"\"\"\n\nstarts with a newline\"\"\"");
    EXPECT_EQ(tomlString("ends with quotes\"\"\"\n"), "\"\"\"\nends with quotes\\\"\\\"\\\"\n\"\"\"");
}

TEST(ScenarioRoundTripTest, KeysAreBareWhenTheyCanBe) {
    EXPECT_EQ(tomlKey("settler-colonialism"), "settler-colonialism");
    EXPECT_EQ(tomlKey("fr_CA"), "fr_CA");
    EXPECT_EQ(tomlKey("a b"), "\"a b\"");
    EXPECT_EQ(tomlKey(""), "\"\"");
    EXPECT_EQ(tomlKey("é"), "\"é\"");
}

TEST(ScenarioRoundTripTest, StepIdsAreWrittenFirstOnlyWhenThereAreAnyAndReadBack) {
    Scenario s;
    s.id = "ids";
    s.title = LocalText("en", "Ids");
    s.languages = {"en"};
    for (const char* id : {"welcome", "", "step-7"}) {
        Step step;
        step.id = id;
        step.title = LocalText("en", "A step");
        step.reflect = LocalText("en", "Same prompt");
        s.steps.push_back(step);
    }
    std::vector<LineOrigin> origins;
    const std::string written = writeScenario(s, &origins);
    EXPECT_NE(written.find("[[step]]\nid = \"welcome\"\ntitle = \"A step\"\n"), std::string::npos) << written;
    EXPECT_NE(written.find("\n\n[[step]]\ntitle = \"A step\"\n"), std::string::npos) << "no id, no line: " << written;
    EXPECT_NE(written.find("[[step]]\nid = \"step-7\"\n"), std::string::npos) << written;
    // The editor finds a duplicate id's field through the line's origin.
    const auto at = std::ptrdiff_t(written.find("id = \"step-7\""));
    const auto line = std::count(written.begin(), written.begin() + at, '\n');
    EXPECT_EQ(origins[std::size_t(line)], (LineOrigin{Part::Step, 2, "id"}));
    const ParseResult r = test::parseText(written);
    ASSERT_TRUE(r.ok()) << written << test::describe(r.diagnostics);
    EXPECT_EQ(*r.scenario, s);
    EXPECT_EQ(r.scenario->steps[0].id, "welcome");
    EXPECT_EQ(r.scenario->steps[1].id, "");
    EXPECT_EQ(writeScenario(*r.scenario), written);
}

TEST(ScenarioRoundTripTest, OddStringsSurviveWriteAndRead) {
    Scenario s;
    s.id = "odd";
    s.languages = {"en", "fr"};
    s.title.byLang = {{"en", "\"\"\" triple quotes \\ and \\n literal"}, {"fr", "ligne\nsuivante\r\nCRLF\n"}};
    s.summary.byLang = {{"fr", "only French, not the first language"}};
    s.authors = {"A \"quoted\" name", "tab\tname"};
    Step step;
    step.title = LocalText("en", std::string("nul\0inside", 10));
    step.text.byLang = {{"en", "\n\nleading newlines"}, {"fr", "trailing backslash \\"}};
    step.coins = std::vector<std::string>{};
    step.minutes = 0.1;
    step.pushback = {LocalText("en", ""), LocalText("en", "\u00A0non-breaking")};
    s.steps.push_back(step);
    const std::string written = writeScenario(s);
    const ParseResult r = test::parseText(written);
    ASSERT_TRUE(r.ok()) << written << test::describe(r.diagnostics);
    EXPECT_EQ(*r.scenario, s) << written;
}

TEST(ScenarioRoundTripTest, WriterUsesTheDocumentedKeyOrder) {
    Scenario s;
    s.id = "order";
    s.title = LocalText("en", "Order");
    s.languages = {"en"};
    s.sources.push_back(Source{"src", LocalText("en", "A citation."), "https://example.org", {}});
    Structure st;
    st.id = "c";
    st.name = LocalText("en", "C");
    st.top = LocalText("en", "T");
    st.bottom = LocalText("en", "B");
    st.color = Rgb8{0, 0x72, 0xB2};
    st.levels = {Level::Internal};
    st.source = "src";
    s.structures.push_back(st);
    Step step;
    step.id = "one";
    step.title = LocalText("en", "One");
    step.coins = std::vector<std::string>{"c"};
    step.action = Action::Flip;
    step.question = Question{LocalText("en", "?"), {LocalText("en", "a"), LocalText("en", "b")}, 2, {}};
    step.minutes = 5;
    s.steps.push_back(step);
    EXPECT_EQ(writeScenario(s), "format = 1\n"
                                "id = \"order\"\n"
                                "title = \"Order\"\n"
                                "languages = [\"en\"]\n"
                                "\n[[source]]\n"
                                "id = \"src\"\n"
                                "cite = \"A citation.\"\n"
                                "url = \"https://example.org\"\n"
                                "\n[[structure]]\n"
                                "id = \"c\"\n"
                                "name = \"C\"\n"
                                "top = \"T\"\n"
                                "bottom = \"B\"\n"
                                "color = \"#0072B2\"\n"
                                "levels = [\"internal\"]\n"
                                "source = \"src\"\n"
                                "\n[[step]]\n"
                                "id = \"one\"\n"
                                "title = \"One\"\n"
                                "coins = [\"c\"]\n"
                                "action = \"flip\"\n"
                                "minutes = 5\n"
                                "\n[step.question]\n"
                                "prompt = \"?\"\n"
                                "choices = [\n    \"a\",\n    \"b\",\n]\n"
                                "answer = 2\n");
}

} // namespace
} // namespace cs
