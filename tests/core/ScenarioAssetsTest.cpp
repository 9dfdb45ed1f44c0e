// Pictures of scenarios: paths stay inside the scenario's folder (symbolic links included), and
// missing, oversized or undecodable pictures are warnings that never allocate their claimed size.
#include "ScenarioTestSupport.h"

#include "core/image.h"
#include "core/scenario/assets.h"

namespace cs {
namespace {

TEST(ScenarioAssetsTest, PathRulesWithoutTheDisk) {
    for (const char* ok : {"sam.png", "images/sam.png", "./images/sam.png", "images/../sam.png", "a/b/../../c.png",
                           "images//sam.png", "~/sam.png", "images/é.png"}) {
        EXPECT_EQ(assetPathProblem(ok), "") << ok;
    }
    const std::vector<std::pair<std::string, std::string>> refused{
        {"", "empty"},
        {"/etc/passwd", "absolute"},
        {"\\\\server\\share\\x.png", "absolute"},
        {"../x.png", "'..' leads out"},
        {"images/../../x.png", "'..' leads out"},
        {"./..", "'..' leads out"},
        {"http://example.com/x.png", "URLs"},
        {"https:x.png", "URLs"},
        {"file:///etc/passwd", "URLs"},
        {"c:x.png", "drive letters"},
        {"C:\\x.png", "URLs and drive letters"},
        {"images\\x.png", "use '/'"},
        {".", "folder itself"},
        {"images/..", "folder itself"},
        {"a\tb.png", "control character"},
    };
    for (const auto& [path, fragment] : refused) {
        const std::string problem = assetPathProblem(path);
        EXPECT_NE(problem.find(fragment), std::string::npos) << path << " → " << problem;
    }
}

TEST(ScenarioAssetsTest, ValidPicturesPassAndBadOnesAreWarnings) {
    const auto valid = test::corpusDir() / "valid";
    EXPECT_EQ(checkImageAsset(valid, "images/pattern.png", true).status, AssetStatus::Ok);
    EXPECT_EQ(checkImageAsset(valid, "images/pattern.jpg", true).status, AssetStatus::Ok);
    EXPECT_EQ(checkImageAsset(valid, "images/nope.png", true).status, AssetStatus::Missing);
    const auto hostile = test::corpusDir() / "hostile-images";
    for (const char* bad : {"images/truncated.png", "images/gif-as.png", "images/tga-as.png", "images/huge-header.png",
                            "images/empty.png"}) {
        const AssetCheck check = checkImageAsset(hostile, bad, true);
        EXPECT_EQ(check.status, AssetStatus::Unusable) << bad;
        EXPECT_NE(check.message.find("placeholder"), std::string::npos) << check.message;
    }
    // Without decoding, the signature still tells a GIF from a PNG.
    EXPECT_EQ(checkImageAsset(hostile, "images/gif-as.png", false).status, AssetStatus::Unusable);
    EXPECT_EQ(checkImageAsset(valid, "images/pattern.png", false).status, AssetStatus::Ok);
}

TEST(ScenarioAssetsTest, AHeaderClaiming100000SquaredIsRefusedFromTheHeader) {
    const AssetCheck check = checkImageAsset(test::corpusDir() / "hostile-images", "images/huge-header.png", true);
    EXPECT_EQ(check.status, AssetStatus::Unusable);
    EXPECT_NE(check.message.find("100000x100000"), std::string::npos) << check.message;
    EXPECT_NE(check.message.find("4096x4096"), std::string::npos) << check.message;
}

TEST(ScenarioAssetsTest, PicturesOverTheFileCapAreRefusedWithoutReadingThem) {
    test::TempDir dir;
    std::filesystem::create_directories(dir / "images");
    const auto big = dir / "images/big.png";
    test::writeText(big, test::readText(test::corpusDir() / "valid/images/pattern.png"));
    std::filesystem::resize_file(big, kMaxImageFileBytes + 1);
    const AssetCheck check = checkImageAsset(dir.path(), "images/big.png", true);
    EXPECT_EQ(check.status, AssetStatus::Unusable);
    EXPECT_NE(check.message.find("16 MiB"), std::string::npos) << check.message;
}

TEST(ScenarioAssetsTest, SymbolicLinksPointingOutsideAreErrors) {
    test::TempDir root;
    const auto scenarioDir = root / "scenario";
    std::filesystem::create_directories(scenarioDir / "images");
    test::writeText(root / "secret.png", test::readText(test::corpusDir() / "valid/images/pattern.png"));
    test::writeText(scenarioDir / "images/inside.png", test::readText(test::corpusDir() / "valid/images/pattern.png"));
    std::filesystem::create_symlink(root / "secret.png", scenarioDir / "images/outside-absolute.png");
    std::filesystem::create_symlink("../../secret.png", scenarioDir / "images/outside-relative.png");
    std::filesystem::create_symlink("inside.png", scenarioDir / "images/inside-link.png");
    std::filesystem::create_symlink(root / "missing.png", scenarioDir / "images/dangling-outside.png");
    std::filesystem::create_directory_symlink(root.path(), scenarioDir / "up");

    EXPECT_EQ(checkImageAsset(scenarioDir, "images/inside.png", true).status, AssetStatus::Ok);
    EXPECT_EQ(checkImageAsset(scenarioDir, "images/inside-link.png", true).status, AssetStatus::Ok);
    for (const char* out : {"images/outside-absolute.png", "images/outside-relative.png", "images/dangling-outside.png",
                            "up/secret.png"}) {
        const AssetCheck check = checkImageAsset(scenarioDir, out, true);
        EXPECT_EQ(check.status, AssetStatus::Forbidden) << out;
        EXPECT_NE(check.message.find("outside the scenario's folder"), std::string::npos) << check.message;
        EXPECT_FALSE(resolveAssetPath(scenarioDir, out).has_value()) << out;
    }
    EXPECT_TRUE(resolveAssetPath(scenarioDir, "images/inside-link.png").has_value());

    // In a scenario file: an error at the image's line and column; the scenario does not load.
    test::writeText(scenarioDir / "s.toml", "format = 1\nid = \"s\"\ntitle = \"t\"\n[[step]]\ntitle = \"a\"\n"
                                            "image = \"images/outside-relative.png\"\n");
    const ParseResult r = loadScenarioFile(scenarioDir / "s.toml");
    EXPECT_FALSE(r.ok());
    ASSERT_EQ(r.diagnostics.size(), 1u) << test::describe(r.diagnostics);
    EXPECT_EQ(r.diagnostics[0].severity, Severity::Error);
    EXPECT_EQ(r.diagnostics[0].line, 6);
    EXPECT_EQ(r.diagnostics[0].column, 9);
}

TEST(ScenarioAssetsTest, TheScenarioFolderMayItselfBeReachedThroughALink) {
    test::TempDir root;
    std::filesystem::create_directories(root / "real/images");
    test::writeText(root / "real/images/p.png", test::readText(test::corpusDir() / "valid/images/pattern.png"));
    std::filesystem::create_directory_symlink(root / "real", root / "alias");
    EXPECT_EQ(checkImageAsset(root / "alias", "images/p.png", true).status, AssetStatus::Ok);
}

TEST(ScenarioAssetsTest, AFolderWhoseRealPlaceCannotBeFoundGivesNoPicture) {
    // A link that points at itself: the folder's real place cannot be worked out, so nothing inside
    // it can be shown to be inside it. No picture is better than one from anywhere.
    test::TempDir root;
    std::filesystem::create_directory_symlink(root / "loop", root / "loop");
    EXPECT_FALSE(resolveAssetPath(root / "loop" / "scenario", "images/p.png").has_value());
}

} // namespace
} // namespace cs
