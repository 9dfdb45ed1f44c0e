// The editor's table of fields: every key a scenario file holds belongs to a field of its part, and a
// problem's key finds the field it is about.
#include "scenario_text.h"

#include "core/editor/field_schema.h"
#include "core/scenario/writer.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

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
