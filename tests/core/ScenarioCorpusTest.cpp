// The scenario corpus (tests/data/scenarios): every file gives exactly the diagnostics its .expect
// file lists, at the listed line:column, and valid files load.
#include "ScenarioTestSupport.h"

#include "core/scenario/check.h"

namespace cs {
namespace {

using test::corpusDir;

struct Expected {
    int line = 0; // 0: file-level
    int column = 0;
    Severity severity = Severity::Error;
    std::vector<std::string> fragments;
    std::string text;
};

std::string trim(std::string s) {
    const auto first = s.find_first_not_of(" \t\r");
    const auto last = s.find_last_not_of(" \t\r");
    return first == std::string::npos ? std::string() : s.substr(first, last - first + 1);
}

// "LINE:COL: severity: fragment | fragment" or "file: severity: fragment".
std::vector<Expected> readExpect(const std::filesystem::path& path) {
    std::vector<Expected> out;
    std::istringstream lines(test::readText(path));
    std::string line;
    while (std::getline(lines, line)) {
        line = trim(line);
        if (line.empty() || line[0] == '#') continue;
        Expected e;
        e.text = line;
        std::size_t at = 0;
        if (line.starts_with("file: ")) {
            at = 6;
        } else {
            const std::size_t colon = line.find(':');
            const std::size_t second = line.find(": ", colon + 1);
            e.line = std::stoi(line.substr(0, colon));
            e.column = std::stoi(line.substr(colon + 1, second - colon - 1));
            at = second + 2;
        }
        const std::size_t severityEnd = line.find(": ", at);
        const std::string severity = line.substr(at, severityEnd - at);
        EXPECT_TRUE(severity == "error" || severity == "warning") << path << ": " << line;
        e.severity = severity == "error" ? Severity::Error : Severity::Warning;
        std::string rest = line.substr(severityEnd + 2);
        for (std::size_t start = 0;;) {
            const std::size_t bar = rest.find(" | ", start);
            e.fragments.push_back(trim(rest.substr(start, bar - start)));
            if (bar == std::string::npos) break;
            start = bar + 3;
        }
        out.push_back(std::move(e));
    }
    return out;
}

void expectDiagnostics(const std::filesystem::path& file, const ParseResult& result,
                       const std::vector<Expected>& expected) {
    SCOPED_TRACE(file.string() + "\nactual:\n" + test::describe(result.diagnostics));
    ASSERT_EQ(result.diagnostics.size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        const Diagnostic& d = result.diagnostics[i];
        const Expected& e = expected[i];
        SCOPED_TRACE("expected: " + e.text);
        EXPECT_EQ(d.file, file.filename().string());
        EXPECT_EQ(d.line, e.line);
        EXPECT_EQ(d.column, e.column);
        EXPECT_EQ(d.severity, e.severity);
        for (const std::string& fragment : e.fragments) {
            EXPECT_NE(d.message.find(fragment), std::string::npos) << "missing fragment: " << fragment;
        }
    }
}

ParseResult loadCorpusFile(const std::filesystem::path& file, const StructureLibrary& library) {
    ParseOptions options;
    options.displayName = file.filename().string();
    options.library = &library;
    return loadScenarioFile(file, options);
}

class ScenarioCorpusTest : public ::testing::Test {
  protected:
    StructureLibrary library = StructureLibrary::builtIn();
};

TEST_F(ScenarioCorpusTest, ValidFilesLoadWithExactlyTheirExpectedWarnings) {
    const auto files = test::tomlFilesIn(corpusDir() / "valid");
    ASSERT_GE(files.size(), 8u);
    for (const auto& file : files) {
        const ParseResult result = loadCorpusFile(file, library);
        EXPECT_TRUE(result.ok()) << file << "\n" << test::describe(result.diagnostics);
        EXPECT_EQ(result.errors(), 0) << file;
        auto expectFile = file;
        expectFile.replace_extension(".expect");
        const auto expected = std::filesystem::exists(expectFile) ? readExpect(expectFile) : std::vector<Expected>{};
        expectDiagnostics(file, result, expected);
        for (const Expected& e : expected)
            EXPECT_EQ(e.severity, Severity::Warning) << e.text;
    }
}

TEST_F(ScenarioCorpusTest, InvalidFilesReportEveryProblemAtItsLineAndColumn) {
    const auto files = test::tomlFilesIn(corpusDir() / "invalid");
    ASSERT_GE(files.size(), 25u);
    for (const auto& file : files) {
        auto expectFile = file;
        expectFile.replace_extension(".expect");
        ASSERT_TRUE(std::filesystem::exists(expectFile)) << "no .expect for " << file;
        const ParseResult result = loadCorpusFile(file, library);
        EXPECT_FALSE(result.ok()) << file;
        EXPECT_FALSE(result.scenario.has_value()) << file;
        EXPECT_GT(result.errors(), 0) << file;
        expectDiagnostics(file, result, readExpect(expectFile));
    }
}

TEST_F(ScenarioCorpusTest, HostileImagesAreWarningsAndTheScenarioStillOpens) {
    const auto file = corpusDir() / "hostile-images/hostile-images.toml";
    const ParseResult result = loadCorpusFile(file, library);
    ASSERT_TRUE(result.ok()) << test::describe(result.diagnostics);
    EXPECT_EQ(result.errors(), 0);
    expectDiagnostics(file, result, readExpect(corpusDir() / "hostile-images/hostile-images.expect"));
}

TEST_F(ScenarioCorpusTest, EveryInvalidFileFailsCheckWithExitCodeOne) {
    for (const auto& file : test::tomlFilesIn(corpusDir() / "invalid")) {
        std::ostringstream out, err;
        CheckOptions options;
        options.library = &library;
        EXPECT_EQ(runCheck({file.string()}, CheckFormat::Text, out, err, options), 1) << file;
        EXPECT_EQ(out.str(), "") << file;
        EXPECT_NE(err.str().find(file.string() + ":"), std::string::npos) << file;
    }
}

} // namespace
} // namespace cs
