// Publishing as a web page, without a window: the files a publish puts in its folder and the
// published.json the page reads, whose files it may replace (an earlier publish's, not anyone
// else's unless asked), the files of an earlier publish it removes, and a scenario it refuses.
#include "core/data_paths.h"
#include "core/image.h"
#include "core/publish_plan.h"
#include "core/scenario/structure_library.h"
#include "file_bytes.h"
#include "scoped_env.h"
#include "temp_folder.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace cs {
namespace {

namespace fs = std::filesystem;
using testing::slurp;
using testing::writeRaw;

std::string pngBytes(int width, int height) {
    Image img;
    img.width = width;
    img.height = height;
    img.rgba.assign(std::size_t(width * height * 4), 90);
    const std::vector<std::uint8_t> png = encodePng(img);
    return {png.begin(), png.end()};
}

// A persona's picture and a step's picture in sub-folders; the step's picture named a second time,
// written another way.
constexpr std::string_view kWorkshop = R"(format = 1
id = "my-workshop"
title = "My workshop"

[[persona]]
id = "sam"
name = "Sam"
image = "people/sam.png"
positions = { ableism = "bottom" }

[[step]]
title = "One"
coins = ["ableism"]
image = "images/maps/map.png"

[[step]]
title = "Two"
image = "./images/../images/maps/map.png"
)";

class PublishPlanTest : public ::testing::Test {
  protected:
    void SetUp() override {
        // A web build as ./web.sh leaves it (the bytes do not matter here).
        for (const std::string_view name : kWebBuildFiles)
            writeRaw(web_ / name, "web build: " + std::string(name));
        writeRaw(source_ / "my-workshop.toml", kWorkshop);
        writeRaw(source_ / "people/sam.png", pngBytes(3, 4));
        writeRaw(source_ / "images/maps/map.png", pngBytes(5, 2));
    }
    void TearDown() override { fs::remove_all(root_); }

    PublishPlan plan(const fs::path& scenario) const {
        PublishRequest request;
        request.folder = out_;
        request.webBuild = web_;
        request.scenarioFile = scenario;
        request.library = &library_;
        return planPublish(request);
    }
    PublishPlan planWorkshop() const { return plan(source_ / "my-workshop.toml"); }

    static std::vector<std::string> pathsOf(const PublishPlan& p) { return p.written(); }

    fs::path root_ = testing::freshTempFolderForThisTest("publish-plan");
    fs::path web_ = root_ / "build-web";
    fs::path source_ = root_ / "course";
    fs::path out_ = root_ / "published";
    StructureLibrary library_ = StructureLibrary::builtIn();
};

TEST_F(PublishPlanTest, AScenarioWithPicturesInSubFoldersGivesExactlyTheseFilesAndManifest) {
    const PublishPlan p = planWorkshop();
    ASSERT_TRUE(p.ok()) << p.message;
    EXPECT_EQ(pathsOf(p), (std::vector<std::string>{"index.html", "coinstudio.js", "coinstudio.wasm", "coinstudio.data",
                                                    "scenario/my-workshop.toml", "scenario/images/maps/map.png",
                                                    "scenario/people/sam.png", "published.json"}));
    EXPECT_EQ(p.scenario, "scenario/my-workshop.toml");
    EXPECT_EQ(p.files, (std::vector<std::string>{"scenario/my-workshop.toml", "scenario/images/maps/map.png",
                                                 "scenario/people/sam.png"}));
    EXPECT_TRUE(p.foreign.empty());
    EXPECT_TRUE(p.stale.empty());
    EXPECT_EQ(publishedManifest(p), R"({
  "format": 1,
  "scenario": "scenario/my-workshop.toml",
  "files": [
    "scenario/my-workshop.toml",
    "scenario/images/maps/map.png",
    "scenario/people/sam.png"
  ],
  "written": [
    "index.html",
    "coinstudio.js",
    "coinstudio.wasm",
    "coinstudio.data",
    "scenario/my-workshop.toml",
    "scenario/images/maps/map.png",
    "scenario/people/sam.png",
    "published.json"
  ]
}
)");

    ASSERT_TRUE(writePublish(p, false).ok());
    for (const std::string_view name : kWebBuildFiles)
        EXPECT_EQ(slurp(out_ / name), slurp(web_ / name)) << name;
    EXPECT_EQ(slurp(out_ / "scenario/my-workshop.toml"), kWorkshop);
    EXPECT_EQ(slurp(out_ / "scenario/people/sam.png"), slurp(source_ / "people/sam.png"));
    EXPECT_EQ(slurp(out_ / "scenario/images/maps/map.png"), slurp(source_ / "images/maps/map.png"));
    EXPECT_EQ(slurp(out_ / "published.json"), publishedManifest(p));
    EXPECT_EQ(writtenByEarlierPublish(out_),
              (std::vector<std::string>{"coinstudio.data", "coinstudio.js", "coinstudio.wasm", "index.html",
                                        "published.json", "scenario/images/maps/map.png", "scenario/my-workshop.toml",
                                        "scenario/people/sam.png"}));
    // Nothing else: the folder holds the page, the build, the scenario and its pictures.
    int files = 0;
    for (const auto& e : fs::recursive_directory_iterator(out_))
        files += e.is_regular_file() ? 1 : 0;
    EXPECT_EQ(files, 8);
}

