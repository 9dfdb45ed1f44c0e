// The editor's edits: every kind of field through applyEdit, whole items with fresh ids,
// renames that carry references along, failures that change nothing, and edited scenarios that
// save and read back as the same scenario.
#include "ScenarioTestSupport.h"

#include "core/editor/scenario_edit.h"
#include "core/scenario/writer.h"

#include <cmath>
#include <limits>
#include <set>

namespace cs {
namespace {

using namespace std::string_literals;
using Strings = std::vector<std::string>;

constexpr std::string_view kSample = R"(format = 1
id = "edit-test"
title = { en = "Editing", fr = "Modifier" }
languages = ["en", "fr"]
authors = ["Ada", "Bea"]

[[source]]
id = "nixon2019"
cite = "Nixon SA. 2019."

[[source]]
id = "local"
cite = "Local notes."

[[structure]]
id = "housing"
name = "Housing"
top = "Owners"
bottom = "Renters"
levels = ["institutional"]
advantages = ["Stable homes", "Equity"]
disadvantages = ["Evictions"]
source = "local"

[[persona]]
id = "sam"
name = "Sam"
positions = { housing = "bottom", racism = "top" }

[[persona]]
id = "ari"
name = "Ari"

[[step]]
title = "One"
coins = ["housing", "racism"]
personas = ["sam"]
focus = "housing"
pushback = ["First", "Second"]

[step.question]
prompt = "Which?"
choices = ["a", "b", "c"]
answer = 2

[[step]]
title = "Two"
show = "top"
action = "flip"
minutes = 5
)";

Scenario sample() {
    static const StructureLibrary library = StructureLibrary::builtIn();
    const ParseResult r = test::parseText(kSample, &library);
    EXPECT_TRUE(r.ok()) << test::describe(r.diagnostics);
    return r.scenario.value_or(Scenario{});
}

FieldRef at(Part part, int item, Field field, int entry = -1, std::string lang = "", std::string key = "") {
    FieldRef r;
    r.part = part;
    r.item = item;
    r.field = field;
    r.entry = entry;
    r.lang = std::move(lang);
    r.key = std::move(key);
    return r;
}

std::string setText(Scenario& s, FieldRef r, std::string text) {
    return applyEdit(s, edit::SetText{std::move(r), std::move(text)});
}
std::string setWord(Scenario& s, FieldRef r, std::string value) {
    return applyEdit(s, edit::SetValue{std::move(r), std::move(value)});
}
std::string setList(Scenario& s, FieldRef r, Strings value) {
    return applyEdit(s, edit::SetValue{std::move(r), std::move(value)});
}
std::string setNumber(Scenario& s, FieldRef r, double value) {
    return applyEdit(s, edit::SetValue{std::move(r), value});
}
std::string clear(Scenario& s, FieldRef r) {
    return applyEdit(s, edit::ClearValue{std::move(r)});
}

StructureLibrary& library() {
    static StructureLibrary lib = StructureLibrary::builtIn();
    return lib;
}

// Writes the scenario and reads it back with the built-in library: what saving and opening does.
ParseResult writeAndRead(const Scenario& s) {
    ParseOptions options;
    options.displayName = "edited";
    options.library = &library();
    return parseScenario(writeScenario(s), options);
}

TEST(ScenarioEditTest, TextsAreEditedOneLanguageAtATime) {
    Scenario s = sample();
    EXPECT_EQ(setText(s, at(Part::Scenario, 0, Field::Title, -1, "fr"), "Modifier un scénario"), "");
    EXPECT_EQ(s.title.get("fr"), "Modifier un scénario");
    EXPECT_EQ(s.title.get("en"), "Editing");
    // "" is the first language.
    EXPECT_EQ(setText(s, at(Part::Step, 1, Field::Text), "Some words"), "");
    EXPECT_EQ(s.steps[1].text.byLang, (std::map<std::string, std::string>{{"en", "Some words"}}));
    EXPECT_EQ(setText(s, at(Part::Step, 1, Field::Text, -1, "fr"), "Des mots"), "");
    // Empty text takes that language out; the others stay.
    EXPECT_EQ(setText(s, at(Part::Step, 1, Field::Text, -1, "en"), ""), "");
    EXPECT_EQ(s.steps[1].text.byLang, (std::map<std::string, std::string>{{"fr", "Des mots"}}));
    EXPECT_EQ(setText(s, at(Part::Step, 1, Field::Text, -1, "fr"), ""), "");
    EXPECT_TRUE(s.steps[1].text.empty());

    // Every text field of every part.
    EXPECT_EQ(setText(s, at(Part::Scenario, 0, Field::Summary), "Sum"), "");
    EXPECT_EQ(setText(s, at(Part::Source, 1, Field::Cite), "Cite"), "");
    EXPECT_EQ(setText(s, at(Part::Structure, 0, Field::Name), "Name"), "");
    EXPECT_EQ(setText(s, at(Part::Structure, 0, Field::Top), "Top"), "");
    EXPECT_EQ(setText(s, at(Part::Structure, 0, Field::Bottom), "Bottom"), "");
    EXPECT_EQ(setText(s, at(Part::Persona, 1, Field::Name, -1, "fr"), "Ari (fr)"), "");
    EXPECT_EQ(setText(s, at(Part::Persona, 1, Field::Description), "Desc"), "");
    EXPECT_EQ(setText(s, at(Part::Step, 1, Field::Title), "Deux"), "");
    EXPECT_EQ(setText(s, at(Part::Step, 1, Field::Notes), "Notes"), "");
    EXPECT_EQ(setText(s, at(Part::Step, 1, Field::Reflect), "Reflect"), "");
    EXPECT_EQ(setText(s, at(Part::Step, 1, Field::Discuss), "Discuss"), "");
    EXPECT_EQ(setText(s, at(Part::Step, 1, Field::ContentNote), "Note"), "");
    EXPECT_EQ(setText(s, at(Part::Step, 0, Field::QuestionExplain), "Because"), "");
    EXPECT_EQ(s.summary.get("en"), "Sum");
    EXPECT_EQ(s.sources[1].cite.get("en"), "Cite");
    EXPECT_EQ(s.structures[0].name.get("en"), "Name");
    EXPECT_EQ(s.structures[0].top.get("en"), "Top");
    EXPECT_EQ(s.structures[0].bottom.get("en"), "Bottom");
    EXPECT_EQ(s.personas[1].name.get("fr"), "Ari (fr)");
    EXPECT_EQ(s.personas[1].name.get("en"), "Ari");
    EXPECT_EQ(s.personas[1].description.get("en"), "Desc");
    EXPECT_EQ(s.steps[1].title.get("en"), "Deux");
    EXPECT_EQ(s.steps[1].notes.get("en"), "Notes");
    EXPECT_EQ(s.steps[1].reflect.get("en"), "Reflect");
    EXPECT_EQ(s.steps[1].discuss.get("en"), "Discuss");
    EXPECT_EQ(s.steps[1].contentNote.get("en"), "Note");
    EXPECT_EQ(s.steps[0].question->explain.get("en"), "Because");
}

TEST(ScenarioEditTest, TheFirstLanguageIsTheScenariosFirst) {
    Scenario s = sample();
    ASSERT_EQ(setList(s, at(Part::Scenario, 0, Field::Languages), {"fr", "en"}), "");
    EXPECT_EQ(setText(s, at(Part::Step, 1, Field::Notes), "Pour l'animation"), "");
    EXPECT_TRUE(s.steps[1].notes.has("fr"));
    EXPECT_FALSE(s.steps[1].notes.has("en"));
}

TEST(ScenarioEditTest, ListsOfTextsAreEditedPerEntry) {
    Scenario s = sample();
    EXPECT_EQ(setText(s, at(Part::Structure, 0, Field::Advantages, 1, "fr"), "Équité"), "");
    EXPECT_EQ(s.structures[0].advantages[1].get("fr"), "Équité");
    EXPECT_EQ(s.structures[0].advantages[1].get("en"), "Equity");
    EXPECT_EQ(setText(s, at(Part::Structure, 0, Field::Disadvantages, 0), "Eviction notices"), "");
    EXPECT_EQ(s.structures[0].disadvantages[0].get("en"), "Eviction notices");
    EXPECT_EQ(setText(s, at(Part::Step, 0, Field::Pushback, 1), "Second card"), "");
    EXPECT_EQ(s.steps[0].pushback[1].get("en"), "Second card");
    EXPECT_EQ(setText(s, at(Part::Step, 0, Field::QuestionChoices, 2), "c!"), "");
    EXPECT_EQ(s.steps[0].question->choices[2].get("en"), "c!");
    // Emptying an entry's only language leaves an empty entry in place.
    EXPECT_EQ(setText(s, at(Part::Step, 0, Field::Pushback, 0), ""), "");
    ASSERT_EQ(s.steps[0].pushback.size(), 2u);
    EXPECT_TRUE(s.steps[0].pushback[0].empty());

    // Entries: add (at a place or at the end), remove, move.
    EXPECT_EQ(applyEdit(s, edit::AddEntry{at(Part::Structure, 0, Field::Advantages)}), "");
    ASSERT_EQ(s.structures[0].advantages.size(), 3u);
    EXPECT_TRUE(s.structures[0].advantages[2].empty());
    EXPECT_EQ(applyEdit(s, edit::AddEntry{at(Part::Structure, 0, Field::Advantages, 0)}), "");
    ASSERT_EQ(s.structures[0].advantages.size(), 4u);
    EXPECT_TRUE(s.structures[0].advantages[0].empty());
    EXPECT_EQ(s.structures[0].advantages[1].get("en"), "Stable homes");
    EXPECT_EQ(applyEdit(s, edit::RemoveEntry{at(Part::Structure, 0, Field::Advantages, 0)}), "");
    EXPECT_EQ(s.structures[0].advantages[0].get("en"), "Stable homes");
    EXPECT_EQ(applyEdit(s, edit::MoveEntry{at(Part::Structure, 0, Field::Advantages, 0), 2}), ""); // ends at 2
    EXPECT_EQ(s.structures[0].advantages[0].get("en"), "Equity");
    EXPECT_TRUE(s.structures[0].advantages[1].empty());
    EXPECT_EQ(s.structures[0].advantages[2].get("en"), "Stable homes");
    EXPECT_EQ(applyEdit(s, edit::MoveEntry{at(Part::Structure, 0, Field::Advantages, 2), 0}), "");
    EXPECT_EQ(s.structures[0].advantages[0].get("en"), "Stable homes");
    EXPECT_EQ(s.structures[0].advantages[1].get("en"), "Equity");
    EXPECT_TRUE(s.structures[0].advantages[2].empty());
    EXPECT_EQ(applyEdit(s, edit::AddEntry{at(Part::Step, 1, Field::Pushback)}), "");
    EXPECT_EQ(s.steps[1].pushback.size(), 1u);
    EXPECT_EQ(applyEdit(s, edit::RemoveEntry{at(Part::Structure, 0, Field::Disadvantages, 0)}), "");
    EXPECT_TRUE(s.structures[0].disadvantages.empty());
}

TEST(ScenarioEditTest, StringListsTakeEntriesAndWholeLists) {
    Scenario s = sample();
    EXPECT_EQ(applyEdit(s, edit::AddEntry{at(Part::Scenario, 0, Field::Authors)}), "");
    EXPECT_EQ(s.authors, (Strings{"Ada", "Bea", ""}));
    EXPECT_EQ(setWord(s, at(Part::Scenario, 0, Field::Authors, 2), "Cy"), "");
    EXPECT_EQ(setText(s, at(Part::Scenario, 0, Field::Authors, 0), "Ada L."), "");
    EXPECT_EQ(s.authors, (Strings{"Ada L.", "Bea", "Cy"}));
    EXPECT_EQ(applyEdit(s, edit::MoveEntry{at(Part::Scenario, 0, Field::Authors, 2), 0}), "");
    EXPECT_EQ(s.authors, (Strings{"Cy", "Ada L.", "Bea"}));
    EXPECT_EQ(applyEdit(s, edit::RemoveEntry{at(Part::Scenario, 0, Field::Authors, 1)}), "");
    EXPECT_EQ(s.authors, (Strings{"Cy", "Bea"}));
    EXPECT_EQ(setList(s, at(Part::Scenario, 0, Field::Authors), {"Dee"}), "");
    EXPECT_EQ(s.authors, Strings{"Dee"});
    EXPECT_EQ(clear(s, at(Part::Scenario, 0, Field::Authors)), "");
    EXPECT_TRUE(s.authors.empty());

    EXPECT_EQ(applyEdit(s, edit::AddEntry{at(Part::Scenario, 0, Field::Languages, 1)}), "");
    EXPECT_EQ(s.languages, (Strings{"en", "", "fr"}));
    EXPECT_EQ(setWord(s, at(Part::Scenario, 0, Field::Languages, 1), "crk"), "");
    EXPECT_EQ(s.languages, (Strings{"en", "crk", "fr"}));
    EXPECT_EQ(applyEdit(s, edit::RemoveEntry{at(Part::Scenario, 0, Field::Languages, 1)}), "");
    EXPECT_EQ(s.languages, (Strings{"en", "fr"}));
}

TEST(ScenarioEditTest, PlainValuesAreSetAsGiven) {
    Scenario s = sample();
    EXPECT_EQ(setWord(s, at(Part::Scenario, 0, Field::Id), "renamed"), "");
    EXPECT_EQ(s.id, "renamed");
    EXPECT_EQ(setWord(s, at(Part::Source, 0, Field::Url), "https://doi.org/10.1186/s12889-019-7884-9"), "");
    EXPECT_EQ(s.sources[0].url, "https://doi.org/10.1186/s12889-019-7884-9");
    EXPECT_EQ(setWord(s, at(Part::Persona, 0, Field::Image), "images/sam.png"), "");
    EXPECT_EQ(s.personas[0].image, "images/sam.png");
    EXPECT_EQ(setWord(s, at(Part::Step, 1, Field::Image), "images/two.png"), "");
    EXPECT_EQ(s.steps[1].image, "images/two.png");
    EXPECT_EQ(setWord(s, at(Part::Structure, 0, Field::SourceRef), "nixon2019"), "");
    EXPECT_EQ(s.structures[0].source, "nixon2019");
    // Taken as given: the diagnostics, not the edit, say what is wrong with an id with a space.
    EXPECT_EQ(setWord(s, at(Part::Step, 1, Field::Focus), "not on stage"), "");
    EXPECT_EQ(s.steps[1].focus, "not on stage");
    EXPECT_EQ(setWord(s, at(Part::Step, 1, Field::Focus), ""), "");
    EXPECT_FALSE(s.steps[1].focus.has_value());

    EXPECT_EQ(setList(s, at(Part::Step, 1, Field::Coins), {"racism"}), "");
    EXPECT_EQ(s.steps[1].coins, Strings{"racism"});
    EXPECT_EQ(setList(s, at(Part::Step, 1, Field::Coins), {}), "");
    EXPECT_EQ(s.steps[1].coins, Strings{}); // present and empty: clears the stage
    EXPECT_EQ(setList(s, at(Part::Step, 1, Field::Personas), {"ari", "sam"}), "");
    EXPECT_EQ(s.steps[1].personas, (Strings{"ari", "sam"}));
}

TEST(ScenarioEditTest, WordsOfTheFileVocabulary) {
    Scenario s = sample();
    EXPECT_EQ(setWord(s, at(Part::Step, 1, Field::Show), "edge"), "");
    EXPECT_EQ(s.steps[1].show, Show::Edge);
    EXPECT_EQ(setWord(s, at(Part::Step, 1, Field::Action), "lift-to-top"), "");
    EXPECT_EQ(s.steps[1].action, Action::LiftToTop);
    EXPECT_EQ(setWord(s, at(Part::Step, 1, Field::Action), "dismantle"), "");
    EXPECT_EQ(s.steps[1].action, Action::Dismantle);
    EXPECT_EQ(setWord(s, at(Part::Step, 1, Field::Show), ""), "");
    EXPECT_FALSE(s.steps[1].show.has_value());

    const Scenario before = s;
    const std::string error = setWord(s, at(Part::Step, 1, Field::Action), "lift");
    EXPECT_NE(error.find("'lift'"), std::string::npos) << error;
    EXPECT_NE(error.find("lift-to-top"), std::string::npos) << error;
    EXPECT_NE(setWord(s, at(Part::Step, 1, Field::Show), "Top"), "");
    EXPECT_EQ(s, before);

    EXPECT_EQ(setList(s, at(Part::Structure, 0, Field::Levels), {"internal", "institutional"}), "");
    EXPECT_EQ(s.structures[0].levels, (std::vector<Level>{Level::Internal, Level::Institutional}));
    EXPECT_NE(setList(s, at(Part::Structure, 0, Field::Levels), {"interpersonal", "personal"}), "");
    EXPECT_EQ(s.structures[0].levels, (std::vector<Level>{Level::Internal, Level::Institutional}));
    EXPECT_EQ(setList(s, at(Part::Structure, 0, Field::Levels), {}), "");
    EXPECT_TRUE(s.structures[0].levels.empty());
}

TEST(ScenarioEditTest, ColoursAreHexOrNone) {
    Scenario s = sample();
    EXPECT_EQ(setWord(s, at(Part::Structure, 0, Field::Color), "#0072b2"), "");
    EXPECT_EQ(s.structures[0].color, (Rgb8{0x00, 0x72, 0xB2}));
    EXPECT_EQ(setWord(s, at(Part::Structure, 0, Field::Color), "#FFF"), "");
    EXPECT_EQ(s.structures[0].color, (Rgb8{0xFF, 0xFF, 0xFF}));
    EXPECT_NE(setWord(s, at(Part::Structure, 0, Field::Color), "red"), "");
    EXPECT_NE(setWord(s, at(Part::Structure, 0, Field::Color), "#12345"), "");
    EXPECT_EQ(s.structures[0].color, (Rgb8{0xFF, 0xFF, 0xFF}));
    EXPECT_EQ(setWord(s, at(Part::Structure, 0, Field::Color), ""), "");
    EXPECT_FALSE(s.structures[0].color.has_value());
    EXPECT_EQ(setWord(s, at(Part::Structure, 0, Field::Color), "#E69F00"), "");
    EXPECT_EQ(clear(s, at(Part::Structure, 0, Field::Color)), "");
    EXPECT_FALSE(s.structures[0].color.has_value());
}

TEST(ScenarioEditTest, NumbersAreChecked) {
    Scenario s = sample();
    EXPECT_EQ(setNumber(s, at(Part::Step, 1, Field::Minutes), 2.5), "");
    EXPECT_EQ(s.steps[1].minutes, 2.5);
    EXPECT_EQ(setNumber(s, at(Part::Step, 1, Field::Minutes), 0), "");
    EXPECT_EQ(s.steps[1].minutes, 0.0);
    EXPECT_NE(setNumber(s, at(Part::Step, 1, Field::Minutes), -1), "");
    EXPECT_NE(setNumber(s, at(Part::Step, 1, Field::Minutes), std::numeric_limits<double>::quiet_NaN()), "");
    EXPECT_NE(setNumber(s, at(Part::Step, 1, Field::Minutes), std::numeric_limits<double>::infinity()), "");
    EXPECT_NE(setWord(s, at(Part::Step, 1, Field::Minutes), "5"), "");
    EXPECT_EQ(s.steps[1].minutes, 0.0);
    EXPECT_EQ(clear(s, at(Part::Step, 1, Field::Minutes)), "");
    EXPECT_FALSE(s.steps[1].minutes.has_value());

    EXPECT_EQ(setNumber(s, at(Part::Step, 0, Field::QuestionAnswer), 3), "");
    EXPECT_EQ(s.steps[0].question->answer, 3);
    // Past the last choice is allowed (the diagnostics point at it); below 1 or a fraction is not.
    EXPECT_EQ(setNumber(s, at(Part::Step, 0, Field::QuestionAnswer), 7), "");
    EXPECT_EQ(s.steps[0].question->answer, 7);
    EXPECT_NE(setNumber(s, at(Part::Step, 0, Field::QuestionAnswer), 0), "");
    EXPECT_NE(setNumber(s, at(Part::Step, 0, Field::QuestionAnswer), -2), "");
    EXPECT_NE(setNumber(s, at(Part::Step, 0, Field::QuestionAnswer), 1.5), "");
    EXPECT_NE(setNumber(s, at(Part::Step, 0, Field::QuestionAnswer), 1e12), "");
    EXPECT_NE(setNumber(s, at(Part::Step, 0, Field::QuestionAnswer), std::numeric_limits<double>::quiet_NaN()), "");
    EXPECT_EQ(s.steps[0].question->answer, 7);
    // No question, no answer.
    EXPECT_NE(setNumber(s, at(Part::Step, 1, Field::QuestionAnswer), 1), "");
    EXPECT_FALSE(s.steps[1].question.has_value());
}

TEST(ScenarioEditTest, PositionsStaySortedByStructureId) {
    Scenario s = sample();
    using Positions = std::vector<std::pair<std::string, Face>>;
    EXPECT_EQ(setWord(s, at(Part::Persona, 0, Field::Positions, -1, "", "ableism"), "top"), "");
    EXPECT_EQ(setWord(s, at(Part::Persona, 0, Field::Positions, -1, "", "sexism"), "bottom"), "");
    EXPECT_EQ(s.personas[0].positions,
              (Positions{
                  {"ableism", Face::Top}, {"housing", Face::Bottom}, {"racism", Face::Top}, {"sexism", Face::Bottom}}));
    EXPECT_EQ(setWord(s, at(Part::Persona, 0, Field::Positions, -1, "", "housing"), "top"), "");
    EXPECT_EQ(s.personas[0].positions[1], (std::pair<std::string, Face>{"housing", Face::Top}));
    EXPECT_EQ(setWord(s, at(Part::Persona, 0, Field::Positions, -1, "", "racism"), ""), "");
    EXPECT_EQ(setWord(s, at(Part::Persona, 0, Field::Positions, -1, "", "classism"), ""), ""); // not there: fine
    EXPECT_EQ(s.personas[0].positions,
              (Positions{{"ableism", Face::Top}, {"housing", Face::Top}, {"sexism", Face::Bottom}}));

    const Scenario before = s;
    EXPECT_NE(setWord(s, at(Part::Persona, 0, Field::Positions, -1, "", "racism"), "botom"), "");
    EXPECT_NE(setWord(s, at(Part::Persona, 0, Field::Positions, -1, "", ""), "top"), "");
    EXPECT_EQ(s, before);
    EXPECT_EQ(clear(s, at(Part::Persona, 0, Field::Positions)), "");
    EXPECT_TRUE(s.personas[0].positions.empty());
}

TEST(ScenarioEditTest, QuestionsAreCreatedEditedAndRemoved) {
    Scenario s = sample();
    // Typing a prompt into a step without a question starts one, with two choices to fill in.
    EXPECT_EQ(setText(s, at(Part::Step, 1, Field::QuestionPrompt), "Why?"), "");
    ASSERT_TRUE(s.steps[1].question.has_value());
    EXPECT_EQ(s.steps[1].question->prompt.get("en"), "Why?");
    EXPECT_EQ(s.steps[1].question->choices.size(), 2u);
    EXPECT_EQ(s.steps[1].question->answer, 1);
    EXPECT_EQ(clear(s, at(Part::Step, 1, Field::Question)), "");
    EXPECT_FALSE(s.steps[1].question.has_value());
    // Erasing a prompt that is not there does not make a question.
    EXPECT_EQ(setText(s, at(Part::Step, 1, Field::QuestionPrompt), ""), "");
    EXPECT_FALSE(s.steps[1].question.has_value());

    EXPECT_EQ(applyEdit(s, edit::AddEntry{at(Part::Step, 1, Field::Question)}), "");
    ASSERT_TRUE(s.steps[1].question.has_value());
    EXPECT_TRUE(s.steps[1].question->prompt.empty());
    ASSERT_EQ(s.steps[1].question->choices.size(), 2u);
    EXPECT_TRUE(s.steps[1].question->choices[0].empty());
    EXPECT_TRUE(s.steps[1].question->choices[1].empty());
    EXPECT_EQ(s.steps[1].question->answer, 1);
    EXPECT_NE(applyEdit(s, edit::AddEntry{at(Part::Step, 1, Field::Question)}), ""); // already has one
    EXPECT_EQ(setText(s, at(Part::Step, 1, Field::QuestionChoices, 1), "Yes"), "");
    EXPECT_EQ(s.steps[1].question->choices[1].get("en"), "Yes");

    // Choices of a step without a question: nothing to edit.
    Scenario none = sample();
    EXPECT_NE(setText(none, at(Part::Step, 1, Field::QuestionChoices, 0), "x"), "");
    EXPECT_NE(applyEdit(none, edit::AddEntry{at(Part::Step, 1, Field::QuestionChoices)}), "");
    EXPECT_NE(clear(none, at(Part::Step, 1, Field::QuestionPrompt)), "");
    EXPECT_EQ(none, sample());
}

TEST(ScenarioEditTest, TheAnswerFollowsItsChoice) {
    Scenario s = sample(); // choices a, b, c; answer 2 (b)
    const auto answer = [&] { return s.steps[0].question->answer; };
    const auto choice = [&](int i) { return s.steps[0].question->choices[std::size_t(i)].get("en"); };
    EXPECT_EQ(applyEdit(s, edit::AddEntry{at(Part::Step, 0, Field::QuestionChoices, 0)}), ""); // _ a b c
    EXPECT_EQ(answer(), 3);
    EXPECT_EQ(choice(answer() - 1), "b");
    EXPECT_EQ(applyEdit(s, edit::AddEntry{at(Part::Step, 0, Field::QuestionChoices)}), ""); // _ a b c _
    EXPECT_EQ(answer(), 3);
    EXPECT_EQ(applyEdit(s, edit::MoveEntry{at(Part::Step, 0, Field::QuestionChoices, 2), 4}), ""); // _ a c _ b
    EXPECT_EQ(answer(), 5);
    EXPECT_EQ(applyEdit(s, edit::MoveEntry{at(Part::Step, 0, Field::QuestionChoices, 0), 4}), ""); // a c _ b _
    EXPECT_EQ(answer(), 4);
    EXPECT_EQ(choice(answer() - 1), "b");
    EXPECT_EQ(applyEdit(s, edit::MoveEntry{at(Part::Step, 0, Field::QuestionChoices, 4), 0}), ""); // _ a c _ b
    EXPECT_EQ(answer(), 5);
    EXPECT_EQ(applyEdit(s, edit::RemoveEntry{at(Part::Step, 0, Field::QuestionChoices, 0)}), ""); // a c _ b
    EXPECT_EQ(answer(), 4);
    EXPECT_EQ(choice(answer() - 1), "b");
    // The right choice itself goes: the number stays for the person to choose again.
    EXPECT_EQ(applyEdit(s, edit::RemoveEntry{at(Part::Step, 0, Field::QuestionChoices, 3)}), ""); // a c _
    EXPECT_EQ(answer(), 4);
    // An answer typed ahead of its choice names none yet: adding choices before it leaves it alone.
    EXPECT_EQ(applyEdit(s, edit::AddEntry{at(Part::Step, 0, Field::QuestionChoices, 0)}), "");
    EXPECT_EQ(answer(), 4);
}

TEST(ScenarioEditTest, ClearingGoesBackToAbsent) {
    Scenario s = sample();
    EXPECT_EQ(clear(s, at(Part::Step, 0, Field::Coins)), "");
    EXPECT_FALSE(s.steps[0].coins.has_value()); // as the previous step, not "none"
    EXPECT_EQ(clear(s, at(Part::Step, 0, Field::Personas)), "");
    EXPECT_FALSE(s.steps[0].personas.has_value());
    EXPECT_EQ(clear(s, at(Part::Step, 0, Field::Focus)), "");
    EXPECT_FALSE(s.steps[0].focus.has_value());
    EXPECT_EQ(clear(s, at(Part::Step, 1, Field::Show)), "");
    EXPECT_FALSE(s.steps[1].show.has_value());
    EXPECT_EQ(clear(s, at(Part::Step, 1, Field::Action)), "");
    EXPECT_FALSE(s.steps[1].action.has_value());
    EXPECT_EQ(clear(s, at(Part::Step, 0, Field::Question)), "");
    EXPECT_FALSE(s.steps[0].question.has_value());
    EXPECT_EQ(clear(s, at(Part::Step, 0, Field::Pushback)), "");
    EXPECT_TRUE(s.steps[0].pushback.empty());
    EXPECT_EQ(setWord(s, at(Part::Step, 0, Field::Image), "a.png"), "");
    EXPECT_EQ(clear(s, at(Part::Step, 0, Field::Image)), "");
    EXPECT_TRUE(s.steps[0].image.empty());
    EXPECT_EQ(clear(s, at(Part::Structure, 0, Field::SourceRef)), "");
    EXPECT_TRUE(s.structures[0].source.empty());
    EXPECT_EQ(clear(s, at(Part::Structure, 0, Field::Levels)), "");
    EXPECT_TRUE(s.structures[0].levels.empty());
    EXPECT_EQ(clear(s, at(Part::Scenario, 0, Field::Title)), ""); // every language at once
    EXPECT_TRUE(s.title.empty());
    // Needed keys have no "absent" to go back to.
    EXPECT_NE(clear(s, at(Part::Scenario, 0, Field::Languages)), "");
}

TEST(ScenarioEditTest, NewItemsGetFreshIdsAndPlaceholders) {
    Scenario s = sample();
    ASSERT_EQ(setWord(s, at(Part::Structure, 0, Field::Id), "structure-1"), "");
    EXPECT_EQ(applyEdit(s, edit::AddItem{Part::Structure, -1}), "");
    ASSERT_EQ(s.structures.size(), 2u);
    const Structure& added = s.structures[1];
    EXPECT_EQ(added.id, "structure-2");
    EXPECT_EQ(added.name, LocalText("en", "New structure"));
    EXPECT_EQ(added.top, LocalText("en", "People on the top face"));
    EXPECT_EQ(added.bottom, LocalText("en", "People on the bottom face"));
    EXPECT_FALSE(added.color.has_value());
    EXPECT_FALSE(added.pos.known());
    // The smallest free number, wherever the gap is.
    ASSERT_EQ(setWord(s, at(Part::Structure, 0, Field::Id), "structure-3"), "");
    EXPECT_EQ(applyEdit(s, edit::AddItem{Part::Structure, 0}), "");
    EXPECT_EQ(s.structures[0].id, "structure-1");
    EXPECT_EQ(s.structures[1].id, "structure-3");

    EXPECT_EQ(applyEdit(s, edit::AddItem{Part::Source, -1}), "");
    EXPECT_EQ(s.sources.back().id, "source-1");
    EXPECT_EQ(s.sources.back().cite, LocalText("en", ""));
    EXPECT_EQ(applyEdit(s, edit::AddItem{Part::Persona, 1}), "");
    EXPECT_EQ(s.personas[1].id, "persona-1");
    EXPECT_EQ(s.personas[1].name, LocalText("en", "New persona"));
    EXPECT_EQ(s.personas[2].id, "ari");

    EXPECT_EQ(applyEdit(s, edit::AddItem{Part::Step, 1}), "");
    ASSERT_EQ(s.steps.size(), 3u);
    EXPECT_EQ(s.steps[1].title, LocalText("en", "New step"));
    EXPECT_FALSE(s.steps[1].coins.has_value());
    EXPECT_EQ(s.steps[2].title.get("en"), "Two");
    // In a scenario written in French first, placeholders are plain strings of the first language.
    ASSERT_EQ(setList(s, at(Part::Scenario, 0, Field::Languages), {"fr", "en"}), "");
    EXPECT_EQ(applyEdit(s, edit::AddItem{Part::Step, -1}), "");
    EXPECT_TRUE(s.steps.back().title.has("fr"));

    const Scenario before = s;
    EXPECT_NE(applyEdit(s, edit::AddItem{Part::Step, 5}), "");
    EXPECT_NE(applyEdit(s, edit::AddItem{Part::Step, -2}), "");
    EXPECT_NE(applyEdit(s, edit::AddItem{Part::Scenario, -1}), "");
    EXPECT_EQ(s, before);
}

TEST(ScenarioEditTest, NewAndDuplicatedStepsGetIdsNoOtherStepHas) {
    Scenario s = sample();
    ASSERT_EQ(s.steps[0].id, "");
    EXPECT_EQ(applyEdit(s, edit::AddItem{Part::Step, -1}), "");
    EXPECT_EQ(s.steps[2].id, "step-1");
    EXPECT_EQ(applyEdit(s, edit::DuplicateItem{Part::Step, 2}), "");
    EXPECT_EQ(s.steps[3].id, "step-2");
    EXPECT_EQ(s.steps[3].title, s.steps[2].title);
    // Past the highest number there is, not in a gap (a gap may be the id of a deleted step).
    ASSERT_EQ(setWord(s, at(Part::Step, 0, Field::Id), "step-7"), "");
    EXPECT_EQ(applyEdit(s, edit::DeleteItem{Part::Step, 0}), "");
    EXPECT_EQ(applyEdit(s, edit::AddItem{Part::Step, 0}), "");
    EXPECT_EQ(s.steps[0].id, "step-3");
    ASSERT_EQ(setWord(s, at(Part::Step, 1, Field::Id), "step-9"), "");
    EXPECT_EQ(applyEdit(s, edit::AddItem{Part::Step, 0}), "");
    EXPECT_EQ(s.steps[0].id, "step-10");
    // Ids that only look like numbers do not count: "step-x", "step-", other words.
    Scenario odd = sample();
    ASSERT_EQ(setWord(odd, at(Part::Step, 0, Field::Id), "step-"), "");
    ASSERT_EQ(setWord(odd, at(Part::Step, 1, Field::Id), "step-4b"), "");
    EXPECT_EQ(applyEdit(odd, edit::AddItem{Part::Step, -1}), "");
    EXPECT_EQ(odd.steps.back().id, "step-1");
    std::set<std::string> ids;
    for (const Step& step : s.steps)
        ids.insert(step.id);
    EXPECT_EQ(ids.size(), s.steps.size());
}

TEST(ScenarioEditTest, AStepsIdIsSetAndClearedLikeAnyValue) {
    Scenario s = sample();
    EXPECT_EQ(setWord(s, at(Part::Step, 1, Field::Id), "allyship"), "");
    EXPECT_EQ(s.steps[1].id, "allyship");
    EXPECT_EQ(describeEdit(edit::SetValue{at(Part::Step, 1, Field::Id), "x"s}), "Edit step 2 id");
    EXPECT_EQ(clear(s, at(Part::Step, 1, Field::Id)), "");
    EXPECT_EQ(s.steps[1].id, "");
    // Written first in its [[step]], read back the same.
    ASSERT_EQ(setWord(s, at(Part::Step, 0, Field::Id), "intro-1"), "");
    const std::string text = writeScenario(s);
    EXPECT_NE(text.find("[[step]]\nid = \"intro-1\"\ntitle = "), std::string::npos) << text;
    const ParseResult back = writeAndRead(s);
    ASSERT_TRUE(back.ok()) << test::describe(back.diagnostics);
    EXPECT_EQ(*back.scenario, s);
}

TEST(ScenarioEditTest, DuplicatesGoRightAfterWithCopyIds) {
    Scenario s = sample();
    EXPECT_EQ(applyEdit(s, edit::DuplicateItem{Part::Persona, 0}), "");
    ASSERT_EQ(s.personas.size(), 3u);
    EXPECT_EQ(s.personas[1].id, "sam-copy");
    EXPECT_EQ(s.personas[1].name, s.personas[0].name);
    EXPECT_EQ(s.personas[1].positions, s.personas[0].positions);
    EXPECT_EQ(s.personas[2].id, "ari");
    EXPECT_EQ(applyEdit(s, edit::DuplicateItem{Part::Persona, 0}), "");
    EXPECT_EQ(s.personas[1].id, "sam-copy-2");
    EXPECT_EQ(applyEdit(s, edit::DuplicateItem{Part::Persona, 0}), "");
    EXPECT_EQ(s.personas[1].id, "sam-copy-3");

    EXPECT_EQ(applyEdit(s, edit::DuplicateItem{Part::Structure, 0}), "");
    EXPECT_EQ(s.structures[1].id, "housing-copy");
    EXPECT_EQ(s.structures[1].advantages, s.structures[0].advantages);
    EXPECT_EQ(applyEdit(s, edit::DuplicateItem{Part::Source, 1}), "");
    EXPECT_EQ(s.sources[2].id, "local-copy");

    EXPECT_EQ(applyEdit(s, edit::DuplicateItem{Part::Step, 0}), "");
    ASSERT_EQ(s.steps.size(), 3u);
    // The same step but for an id of its own, so that learners' answers on one never show on the other.
    EXPECT_EQ(s.steps[1].id, "step-1");
    Step copy = s.steps[1];
    copy.id = s.steps[0].id;
    EXPECT_EQ(copy, s.steps[0]);
    EXPECT_EQ(s.steps[2].title.get("en"), "Two");
    // The copy is an item of its own.
    EXPECT_EQ(setText(s, at(Part::Step, 1, Field::Title), "One again"), "");
    EXPECT_EQ(s.steps[0].title.get("en"), "One");

    const Scenario before = s;
    EXPECT_NE(applyEdit(s, edit::DuplicateItem{Part::Step, 3}), "");
    EXPECT_NE(applyEdit(s, edit::DuplicateItem{Part::Source, -1}), "");
    EXPECT_NE(applyEdit(s, edit::DuplicateItem{Part::Scenario, 0}), "");
    EXPECT_EQ(s, before);
}

TEST(ScenarioEditTest, DeleteAndMoveCheckTheirIndexes) {
    Scenario s = sample();
    EXPECT_EQ(applyEdit(s, edit::MoveItem{Part::Step, 1, 0}), "");
    EXPECT_EQ(s.steps[0].title.get("en"), "Two");
    EXPECT_EQ(s.steps[1].title.get("en"), "One");
    EXPECT_EQ(applyEdit(s, edit::MoveItem{Part::Step, 0, 1}), "");
    EXPECT_EQ(s.steps[0].title.get("en"), "One");
    EXPECT_EQ(applyEdit(s, edit::MoveItem{Part::Step, 1, 1}), ""); // nothing to do, not an error
    EXPECT_EQ(applyEdit(s, edit::MoveItem{Part::Source, 1, 0}), "");
    EXPECT_EQ(s.sources[0].id, "local");
    EXPECT_EQ(applyEdit(s, edit::MoveItem{Part::Persona, 0, 1}), "");
    EXPECT_EQ(s.personas[0].id, "ari");

    const Scenario before = s;
    EXPECT_NE(applyEdit(s, edit::MoveItem{Part::Step, 0, 2}), "");
    EXPECT_NE(applyEdit(s, edit::MoveItem{Part::Step, -1, 0}), "");
    EXPECT_NE(applyEdit(s, edit::MoveItem{Part::Structure, 0, 1}), "");
    EXPECT_NE(applyEdit(s, edit::DeleteItem{Part::Step, 2}), "");
    EXPECT_NE(applyEdit(s, edit::DeleteItem{Part::Persona, -1}), "");
    EXPECT_NE(applyEdit(s, edit::DeleteItem{Part::Scenario, 0}), "");
    EXPECT_EQ(s, before);

    EXPECT_EQ(applyEdit(s, edit::DeleteItem{Part::Step, 0}), "");
    ASSERT_EQ(s.steps.size(), 1u);
    EXPECT_EQ(s.steps[0].title.get("en"), "Two");
}

TEST(ScenarioEditTest, DeletingLeavesReferencesForTheDiagnostics) {
    Scenario s = sample();
    EXPECT_EQ(applyEdit(s, edit::DeleteItem{Part::Structure, 0}), "");
    EXPECT_EQ(applyEdit(s, edit::DeleteItem{Part::Persona, 0}), "");
    EXPECT_EQ(applyEdit(s, edit::DeleteItem{Part::Source, 1}), "");
    EXPECT_TRUE(s.structures.empty());
    EXPECT_EQ(s.steps[0].coins, (Strings{"housing", "racism"}));
    EXPECT_EQ(s.steps[0].focus, "housing");
    EXPECT_EQ(s.steps[0].personas, Strings{"sam"});
    const ParseResult r = writeAndRead(s);
    EXPECT_FALSE(r.ok());
    EXPECT_GE(r.errors(), 2) << test::describe(r.diagnostics); // "housing" in coins, "sam" in personas
}

TEST(ScenarioEditTest, RenamingAnIdCarriesItsReferencesAlong) {
    Scenario s = sample();
    ASSERT_EQ(setWord(s, at(Part::Structure, 0, Field::Id), "zoning"), "");
    EXPECT_EQ(s.structures[0].id, "zoning");
    EXPECT_EQ(s.steps[0].coins, (Strings{"zoning", "racism"}));
    EXPECT_EQ(s.steps[0].focus, "zoning");
    using Positions = std::vector<std::pair<std::string, Face>>;
    EXPECT_EQ(s.personas[0].positions, (Positions{{"racism", Face::Top}, {"zoning", Face::Bottom}})); // re-sorted

    ASSERT_EQ(setWord(s, at(Part::Persona, 0, Field::Id), "sam-2"), "");
    EXPECT_EQ(s.steps[0].personas, Strings{"sam-2"});
    ASSERT_EQ(setWord(s, at(Part::Source, 1, Field::Id), "notes"), "");
    EXPECT_EQ(s.structures[0].source, "notes");

    const ParseResult r = writeAndRead(s);
    ASSERT_TRUE(r.ok()) << test::describe(r.diagnostics);
    EXPECT_EQ(*r.scenario, s);
}

TEST(ScenarioEditTest, RenamingLeavesReferencesThatMayMeanSomethingElse) {
    Scenario s = sample();
    // Retyping an id: "" is a moment, not a name; references keep the last real one.
    ASSERT_EQ(setWord(s, at(Part::Persona, 0, Field::Id), ""), "");
    EXPECT_EQ(s.steps[0].personas, Strings{"sam"});
    ASSERT_EQ(setWord(s, at(Part::Persona, 0, Field::Id), "s"), "");
    EXPECT_EQ(s.steps[0].personas, Strings{"sam"});
    // An empty `source` means "none": naming a source "" → "x" does not give every structure one.
    Scenario t = sample();
    ASSERT_EQ(setWord(t, at(Part::Structure, 0, Field::SourceRef), ""), "");
    ASSERT_EQ(setWord(t, at(Part::Source, 0, Field::Id), ""), "");
    ASSERT_EQ(setWord(t, at(Part::Source, 0, Field::Id), "x"), "");
    EXPECT_EQ(t.structures[0].source, "");
    // Two structures with one id: the references may be to the other, so they stay.
    Scenario u = sample();
    ASSERT_EQ(applyEdit(u, edit::DuplicateItem{Part::Structure, 0}), "");
    ASSERT_EQ(setWord(u, at(Part::Structure, 1, Field::Id), "housing"), ""); // a duplicate id for now
    ASSERT_EQ(setWord(u, at(Part::Structure, 1, Field::Id), "other"), "");
    EXPECT_EQ(u.steps[0].coins, (Strings{"housing", "racism"}));
    // A persona already placed on the new id keeps both entries rather than one key twice.
    Scenario v = sample();
    ASSERT_EQ(setWord(v, at(Part::Structure, 0, Field::Id), "racism"), "");
    using Positions = std::vector<std::pair<std::string, Face>>;
    EXPECT_EQ(v.personas[0].positions, (Positions{{"housing", Face::Bottom}, {"racism", Face::Top}}));
    EXPECT_EQ(v.steps[0].coins, (Strings{"racism", "racism"})); // the diagnostics say "listed twice"
}

TEST(ScenarioEditTest, FailedEditsChangeNothing) {
    const Scenario original = sample();
    const std::vector<ScenarioEdit> bad = {
        edit::SetText{at(Part::Step, 0, Field::Cite), "x"},
        edit::SetText{at(Part::Scenario, 0, Field::Focus), "x"},
        edit::SetText{at(Part::Persona, 0, Field::Top), "x"},
        edit::SetText{at(Part::Step, 2, Field::Title), "x"},
        edit::SetText{at(Part::Step, -1, Field::Title), "x"},
        edit::SetText{at(Part::Scenario, 1, Field::Title), "x"},
        edit::SetText{at(Part::Step, 0, Field::Coins), "x"},
        edit::SetText{at(Part::Step, 0, Field::Title, 0), "x"},
        edit::SetText{at(Part::Step, 0, Field::Pushback), "x"},
        edit::SetText{at(Part::Step, 0, Field::Pushback, 2), "x"},
        edit::SetText{at(Part::Structure, 0, Field::Advantages, -5), "x"},
        edit::SetText{at(Part::Scenario, 0, Field::Authors, 2), "x"},
        edit::SetValue{at(Part::Step, 0, Field::Title), "x"s},
        edit::SetValue{at(Part::Step, 0, Field::Coins), "housing"s},
        edit::SetValue{at(Part::Step, 0, Field::Focus), Strings{"housing"}},
        edit::SetValue{at(Part::Step, 0, Field::Id), 3.0},
        edit::SetValue{at(Part::Source, 0, Field::Image), "x"s},
        edit::SetValue{at(Part::Structure, 0, Field::Id), 3.0},
        edit::SetValue{at(Part::Scenario, 0, Field::Languages), 1.0},
        edit::SetValue{at(Part::Scenario, 0, Field::Languages, 5), "fr"s},
        edit::ClearValue{at(Part::Step, 0, Field::QuestionAnswer)},
        edit::ClearValue{at(Part::Source, 0, Field::Coins)},
        edit::AddEntry{at(Part::Step, 0, Field::Title)},
        edit::AddEntry{at(Part::Step, 0, Field::Coins)},
        edit::AddEntry{at(Part::Step, 0, Field::Pushback, 3)},
        edit::AddEntry{at(Part::Step, 0, Field::Question)},
        edit::RemoveEntry{at(Part::Step, 0, Field::Pushback, 2)},
        edit::RemoveEntry{at(Part::Step, 0, Field::Pushback, -1)},
        edit::RemoveEntry{at(Part::Step, 0, Field::Minutes, 0)},
        edit::MoveEntry{at(Part::Step, 0, Field::Pushback, 0), 2},
        edit::MoveEntry{at(Part::Step, 0, Field::Pushback, 3), 0},
        edit::MoveEntry{at(Part::Step, 0, Field::QuestionChoices, 0), -1},
        edit::DeleteItem{Part::Source, 2},
        edit::MoveItem{Part::Persona, 2, 0},
    };
    for (std::size_t i = 0; i < bad.size(); ++i) {
        SCOPED_TRACE("edit " + std::to_string(i) + ": " + describeEdit(bad[i]));
        Scenario s = original;
        const std::string error = applyEdit(s, bad[i]);
        EXPECT_FALSE(error.empty());
        EXPECT_TRUE(s == original);
        // Whole sentences for people, not codes.
        if (!error.empty()) {
            EXPECT_TRUE(error.front() >= 'A' && error.front() <= 'Z') << error;
            EXPECT_EQ(error.back(), '.') << error;
        }
    }
}

TEST(ScenarioEditTest, FieldsAPartDoesNotHaveAreNamedInTheError) {
    Scenario s = sample();
    EXPECT_EQ(setText(s, at(Part::Step, 0, Field::Cite), "x"), "A step has no cite.");
    EXPECT_EQ(setWord(s, at(Part::Persona, 0, Field::SourceRef), "x"), "A persona has no source.");
    EXPECT_EQ(setWord(s, at(Part::Scenario, 0, Field::Focus), "x"), "The scenario has no focus.");
    EXPECT_EQ(clear(s, at(Part::Structure, 0, Field::ContentNote)), "A structure has no content_note.");
    EXPECT_EQ(setText(s, at(Part::Source, 0, Field::QuestionPrompt), "x"), "A source has no question.prompt.");
}

TEST(ScenarioEditTest, FieldKeysAreTheFilesKeys) {
    EXPECT_STREQ(fieldKey(Field::Id), "id");
    EXPECT_STREQ(fieldKey(Field::SourceRef), "source");
    EXPECT_STREQ(fieldKey(Field::ContentNote), "content_note");
    EXPECT_STREQ(fieldKey(Field::Question), "question");
    EXPECT_STREQ(fieldKey(Field::QuestionPrompt), "question.prompt");
    EXPECT_STREQ(fieldKey(Field::QuestionChoices), "question.choices");
    EXPECT_STREQ(fieldKey(Field::QuestionAnswer), "question.answer");
    EXPECT_STREQ(fieldKey(Field::QuestionExplain), "question.explain");
    EXPECT_STREQ(fieldKey(Field::Pushback), "pushback");
    EXPECT_STREQ(fieldKey(Field::Color), "color");
}

TEST(ScenarioEditTest, ItemCountsAndDescriptions) {
    const Scenario s = sample();
    EXPECT_EQ(itemCount(s, Part::Scenario), 1);
    EXPECT_EQ(itemCount(s, Part::Source), 2);
    EXPECT_EQ(itemCount(s, Part::Structure), 1);
    EXPECT_EQ(itemCount(s, Part::Persona), 2);
    EXPECT_EQ(itemCount(s, Part::Step), 2);

    EXPECT_EQ(describeEdit(edit::SetText{at(Part::Step, 2, Field::Title), "x"}), "Edit step 3 title");
    EXPECT_EQ(describeEdit(edit::SetText{at(Part::Step, 0, Field::ContentNote), "x"}), "Edit step 1 content note");
    EXPECT_EQ(describeEdit(edit::SetText{at(Part::Structure, 1, Field::Advantages, 0), "x"}),
              "Edit structure 2 advantages 1");
    EXPECT_EQ(describeEdit(edit::SetValue{at(Part::Scenario, 0, Field::Id), "x"s}), "Edit the scenario id");
    EXPECT_EQ(describeEdit(edit::ClearValue{at(Part::Step, 0, Field::Question)}), "Remove step 1 question");
    EXPECT_EQ(describeEdit(edit::ClearValue{at(Part::Step, 0, Field::Coins)}), "Clear step 1 coins");
    EXPECT_EQ(describeEdit(edit::AddEntry{at(Part::Step, 0, Field::Pushback)}), "Add an entry to step 1 pushback");
    EXPECT_EQ(describeEdit(edit::RemoveEntry{at(Part::Step, 0, Field::QuestionChoices, 1)}),
              "Remove step 1 question choices 2");
    EXPECT_EQ(describeEdit(edit::AddItem{Part::Persona, -1}), "Add persona");
    EXPECT_EQ(describeEdit(edit::DuplicateItem{Part::Step, 0}), "Duplicate step 1");
    EXPECT_EQ(describeEdit(edit::DeleteItem{Part::Persona, 1}), "Delete persona 2");
    EXPECT_EQ(describeEdit(edit::MoveItem{Part::Step, 3, 0}), "Move step 4");
}

TEST(ScenarioEditTest, TypingInOneFieldMergesIntoOneUndoStep) {
    const FieldRef title = at(Part::Step, 0, Field::Title);
    EXPECT_TRUE(mergesWithPrevious(edit::SetText{title, "O"}, edit::SetText{title, "On"}));
    EXPECT_FALSE(mergesWithPrevious(edit::SetText{title, "O"}, edit::SetText{at(Part::Step, 1, Field::Title), "O"}));
    EXPECT_FALSE(
        mergesWithPrevious(edit::SetText{title, "O"}, edit::SetText{at(Part::Step, 0, Field::Title, -1, "fr"), "O"}));
    EXPECT_FALSE(mergesWithPrevious(edit::SetText{at(Part::Step, 0, Field::Pushback, 0), "a"},
                                    edit::SetText{at(Part::Step, 0, Field::Pushback, 1), "a"}));
    const FieldRef id = at(Part::Persona, 0, Field::Id);
    EXPECT_TRUE(mergesWithPrevious(edit::SetValue{id, "s"s}, edit::SetValue{id, "sa"s}));
    const FieldRef minutes = at(Part::Step, 0, Field::Minutes);
    EXPECT_TRUE(mergesWithPrevious(edit::SetValue{minutes, 1.0}, edit::SetValue{minutes, 15.0}));
    // Choices and structural edits are steps of their own.
    const FieldRef coins = at(Part::Step, 0, Field::Coins);
    EXPECT_FALSE(mergesWithPrevious(edit::SetValue{coins, Strings{"a"}}, edit::SetValue{coins, Strings{"a", "b"}}));
    const FieldRef show = at(Part::Step, 0, Field::Show);
    EXPECT_FALSE(mergesWithPrevious(edit::SetValue{show, "top"s}, edit::SetValue{show, "edge"s}));
    EXPECT_FALSE(mergesWithPrevious(edit::SetText{title, "O"}, edit::SetValue{title, "O"s}));
    EXPECT_FALSE(mergesWithPrevious(edit::AddItem{}, edit::AddItem{}));
    EXPECT_FALSE(mergesWithPrevious(edit::AddEntry{coins}, edit::AddEntry{coins}));
}

TEST(ScenarioEditTest, AnEditedBuiltInScenarioSavesAndReadsBackTheSame) {
    ParseOptions options;
    options.library = &library();
    const ParseResult loaded = loadScenarioFile(test::sourceDir() / "scenarios/01-introduction.toml", options);
    ASSERT_TRUE(loaded.ok()) << test::describe(loaded.diagnostics);
    Scenario s = *loaded.scenario;
    const int steps = int(s.steps.size());
    ASSERT_GE(steps, 3);

    const std::vector<ScenarioEdit> edits = {
        edit::SetText{at(Part::Scenario, 0, Field::Title, -1, "fr"), "Le modèle de la pièce, revu"},
        edit::AddEntry{at(Part::Scenario, 0, Field::Authors)},
        edit::SetValue{at(Part::Scenario, 0, Field::Authors, 1), "A \"quoted\" educator"s},
        edit::AddItem{Part::Source, -1},
        edit::SetText{at(Part::Source, 1, Field::Cite), "Course notes, 2025."},
        edit::SetValue{at(Part::Source, 1, Field::Url), "https://example.org/notes"s},
        edit::AddItem{Part::Structure, -1},
        edit::SetText{at(Part::Structure, 0, Field::Name, -1, "fr"), "Nouvelle structure"},
        edit::SetValue{at(Part::Structure, 0, Field::Color), "#0072b2"s},
        edit::SetValue{at(Part::Structure, 0, Field::Levels), Strings{"internal", "institutional"}},
        edit::AddEntry{at(Part::Structure, 0, Field::Advantages)},
        edit::SetText{at(Part::Structure, 0, Field::Advantages, 0), "Doors that open"},
        edit::SetText{at(Part::Structure, 0, Field::Advantages, 0, "fr"), "Des portes qui s'ouvrent"},
        edit::AddEntry{at(Part::Structure, 0, Field::Disadvantages)},
        edit::SetText{at(Part::Structure, 0, Field::Disadvantages, 0), "Doors that stay shut"},
        edit::SetValue{at(Part::Structure, 0, Field::SourceRef), "source-1"s},
        edit::AddItem{Part::Persona, -1},
        edit::SetText{at(Part::Persona, 0, Field::Description), "A fictional nurse"},
        edit::SetValue{at(Part::Persona, 0, Field::Positions, -1, "", "structure-1"), "bottom"s},
        edit::SetValue{at(Part::Persona, 0, Field::Positions, -1, "", "racism"), "top"s},
        edit::AddItem{Part::Step, -1},
        edit::SetText{at(Part::Step, steps, Field::Text), "Line one\nline two, with \"quotes\" and a # sign"},
        edit::SetValue{at(Part::Step, steps, Field::Coins), Strings{"structure-1", "racism"}},
        edit::SetValue{at(Part::Step, steps, Field::Personas), Strings{"persona-1"}},
        edit::SetValue{at(Part::Step, steps, Field::Focus), "structure-1"s},
        edit::SetValue{at(Part::Step, steps, Field::Show), "top"s},
        edit::SetValue{at(Part::Step, steps, Field::Action), "flip"s},
        edit::SetValue{at(Part::Step, steps, Field::Minutes), 2.5},
        edit::AddEntry{at(Part::Step, steps, Field::Question)},
        edit::SetText{at(Part::Step, steps, Field::QuestionPrompt), "Which face?"},
        edit::SetText{at(Part::Step, steps, Field::QuestionChoices, 0), "Top"},
        edit::SetText{at(Part::Step, steps, Field::QuestionChoices, 1), "Bottom"},
        edit::AddEntry{at(Part::Step, steps, Field::QuestionChoices)},
        edit::SetText{at(Part::Step, steps, Field::QuestionChoices, 2), "Both"},
        edit::SetValue{at(Part::Step, steps, Field::QuestionAnswer), 2.0},
        edit::SetText{at(Part::Step, steps, Field::QuestionExplain), "Both come from the same coin."},
        edit::AddEntry{at(Part::Step, steps, Field::Pushback)},
        edit::SetText{at(Part::Step, steps, Field::Pushback, 0), "An objection, and a reply."},
        edit::SetText{at(Part::Step, steps, Field::ContentNote), "A content note."},
        edit::DuplicateItem{Part::Step, steps},
        edit::SetText{at(Part::Step, steps + 1, Field::Title), "The copy"},
        edit::MoveItem{Part::Step, steps + 1, steps},
        edit::ClearValue{at(Part::Step, steps, Field::Minutes)},
        edit::SetValue{at(Part::Structure, 0, Field::Id), "housing"s},
        edit::SetValue{at(Part::Persona, 0, Field::Id), "robin"s},
        edit::SetValue{at(Part::Source, 1, Field::Id), "notes"s},
    };
    for (std::size_t i = 0; i < edits.size(); ++i) {
        ASSERT_EQ(applyEdit(s, edits[i]), "") << "edit " << i << ": " << describeEdit(edits[i]);
    }
    ASSERT_EQ(s.steps.size(), std::size_t(steps + 2));
    EXPECT_EQ(s.steps[std::size_t(steps)].title.get("en"), "The copy");
    EXPECT_EQ(s.steps[std::size_t(steps)].focus, "housing");
    EXPECT_EQ(s.structures[0].source, "notes");
    EXPECT_EQ(s.steps[std::size_t(steps) + 1].personas, Strings{"robin"});

    const std::string written = writeScenario(s);
    ParseOptions again = options;
    again.displayName = "edited";
    const ParseResult back = parseScenario(written, again);
    ASSERT_TRUE(back.ok()) << written << test::describe(back.diagnostics);
    EXPECT_EQ(*back.scenario, s) << written;
    EXPECT_EQ(writeScenario(*back.scenario), written);
}

} // namespace
} // namespace cs
