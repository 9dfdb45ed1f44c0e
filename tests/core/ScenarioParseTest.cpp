// Reading scenario text into the model: defaults, texts and languages, values, and the diagnostics
// that need more than a corpus file to show.
#include "ScenarioTestSupport.h"

#include "core/scenario/text_util.h"

namespace cs {
namespace {

using test::parseText;

TEST(ScenarioParseTest, MinimalScenarioGetsTheDocumentedDefaults) {
    const ParseResult r = parseText("format = 1\nid = \"x\"\ntitle = \"Hello\"\n");
    ASSERT_TRUE(r.ok()) << test::describe(r.diagnostics);
    const Scenario& s = *r.scenario;
    EXPECT_EQ(s.format, 1);
    EXPECT_EQ(s.id, "x");
    EXPECT_EQ(s.languages, std::vector<std::string>{"en"});
    EXPECT_EQ(s.firstLanguage(), "en");
    EXPECT_EQ(s.title.get("en"), "Hello");
    EXPECT_TRUE(s.steps.empty());
    EXPECT_TRUE(r.diagnostics.empty());
}

TEST(ScenarioParseTest, PlainStringsBelongToTheFirstListedLanguage) {
    const ParseResult r =
        parseText("format = 1\nid = \"x\"\nlanguages = [\"fr\", \"en\"]\n"
                  "title = { fr = \"Bonjour\", en = \"Hello\" }\n"
                  "[[step]]\ntitle = { fr = \"Un\", en = \"One\" }\ntext = \"Seulement en français\"\n");
    ASSERT_TRUE(r.ok()) << test::describe(r.diagnostics);
    const Step& step = r.scenario->steps.at(0);
    EXPECT_TRUE(step.text.has("fr"));
    EXPECT_FALSE(step.text.has("en"));
    // The missing English text is a warning at the text, and the app falls back.
    ASSERT_EQ(r.diagnostics.size(), 1u);
    EXPECT_EQ(r.diagnostics[0].severity, Severity::Warning);
    EXPECT_EQ(r.diagnostics[0].line, 7);
    EXPECT_EQ(r.diagnostics[0].column, 8);
    bool fellBack = false;
    EXPECT_EQ(step.text.get("en", r.scenario->firstLanguage(), &fellBack), "Seulement en français");
    EXPECT_TRUE(fellBack);
}

TEST(LocalTextTest, GetFallsBackToTheFallbackThenToAnyText) {
    LocalText t;
    EXPECT_EQ(t.get("en"), "");
    t.byLang["fr"] = "Bonjour";
    bool fellBack = false;
    EXPECT_EQ(t.get("fr", "en", &fellBack), "Bonjour");
    EXPECT_FALSE(fellBack);
    EXPECT_EQ(t.get("crk", "en", &fellBack), "Bonjour");
    EXPECT_TRUE(fellBack);
    t.byLang["en"] = "Hello";
    EXPECT_EQ(t.get("crk", "en"), "Hello");
    EXPECT_EQ(t.get("crk", "fr"), "Bonjour");
}

TEST(ScenarioParseTest, StepFieldsKeepAbsentDistinctFromEmpty) {
    const ParseResult r = parseText("format = 1\nid = \"x\"\ntitle = \"t\"\n"
                                    "[[step]]\ntitle = \"a\"\ncoins = [\"racism\"]\n"
                                    "[[step]]\ntitle = \"b\"\n"
                                    "[[step]]\ntitle = \"c\"\ncoins = []\n",
                                    nullptr);
    // Without a library, "racism" is unknown: references resolve against the library given.
    ASSERT_FALSE(r.ok());
    EXPECT_NE(test::describe(r.diagnostics).find("unknown structure 'racism'"), std::string::npos);

    const StructureLibrary library = StructureLibrary::builtIn();
    const ParseResult ok = parseText("format = 1\nid = \"x\"\ntitle = \"t\"\n"
                                     "[[step]]\ntitle = \"a\"\ncoins = [\"racism\"]\n"
                                     "[[step]]\ntitle = \"b\"\n"
                                     "[[step]]\ntitle = \"c\"\ncoins = []\n",
                                     &library);
    ASSERT_TRUE(ok.ok()) << test::describe(ok.diagnostics);
    const auto& steps = ok.scenario->steps;
    ASSERT_EQ(steps.size(), 3u);
    EXPECT_EQ(steps[0].coins, std::optional(std::vector<std::string>{"racism"}));
    EXPECT_FALSE(steps[1].coins.has_value());
    EXPECT_EQ(steps[2].coins, std::optional(std::vector<std::string>{}));
    EXPECT_FALSE(steps[1].show.has_value());
    EXPECT_FALSE(steps[1].action.has_value());
}

TEST(ScenarioParseTest, JoinIsASwitchAndAnythingElseIsAnErrorAtItsPlace) {
    const ParseResult ok = parseText("format = 1\nid = \"x\"\ntitle = \"t\"\n"
                                     "[[step]]\ntitle = \"a\"\njoin = true\n"
                                     "[[step]]\ntitle = \"b\"\njoin = false\n"
                                     "[[step]]\ntitle = \"c\"\n",
                                     nullptr);
    ASSERT_TRUE(ok.ok()) << test::describe(ok.diagnostics);
    EXPECT_TRUE(ok.scenario->steps[0].join);
    EXPECT_FALSE(ok.scenario->steps[1].join);
    EXPECT_FALSE(ok.scenario->steps[2].join) << "absent: no join card";

    const ParseResult bad = parseText("format = 1\nid = \"x\"\ntitle = \"t\"\n"
                                      "[[step]]\ntitle = \"a\"\njoin = \"yes\"\n",
                                      nullptr);
    ASSERT_FALSE(bad.ok());
    ASSERT_EQ(bad.diagnostics.size(), 1u) << test::describe(bad.diagnostics);
    EXPECT_EQ(bad.diagnostics[0].line, 6);
    EXPECT_EQ(bad.diagnostics[0].column, 8);
    EXPECT_NE(bad.diagnostics[0].message.find("`join` must be true or false"), std::string::npos);
}

TEST(ScenarioParseTest, EntitiesRememberWhereTheyWereWritten) {
    const StructureLibrary library = StructureLibrary::builtIn();
    const ParseResult r = parseText("format = 1\nid = \"x\"\ntitle = \"t\"\n\n"
                                    "[[persona]]\nid = \"p\"\nname = \"P\"\n\n"
                                    "[[step]]\ntitle = \"a\"\n",
                                    &library);
    ASSERT_TRUE(r.ok()) << test::describe(r.diagnostics);
    EXPECT_EQ(r.scenario->personas[0].pos.line, 5);
    EXPECT_EQ(r.scenario->steps[0].pos.line, 9);
}

TEST(ScenarioParseTest, QuestionAsInlineOrSubTableIsTheSame) {
    const std::string head = "format = 1\nid = \"x\"\ntitle = \"t\"\n[[step]]\ntitle = \"a\"\n";
    const ParseResult inlineForm = parseText(
        head + "question = { prompt = \"p\", choices = [\"a\", \"b\", \"c\"], answer = 3, explain = \"e\" }\n");
    const ParseResult tableForm = parseText(
        head + "[step.question]\nprompt = \"p\"\nchoices = [\"a\", \"b\", \"c\"]\nanswer = 3\nexplain = \"e\"\n");
    ASSERT_TRUE(inlineForm.ok()) << test::describe(inlineForm.diagnostics);
    ASSERT_TRUE(tableForm.ok()) << test::describe(tableForm.diagnostics);
    EXPECT_EQ(*inlineForm.scenario, *tableForm.scenario);
    EXPECT_EQ(inlineForm.scenario->steps[0].question->answer, 3);
    EXPECT_EQ(inlineForm.scenario->steps[0].question->choices.size(), 3u);
}

TEST(ScenarioParseTest, ReportsAllProblemsNotJustTheFirst) {
    const ParseResult r = parseText("format = 1\nid = \"x\"\ntitle = \"t\"\n"
                                    "[[step]]\ntitle = \"a\"\nshow = \"up\"\n"
                                    "[[step]]\ntitle = \"b\"\naction = \"jump\"\n"
                                    "[[step]]\ntitel = \"c\"\n");
    EXPECT_FALSE(r.ok());
    EXPECT_EQ(r.errors(), 4) << test::describe(r.diagnostics); // show, action, unknown titel, missing title
}

TEST(ScenarioParseTest, UnsupportedFormatNamesTheSupportedVersionAndStops) {
    const ParseResult r = parseText("format = 3\nunknown = 1\n");
    ASSERT_EQ(r.diagnostics.size(), 1u) << test::describe(r.diagnostics);
    EXPECT_NE(r.diagnostics[0].message.find("reads format 1"), std::string::npos);
    EXPECT_EQ(r.diagnostics[0].line, 1);
    EXPECT_EQ(r.diagnostics[0].column, 10);
}

TEST(ScenarioParseTest, ColumnsCountCodePointsNotBytes) {
    // "é" and "🪙" are 2 and 4 bytes but one column each: the bad value is at code point 27 of line 5.
    const ParseResult r = parseText("format = 1\nid = \"x\"\ntitle = \"t\"\n[[step]]\n"
                                    "title = { en = \"é🪙\", fr = 3 }\n");
    ASSERT_EQ(r.errors(), 1) << test::describe(r.diagnostics);
    EXPECT_EQ(r.diagnostics[0].line, 5);
    EXPECT_EQ(r.diagnostics[0].column, 27);
    const ParseResult bad = parseText("format = 1\nid = \"é🪙\x80\"\n");
    ASSERT_EQ(bad.diagnostics.size(), 1u);
    EXPECT_EQ(bad.diagnostics[0].line, 2);
    EXPECT_EQ(bad.diagnostics[0].column, 9); // i d space = space " é 🪙 then the stray byte
}

TEST(ScenarioParseTest, ImagePathsAreCheckedEvenWithoutAFolder) {
    const ParseResult r = parseText("format = 1\nid = \"x\"\ntitle = \"t\"\n[[step]]\ntitle = \"a\"\n"
                                    "image = \"../up.png\"\n[[step]]\ntitle = \"b\"\nimage = \"images/fine.png\"\n");
    ASSERT_EQ(r.diagnostics.size(), 1u) << test::describe(r.diagnostics); // no folder: no "missing" warning
    EXPECT_EQ(r.diagnostics[0].severity, Severity::Error);
    EXPECT_EQ(r.diagnostics[0].line, 6);
}

TEST(ScenarioParseTest, DiagnosticsAreFormattedAsBriefSection5) {
    EXPECT_EQ(formatDiagnostic({"a.toml", 3, 7, Severity::Error, "bad"}), "a.toml:3:7: error: bad");
    EXPECT_EQ(formatDiagnostic({"a.toml", 1, 1, Severity::Warning, "hm"}), "a.toml:1:1: warning: hm");
    EXPECT_EQ(formatDiagnostic({"dir/a.toml", 0, 0, Severity::Error, "empty"}), "dir/a.toml: error: empty");
}

TEST(ScenarioParseTest, TypoSuggestionsStayClose) {
    using detail::closestMatch;
    const std::vector<std::string> keys{"title", "text", "coins", "content_note", "personas", "id", "image"};
    EXPECT_EQ(closestMatch("tittle", keys), "title");
    EXPECT_EQ(closestMatch("Title", keys), "title");
    EXPECT_EQ(closestMatch("contentnote", keys), "content_note");
    EXPECT_EQ(closestMatch("persona", keys), "personas");
    EXPECT_EQ(closestMatch("zzz", keys), "");
    EXPECT_EQ(closestMatch(std::string(100000, 'a'), keys), "");
}

TEST(ScenarioParseTest, StepsMayHaveAnIdThatIsUniqueAmongTheSteps) {
    const ParseResult ok = test::parseText("format = 1\nid = \"s\"\ntitle = \"S\"\n"
                                           "[[step]]\nid = \"welcome\"\ntitle = \"One\"\n"
                                           "[[step]]\ntitle = \"Two\"\n"
                                           "[[step]]\nid = \"s\"\ntitle = \"Three\"\n");
    ASSERT_TRUE(ok.ok()) << test::describe(ok.diagnostics);
    EXPECT_EQ(ok.scenario->steps[0].id, "welcome");
    EXPECT_EQ(ok.scenario->steps[1].id, "") << "optional";
    EXPECT_EQ(ok.scenario->steps[2].id, "s") << "the scenario's id is another namespace";

    const ParseResult dup = test::parseText("format = 1\nid = \"s\"\ntitle = \"S\"\n"
                                            "[[step]]\nid = \"a\"\ntitle = \"One\"\n"
                                            "[[step]]\ntitle = \"Two\"\nid = \"a\"\n"
                                            "[[step]]\nid = 3\ntitle = \"Three\"\n"
                                            "[[step]]\nid = \"two words\"\ntitle = \"Four\"\n");
    EXPECT_FALSE(dup.ok());
    EXPECT_EQ(test::describe(dup.diagnostics),
              "  test.toml:9:6: error: duplicate step id 'a' (first defined on line 5); ids must be unique within a "
              "file\n"
              "  test.toml:11:6: error: `id` must be a string; found a whole number\n"
              "  test.toml:14:6: error: 'two words' is not a valid id: use letters, digits, '-' and '_' (at most 64), "
              "e.g. \"settler-colonialism\"\n");
}

TEST(ScenarioParseTest, IdsAndLanguageCodesHaveAShape) {
    using detail::isValidId;
    using detail::isValidLanguageCode;
    EXPECT_TRUE(isValidId("settler-colonialism"));
    EXPECT_TRUE(isValidId("step_2"));
    EXPECT_FALSE(isValidId(""));
    EXPECT_FALSE(isValidId("-x"));
    EXPECT_FALSE(isValidId("a b"));
    EXPECT_FALSE(isValidId("é"));
    EXPECT_FALSE(isValidId(std::string(65, 'a')));
    EXPECT_TRUE(isValidLanguageCode("en"));
    EXPECT_TRUE(isValidLanguageCode("fr-CA"));
    EXPECT_TRUE(isValidLanguageCode("crk"));
    EXPECT_FALSE(isValidLanguageCode("EN"));
    EXPECT_FALSE(isValidLanguageCode("fr_CA"));
    EXPECT_FALSE(isValidLanguageCode("english"));
    EXPECT_FALSE(isValidLanguageCode("fr-"));
}

} // namespace
} // namespace cs