TEST_F(PublishPlanTest, WithoutAScenarioTheWebBuildAloneIsWrittenAndNoManifest) {
    const PublishPlan p = plan({});
    ASSERT_TRUE(p.ok()) << p.message;
    EXPECT_EQ(pathsOf(p),
              (std::vector<std::string>{"index.html", "coinstudio.js", "coinstudio.wasm", "coinstudio.data"}));
    ASSERT_TRUE(writePublish(p, false).ok());
    EXPECT_FALSE(fs::exists(out_ / "published.json"));
    EXPECT_FALSE(fs::exists(out_ / "scenario"));
}

TEST_F(PublishPlanTest, AFileSomeoneElsePutThereBlocksUntilReplacingIsAskedFor) {
    writeRaw(out_ / "index.html", "<p>my own page</p>");
    const PublishPlan p = planWorkshop();
    ASSERT_TRUE(p.ok()) << p.message;
    EXPECT_EQ(p.foreign, (std::vector<std::string>{"index.html"}));

    const Status refused = writePublish(p, false);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.kind(), FailureKind::Refused);
    EXPECT_NE(refused.text().find("index.html"), std::string::npos) << refused.text();
    EXPECT_EQ(slurp(out_ / "index.html"), "<p>my own page</p>");
    EXPECT_FALSE(fs::exists(out_ / "coinstudio.js")); // nothing at all was written
    EXPECT_FALSE(fs::exists(out_ / "published.json"));

    ASSERT_TRUE(writePublish(p, true).ok()); // --replace, or "Replace" in the dialog
    EXPECT_EQ(slurp(out_ / "index.html"), slurp(web_ / "index.html"));
    // Replaced once, it is the publish's own from now on.
    EXPECT_TRUE(planWorkshop().foreign.empty());
}

TEST_F(PublishPlanTest, AFileWithTheSameBytesIsNotInTheWay) {
    writeRaw(out_ / "coinstudio.js", slurp(web_ / "coinstudio.js"));
    EXPECT_TRUE(planWorkshop().foreign.empty());
}

TEST_F(PublishPlanTest, AnEarlierPublishsFilesAreReplacedWithoutAsking) {
    ASSERT_TRUE(writePublish(planWorkshop(), false).ok());
    // A new web build and an edited scenario: every file differs from what the folder holds.
    for (const std::string_view name : kWebBuildFiles)
        writeRaw(web_ / name, "rebuilt: " + std::string(name));
    std::string edited(kWorkshop);
    edited.replace(edited.find("\"One\""), 5, "\"First\"");
    writeRaw(source_ / "my-workshop.toml", edited);

    const PublishPlan again = planWorkshop();
    ASSERT_TRUE(again.ok()) << again.message;
    EXPECT_TRUE(again.foreign.empty());
    ASSERT_TRUE(writePublish(again, false).ok());
    EXPECT_EQ(slurp(out_ / "index.html"), "rebuilt: index.html");
    EXPECT_EQ(slurp(out_ / "scenario/my-workshop.toml"), edited);
}

