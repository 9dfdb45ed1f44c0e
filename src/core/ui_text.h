// The app's own words (buttons, menus, labels) in English and Canadian French. Scenario texts come
// from the scenario; these are the words around them.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace cs {

enum class UiText {
    TopFace,
    BottomFace,
    UnearnedAdvantage,
    UnearnedDisadvantage,
    MirrorNote,
    KeysHint,
    StartTitle,
    StartText,
    Step, // "Step"
    Of,   // "of"
    Problems,
    ProblemsStale,
    ProblemsNone,
    CopyHint,
    UnearnedAdvantages, // heading of the items column
    UnearnedDisadvantages,
    TopShort, // "top" / "dessus" on numbered face markers
    BottomShort,
    LiftNote,
    OldPlace,
    SomeoneFromBottom,
    DismantleLedNote,
    DismantleEndNote,
    LevelsHeading,
    LevelInstitutional,
    LevelInterpersonal,
    LevelInternalTop,
    LevelInternalBottom,
    CoinsInteract,
    FlipNote,
    ContentNote,
    Continue,
    Discuss,
    Question,
    Predict,
    YourPrediction,
    MatchesAnswer,
    DiffersFromAnswer,
    TheAnswer,
    Reflect,
    ReflectPrivate,
    Count
};

// Whether `language` ("fr", "fr-CA", "fr_CA.UTF-8" …) is French: the one test every part of the app uses.
bool isFrench(std::string_view language);

// The word in `language` ("en", "fr", "fr-CA" …: the part before '-' decides); English otherwise.
std::string_view uiText(UiText id, std::string_view language);

// The app's chrome (menus, buttons, hints) by its English words: the Canadian French for `language`
// "fr…", else the English itself. One table for every panel, so nothing is left untranslated by
// accident (a test checks that every phrase the panels use has a French entry).
const char* uiWord(const char* english, std::string_view language);
// Every English phrase the table translates (for that test).
std::vector<std::string_view> uiWordsKnown();

// "Step 4 of 12" / "Étape 4 sur 12".
std::string stepOf(int number, int count, std::string_view language);

// "Top face: White people" with each language's typography (French puts a space before the colon).
std::string labelled(std::string_view label, std::string_view value, std::string_view language);

} // namespace cs
