// The handout's own words around the scenario's texts, in English and Canadian French (one table).
#pragma once

#include <string>
#include <string_view>

namespace cs::handout {

enum class Word {
    // documents and landmarks
    HandoutDocument,
    NotesDocument,
    SkipToContent,
    Contents,
    WrittenBy,
    MadeWith,
    NotesWarning,
    // steps
    Step,
    Of,
    ContentNote,
    Question,
    Discuss,
    Reflect,
    ReflectPrivate,
    AnswerLink,
    AnswersHeading,
    AnswersIntro,
    Answer,
    Explanation,
    BackToStep,
    // facilitator notes
    TimingPlan,
    TimingCaption,
    Title,
    PlannedTime,
    RunningTotal,
    Total,
    NotSet,
    Minute,
    Minutes,
    OnScreen,
    SlideText,
    Notes,
    Pushback,
    RightAnswer,
    // about the model and sources
    AboutModel,
    AboutModelText,
    Sources,
    // picture descriptions (alt text)
    NoCoin,
    OneCoin,
    CoinsInRow,
    InFocus,
    ShowTop,
    ShowBottom,
    ShowBoth,
    ShowEdge,
    TopFace,
    BottomFace,
    UnearnedAdvantages,
    UnearnedDisadvantages,
    OnTopFace,
    OnBottomFace,
    OnStage,
    ItemsAsBefore,
    FlipDone,
    LiftDone,
    LiftDoneNamed,
    DismantleDone,
    LevelsShown,
    LevelInstitutional,
    LevelInterpersonal,
    LevelInternal,
    Count
};

// The word in `language` ("fr", "fr-CA" …: the first two letters decide); English otherwise.
std::string_view word(Word id, std::string_view language);

// `text` with each "{key}" replaced by `value` (for words that take a name or a number).
std::string filledIn(std::string_view text, std::string_view key, std::string_view value);

// "Step 3 of 12" / "Étape 3 sur 12".
std::string stepOf(int number, int count, std::string_view language);

// The separator after a label: ": " in English, " : " in French (a space before the colon).
std::string_view colon(std::string_view language);

// "3 minutes", "1 minute", "2.5 minutes" / "2,5 minutes" (French: singular below 2).
std::string minutesText(double minutes, std::string_view language);

// The coin model's source (Nixon 2019), cited on every handout whatever the scenario cites.
std::string_view coinModelCitation();
std::string_view coinModelAddress();

} // namespace cs::handout