TEST_F(PublishPlanTest, FilesOfAnEarlierPublishNoLongerNeededAreRemovedAndNobodyElses) {
    ASSERT_TRUE(writePublish(planWorkshop(), false).ok());
    writeRaw(out_ / "notes.txt", "the course's own notes");
    writeRaw(out_ / "scenario/people/credits.txt", "photo credits");
    // The steps' picture is dropped, and so is Sam's.
    std::string edited(kWorkshop);
    for (const std::string_view line :
         {"image = \"images/maps/map.png\"\n", "image = \"./images/../images/maps/map.png\"\n",
          "image = \"people/sam.png\"\n"}) {
        edited.erase(edited.find(line), line.size());
    }
    writeRaw(source_ / "my-workshop.toml", edited);

    const PublishPlan again = planWorkshop();
    ASSERT_TRUE(again.ok()) << again.message;
    EXPECT_EQ(again.stale, (std::vector<std::string>{"scenario/images/maps/map.png", "scenario/people/sam.png"}));
    ASSERT_TRUE(writePublish(again, false).ok());
    EXPECT_FALSE(fs::exists(out_ / "scenario/images")); // the folders it leaves empty go too
    EXPECT_FALSE(fs::exists(out_ / "scenario/people/sam.png"));
    EXPECT_EQ(slurp(out_ / "scenario/people/credits.txt"), "photo credits");
    EXPECT_EQ(slurp(out_ / "notes.txt"), "the course's own notes");
    EXPECT_EQ(slurp(out_ / "published.json"), publishedManifest(again));
}

TEST_F(PublishPlanTest, TheWebBuildAlonePublishedOverAnEarlierPublishRemovesItsScenario) {
    ASSERT_TRUE(writePublish(planWorkshop(), false).ok());
    const PublishPlan alone = plan({});
    EXPECT_TRUE(alone.foreign.empty());
    EXPECT_EQ(alone.stale, (std::vector<std::string>{"published.json", "scenario/images/maps/map.png",
                                                     "scenario/my-workshop.toml", "scenario/people/sam.png"}));
    ASSERT_TRUE(writePublish(alone, false).ok());
    EXPECT_FALSE(fs::exists(out_ / "published.json"));
    EXPECT_FALSE(fs::exists(out_ / "scenario"));
    EXPECT_TRUE(fs::exists(out_ / "index.html"));
}

TEST_F(PublishPlanTest, APublishedJsonThatIsNotOneOfOursOwnsNothing) {
    // It does not list itself: someone else's file of that name, and its list means nothing.
    writeRaw(out_ / "published.json", R"({"format": 1, "written": ["index.html"]})");
    writeRaw(out_ / "index.html", "<p>my own page</p>");
    EXPECT_TRUE(writtenByEarlierPublish(out_).empty());
    EXPECT_EQ(planWorkshop().foreign, (std::vector<std::string>{"index.html", "published.json"}));

    for (const std::string_view notOurs :
         {R"(not json)", R"([1, 2])", R"({"format": 2, "written": ["published.json"]})",
          R"({"format": 1, "written": "published.json"})"}) {
        writeRaw(out_ / "published.json", notOurs);
        EXPECT_TRUE(writtenByEarlierPublish(out_).empty()) << notOurs;
    }
}

TEST_F(PublishPlanTest, AnEarlierListNamesOnlyFilesInsideTheFolder) {
    writeRaw(out_ / "published.json", R"({"format": 1, "written": ["published.json", "../outside.txt", "/etc/passwd",
        "scenario/../../x", "a//b", "./index.html", "scenario\\x.png", "", 7, "scenario/s.toml"]})");
    EXPECT_EQ(writtenByEarlierPublish(out_), (std::vector<std::string>{"published.json", "scenario/s.toml"}));
}

TEST_F(PublishPlanTest, ALinkInTheFolderIsReplacedNotWrittenThrough) {
    ASSERT_TRUE(writePublish(planWorkshop(), false).ok());
    writeRaw(root_ / "elsewhere.html", "somebody's page");
    fs::remove(out_ / "index.html");
    fs::create_symlink(root_ / "elsewhere.html", out_ / "index.html");
    const PublishPlan again = planWorkshop();
    EXPECT_TRUE(again.foreign.empty()); // index.html is the earlier publish's name
    ASSERT_TRUE(writePublish(again, false).ok());
    EXPECT_FALSE(fs::is_symlink(out_ / "index.html"));
    EXPECT_EQ(slurp(out_ / "index.html"), slurp(web_ / "index.html"));
    EXPECT_EQ(slurp(root_ / "elsewhere.html"), "somebody's page");
}

