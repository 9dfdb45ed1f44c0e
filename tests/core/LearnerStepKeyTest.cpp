// Step keys: learner data stays with the step that was answered when other steps come and go.
#include "core/user_data/learner_data.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace cs {
namespace {

Step step(std::string title, std::string reflect = {}) {
    Step s;
    s.title.byLang = {{"en", std::move(title)}};
    if (!reflect.empty()) s.reflect.byLang = {{"en", reflect}, {"fr", "(fr) " + reflect}};
    return s;
}

Scenario fourSteps() {
    Scenario s;
    s.id = "keys";
    s.languages = {"en", "fr"};
    s.steps = {step("Start"), step("Faces", "Which face?"), step("Lift", "Who is lifted?"), step("End")};
    s.steps[2].question =
        Question{LocalText("en", "Where?"), {LocalText("en", "Here"), LocalText("en", "There")}, 1, {}};
    return s;
}

TEST(LearnerStepKeyTest, AStepWithoutAnIdIsKeyedByAFingerprintOfWhatItAsks) {
    const std::vector<std::string> keys = stepKeysOf(fourSteps());
    ASSERT_EQ(keys.size(), 4u);
    for (const std::string& key : keys) {
        ASSERT_EQ(key.rfind("text:", 0), 0u) << key;
        ASSERT_EQ(key.size(), 5u + 16u) << key;
        EXPECT_TRUE(std::all_of(key.begin() + 5, key.end(), [](char c) {
            return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
        })) << key;
    }
    // Different steps, different keys; the same scenario again, the same keys (no std::hash, no addresses).
    EXPECT_EQ(std::set<std::string>(keys.begin(), keys.end()).size(), 4u);
    EXPECT_EQ(stepKeysOf(fourSteps()), keys);
    EXPECT_EQ(stepKey(fourSteps(), 2), keys[2]);
    EXPECT_EQ(stepKey(fourSteps(), 4), "");
    EXPECT_EQ(stepKey(fourSteps(), -1), "");
}

TEST(LearnerStepKeyTest, InsertingMovingOrRemovingOtherStepsKeepsAStepsKey) {
    const Scenario before = fourSteps();
    const std::string faces = stepKey(before, 1);
    const std::string lift = stepKey(before, 2);

    Scenario inserted = before;
    inserted.steps.insert(inserted.steps.begin(), step("A new first step", "New prompt"));
    EXPECT_EQ(stepKey(inserted, 2), faces);
    EXPECT_EQ(stepKey(inserted, 3), lift);

    Scenario moved = before;
    std::rotate(moved.steps.begin() + 1, moved.steps.begin() + 3, moved.steps.end()); // End moves before Faces
    EXPECT_EQ(stepKey(moved, 2), faces);
    EXPECT_EQ(stepKey(moved, 3), lift);

    Scenario removed = before;
    removed.steps.erase(removed.steps.begin());
    EXPECT_EQ(stepKey(removed, 0), faces);
    EXPECT_EQ(stepKey(removed, 1), lift);
}

TEST(LearnerStepKeyTest, WhatTheLearnerAnsweredToDecidesTheKeyInEveryLanguage) {
    const Scenario base = fourSteps();
    const std::string lift = stepKey(base, 2);
    const auto changed = [&](auto change) {
        Scenario s = base;
        change(s.steps[2]);
        return stepKey(s, 2);
    };
    // What the learner answered to: the prompts, the choices, the title, in any language.
    EXPECT_NE(changed([](Step& s) { s.reflect.byLang["fr"] = "Autre chose?"; }), lift);
    EXPECT_NE(changed([](Step& s) { s.question->prompt = LocalText("en", "Where now?"); }), lift);
    EXPECT_NE(changed([](Step& s) { s.question->choices.push_back(LocalText("en", "Nowhere")); }), lift);
    EXPECT_NE(changed([](Step& s) { s.question.reset(); }), lift);
    EXPECT_NE(changed([](Step& s) { s.title = LocalText("en", "Lifted"); }), lift);
    // Not what surrounds it: the stage, notes, the text, the right answer.
    EXPECT_EQ(changed([](Step& s) { s.notes = LocalText("en", "For the facilitator"); }), lift);
    EXPECT_EQ(changed([](Step& s) { s.text = LocalText("en", "More words"); }), lift);
    EXPECT_EQ(changed([](Step& s) { s.coins = std::vector<std::string>{"racism"}; }), lift);
    EXPECT_EQ(changed([](Step& s) { s.question->answer = 2; }), lift);
    // Words moved from one field to another are another question.
    Scenario a = base, b = base;
    a.steps[0].reflect = LocalText("en", "x");
    b.steps[0].title = LocalText("en", "Startx");
    EXPECT_NE(stepKey(a, 0), stepKey(b, 0));
}

TEST(LearnerStepKeyTest, AnIdWinsOverTheTextAndKeepsTheKeyWhenTheStepIsReworded) {
    Scenario s = fourSteps();
    s.steps[2].id = "lift";
    EXPECT_EQ(stepKey(s, 2), "id:lift");
    s.steps[2].reflect = LocalText("en", "Reworded entirely");
    s.steps[2].title = LocalText("en", "Another title");
    s.steps.insert(s.steps.begin(), step("Before"));
    EXPECT_EQ(stepKey(s, 3), "id:lift");
}

TEST(LearnerStepKeyTest, StepsThatAskTheSameAreToldApartInOrder) {
    Scenario s;
    s.steps = {step("Pause"), step("Talk", "What now?"), step("Pause"), step("Pause")};
    const std::vector<std::string> keys = stepKeysOf(s);
    EXPECT_EQ(keys[2], keys[0] + "#2");
    EXPECT_EQ(keys[3], keys[0] + "#3");
    // Two steps with empty prompts but different titles are different steps.
    Scenario other;
    other.steps = {step("Other")};
    EXPECT_NE(keys[0], stepKeysOf(other)[0]);
    // Removing a step that asks something else changes none of them.
    s.steps.erase(s.steps.begin() + 1);
    EXPECT_EQ(stepKeysOf(s), (std::vector<std::string>{keys[0], keys[2], keys[3]}));
}

TEST(LearnerStepKeyTest, LearnerStepsCarryTheWordsInTheLanguageShown) {
    const std::vector<LearnerStep> steps = learnerStepsOf(fourSteps(), "fr");
    ASSERT_EQ(steps.size(), 4u);
    EXPECT_EQ(steps[1].key, stepKey(fourSteps(), 1));
    EXPECT_EQ(steps[1].number, 2);
    EXPECT_EQ(steps[1].title, "Faces"); // no French title: the first language's
    EXPECT_EQ(steps[1].reflectPrompt, "(fr) Which face?");
    EXPECT_EQ(steps[2].questionPrompt, "Where?");
    EXPECT_EQ(steps[2].choices, (std::vector<std::string>{"Here", "There"}));
}

TEST(LearnerStepKeyTest, EntriesGoOnTheStepsThatHaveTheirKeysAndTheRestAside) {
    const Scenario s = fourSteps();
    const std::vector<LearnerStep> steps = learnerStepsOf(s, "en");
    LearnerData d;
    d.reflections[steps[1].key] = LearnerReflection{"on faces", 2, "Faces", "Which face?"};
    d.reflections["id:gone"] = LearnerReflection{"kept", 7, "Removed", "Was asked"};
    d.reflections["gone:12"] = LearnerReflection{"older", 12, {}, {}};
    d.answers[steps[2].key] = LearnerAnswer{2, 3, "Lift", "Where?", "There"};
    d.answers[steps[1].key] = LearnerAnswer{1, 2, "Faces", "Which?", "Top"}; // that step has no question now
    d.answers["id:gone"] = LearnerAnswer{3, 7, "Removed", "Was asked?", "The third"};

    const LearnerDataOnSteps on = learnerDataOnSteps(d, steps);
    EXPECT_EQ(on.reflections, (std::map<int, std::string>{{1, "on faces"}}));
    EXPECT_EQ(on.answers, (std::map<int, int>{{2, 2}}));
    ASSERT_EQ(on.orphans.size(), 4u);
    // Reflections first, by the step number they had; then answers.
    EXPECT_EQ(on.orphans[0], (OrphanedLearnerEntry{"id:gone", 7, "Removed", "Was asked", "kept", false}));
    EXPECT_EQ(on.orphans[1].text, "older");
    EXPECT_EQ(on.orphans[2], (OrphanedLearnerEntry{steps[1].key, 2, "Faces", "Which?", "Top", true}));
    EXPECT_EQ(on.orphans[3], (OrphanedLearnerEntry{"id:gone", 7, "Removed", "Was asked?", "The third", true}));

    // The same data on the scenario with a step inserted first: everything moves along with its step.
    Scenario longer = s;
    longer.steps.insert(longer.steps.begin(), step("New"));
    const LearnerDataOnSteps after = learnerDataOnSteps(d, learnerStepsOf(longer, "en"));
    EXPECT_EQ(after.reflections, (std::map<int, std::string>{{2, "on faces"}}));
    EXPECT_EQ(after.answers, (std::map<int, int>{{3, 2}}));
    EXPECT_EQ(after.orphans, on.orphans);
}

TEST(LearnerStepKeyTest, EntriesUnderAFingerprintMoveToTheIdTheStepIsGivenLater) {
    const Scenario before = fourSteps();
    LearnerData d;
    d.reflections[stepKey(before, 1)] = LearnerReflection{"on faces", 2, "Faces", "Which face?"};
    d.answers[stepKey(before, 2)] = LearnerAnswer{2, 3, "Lift", "Where?", "There"};
    d.reflections["gone:9"] = LearnerReflection{"kept as it is", 9, {}, {}};
    // A new version of the scenario gives its steps ids (a built-in updated with the app).
    Scenario after = before;
    after.steps[1].id = "faces";
    after.steps[2].id = "lift";
    EXPECT_TRUE(moveEntriesToStepIds(d, after));
    EXPECT_EQ(d.reflections.at("id:faces").text, "on faces");
    EXPECT_EQ(d.answers.at("id:lift").choice, 2);
    EXPECT_EQ(d.reflections.count(stepKey(before, 1)), 0u);
    EXPECT_EQ(d.reflections.at("gone:9").text, "kept as it is");
    const LearnerDataOnSteps on = learnerDataOnSteps(d, learnerStepsOf(after, "en"));
    EXPECT_EQ(on.reflections, (std::map<int, std::string>{{1, "on faces"}}));
    EXPECT_EQ(on.answers, (std::map<int, int>{{2, 2}}));
    EXPECT_EQ(on.orphans.size(), 1u);
    EXPECT_FALSE(moveEntriesToStepIds(d, after)) << "nothing left to move";
    // An entry already under the id wins; the older one stays where it was, nothing is dropped.
    d.reflections[stepKey(before, 1)] = LearnerReflection{"older words", 2, "Faces", "Which face?"};
    EXPECT_FALSE(moveEntriesToStepIds(d, after));
    EXPECT_EQ(d.reflections.at("id:faces").text, "on faces");
    EXPECT_EQ(d.reflections.at(stepKey(before, 1)).text, "older words");
}

TEST(LearnerStepKeyTest, NumberedEntriesGetTheKeysOfTheStepsTheyWereWrittenOn) {
    const Scenario s = fourSteps();
    LearnerData d;
    d.indexedReflections = {{1, "on faces"}, {9, "past the end"}};
    d.indexedAnswers = {{2, 2}};
    EXPECT_TRUE(mapIndexedEntries(d, s, "fr"));
    EXPECT_TRUE(d.indexedReflections.empty());
    EXPECT_TRUE(d.indexedAnswers.empty());
    EXPECT_EQ(d.reflections.at(stepKey(s, 1)), (LearnerReflection{"on faces", 2, "Faces", "(fr) Which face?"}));
    EXPECT_EQ(d.reflections.at("gone:10"), (LearnerReflection{"past the end", 10, {}, {}}));
    EXPECT_EQ(d.answers.at(stepKey(s, 2)), (LearnerAnswer{2, 3, "Lift", "Where?", "There"}));
    EXPECT_FALSE(mapIndexedEntries(d, s, "fr")) << "nothing left to map";

    // A key already taken by a different text: both are kept.
    LearnerData clash;
    clash.reflections[stepKey(s, 1)].text = "written later, keyed";
    clash.indexedReflections = {{1, "written earlier, numbered"}};
    mapIndexedEntries(clash, s, "en");
    EXPECT_EQ(clash.reflections.at(stepKey(s, 1)).text, "written later, keyed");
    EXPECT_EQ(clash.reflections.at(stepKey(s, 1) + "~2").text, "written earlier, numbered");
    // …and the same text once.
    LearnerData same;
    same.reflections[stepKey(s, 1)].text = "same";
    same.indexedReflections = {{1, "same"}};
    mapIndexedEntries(same, s, "en");
    EXPECT_EQ(same.reflections.size(), 1u);
}

TEST(LearnerStepKeyTest, MergingKeepsEveryDifferentEntry) {
    LearnerData into;
    into.reflections["id:a"].text = "mine";
    into.answers["id:a"].choice = 1;
    into.updatedAt = 100;
    LearnerData from;
    from.reflections["id:a"].text = "theirs";
    from.reflections["id:b"].text = "only theirs";
    from.answers["id:a"].choice = 1;
    from.lastStep = 4;
    from.updatedAt = 200;
    mergeLearnerData(into, from);
    EXPECT_EQ(into.reflections.at("id:a").text, "mine");
    EXPECT_EQ(into.reflections.at("id:a~2").text, "theirs");
    EXPECT_EQ(into.reflections.at("id:b").text, "only theirs");
    EXPECT_EQ(into.answers.size(), 1u) << "the same choice once";
    EXPECT_EQ(into.lastStep, 4);
    EXPECT_EQ(into.updatedAt, 200);
}

} // namespace
} // namespace cs
