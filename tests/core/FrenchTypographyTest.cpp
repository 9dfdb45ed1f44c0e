// French typography at display time: which spaces become no-break ones, where one is added, what is left.
#include "core/french_typography.h"

#include <gtest/gtest.h>

namespace cs {
namespace {

const std::string kNb = "\xC2\xA0";         // U+00A0
const std::string kNarrow = "\xE2\x80\xAF"; // U+202F

TEST(FrenchTypographyTest, TheSpaceBeforeAColonOrInsideGuillemetsBecomesNoBreak) {
    EXPECT_EQ(frenchTypography("Deux faces : une pièce"), "Deux faces" + kNb + ": une pièce");
    EXPECT_EQ(frenchTypography("« la norme »"), "«" + kNb + "la norme" + kNb + "»");
    EXPECT_EQ(frenchTypography("25 %"), "25" + kNb + "%");
    EXPECT_EQ(frenchTypography("faces   : trois espaces"), "faces" + kNb + ": trois espaces");
}

TEST(FrenchTypographyTest, TheSpaceBeforeSemicolonsExclamationAndQuestionMarksBecomesNarrowNoBreak) {
    EXPECT_EQ(frenchTypography("Qui décide ?"), "Qui décide" + kNarrow + "?");
    EXPECT_EQ(frenchTypography("oui ; non !"), "oui" + kNarrow + "; non" + kNarrow + "!");
}

TEST(FrenchTypographyTest, AMissingSpaceIsAddedWhereTheMarkEndsAWord) {
    EXPECT_EQ(frenchTypography("Qui décide?"), "Qui décide" + kNarrow + "?");
    EXPECT_EQ(frenchTypography("oui; non"), "oui" + kNarrow + "; non");
    EXPECT_EQ(frenchTypography("Note: lire"), "Note" + kNb + ": lire");
    EXPECT_EQ(frenchTypography("«la norme»"), "«" + kNb + "la norme" + kNb + "»");
    EXPECT_EQ(frenchTypography("(vraiment?)"), "(vraiment" + kNarrow + "?)");
}

TEST(FrenchTypographyTest, TimesAddressesRepeatedMarksAndSetTextAreLeftAlone) {
    EXPECT_EQ(frenchTypography("à 9:30"), "à 9:30");
    EXPECT_EQ(frenchTypography("https://espoirpourlemieuxetre.ca"), "https://espoirpourlemieuxetre.ca");
    EXPECT_EQ(frenchTypography("Vraiment ?!"), "Vraiment" + kNarrow + "?!");
    EXPECT_EQ(frenchTypography("50%"), "50%");
    const std::string set = "Qui" + kNarrow + "? «" + kNb + "oui" + kNb + "»";
    EXPECT_EQ(frenchTypography(set), set);
    EXPECT_EQ(frenchTypography(frenchTypography("Deux : trois ?")), frenchTypography("Deux : trois ?"));
    EXPECT_EQ(frenchTypography(": au début"), ": au début");
    EXPECT_EQ(frenchTypography("ligne\n: suite"), "ligne\n: suite");
    EXPECT_EQ(frenchTypography(""), "");
}

} // namespace
} // namespace cs