TEST_F(PublishPlanTest, AnInvalidScenarioIsNotPublishedAndItsProblemsHaveTheirLines) {
    writeRaw(source_ / "bad.toml", "format = 1\nid = \"x\"\ntitle = \"x\"\n[[step]]\ntittle = \"a\"\n");
    const PublishPlan p = plan(source_ / "bad.toml");
    EXPECT_EQ(p.problem, PublishPlan::Problem::InvalidScenario);
    EXPECT_NE(p.message.find("bad.toml cannot be published"), std::string::npos) << p.message;
    ASSERT_FALSE(p.diagnostics.empty());
    const auto tittle = std::find_if(p.diagnostics.begin(), p.diagnostics.end(), [](const Diagnostic& d) {
        return d.severity == Severity::Error && d.line == 5 && d.column == 1;
    });
    ASSERT_NE(tittle, p.diagnostics.end());
    EXPECT_EQ(formatDiagnostic(*tittle).rfind((source_ / "bad.toml").string() + ":5:1: error: ", 0), 0u)
        << formatDiagnostic(*tittle);
    EXPECT_TRUE(p.writes.empty());
    EXPECT_FALSE(writePublish(p, true).ok());
    EXPECT_FALSE(fs::exists(out_));
}

TEST_F(PublishPlanTest, AMissingPictureIsAnErrorAtTheLineThatNamesIt) {
    fs::remove(source_ / "people/sam.png");
    const PublishPlan p = planWorkshop();
    EXPECT_EQ(p.problem, PublishPlan::Problem::InvalidScenario);
    const auto at = [&](int line) {
        return std::count_if(p.diagnostics.begin(), p.diagnostics.end(),
                             [&](const Diagnostic& d) { return d.line == line; });
    };
    EXPECT_EQ(at(8), 1); // --check's warning there became the publish's error
    const auto missing =
        std::find_if(p.diagnostics.begin(), p.diagnostics.end(), [](const Diagnostic& d) { return d.line == 8; });
    ASSERT_NE(missing, p.diagnostics.end());
    EXPECT_EQ(missing->severity, Severity::Error);
    EXPECT_EQ(missing->column, 9);
    EXPECT_NE(missing->message.find("people/sam.png"), std::string::npos) << missing->message;
    EXPECT_TRUE(p.writes.empty());
}

TEST_F(PublishPlanTest, AMissingOrIncompleteWebBuildSaysToRunWebSh) {
    fs::remove(web_ / "coinstudio.wasm");
    const PublishPlan incomplete = planWorkshop();
    EXPECT_EQ(incomplete.problem, PublishPlan::Problem::NoWebBuild);
    EXPECT_NE(incomplete.message.find("coinstudio.wasm"), std::string::npos) << incomplete.message;
    EXPECT_NE(incomplete.message.find("./web.sh"), std::string::npos) << incomplete.message;

    PublishRequest none;
    none.folder = out_;
    const PublishPlan missing = planPublish(none);
    EXPECT_EQ(missing.problem, PublishPlan::Problem::NoWebBuild);
    EXPECT_NE(missing.message.find("no web build found"), std::string::npos) << missing.message;
    EXPECT_NE(missing.message.find("./web.sh"), std::string::npos) << missing.message;
}

TEST_F(PublishPlanTest, AFileWhereTheFolderShouldBeIsTold) {
    writeRaw(out_, "a file");
    const PublishPlan p = planWorkshop();
    EXPECT_EQ(p.problem, PublishPlan::Problem::FolderUnusable);
    EXPECT_NE(p.message.find("not a folder"), std::string::npos) << p.message;
}

TEST(PublishWebBuildTest, TheEnvironmentNamesTheWebBuildOrTheUsualPlacesAreLookedIn) {
    {
        const testing::ScopedEnv web("COINSTUDIO_WEB_DIR", "/somewhere/web");
        EXPECT_EQ(findWebBuildDir(), fs::path("/somewhere/web"));
        EXPECT_EQ(webBuildCandidates(), (std::vector<fs::path>{"/somewhere/web"}));
    }
    const testing::ScopedEnv web("COINSTUDIO_WEB_DIR", std::nullopt);
    const auto candidates = webBuildCandidates();
    ASSERT_FALSE(candidates.empty());
    EXPECT_EQ(candidates.back(), fs::path(COINSTUDIO_SOURCE_DIR) / "build" / "web");
}

TEST(PublishWebBuildTest, TheSuggestedFolderIsNamedForTheScenario) {
    EXPECT_EQ(defaultPublishFolder("/home/ana", "Ça coûte: my workshop", "x"),
              fs::path("/home/ana/ca-coute-my-workshop-web"));
    EXPECT_EQ(defaultPublishFolder("/home/ana", "", "my-id"), fs::path("/home/ana/my-id-web"));
    EXPECT_EQ(defaultPublishFolder("/home/ana", "", ""), fs::path("/home/ana/scenario-web"));
}

} // namespace
} // namespace cs
