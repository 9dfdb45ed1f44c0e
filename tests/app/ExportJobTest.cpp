// ExportJob: the app's export run as a child process, with stand-in scripts for the protocol and the
// real coinstudio binary for the whole thing (progress, files, failures, cancel, no zombies).
#include "app/export_job.h"
#include "core/export_plan.h"
#include "core/file_io.h"
#include "core/image.h"
#include "status_checks.h"
#include "temp_folder.h"

#include <gtest/gtest.h>

#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <sys/wait.h>
#include <unistd.h>

namespace cs {
namespace {

namespace fs = std::filesystem;

// A stand-in for coinstudio: a shell script with `body`.
fs::path script(const fs::path& dir, const std::string& body) {
    const fs::path path = dir / "fake-coinstudio";
    EXPECT_OK(writeFileAtomic(path, "#!/bin/sh\n" + body));
    fs::permissions(path, fs::perms::owner_all);
    return path;
}

// Polls until the job ends (or two minutes pass), checking that the fraction never goes back.
void runToTheEnd(ExportJob& job, std::vector<double>* fractions = nullptr) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::minutes(2);
    double last = 0.0;
    while (job.running() && std::chrono::steady_clock::now() < deadline) {
        job.waitForOutput(200);
        EXPECT_GE(job.fraction(), last);
        EXPECT_LE(job.fraction(), 1.0);
        last = job.fraction();
        if (fractions && (fractions->empty() || fractions->back() != last)) fractions->push_back(last);
    }
    ASSERT_FALSE(job.running()) << "the export did not end within two minutes";
}

// True when `pid` is no child of ours any more (reaped: no zombie left).
bool reaped(pid_t pid) {
    int status = 0;
    errno = 0;
    return ::waitpid(pid, &status, WNOHANG) == -1 && errno == ECHILD;
}

const std::string kTemplate = std::string(COINSTUDIO_SOURCE_DIR) + "/scenarios/template.toml";
const std::string kIntroduction = std::string(COINSTUDIO_SOURCE_DIR) + "/scenarios/01-introduction.toml";

TEST(ExportJobTest, ArgumentsFollowTheCommandLineContract) {
    ExportRequest r;
    r.folder = "out/here";
    r.scenarioFile = "-odd name.toml";
    r.language = "fr";
    r.width = 320;
    r.height = 180;
    const fs::path cwd = fs::current_path();
    EXPECT_EQ(ExportJob::arguments(r),
              (std::vector<std::string>{"--export", (cwd / "out/here").string(), "--size", "320x180", "--lang", "fr",
                                        (cwd / "-odd name.toml").string()}));
    ExportRequest minimal;
    minimal.folder = "/tmp/x";
    EXPECT_EQ(ExportJob::arguments(minimal), (std::vector<std::string>{"--export", "/tmp/x"}));
    // The person agreed to replace files the app did not write: the child is told so.
    minimal.replaceForeign = true;
    EXPECT_EQ(ExportJob::arguments(minimal), (std::vector<std::string>{"--export", "/tmp/x", "--replace"}));
}

TEST(ExportJobTest, ProgressErrorsAndTheChildsEnvironmentThroughAStandIn) {
    const fs::path dir = testing::freshTempFolder("exportjob", "standin");
    const fs::path fake = script(dir, R"(echo "coinstudio: export: step 1 of 2" >&2
sleep 0.1
echo "coinstudio: export: step 2 of 2" >&2
echo "driver=$SDL_VIDEODRIVER asan=$ASAN_OPTIONS args=$*" >&2
echo "the-file.toml:2:1: error: something is wrong" >&2
printf 'coinstudio: error: cannot write %s' "$2" >&2
exit 3
)");
    // Whatever driver the window uses, the child renders offscreen.
    const char* before = std::getenv("SDL_VIDEODRIVER");
    const std::string saved = before ? before : "";
    ::setenv("SDL_VIDEODRIVER", "x11", 1);
    ExportJob job(fake);
    EXPECT_EQ(job.state(), ExportJob::State::Idle);
    ExportRequest r;
    r.folder = dir / "out";
    r.scenarioFile = dir / "s.toml";
    r.language = "fr";
    r.width = 64;
    r.height = 64;
    ASSERT_TRUE(job.start(r)) << job.error();
    if (before)
        ::setenv("SDL_VIDEODRIVER", saved.c_str(), 1);
    else
        ::unsetenv("SDL_VIDEODRIVER");
    EXPECT_TRUE(job.running());
    EXPECT_GT(job.processId(), 0);
    EXPECT_FALSE(job.start(r)); // one at a time
    const pid_t pid = job.processId();
    runToTheEnd(job);
    EXPECT_TRUE(reaped(pid));
    EXPECT_EQ(job.state(), ExportJob::State::Failed);
    EXPECT_EQ(job.exitCode(), 3);
    EXPECT_EQ(job.processId(), -1);
    ASSERT_TRUE(job.progress());
    EXPECT_EQ(job.progress()->done, 1);
    EXPECT_EQ(job.progress()->total, 2);
    EXPECT_NEAR(job.fraction(), 0.95 / 2, 1e-9);
    const std::string& e = job.error();
    EXPECT_NE(e.find("driver=offscreen "), std::string::npos) << e;
    EXPECT_NE(e.find("detect_leaks=0"), std::string::npos) << e;
    EXPECT_NE(
        e.find("args=--export " + (dir / "out").string() + " --size 64x64 --lang fr " + (dir / "s.toml").string()),
        std::string::npos)
        << e;
    EXPECT_NE(e.find("the-file.toml:2:1: error: something is wrong\n"), std::string::npos) << e;
    // The last line had no newline; it still counts, without the "coinstudio: error: " prefix.
    EXPECT_TRUE(e.ends_with("\ncannot write " + (dir / "out").string())) << e;
    EXPECT_EQ(e.find("export: step"), std::string::npos) << e; // progress is not an error
    EXPECT_EQ(job.message(), "cannot write " + (dir / "out").string());
    fs::remove_all(dir);
}

TEST(ExportJobTest, ExitZeroIsSuccessAndASignalIsAFailure) {
    const fs::path dir = testing::freshTempFolder("exportjob", "exits");
    {
        ExportJob job(
            script(dir, "echo 'coinstudio: export: step 1 of 1' >&2\necho 'coinstudio: exported 1 step to x' >&2\n"));
        ASSERT_TRUE(job.start({dir, {}, {}, 0, 0}));
        runToTheEnd(job);
        EXPECT_EQ(job.state(), ExportJob::State::Succeeded);
        EXPECT_DOUBLE_EQ(job.fraction(), 1.0);
        EXPECT_TRUE(job.error().empty());
        EXPECT_EQ(job.message(), "exported 1 step to x");
    }
    {
        ExportJob job(script(dir, "kill -SEGV $$\n"));
        ASSERT_TRUE(job.start({dir, {}, {}, 0, 0}));
        runToTheEnd(job);
        EXPECT_EQ(job.state(), ExportJob::State::Failed);
        EXPECT_EQ(job.exitCode(), -1);
        EXPECT_NE(job.error().find("signal 11"), std::string::npos) << job.error();
    }
    fs::remove_all(dir);
}

TEST(ExportJobTest, AMissingProgramCannotStart) {
    ExportJob job("/nonexistent/coinstudio");
    EXPECT_FALSE(job.start({"/tmp/never", {}, {}, 0, 0}));
    EXPECT_EQ(job.state(), ExportJob::State::Failed);
    EXPECT_NE(job.error().find("/nonexistent/coinstudio"), std::string::npos) << job.error();
    EXPECT_FALSE(job.running());
    ExportJob noFolder(COINSTUDIO_BINARY);
    EXPECT_FALSE(noFolder.start({}));
    EXPECT_FALSE(noFolder.error().empty());
}

TEST(ExportJobTest, TheRealBinaryExportsWithProgressUpToOne) {
    const fs::path dir = testing::freshTempFolder("exportjob", "real");
    ExportJob job(COINSTUDIO_BINARY);
    ASSERT_TRUE(job.start({dir / "out", kTemplate, "en", 320, 180})) << job.error();
    std::vector<double> fractions;
    runToTheEnd(job, &fractions);
    ASSERT_EQ(job.state(), ExportJob::State::Succeeded) << job.error();
    EXPECT_EQ(job.exitCode(), 0);
    EXPECT_DOUBLE_EQ(job.fraction(), 1.0);
    ASSERT_TRUE(job.progress());
    EXPECT_TRUE(job.progress()->finished());
    EXPECT_EQ(job.progress()->total, 5);
    EXPECT_GE(fractions.size(), 2u); // seen on the way, not only at the end
    for (const char* name : {"step-001.png", "step-002.png", "step-003.png", "step-004.png", "step-005.png"}) {
        EXPECT_TRUE(pngFileWrittenByCoinStudio(dir / "out" / name)) << name;
        const auto img = decodeImage(readFileCapped(dir / "out" / name, 1 << 24).bytes);
        ASSERT_EQ(img.error, ImageError::None) << name;
        EXPECT_EQ(img.image.width, 320);
    }
    EXPECT_TRUE(fs::exists(dir / "out/handout.html"));
    EXPECT_TRUE(fs::exists(dir / "out/handout-notes.html"));
    // A second export into the same folder replaces only the app's own files: nothing to ask about.
    EXPECT_TRUE(foreignFilesAnExportWouldReplace(dir / "out", 5).empty());
    fs::remove_all(dir);
}

TEST(ExportJobTest, ABadFileFailsWithTheChildsMessage) {
    const fs::path dir = testing::freshTempFolder("exportjob", "bad");
    const fs::path bad = dir / "bad.toml";
    ASSERT_OK(writeFileAtomic(bad, std::string_view("format = 1\n[[step]\n")));
    ExportJob job(COINSTUDIO_BINARY);
    ASSERT_TRUE(job.start({dir / "out", bad, "en", 64, 64}));
    runToTheEnd(job);
    EXPECT_EQ(job.state(), ExportJob::State::Failed);
    EXPECT_EQ(job.exitCode(), 1);
    EXPECT_NE(job.error().find(bad.string() + ":2:"), std::string::npos) << job.error();
    EXPECT_NE(job.error().find("cannot be shown"), std::string::npos) << job.error();
    EXPECT_FALSE(fs::exists(dir / "out/step-001.png"));

    ExportJob missing(COINSTUDIO_BINARY);
    ASSERT_TRUE(missing.start({dir / "out", dir / "nope.toml", "en", 64, 64}));
    runToTheEnd(missing);
    EXPECT_EQ(missing.state(), ExportJob::State::Failed);
    EXPECT_EQ(missing.exitCode(), 1);
    EXPECT_NE(missing.error().find("nope.toml"), std::string::npos) << missing.error();
    fs::remove_all(dir);
}

TEST(ExportJobTest, CancelStopsTheChildAndReapsIt) {
    const fs::path dir = testing::freshTempFolder("exportjob", "cancel");
    ExportJob job(COINSTUDIO_BINARY);
    ASSERT_TRUE(job.start({dir / "out", kIntroduction, "en", 1920, 1080}));
    const pid_t pid = job.processId();
    // Let it get going (its first progress line), then stop it: at full size the twelve steps take
    // seconds, so it is still at work.
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::minutes(1);
    while (job.running() && !job.progress() && std::chrono::steady_clock::now() < deadline)
        job.waitForOutput(100);
    ASSERT_TRUE(job.running()) << job.error();
    job.cancel();
    EXPECT_EQ(job.state(), ExportJob::State::Cancelled);
    EXPECT_FALSE(job.running());
    EXPECT_EQ(job.processId(), -1);
    EXPECT_TRUE(reaped(pid));
    EXPECT_FALSE(fs::exists(dir / "out/handout-notes.html")); // stopped before the end
    for (const auto& e : fs::directory_iterator(dir / "out")) {
        EXPECT_EQ(e.path().filename().string().find(".tmp-"), std::string::npos) << e.path();
    }
    job.cancel(); // again: nothing
    EXPECT_EQ(job.state(), ExportJob::State::Cancelled);
    job.poll();
    EXPECT_EQ(job.state(), ExportJob::State::Cancelled);
    fs::remove_all(dir);
}

TEST(ExportJobTest, DestroyingARunningJobKillsAndReapsTheChild) {
    const fs::path dir = testing::freshTempFolder("exportjob", "destroy");
    pid_t pid = -1;
    {
        ExportJob job(COINSTUDIO_BINARY);
        ASSERT_TRUE(job.start({dir / "out", kIntroduction, "en", 1920, 1080}));
        pid = job.processId();
        ASSERT_GT(pid, 0);
    }
    EXPECT_TRUE(reaped(pid));
    EXPECT_FALSE(fs::exists(dir / "out/handout-notes.html"));
    fs::remove_all(dir);
}

} // namespace
} // namespace cs
