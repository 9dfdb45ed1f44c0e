// The glossary (Help → Glossary): every entry in both languages, the model's words it must explain,
// and the French house style of docs/scenario-format.md, "Writing in French".
#include "core/glossary.h"

#include <gtest/gtest.h>

#include <set>
#include <string>
#include <string_view>

namespace cs {
namespace {

const GlossaryEntry* entry(std::string_view termEn) {
    for (const GlossaryEntry& e : glossary()) {
        if (e.termEn == termEn) return &e;
    }
    return nullptr;
}

bool has(std::string_view text, std::string_view part) {
    return text.find(part) != std::string_view::npos;
}

TEST(GlossaryTest, EveryEntryIsWrittenInEnglishAndFrench) {
    std::set<std::string_view> terms;
    for (const GlossaryEntry& e : glossary()) {
        SCOPED_TRACE(std::string(e.termEn));
        EXPECT_FALSE(e.termEn.empty());
        EXPECT_FALSE(e.definitionEn.empty());
        EXPECT_FALSE(e.termFr.empty());
        EXPECT_FALSE(e.definitionFr.empty());
        EXPECT_TRUE(terms.insert(e.termEn).second) << "listed twice";
    }
}

TEST(GlossaryTest, ExplainsTheWordsAWorkshopUses) {
    const std::pair<std::string_view, std::string_view> words[] = {
        {"Coin", "Pièce de monnaie (pièce)"},
        {"Privilege", "Privilège"},
        {"Oppression", "Oppression"},
        {"Intersectionality", "Intersectionnalité"},
        {"Settler colonialism", "Colonialisme de peuplement"},
        {"Critical allyship", "Alliance critique"},
        {"Cultural safety", "Sécurisation culturelle"},
    };
    for (const auto& [en, fr] : words) {
        const GlossaryEntry* e = entry(en);
        ASSERT_NE(e, nullptr) << en;
        EXPECT_EQ(e->termFr, fr) << en;
    }
}

TEST(GlossaryTest, PrivilegeAndOppressionAreNixonsWordsForUnearnedAdvantageAndDisadvantage) {
    const GlossaryEntry* privilege = entry("Privilege");
    const GlossaryEntry* oppression = entry("Oppression");
    ASSERT_TRUE(privilege && oppression);
    EXPECT_TRUE(has(privilege->definitionEn, "unearned advantage"));
    EXPECT_TRUE(has(privilege->definitionFr, "avantage non mérité"));
    EXPECT_TRUE(has(oppression->definitionEn, "unearned disadvantage"));
    EXPECT_TRUE(has(oppression->definitionFr, "désavantage non mérité"));
    for (const GlossaryEntry* e : {privilege, oppression, entry("Critical allyship"), entry("Intersectionality")}) {
        ASSERT_NE(e, nullptr);
        EXPECT_TRUE(has(e->definitionEn, "(Nixon 2019)")) << e->termEn;
        EXPECT_TRUE(has(e->definitionFr, "(Nixon 2019)")) << e->termEn;
    }
}

TEST(GlossaryTest, CulturalSafetyIsJudgedByThePersonWhoReceivesCare) {
    const GlossaryEntry* e = entry("Cultural safety");
    ASSERT_NE(e, nullptr);
    EXPECT_TRUE(has(e->definitionEn, "judged by the person who receives it"));
    EXPECT_TRUE(has(e->definitionFr, "la personne qui reçoit les soins qui juge"));
}

TEST(GlossaryTest, SettlerColonialismUsesTheWordsOfTheWordTable) {
    const GlossaryEntry* e = entry("Settler colonialism");
    ASSERT_NE(e, nullptr);
    EXPECT_TRUE(has(e->definitionEn, "First Nations, Inuit and Métis"));
    EXPECT_TRUE(has(e->definitionFr, "Premières Nations, Inuit et Métis"));
    EXPECT_TRUE(has(e->definitionFr, "allochtones"));
    EXPECT_FALSE(has(e->definitionFr, "colons"));
    EXPECT_FALSE(has(e->definitionEn, "Aboriginal"));
}

// docs/scenario-format.md, "Writing in French": an ordinary space before « : ; ! ? » and inside « »
// (the display makes it a no-break one), no point médian, one vocabulary.
TEST(GlossaryTest, FrenchFollowsTheHouseStyle) {
    for (const GlossaryEntry& e : glossary()) {
        for (std::string_view fr : {e.termFr, e.definitionFr}) {
            SCOPED_TRACE(std::string(fr));
            for (std::size_t i = 0; i < fr.size(); ++i) {
                const char c = fr[i];
                if (c == ':' || c == ';' || c == '!' || c == '?') {
                    EXPECT_TRUE(i > 0 && fr[i - 1] == ' ') << "no space before '" << c << "' at " << i;
                }
            }
            for (std::size_t at = fr.find("«"); at != std::string_view::npos; at = fr.find("«", at + 1))
                EXPECT_EQ(fr.substr(at + std::string_view("«").size(), 1), " ");
            for (std::size_t at = fr.find("»"); at != std::string_view::npos; at = fr.find("»", at + 1))
                EXPECT_TRUE(at > 0 && fr[at - 1] == ' ');
            EXPECT_FALSE(has(fr, "\xC2\xB7")) << "point médian";
            for (const char* banned : {"démont", "colons", " pile", "personnage", "(e)", "/e"})
                EXPECT_FALSE(has(fr, banned)) << banned;
        }
    }
}

} // namespace
} // namespace cs
