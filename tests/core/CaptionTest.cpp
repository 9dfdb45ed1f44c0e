// What the caption band says: the step's words, its prompts, a question's answer only once revealed
// to the room, a content note before the step, and never what is private to a learner.
#include "core/caption.h"
#include "scenario_text.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace cs {
namespace {

constexpr const char* kScenario = R"(format = 1
id = "caption-test"
title = "Caption test"
[[step]]
title = "Asked"
text = "A question first."
discuss = "Talk it over in pairs."
reflect = "Think about your own day."
coins = ["racism"]
[step.question]
prompt = "Which is the coin?"
choices = ["A person", "A group", "The structure"]
answer = 3
explain = "The coin is the structure itself."
[[step]]
title = "Noted"
text = "The step behind a note."
content_note = "This step names harm."
)";

AppState opened() {
    AppState s = makeStartState(testing::builtInLibrary());
    applyCommand(s, cmd::LoadScenario{testing::scenarioFromText(kScenario, "caption.toml")});
    return s;
}

// Every text the caption holds, for "is this anywhere in it" checks.
std::vector<std::string> allTexts(const CaptionWords& w) {
    std::vector<std::string> out{w.title, w.text, w.hint, w.scenarioTitle, w.discuss, w.reflect, w.question, w.explain};
    out.insert(out.end(), w.choices.begin(), w.choices.end());
    return out;
}

TEST(CaptionTest, AStepSaysItsWordsAndPromptsAndTheAnswerOnlyOnceRevealed) {
    AppState s = opened();
    CaptionWords w = captionFor(s);
    EXPECT_EQ(w.title, "Asked");
    EXPECT_EQ(w.discuss, "Talk it over in pairs.");
    EXPECT_EQ(w.reflect, "Think about your own day.");
    EXPECT_EQ(w.question, "Which is the coin?");
    EXPECT_EQ(w.choices.size(), 3u);
    EXPECT_EQ(w.stepNumber, 1);
    EXPECT_EQ(w.stepCount, 2);
    EXPECT_EQ(w.answer, 0);
    EXPECT_TRUE(w.explain.empty());
    applyCommand(s, cmd::RevealAnswer{});
    w = captionFor(s);
    EXPECT_EQ(w.answer, 3);
    EXPECT_EQ(w.explain, "The coin is the structure itself.");
}

// The room never sees a learner's own choice or what they wrote: not before the reveal (their choice
// is not the answer), not after it (the answer is the scenario's), not anywhere in the words.
TEST(CaptionTest, WhatALearnerChoseOrWroteIsNeverInTheCaption) {
    AppState s = opened();
    applyCommand(s, cmd::ChooseAnswer{0, 1});
    applyCommand(s, cmd::SetReflection{0, "my private thought 4f1c"});
    ASSERT_EQ(s.answers.at(0), 1);
    for (const bool revealed : {false, true}) {
        if (revealed) applyCommand(s, cmd::RevealAnswer{});
        const CaptionWords w = captionFor(s);
        EXPECT_EQ(w.answer, revealed ? 3 : 0) << "the learner's choice (1) must not stand for the answer";
        for (const std::string& t : allTexts(w))
            EXPECT_EQ(t.find("4f1c"), std::string::npos) << t;
    }
}

TEST(CaptionTest, AContentNoteComesBeforeTheStepsOwnWords) {
    AppState s = opened();
    applyCommand(s, cmd::NextStep{});
    ASSERT_TRUE(s.contentNotePending);
    CaptionWords w = captionFor(s);
    EXPECT_EQ(w.text, "This step names harm.");
    for (const std::string& t : allTexts(w))
        EXPECT_EQ(t.find("The step behind a note."), std::string::npos);
    applyCommand(s, cmd::AcknowledgeContentNote{});
    w = captionFor(s);
    EXPECT_EQ(w.title, "Noted");
    EXPECT_EQ(w.text, "The step behind a note.");
}

TEST(CaptionTest, TheStartSceneIntroducesTheCoinInTheAppsLanguage) {
    AppState s = makeStartState();
    s.uiLanguage = "fr";
    const CaptionWords fr = captionFor(s);
    s.uiLanguage = "en";
    const CaptionWords en = captionFor(s);
    EXPECT_FALSE(en.title.empty());
    EXPECT_NE(fr.title, en.title);
    EXPECT_EQ(en.stepNumber, 0);
}

} // namespace
} // namespace cs
