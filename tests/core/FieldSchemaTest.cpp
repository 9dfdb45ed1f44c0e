// The editor's table of fields: every key a scenario file holds belongs to a field of its part, the
// writer writes each part's keys in the table's order (sub-tables after the plain keys), and a
// problem's key finds the field it is about.
#include "scenario_text.h"

#include "core/editor/field_schema.h"
#include "core/editor/field_values.h"
#include "core/scenario/parser.h"
#include "core/scenario/writer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace cs {
namespace {

constexpr Part kEveryPart[] = {Part::Scenario, Part::Source, Part::Structure, Part::Persona, Part::Step};

TEST(FieldSchemaTest, EachPartListsEachOfItsKeysOnceAndEveryFieldBelongsToAPart) {
    std::set<Field> seen;
    for (Part part : kEveryPart) {
        std::set<std::string> keys;
        for (Field f : fieldsOf(part)) {
            EXPECT_TRUE(keys.insert(fieldKey(f)).second) << partName(part) << " lists " << fieldKey(f) << " twice";
            EXPECT_TRUE(partHas(part, f));
            seen.insert(f);
        }
    }
    EXPECT_EQ(seen.size(), std::size_t(Field::Pushback) + 1) << "a field no part has";
    EXPECT_FALSE(partHas(Part::Source, Field::Name));
    EXPECT_FALSE(partHas(Part::Scenario, Field::Image));
}

TEST(FieldSchemaTest, EveryKeyWrittenForABuiltInScenarioIsAFieldOfItsPart) {
    for (const auto& file : testing::builtInScenarioFiles(testing::WithTemplate::Yes)) {
        const auto loaded = testing::scenarioFromFile(file);
        ASSERT_TRUE(loaded);
        std::vector<LineOrigin> origins;
        (void)writeScenario(loaded->scenario, &origins);
        ASSERT_FALSE(origins.empty());
        for (const LineOrigin& o : origins) {
            if (o.key.empty() || o.key == "format") continue; // section headers; the format's number
            const std::optional<Field> field = fieldForProblemKey(o.part, o.key);
            ASSERT_TRUE(field) << file.filename() << ": " << partName(o.part) << " key " << o.key;
            EXPECT_EQ(fieldKey(*field), o.key) << file.filename();
        }
    }
}

// The keys written for each item, in the order written: one entry per key (a multi-line value is one
// key), told by the lines' origins; each checked against the line's own text, so that the origins
// cannot say one order while the text has another.
using WrittenKeys = std::map<std::pair<Part, int>, std::vector<std::string>>;
WrittenKeys writtenKeysOf(const Scenario& scenario, std::string& written) {
    std::vector<LineOrigin> origins;
    written = writeScenario(scenario, &origins);
    std::vector<std::string> lines;
    for (std::size_t start = 0; start < written.size();) {
        const std::size_t end = written.find('\n', start);
        lines.push_back(written.substr(start, end - start));
        start = end == std::string::npos ? written.size() : end + 1;
    }
    EXPECT_EQ(lines.size(), origins.size());
    WrittenKeys keys;
    for (std::size_t n = 0; n < origins.size() && n < lines.size(); ++n) {
        const LineOrigin& o = origins[n];
        if (o.key.empty() || o.key == "format") continue;
        if (n > 0 && origins[n - 1] == o) continue; // the next line of the same value
        std::vector<std::string>& item = keys[{o.part, o.item}];
        const std::optional<Field> field = fieldForProblemKey(o.part, o.key);
        EXPECT_TRUE(field) << o.key;
        if (!field) continue;
        if (isSubTable(*field)) {
            EXPECT_EQ(lines[n], "[" + std::string(partName(o.part)) + "." + o.key + "]");
        } else {
            // A sub-table's key is written without the table's name ("prompt" under [step.question]).
            const std::string key = o.key.substr(tableOf(*field) ? o.key.find('.') + 1 : 0);
            EXPECT_EQ(lines[n].substr(0, key.size() + 3), key + " = ") << "line " << n + 1 << " told as " << o.key;
        }
        item.push_back(o.key);
    }
    return keys;
}

// The rule the writer follows, said on its own: the part's plain keys in the order of fieldsOf; then
// each sub-table (its header, then its keys in the order of fieldsOf); nothing after a sub-table that
// is not its own.
void expectTheTablesOrder(Part part, const std::vector<std::string>& keys, const std::string& where) {
    const std::span<const Field> fields = fieldsOf(part);
    const auto indexOf = [&](const std::string& key) {
        const auto at = std::find_if(fields.begin(), fields.end(), [&](Field f) { return key == fieldKey(f); });
        return at == fields.end() ? -1 : int(at - fields.begin());
    };
    int lastPlain = -1;
    std::optional<Field> inTable;
    int lastInTable = -1;
    for (const std::string& key : keys) {
        const int index = indexOf(key);
        ASSERT_GE(index, 0) << where << ": " << key << " is not a field of " << partName(part);
        const Field field = fields[std::size_t(index)];
        if (isSubTable(field)) {
            EXPECT_TRUE(!inTable || index > indexOf(fieldKey(*inTable))) << where << ": sub-tables out of order";
            inTable = field;
            lastInTable = index;
        } else if (tableOf(field)) {
            EXPECT_EQ(tableOf(field), inTable) << where << ": " << key << " outside its table";
            EXPECT_GT(index, lastInTable) << where << ": " << key << " out of the table's order";
            lastInTable = index;
        } else {
            EXPECT_FALSE(inTable) << where << ": the plain key " << key << " after a sub-table";
            EXPECT_GT(index, lastPlain) << where << ": " << key << " out of the table's order";
            lastPlain = index;
        }
    }
}

TEST(FieldSchemaTest, TheWriterWritesEachItemsKeysInTheTablesOrderSubTablesLast) {
    for (const auto& file : testing::builtInScenarioFiles(testing::WithTemplate::Yes)) {
        const auto loaded = testing::scenarioFromFile(file);
        ASSERT_TRUE(loaded);
        std::string written;
        const WrittenKeys keys = writtenKeysOf(loaded->scenario, written);
        EXPECT_EQ(keys.count({Part::Step, 0}), 1u) << file.filename() << " has steps";
        for (const auto& [item, itemKeys] : keys) {
            expectTheTablesOrder(item.first, itemKeys,
                                 file.filename().string() + " " + partName(item.first) + " " +
                                     std::to_string(item.second + 1));
        }
    }
}

// One item of each part with every field set, so that every key is written.
Scenario everyFieldSet() {
    Scenario s;
    s.id = "full";
    s.title = LocalText("en", "Full");
    s.languages = {"en", "fr"};
    s.summary = LocalText("en", "Every key.");
    s.authors = {"A. Author"};
    s.sources.push_back(Source{"src", LocalText("en", "A citation."), "https://example.org", {}});
    Structure st;
    st.id = "c";
    st.name = LocalText("en", "C");
    st.top = LocalText("en", "T");
    st.bottom = LocalText("en", "B");
    st.color = Rgb8{0, 0x72, 0xB2};
    st.levels = {Level::Internal};
    st.advantages = {LocalText("en", "a")};
    st.disadvantages = {LocalText("en", "d")};
    st.source = "src";
    s.structures.push_back(st);
    Persona p;
    p.id = "sam";
    p.name = LocalText("en", "Sam");
    p.description = LocalText("en", "Fictional.");
    p.image = "images/sam.png";
    p.positions = {{"c", Face::Top}};
    s.personas.push_back(p);
    Step step;
    step.id = "one";
    step.title = LocalText("en", "One");
    step.text = LocalText("en", "Text\non two lines");
    step.image = "images/one.png";
    step.notes = LocalText("en", "Notes");
    step.coins = std::vector<std::string>{"c"};
    step.personas = std::vector<std::string>{"sam"};
    step.focus = "c";
    step.show = Show::Top;
    step.action = Action::Flip;
    step.question =
        Question{LocalText("en", "?"), {LocalText("en", "a"), LocalText("en", "b")}, 2, LocalText("en", "Because.")};
    step.reflect = LocalText("en", "Reflect");
    step.discuss = LocalText("en", "Discuss");
    step.minutes = 5;
    step.join = true;
    step.contentNote = LocalText("en", "Note");
    step.pushback = {LocalText("en", "Objection")};
    s.steps.push_back(step);
    return s;
}

TEST(FieldSchemaTest, AnItemWithEveryFieldSetIsWrittenWithEveryKeyOfItsPartInTheTablesOrder) {
    const Scenario s = everyFieldSet();
    std::string written;
    const WrittenKeys keys = writtenKeysOf(s, written);
    for (Part part : kEveryPart) {
        SCOPED_TRACE(partName(part));
        ASSERT_EQ(keys.count({part, 0}), 1u) << written;
        const std::vector<std::string>& itemKeys = keys.at({part, 0});
        expectTheTablesOrder(part, itemKeys, written);
        // Every field of the table is written, and nothing else.
        std::vector<std::string> expected;
        for (Field f : fieldsOf(part))
            expected.emplace_back(fieldKey(f));
        std::vector<std::string> sorted = itemKeys;
        std::sort(expected.begin(), expected.end());
        std::sort(sorted.begin(), sorted.end());
        EXPECT_EQ(sorted, expected) << written;
        // writtenFieldsOf says the same order.
        std::vector<std::string> said;
        for (Field f : writtenFieldsOf(part))
            said.emplace_back(fieldKey(f));
        EXPECT_EQ(itemKeys, said);
    }
    // The step's plain keys start with its id, and the question comes after them.
    EXPECT_NE(written.find("[[step]]\nid = \"one\"\n"), std::string::npos) << written;
    EXPECT_NE(written.find("pushback = [\n    \"Objection\",\n]\n\n[step.question]\nprompt = \"?\"\n"),
              std::string::npos)
        << written;
    // Valid TOML that reads back as the same scenario.
    ParseOptions options;
    const ParseResult r = parseScenario(written, options);
    ASSERT_TRUE(r.scenario) << written;
    EXPECT_EQ(*r.scenario, s) << written;
}

TEST(FieldSchemaTest, EachFieldsValueIsFoundWhereTheModelHoldsIt) {
    Scenario s = everyFieldSet();
    EXPECT_EQ(fieldText(s, Part::Step, 0, Field::QuestionExplain), &s.steps[0].question->explain);
    EXPECT_EQ(fieldText(s, Part::Structure, 0, Field::Bottom), &s.structures[0].bottom);
    EXPECT_EQ(fieldTextList(s, Part::Step, 0, Field::QuestionChoices), &s.steps[0].question->choices);
    EXPECT_EQ(fieldString(s, Part::Persona, 0, Field::Image), &s.personas[0].image);
    EXPECT_EQ(fieldString(s, Part::Step, 0, Field::Image), &s.steps[0].image);
    EXPECT_EQ(fieldString(s, Part::Source, 0, Field::Id), &s.sources[0].id);
    EXPECT_EQ(fieldStringList(s, Part::Scenario, Field::Authors), &s.authors);
    // Nothing for a field of another kind or part, an item that does not exist, or a question's text
    // on a step without a question.
    EXPECT_EQ(fieldText(s, Part::Source, 0, Field::Name), nullptr);
    EXPECT_EQ(fieldText(s, Part::Step, 0, Field::Coins), nullptr);
    EXPECT_EQ(fieldText(s, Part::Step, 1, Field::Title), nullptr);
    EXPECT_EQ(fieldString(s, Part::Step, 0, Field::Focus), nullptr);
    s.steps[0].question.reset();
    EXPECT_EQ(fieldText(s, Part::Step, 0, Field::QuestionPrompt), nullptr);
    EXPECT_EQ(fieldTextList(s, Part::Step, 0, Field::QuestionChoices), nullptr);
    // Every text and list of texts of every part is found.
    const Scenario full = everyFieldSet();
    for (Part part : kEveryPart) {
        for (Field f : fieldsOf(part)) {
            if (fieldKind(f) == FieldKind::Text) {
                EXPECT_NE(fieldText(full, part, 0, f), nullptr) << fieldKey(f);
            } else if (fieldKind(f) == FieldKind::TextList) {
                EXPECT_NE(fieldTextList(full, part, 0, f), nullptr) << fieldKey(f);
            }
        }
    }
}

TEST(FieldSchemaTest, WrittenFieldsAreTheTablesFieldsWithTheQuestionLast) {
    for (Part part : kEveryPart) {
        const std::vector<Field> written(writtenFieldsOf(part).begin(), writtenFieldsOf(part).end());
        std::vector<Field> table(fieldsOf(part).begin(), fieldsOf(part).end());
        EXPECT_TRUE(std::is_permutation(written.begin(), written.end(), table.begin(), table.end()));
        if (part != Part::Step) {
            EXPECT_EQ(written, table) << "no sub-tables: the table's order";
        }
    }
    const std::vector<Field> step(writtenFieldsOf(Part::Step).begin(), writtenFieldsOf(Part::Step).end());
    const std::vector<Field> last(step.end() - 5, step.end());
    EXPECT_EQ(last, (std::vector<Field>{Field::Question, Field::QuestionPrompt, Field::QuestionChoices,
                                        Field::QuestionAnswer, Field::QuestionExplain}));
    EXPECT_EQ(tableOf(Field::QuestionAnswer), Field::Question);
    EXPECT_EQ(tableOf(Field::Positions), std::nullopt) << "an inline table is a plain key";
}

TEST(FieldSchemaTest, AProblemsKeyFindsTheLongestFieldItContinues) {
    EXPECT_EQ(fieldForProblemKey(Part::Step, "question.prompt"), Field::QuestionPrompt);
    EXPECT_EQ(fieldForProblemKey(Part::Step, "question.choices[2]"), Field::QuestionChoices);
    EXPECT_EQ(fieldForProblemKey(Part::Step, "question"), Field::Question);
    EXPECT_EQ(fieldForProblemKey(Part::Persona, "positions.racism"), Field::Positions);
    EXPECT_EQ(fieldForProblemKey(Part::Structure, "source"), Field::SourceRef);
    EXPECT_EQ(fieldForProblemKey(Part::Step, "questionnaire"), std::nullopt) << "not a continuation";
    EXPECT_EQ(fieldForProblemKey(Part::Source, "name"), std::nullopt) << "a source has no name";
    EXPECT_EQ(fieldForProblemKey(Part::Step, ""), std::nullopt) << "about the step as a whole";
}

TEST(FieldSchemaTest, TextsAndListsOfTextsAreTheFieldsPeopleReadInEachLanguage) {
    for (Field f : {Field::Title, Field::Text, Field::ContentNote, Field::QuestionPrompt, Field::Top})
        EXPECT_EQ(fieldKind(f), FieldKind::Text) << fieldKey(f);
    for (Field f : {Field::Advantages, Field::Pushback, Field::QuestionChoices})
        EXPECT_EQ(fieldKind(f), FieldKind::TextList) << fieldKey(f);
    for (Field f : {Field::Id, Field::Coins, Field::Minutes, Field::Color, Field::Image, Field::Positions})
        EXPECT_EQ(fieldKind(f), FieldKind::Value) << fieldKey(f);
}

} // namespace
} // namespace cs
