// Export planning: which files in the folder are someone else's, the progress lines of `--export`,
// and the folder offered by default.
#include "ScenarioTestSupport.h"

#include "core/export_plan.h"
#include "core/handout/handout.h"
#include "core/image.h"

#include <gtest/gtest.h>

namespace cs {
namespace {

namespace fs = std::filesystem;
using test::TempDir;
using test::writeText;

Image smallPicture() {
    Image img;
    img.width = 4;
    img.height = 3;
    img.rgba.assign(4 * 3 * 4, 200);
    return img;
}

void writeBytes(const fs::path& path, const std::vector<std::uint8_t>& bytes) {
    writeText(path, std::string_view(reinterpret_cast<const char*>(bytes.data()), bytes.size()));
}

// Our PNG without its mark: a perfectly good picture from some other program.
std::vector<std::uint8_t> foreignPng() {
    std::vector<std::uint8_t> png = encodePng(smallPicture());
    constexpr std::size_t kAfterIhdr = 33;
    const std::size_t length = std::size_t(png[kAfterIhdr + 2]) << 8 | png[kAfterIhdr + 3];
    png.erase(png.begin() + kAfterIhdr, png.begin() + std::ptrdiff_t(kAfterIhdr + 12 + length));
    return png;
}

// The template scenario as the app reads it (with the built-in structures).
const Scenario& templateScenario() {
    static const StructureLibrary library = StructureLibrary::builtIn();
    static const Scenario scenario = [] {
        ParseOptions options;
        options.library = &library;
        const ParseResult parsed = loadScenarioFile(test::sourceDir() / "scenarios/template.toml", options);
        EXPECT_TRUE(parsed.ok()) << test::describe(parsed.diagnostics);
        return parsed.ok() ? *parsed.scenario : Scenario{};
    }();
    return scenario;
}

std::string ourHandout() {
    HandoutInput input;
    input.scenario = &templateScenario();
    input.generator = "Coin Model Studio 0.1.0"; // as --export writes it
    return participantHandout(input);
}

std::vector<std::string> names(const std::vector<fs::path>& paths) {
    std::vector<std::string> out;
    for (const auto& p : paths)
        out.push_back(p.filename().string());
    return out;
}

TEST(ExportPlanTest, OnlyOtherPeoplesFilesThatAnExportWouldReplaceAreListed) {
    TempDir dir;
    writeBytes(dir.path() / "step-001.png", encodePng(smallPicture()));  // ours: overwritten, fine
    writeBytes(dir.path() / "step-002.png", foreignPng());               // someone else's picture
    writeBytes(dir.path() / "step-0042.png", encodePng(smallPicture())); // ours, stale: removed, fine
    writeText(dir.path() / "step-077.png", "not even a picture");        // theirs, would be removed
    writeText(dir.path() / "handout.html", "<!DOCTYPE html><html><head><title>My own</title></head></html>\n");
    writeText(dir.path() / "handout-notes.html", ourHandout()); // ours
    writeText(dir.path() / "notes.txt", "mine");                // not touched by an export
    writeBytes(dir.path() / "photo.png", foreignPng());         // not touched either
    writeBytes(dir.path() / "step-1.png.bak", foreignPng());    // not a step picture name
    fs::create_directories(dir.path() / "step-005.png");        // a folder: not replaced
    const auto foreign = foreignFilesAnExportWouldReplace(dir.path(), 3);
    EXPECT_EQ(names(foreign), (std::vector<std::string>{"handout.html", "step-002.png", "step-077.png"}));
    for (const auto& p : foreign)
        EXPECT_EQ(p.parent_path(), dir.path());
}

TEST(ExportPlanTest, AFolderOfOurOwnEarlierExportHasNothingForeign) {
    TempDir dir;
    for (int n = 1; n <= 12; ++n)
        writeBytes(dir.path() / stepImageFileName(n, 12), encodePng(smallPicture()));
    writeText(dir.path() / "handout.html", ourHandout());
    writeText(dir.path() / "handout-notes.html", ourHandout());
    EXPECT_TRUE(foreignFilesAnExportWouldReplace(dir.path(), 3).empty());
    EXPECT_TRUE(foreignFilesAnExportWouldReplace(dir.path(), 30).empty());
}

TEST(ExportPlanTest, MissingOrNonFolderPathsHaveNothingToReplace) {
    TempDir dir;
    EXPECT_TRUE(foreignFilesAnExportWouldReplace(dir.path() / "not-yet", 3).empty());
    writeText(dir.path() / "file", "x");
    EXPECT_TRUE(foreignFilesAnExportWouldReplace(dir.path() / "file", 3).empty());
    EXPECT_TRUE(foreignFilesAnExportWouldReplace(dir.path(), 3).empty());
}

TEST(ExportPlanTest, UnreadableFilesCountAsForeign) {
    TempDir dir;
    // A link to nowhere cannot be read: the app cannot tell it is its own, so it asks.
    fs::create_symlink(dir.path() / "nowhere.html", dir.path() / "handout.html");
    EXPECT_EQ(names(foreignFilesAnExportWouldReplace(dir.path(), 1)), std::vector<std::string>{"handout.html"});
}

TEST(ExportPlanTest, ExportFileNames) {
    for (const char* yes :
         {"step-001.png", "step-1.png", "step-0001.png", "step-1000.png", "handout.html", "handout-notes.html"}) {
        EXPECT_TRUE(isExportFileName(yes)) << yes;
    }
    for (const char* no : {"step-.png", "step-01a.png", "step-001.PNG", "step-001.png.tmp", "xstep-001.png",
                           "Step-001.png", "handout.htm", "handout-notes.html~", "notes.txt", "", "step-+1.png"}) {
        EXPECT_FALSE(isExportFileName(no)) << no;
    }
}

TEST(ExportPlanTest, GeneratorMetaMustBeInTheHead) {
    EXPECT_TRUE(htmlWrittenByCoinStudio(ourHandout()));
    EXPECT_TRUE(htmlWrittenByCoinStudio("<head><meta name=\"generator\" content=\"Coin Model Studio\"></head>"));
    EXPECT_FALSE(htmlWrittenByCoinStudio("<head><meta name=\"generator\" content=\"Hugo 0.1\"></head>"));
    EXPECT_FALSE(htmlWrittenByCoinStudio("<head><meta name=\"generator\" content=\"Coin Model Studios\"></head>"));
    EXPECT_FALSE(htmlWrittenByCoinStudio("<head></head><body><meta name=\"generator\" content=\"Coin Model Studio\">"));
    EXPECT_FALSE(htmlWrittenByCoinStudio("<p>Made with Coin Model Studio 0.1.0</p>"));
    EXPECT_FALSE(htmlWrittenByCoinStudio(""));
    // A handout written without a generator (as tests do) is not recognised: --export always sets it.
    HandoutInput input;
    input.scenario = &templateScenario();
    EXPECT_FALSE(htmlWrittenByCoinStudio(facilitatorNotes(input)));
    input.generator = "Coin Model Studio 0.1.0";
    EXPECT_TRUE(htmlWrittenByCoinStudio(facilitatorNotes(input)));
}

TEST(ExportPlanTest, ProgressLinesAreParsed) {
    auto step = parseExportProgress("coinstudio: export: step 3 of 12\n");
    ASSERT_TRUE(step);
    EXPECT_EQ(step->kind, ExportProgress::Kind::Step);
    EXPECT_EQ(step->done, 2);
    EXPECT_EQ(step->total, 12);
    EXPECT_FALSE(step->handout());
    EXPECT_FALSE(step->finished());
    EXPECT_NEAR(step->fraction(), 0.95 * 2 / 12, 1e-12);
    EXPECT_DOUBLE_EQ(parseExportProgress("coinstudio: export: step 1 of 1")->fraction(), 0.0);

    auto handout = parseExportProgress("coinstudio: export: handout.html");
    ASSERT_TRUE(handout);
    EXPECT_TRUE(handout->handout());
    EXPECT_EQ(handout->file, "handout.html");
    auto notes = parseExportProgress("coinstudio: export: handout-notes.html\r\n");
    ASSERT_TRUE(notes);
    EXPECT_EQ(notes->file, "handout-notes.html");
    EXPECT_LT(handout->fraction(), notes->fraction());
    EXPECT_LT(notes->fraction(), 1.0);
    EXPECT_GE(handout->fraction(), step->fraction());

    auto done = parseExportProgress("coinstudio: exported 12 steps to /tmp/some folder/x");
    ASSERT_TRUE(done);
    EXPECT_TRUE(done->finished());
    EXPECT_EQ(done->done, 12);
    EXPECT_EQ(done->total, 12);
    EXPECT_DOUBLE_EQ(done->fraction(), 1.0);
    auto one = parseExportProgress("coinstudio: exported 1 step to out");
    ASSERT_TRUE(one);
    EXPECT_EQ(one->total, 1);

    for (const char* other :
         {"", "coinstudio: error: cannot write /x/step-001.png: No space left on device",
          "a.toml:5:1: error: unknown key 'tittle'", "coinstudio: export: step 0 of 3",
          "coinstudio: export: step 4 of 3", "coinstudio: export: step x of 3", "coinstudio: export: step 1 of",
          "coinstudio: export: step -1 of 3", "coinstudio: export: ", "coinstudio: exported lots",
          "coinstudio: exported 3 apples", "coinstudio: export: step 99999999999 of 99999999999",
          "  coinstudio: export: step 1 of 3", "==123==ERROR: AddressSanitizer"}) {
        EXPECT_FALSE(parseExportProgress(other)) << other;
    }
}

TEST(ExportPlanTest, DefaultFolderIsASlugOfTheTitleUnderHome) {
    EXPECT_EQ(exportFolderSlug("Introduction: what is money?"), "introduction-what-is-money");
    EXPECT_EQ(exportFolderSlug("Ça coûte cher — l'œuvre de Müller"), "ca-coute-cher-l-oeuvre-de-muller");
    EXPECT_EQ(exportFolderSlug("  --Two   spaces--  "), "two-spaces");
    EXPECT_EQ(exportFolderSlug("Étape 2/3 ÀÉÎÕÜ ß"), "etape-2-3-aeiou-ss");
    EXPECT_EQ(exportFolderSlug("日本語"), "");
    EXPECT_EQ(exportFolderSlug("../../etc/passwd"), "etc-passwd");
    EXPECT_EQ(exportFolderSlug(std::string_view("bad\xff\xfe utf8 \xc3", 12)), "bad-utf8");
    const std::string longTitle(200, 'a');
    EXPECT_EQ(exportFolderSlug(longTitle), std::string(48, 'a'));
    const std::string slug = exportFolderSlug("word word word word word word word word word word word");
    EXPECT_LE(slug.size(), 48u);
    EXPECT_NE(slug.back(), '-');

    EXPECT_EQ(defaultExportFolder("/home/ana", "Two sides of a coin"),
              fs::path("/home/ana/coin-model-export/two-sides-of-a-coin"));
    EXPECT_EQ(defaultExportFolder("/home/ana", "日本語", "intro_2"), fs::path("/home/ana/coin-model-export/intro-2"));
    EXPECT_EQ(defaultExportFolder("/home/ana", "", ""), fs::path("/home/ana/coin-model-export/scenario"));
}

} // namespace
} // namespace cs
