// French typography on the wrapped lines the app draws: no line of a built-in scenario shown in French
// (step texts, prompts, choices, coin labels) or of the app's own French words starts with a mark that
// French keeps on the line before (« : ; ! ? % » and a closing »), at any width the caption band, the
// step panel or a label may have.
#include "scenario_text.h"
#include "ui_test_support.h"

#include "core/french_typography.h"
#include "core/loaded_scenario.h"
#include "core/scenario/parser.h"
#include "core/ui_text.h"
#include "ui/layout_text.h"

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

namespace cs {
namespace {

namespace fs = std::filesystem;

// The lines ImGui draws `text` in at `width` (what ImFont::RenderText does: a paragraph per line break,
// cut where CalcWordWrapPositionA says, blanks at the start of a wrapped line skipped).
std::vector<std::string> wrappedLines(const ImFont& font, const std::string& text, float width) {
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t nl = std::min(text.find('\n', start), text.size());
        const char* s = text.data() + start;
        const char* end = text.data() + nl;
        while (s < end) {
            const char* cut = font.CalcWordWrapPositionA(1.0f, s, end, width);
            if (cut == s) ++cut;
            lines.emplace_back(s, cut);
            s = cut;
            while (s < end && (*s == ' ' || *s == '\t'))
                ++s;
        }
        start = nl + 1;
    }
    return lines;
}

bool startsWithAMarkFrenchKeepsBefore(const std::string& line) {
    if (line.empty()) return false;
    const char c = line.front();
    return c == ':' || c == ';' || c == '!' || c == '?' || c == '%' || line.rfind("\xC2\xBB", 0) == 0;
}

// Every text of a scenario a room or a learner reads, as the app shows it in French.
std::vector<std::string> shownTexts(const LoadedScenario& doc) {
    std::vector<std::string> out;
    auto add = [&](const LocalText& t) {
        if (!t.empty()) out.push_back(doc.tr(t));
    };
    add(doc.scenario.title);
    add(doc.scenario.summary);
    for (const Step& step : doc.scenario.steps) {
        add(step.title), add(step.text), add(step.reflect), add(step.discuss), add(step.contentNote), add(step.notes);
        for (const LocalText& p : step.pushback)
            add(p);
        if (step.question) {
            add(step.question->prompt), add(step.question->explain);
            for (const LocalText& c : step.question->choices)
                add(c);
        }
    }
    for (const Structure& s : doc.structures.structures()) {
        add(s.name), add(s.top), add(s.bottom);
        for (const LocalText& t : s.advantages)
            add(t);
        for (const LocalText& t : s.disadvantages)
            add(t);
    }
    return out;
}

class FrenchLinesTest : public testing::ImGuiFixture {
  protected:
    // The offending lines of `texts` at widths from a narrow label to a wide caption band, in each font.
    std::vector<std::string> offendingLines(const std::vector<std::string>& texts) {
        std::vector<std::string> found;
        for (ImFont* font : {fonts_.title, fonts_.body, fonts_.small, fonts_.ui}) {
            for (float width = 120.0f; width <= 1400.0f; width += 7.0f) {
                for (const std::string& text : texts) {
                    // A run of text with no space that does not fit is cut anywhere (in any language): not
                    // a line break French typography can prevent, so such widths are not looked at.
                    if (widestWord(font, text) >= width) continue;
                    for (const std::string& line : wrappedLines(*font, text, width)) {
                        if (startsWithAMarkFrenchKeepsBefore(line)) found.push_back(line + "   [in: " + text + "]");
                    }
                }
            }
        }
        return found;
    }
};

TEST_F(FrenchLinesTest, NoLineOfABuiltInScenarioInFrenchStartsWithAMarkFrenchKeepsOnThePreviousLine) {
    const StructureLibrary library = StructureLibrary::builtIn();
    std::vector<std::string> raw;
    for (const fs::path& file : testing::builtInScenarioFiles(testing::WithTemplate::Yes)) {
        ParseOptions options;
        options.library = &library;
        ParseResult r = loadScenarioFile(file, options);
        ASSERT_TRUE(r.ok()) << file;
        const auto doc = makeLoadedScenario(std::move(*r.scenario), library, file, "fr", "");
        ASSERT_EQ(doc->language, "fr") << file;
        const std::vector<std::string> shown = shownTexts(*doc);
        const std::vector<std::string> bad = offendingLines(shown);
        EXPECT_TRUE(bad.empty()) << file << ": " << bad.size() << " lines, the first: " << (bad.empty() ? "" : bad[0]);
        for (const Step& step : doc->scenario.steps)
            raw.push_back(step.text.get("fr"));
    }
    // The check can fail: the same texts as written in the files (ordinary spaces) break before marks.
    EXPECT_FALSE(offendingLines(raw).empty())
        << "the scenarios' French has no space before a colon or a question mark?";
}

TEST_F(FrenchLinesTest, NoLineOfTheAppsFrenchWordsStartsWithAMarkFrenchKeepsOnThePreviousLine) {
    std::vector<std::string> texts;
    for (std::string_view english : uiWordsKnown())
        texts.emplace_back(uiWord(std::string(english).c_str(), "fr"));
    for (int i = 0; i < int(UiText::Count); ++i)
        texts.emplace_back(uiText(UiText(i), "fr"));
    const std::vector<std::string> bad = offendingLines(texts);
    EXPECT_TRUE(bad.empty()) << bad.size() << " lines, the first: " << (bad.empty() ? "" : bad[0]);
}

} // namespace
} // namespace cs
