// The built-in structure library (assets/structures.toml): the ids, the words of the model (README, "Words") in both
// languages, distinct colour-blind-safe colours, balanced faces, and how scenarios override it.
#include "ScenarioTestSupport.h"

#include "core/color.h"

#include <set>

namespace cs {
namespace {

const std::vector<std::string> kBuiltInIds{
    "racism", "ableism", "sexism", "heterosexism", "cisnormativity", "classism", "settler-colonialism"};

std::string lower(std::string s) {
    for (char& c : s) {
        if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
    }
    return s;
}

class StructureLibraryTest : public ::testing::Test {
  protected:
    StructureLibrary library = StructureLibrary::builtIn();

    const Structure& structure(const std::string& id) {
        const Structure* s = library.find(id);
        EXPECT_NE(s, nullptr) << id;
        static const Structure kNone;
        return s ? *s : kNone;
    }
};

TEST_F(StructureLibraryTest, TheFileIsAValidScenarioWithoutWarnings) {
    const ParseResult r = loadScenarioFile(test::sourceDir() / "assets/structures.toml");
    ASSERT_TRUE(r.ok()) << test::describe(r.diagnostics);
    EXPECT_TRUE(r.diagnostics.empty()) << test::describe(r.diagnostics);
    EXPECT_TRUE(r.scenario->steps.empty()); // a library file: structures and sources only
}

TEST_F(StructureLibraryTest, TheCompiledInCopyIsTheFileInAssets) {
    EXPECT_EQ(StructureLibrary::builtInText(), test::readText(test::sourceDir() / "assets/structures.toml"))
        << "rebuild after editing assets/structures.toml";
}

TEST_F(StructureLibraryTest, HasTheSevenBuiltInIdsInOrder) {
    EXPECT_EQ(library.ids(), kBuiltInIds);
}

TEST_F(StructureLibraryTest, EveryStructureIsCompleteInEnglishAndFrench) {
    for (const Structure& s : library.structures()) {
        SCOPED_TRACE(s.id);
        for (const LocalText* text : {&s.name, &s.top, &s.bottom}) {
            EXPECT_TRUE(text->has("en"));
            EXPECT_TRUE(text->has("fr"));
        }
        // Equal weight for both faces: the same number of items, 3 to 5 each.
        EXPECT_GE(s.advantages.size(), 3u);
        EXPECT_LE(s.advantages.size(), 5u);
        EXPECT_EQ(s.advantages.size(), s.disadvantages.size());
        for (const auto* list : {&s.advantages, &s.disadvantages}) {
            for (const LocalText& item : *list) {
                EXPECT_TRUE(item.has("en") && item.has("fr"));
                EXPECT_LE(item.get("en").size(), 80u) << item.get("en"); // short enough for a face
            }
        }
        EXPECT_EQ(s.levels, (std::vector<Level>{Level::Institutional, Level::Interpersonal, Level::Internal}));
        EXPECT_EQ(s.source, "nixon2019");
        ASSERT_TRUE(s.color.has_value());
    }
}

TEST_F(StructureLibraryTest, UsesTheWordsOfTheBriefWordTable) {
    struct Words {
        std::string id, face, en, fr;
    };
    // The groups each face names, compared without regard to the first letter's case.
    const std::vector<Words> table{
        {"racism", "bottom", "Black, Indigenous and racialized people", "personnes noires, autochtones et racisées"},
        {"settler-colonialism", "top", "non-Indigenous people (settlers)", "personnes non autochtones (allochtones)"},
        {"ableism", "bottom", "Disabled people", "personnes en situation de handicap"},
        {"cisnormativity", "bottom", "trans and non-binary people", "personnes trans et non binaires"},
        {"heterosexism", "bottom", "lesbian, gay, bisexual and queer people",
         "personnes lesbiennes, gaies, bisexuelles et queers"},
    };
    for (const Words& w : table) {
        const Structure& s = structure(w.id);
        const LocalText& face = w.face == "top" ? s.top : s.bottom;
        EXPECT_EQ(lower(face.get("en")), lower(w.en)) << w.id;
        EXPECT_EQ(lower(face.get("fr")), lower(w.fr)) << w.id;
    }
    EXPECT_EQ(structure("settler-colonialism").name.get("fr"), "Colonialisme de peuplement");
    EXPECT_EQ(structure("ableism").name.get("fr"), "Capacitisme");
    EXPECT_EQ(structure("heterosexism").name.get("fr"), "Hétérosexisme");
    EXPECT_EQ(structure("cisnormativity").name.get("fr"), "Cisnormativité");
    EXPECT_NE(structure("settler-colonialism").bottom.get("en").find("First Nations, Inuit and Métis"),
              std::string::npos);
    EXPECT_NE(structure("settler-colonialism").bottom.get("fr").find("Premières Nations, Inuit et Métis"),
              std::string::npos);
}

TEST_F(StructureLibraryTest, AvoidsTheWordsTheBriefRulesOut) {
    // Every word the app can show from the library, each text padded with spaces for whole-word finds.
    std::string all;
    const auto add = [&](const LocalText& text) {
        for (const auto& entry : text.byLang)
            all += " " + lower(entry.second) + " ";
    };
    for (const Structure& s : library.structures()) {
        for (const LocalText* text : {&s.name, &s.top, &s.bottom})
            add(*text);
        for (const auto* list : {&s.advantages, &s.disadvantages}) {
            for (const LocalText& item : *list)
                add(item);
        }
    }
    for (const char* banned : {"colons", "colon ", "visible minorit", "aboriginal", " pile ", "vulnerable", "high-risk",
                               "normal", "privileged", "deserv", "minorité", "lazy", "fault"}) {
        EXPECT_EQ(all.find(banned), std::string::npos) << banned;
    }
}

TEST_F(StructureLibraryTest, ColoursAreDistinctOkabeItoColours) {
    const std::set<std::string> palette{toHex(okabe_ito::orange),       toHex(okabe_ito::skyBlue),
                                        toHex(okabe_ito::bluishGreen),  toHex(okabe_ito::yellow),
                                        toHex(okabe_ito::blue),         toHex(okabe_ito::vermillion),
                                        toHex(okabe_ito::reddishPurple)};
    std::set<std::string> used;
    for (const Structure& s : library.structures()) {
        ASSERT_TRUE(s.color);
        EXPECT_TRUE(palette.count(toHex(*s.color))) << s.id << " " << toHex(*s.color);
        EXPECT_TRUE(used.insert(toHex(*s.color)).second) << s.id << " repeats a colour";
        EXPECT_EQ(library.colorOf(s.id), *s.color);
    }
}

TEST_F(StructureLibraryTest, CitesNixon2019InFull) {
    const Source* nixon = library.findSource("nixon2019");
    ASSERT_NE(nixon, nullptr);
    EXPECT_EQ(nixon->cite.get("en"), "Nixon SA. The coin model of privilege and critical allyship: implications for "
                                     "health. BMC Public Health. 2019;19:1637.");
    EXPECT_EQ(nixon->url, "https://doi.org/10.1186/s12889-019-7884-9");
}

TEST_F(StructureLibraryTest, AScenarioMayUseBuiltInIdsWithoutDefiningThem) {
    const ParseResult r = test::parseText("format = 1\nid = \"x\"\ntitle = \"t\"\n"
                                          "[[persona]]\nid = \"p\"\nname = \"P\"\n"
                                          "positions = { classism = \"top\", \"settler-colonialism\" = \"top\" }\n"
                                          "[[step]]\ntitle = \"a\"\ncoins = [\"classism\", \"sexism\"]\n",
                                          &library);
    EXPECT_TRUE(r.ok()) << test::describe(r.diagnostics);
}

TEST_F(StructureLibraryTest, AScenarioDefinitionOverridesTheBuiltInForThatScenarioOnly) {
    const ParseResult r = loadScenarioFile(test::corpusDir() / "valid/override-builtin.toml",
                                           ParseOptions{"override", std::nullopt, &library, true});
    ASSERT_TRUE(r.ok()) << test::describe(r.diagnostics);
    const StructureLibrary merged = library.mergedWith(*r.scenario);
    // Replaced in place (same order as the built-ins), new ones after, built-ins untouched.
    ASSERT_EQ(merged.structures().size(), library.structures().size() + 1);
    EXPECT_EQ(merged.structures()[1].id, "ableism");
    EXPECT_EQ(merged.find("ableism")->name.get("en"), "Ableism (our words)");
    EXPECT_EQ(merged.structures().back().id, "sizeism");
    EXPECT_EQ(library.find("ableism")->name.get("en"), "Ableism");
    EXPECT_EQ(merged.find("classism"), &merged.structures()[5]);
    EXPECT_NE(merged.findSource("local"), nullptr);
    EXPECT_NE(merged.findSource("nixon2019"), nullptr);
    // A structure without a colour still gets one, the same every time.
    EXPECT_EQ(merged.colorOf("sizeism"), merged.colorOf("sizeism"));
    EXPECT_EQ(merged.colorOf("no-such-structure"), okabe_ito::grey);
}

TEST_F(StructureLibraryTest, LoadsALibraryFileFromDisk) {
    std::vector<Diagnostic> diagnostics;
    const auto loaded = StructureLibrary::load(test::corpusDir() / "valid/library-only.toml", &diagnostics);
    ASSERT_TRUE(loaded.has_value()) << test::describe(diagnostics);
    EXPECT_EQ(loaded->ids(), std::vector<std::string>{"ageism"});
    EXPECT_FALSE(StructureLibrary::load(test::corpusDir() / "invalid/empty.toml", &diagnostics).has_value());
    EXPECT_EQ(diagnostics.size(), 1u);
}

} // namespace
} // namespace cs
