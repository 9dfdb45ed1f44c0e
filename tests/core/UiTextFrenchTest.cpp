// The app's own words in Canadian French (src/core/ui_text.cpp): format placeholders kept, the house
// style of docs/scenario-format.md ("Writing in French") and the wording fixes asked for by educators.
#include "core/ui_text.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace cs {
namespace {

// Every French string the catalogue can show, with its English, as the display gets it.
std::vector<std::pair<std::string, std::string>> allFrench() {
    std::vector<std::pair<std::string, std::string>> out;
    for (std::string_view english : uiWordsKnown()) {
        const std::string en(english);
        out.emplace_back(en, uiWord(en.c_str(), "fr"));
    }
    for (int i = 0; i < int(UiText::Count); ++i)
        out.emplace_back(std::string(uiText(UiText(i), "en")), std::string(uiText(UiText(i), "fr")));
    return out;
}

std::string placeholders(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i + 1 < text.size(); ++i) {
        if (text[i] == '%' && text[i + 1] != ' ') out += text.substr(i, 2);
    }
    return out;
}

// A space of some kind (ordinary, U+00A0 or U+202F) ends right before byte `at`.
bool spaceBefore(std::string_view text, std::size_t at) {
    if (at >= 1 && text[at - 1] == ' ') return true;
    if (at >= 2 && text.substr(at - 2, 2) == "\xC2\xA0") return true;
    return at >= 3 && text.substr(at - 3, 3) == "\xE2\x80\xAF";
}

TEST(UiTextFrenchTest, KeepsTheFormatPlaceholdersOfTheEnglish) {
    for (const auto& [en, fr] : allFrench()) {
        EXPECT_EQ(placeholders(fr), placeholders(en)) << en << " → " << fr;
    }
}

TEST(UiTextFrenchTest, PutsASpaceBeforeTheHighPunctuationAndInsideGuillemets) {
    for (const auto& [en, fr] : allFrench()) {
        SCOPED_TRACE(fr);
        for (std::size_t i = 0; i < fr.size(); ++i) {
            const char c = fr[i];
            if (c == ':' || c == ';' || c == '!' || c == '?') {
                EXPECT_TRUE(spaceBefore(fr, i)) << "before '" << c << "'";
            }
        }
        for (std::size_t at = fr.find("»"); at != std::string::npos; at = fr.find("»", at + 1))
            EXPECT_TRUE(spaceBefore(fr, at));
    }
}

TEST(UiTextFrenchTest, WritesInclusivelyWithoutPointMedian) {
    for (const auto& [en, fr] : allFrench()) {
        // The middle dot is allowed only as a separator between spaces ("F retourner · …").
        for (std::size_t at = fr.find("\xC2\xB7"); at != std::string::npos; at = fr.find("\xC2\xB7", at + 1)) {
            EXPECT_TRUE(spaceBefore(fr, at) && at + 2 < fr.size() && fr[at + 2] == ' ') << fr;
        }
        EXPECT_EQ(fr.find("(e)"), std::string::npos) << fr;
    }
    EXPECT_STREQ(uiWord("You stopped at step", "fr"), "Vous en étiez à l'étape");
}

TEST(UiTextFrenchTest, UsesOneVocabulary) {
    for (const auto& [en, fr] : allFrench()) {
        for (const char* banned : {"démont", "ersonnage", "objecte", "toute touche revient", "mauvais endroit", " no "})
            EXPECT_EQ(fr.find(banned), std::string::npos) << banned << " in " << fr;
    }
    EXPECT_STREQ(uiWord("Personas", "fr"), "Personnes fictives");
    EXPECT_STREQ(uiWord("Persona (fictional)", "fr"), "Personne fictive");
    EXPECT_STREQ(uiWord("People (fictional)", "fr"), "Personnes fictives");
    EXPECT_STREQ(uiWord("Dismantle", "fr"), "Démanteler");
    EXPECT_STREQ(uiWord("If someone objects", "fr"), "En cas d'objection");
    EXPECT_EQ(uiText(UiText::TopFace, "fr"), "Face du dessus");
    EXPECT_EQ(uiText(UiText::BottomFace, "fr"), "Face du dessous");
}

TEST(UiTextFrenchTest, TheLiftNoteSaysWhereChangeIsAimed) {
    const std::string note(uiText(UiText::LiftNote, "fr"));
    EXPECT_NE(note.find("Prendre soin des personnes"), std::string::npos) << note;
    EXPECT_NE(note.find("la cible du changement"), std::string::npos) << note;
}

} // namespace
} // namespace cs
