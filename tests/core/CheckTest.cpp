// `coinstudio --check` as the core function runCheck: its output lines, JSON, exit codes.
#include "ScenarioTestSupport.h"

#include "core/scenario/check.h"

#include <nlohmann/json.hpp>

namespace cs {
namespace {

struct CheckRun {
    int code = -1;
    std::string out;
    std::string err;
};

CheckRun check(const std::vector<std::string>& files, CheckFormat format = CheckFormat::Text) {
    std::ostringstream out, err;
    CheckRun run;
    run.code = runCheck(files, format, out, err);
    run.out = out.str();
    run.err = err.str();
    return run;
}

class CheckTest : public ::testing::Test {
  protected:
    void SetUp() override {
        const auto corpus = test::corpusDir();
        // Paths relative to the working directory, as a user types them.
        std::filesystem::current_path(corpus);
    }
    void TearDown() override { std::filesystem::current_path(previous_); }

    std::filesystem::path previous_ = std::filesystem::current_path();
};

TEST_F(CheckTest, ValidFilePrintsTheSummaryLineOnStdout) {
    const CheckRun run = check({"valid/full.toml"});
    EXPECT_EQ(run.code, 0);
    EXPECT_EQ(run.out, "valid/full.toml: ok (5 steps, 3 structures, 2 personas, 0 warnings)\n");
    EXPECT_EQ(run.err, "");
}

TEST_F(CheckTest, WarningsAreAllowedAndCounted) {
    const CheckRun run = check({"valid/translations-missing.toml"});
    EXPECT_EQ(run.code, 0);
    EXPECT_EQ(run.out, "valid/translations-missing.toml: ok (1 steps, 0 structures, 0 personas, 3 warnings)\n");
    EXPECT_EQ(run.err.substr(0, run.err.find('\n')),
              "valid/translations-missing.toml:6:11: warning: no fr text here although `languages` lists it; en is "
              "shown instead — write { en = \"…\", fr = \"…\" }");
}

TEST_F(CheckTest, ErrorsGoToStderrOnePerLineWithTheGivenPath) {
    const CheckRun run = check({"./invalid/enums.toml"});
    EXPECT_EQ(run.code, 1);
    EXPECT_EQ(run.out, "");
    std::istringstream lines(run.err);
    std::string line;
    int count = 0;
    while (std::getline(lines, line)) {
        ++count;
        EXPECT_TRUE(line.starts_with("./invalid/enums.toml:")) << line;
        EXPECT_NE(line.find(": error: "), std::string::npos) << line;
    }
    EXPECT_EQ(count, 6);
    EXPECT_TRUE(run.err.starts_with("./invalid/enums.toml:10:28: error: `levels`: expected one of: institutional, "
                                    "interpersonal, internal; found 'personal'\n"));
}

TEST_F(CheckTest, ADuplicateStepIdIsAnErrorAtTheDuplicate) {
    const CheckRun run = check({"invalid/duplicate-ids.toml"});
    EXPECT_EQ(run.code, 1);
    EXPECT_NE(run.err.find("invalid/duplicate-ids.toml:43:6: error: duplicate step id 'welcome' (first defined on "
                           "line 39); ids must be unique within a file\n"),
              std::string::npos)
        << run.err;
}

TEST_F(CheckTest, FileLevelProblemsHaveNoPosition) {
    const CheckRun run = check({"invalid/empty.toml", "no/such/file.toml"});
    EXPECT_EQ(run.code, 1);
    EXPECT_EQ(run.err, "invalid/empty.toml: error: the file is empty; a scenario starts with `format = 1` (see "
                       "scenarios/template.toml)\n"
                       "no/such/file.toml: error: cannot read the file: No such file or directory\n");
}

TEST_F(CheckTest, OneBadFileAmongGoodOnesMakesTheExitCodeOne) {
    const CheckRun run = check({"valid/minimal.toml", "invalid/colours.toml", "valid/carry-over.toml"});
    EXPECT_EQ(run.code, 1);
    EXPECT_EQ(run.out, "valid/minimal.toml: ok (1 steps, 1 structures, 0 personas, 0 warnings)\n"
                       "valid/carry-over.toml: ok (5 steps, 3 structures, 1 personas, 0 warnings)\n");
    EXPECT_NE(run.err.find("invalid/colours.toml:10:9: error: '#12' is not a colour"), std::string::npos);
}

TEST_F(CheckTest, NoFilesIsAUsageError) {
    const CheckRun run = check({});
    EXPECT_EQ(run.code, 2);
    EXPECT_NE(run.err.find("at least one FILE"), std::string::npos);
}

TEST_F(CheckTest, JsonReportFollowsTheDocumentedSchema) {
    const CheckRun run = check({"valid/translations-missing.toml", "invalid/empty.toml"}, CheckFormat::Json);
    EXPECT_EQ(run.code, 1);
    EXPECT_EQ(run.err, "");
    const auto report = nlohmann::json::parse(run.out);
    EXPECT_EQ(report["ok"], false);
    ASSERT_EQ(report["files"].size(), 2u);
    const auto& valid = report["files"][0];
    EXPECT_EQ(valid["file"], "valid/translations-missing.toml");
    EXPECT_EQ(valid["ok"], true);
    EXPECT_EQ(valid["steps"], 1);
    EXPECT_EQ(valid["structures"], 0);
    EXPECT_EQ(valid["personas"], 0);
    EXPECT_EQ(valid["errors"], 0);
    EXPECT_EQ(valid["warnings"], 3);
    ASSERT_EQ(valid["diagnostics"].size(), 3u);
    const auto& first = valid["diagnostics"][0];
    EXPECT_EQ(first["file"], "valid/translations-missing.toml");
    EXPECT_EQ(first["line"], 6);
    EXPECT_EQ(first["column"], 11);
    EXPECT_EQ(first["severity"], "warning");
    EXPECT_TRUE(first["message"].is_string());
    const auto& empty = report["files"][1];
    EXPECT_EQ(empty["ok"], false);
    EXPECT_TRUE(empty["steps"].is_null());
    EXPECT_EQ(empty["errors"], 1);
    EXPECT_TRUE(empty["diagnostics"][0]["line"].is_null());
    EXPECT_TRUE(empty["diagnostics"][0]["column"].is_null());
    EXPECT_EQ(empty["diagnostics"][0]["severity"], "error");
}

TEST_F(CheckTest, JsonSurvivesFileNamesThatAreNotUtf8) {
    const CheckRun run = check({"no-such-\xff.toml"}, CheckFormat::Json);
    EXPECT_EQ(run.code, 1);
    EXPECT_TRUE(nlohmann::json::accept(run.out)) << run.out;
}

TEST_F(CheckTest, TheTemplateAndTheLibraryPassWithoutWarnings) {
    const auto root = test::sourceDir();
    const CheckRun run =
        check({(root / "scenarios/template.toml").string(), (root / "assets/structures.toml").string()});
    EXPECT_EQ(run.code, 0) << run.err;
    EXPECT_EQ(run.err, "");
    EXPECT_NE(run.out.find("template.toml: ok (5 steps, 1 structures, 1 personas, 0 warnings)"), std::string::npos)
        << run.out;
    EXPECT_NE(run.out.find("structures.toml: ok (0 steps, 7 structures, 0 personas, 0 warnings)"), std::string::npos)
        << run.out;
}

} // namespace
} // namespace cs
