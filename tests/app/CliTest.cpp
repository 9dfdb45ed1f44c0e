// The command-line contract: parsing, exit codes, and the real binary run the way scripts run it.
#include "app/cli.h"
#include "app/bench_stats.h"
#include "core/export_plan.h"
#include "core/file_io.h"
#include "core/image.h"
#include "status_checks.h"
#include "temp_folder.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <regex>
#include <string>
#include <sys/wait.h>
#include <unistd.h>
#include <utility>
#include <vector>

namespace cs {
namespace {

namespace fs = std::filesystem;

CliParse parse(std::vector<const char*> args) {
    args.insert(args.begin(), "coinstudio");
    return parseCommandLine(int(args.size()), args.data());
}

struct ProcessResult {
    int exitCode = -1;
    std::string out;
    std::string err;
};

// Runs the built coinstudio with `args` (a shell command line), capturing stdout and stderr.
ProcessResult runProcess(const std::string& binary, const std::string& args, const std::string& env = "") {
    const fs::path errFile = fs::temp_directory_path() / ("coinstudio-cli-" + std::to_string(::getpid()) + ".err");
    // Leak checks off in the child: an asan build of the app drives Mesa, which leaks at teardown.
    const std::string cmd = "ASAN_OPTIONS=detect_leaks=0 " + env + " " + binary + " " + args + " 2>" + errFile.string();
    ProcessResult r;
    FILE* p = ::popen(cmd.c_str(), "r");
    if (!p) return r;
    std::array<char, 4096> buf{};
    std::size_t n = 0;
    while ((n = std::fread(buf.data(), 1, buf.size(), p)) > 0)
        r.out.append(buf.data(), n);
    const int status = ::pclose(p);
    r.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    const auto e = readFileCapped(errFile, 1 << 20);
    r.err.assign(e.bytes.begin(), e.bytes.end());
    fs::remove(errFile);
    return r;
}

ProcessResult coinstudio(const std::string& args, const std::string& env = "") {
    return runProcess(COINSTUDIO_BINARY, args, env);
}

TEST(CliParseTest, DefaultsFollowTheContract) {
    const CliParse p = parse({});
    ASSERT_TRUE(p.ok);
    EXPECT_EQ(p.options.mode, RunMode::Window);
    EXPECT_EQ(p.options.width, 1920);
    EXPECT_EQ(p.options.height, 1080);
    EXPECT_EQ(p.options.frames, 300);
    EXPECT_FALSE(p.options.step);
}

TEST(CliParseTest, ScreenshotWithSizeStepAndFile) {
    const CliParse p = parse({"--screenshot", "out.png", "--size", "1280x720", "--step", "3", "s.toml"});
    ASSERT_TRUE(p.ok) << p.error;
    EXPECT_EQ(p.options.mode, RunMode::Screenshot);
    EXPECT_EQ(p.options.outputPath, "out.png");
    EXPECT_EQ(p.options.width, 1280);
    EXPECT_EQ(p.options.height, 720);
    EXPECT_EQ(p.options.step, 3);
    ASSERT_EQ(p.options.files.size(), 1u);
    EXPECT_EQ(p.options.files[0], "s.toml");
}

TEST(CliParseTest, CheckTakesManyFilesAndJson) {
    const CliParse p = parse({"--check", "a.toml", "b.toml", "--format", "json"});
    ASSERT_TRUE(p.ok) << p.error;
    EXPECT_EQ(p.options.mode, RunMode::Check);
    EXPECT_EQ(p.options.files.size(), 2u);
    EXPECT_EQ(p.options.checkFormat, CheckFormat::Json);
}

TEST(CliParseTest, UsageErrors) {
    for (std::vector<const char*> bad : std::vector<std::vector<const char*>>{
             {"--bogus"},
             {"--size", "10x10", "--bench"},
             {"--size", "8000x100", "--bench"},
             {"--size", "1920by1080", "--bench"},
             {"--size", "x", "--bench"},
             {"--frames", "0", "--bench"},
             {"--frames", "many", "--bench"},
             {"--step", "0", "--screenshot", "a.png"},
             {"--screenshot", "a.png", "--bench"},
             {"--format", "xml", "--check", "a"},
             {"--view", "sideways"},
             {"--check"},
             {"a.toml", "b.toml"},
             {"--screenshot"},
             {"--text-scale", "49", "--screenshot", "a.png"},
             {"--text-scale", "301", "--screenshot", "a.png"},
             {"--text-scale", "1.5", "--screenshot", "a.png"},
             {"--text-scale", "150"},
             {"--theme", "blue", "--screenshot", "a.png"},
             {"--theme", "light", "--present"},
         }) {
        const CliParse p = parse(bad);
        EXPECT_FALSE(p.ok) << "accepted: " << bad[0];
        EXPECT_FALSE(p.error.empty());
    }
}

TEST(CliParseTest, PicturesTakeATextScaleInPercentAndATheme) {
    const CliParse p = parse({"--export", "out", "--text-scale", "150", "--theme", "light", "--lang", "fr"});
    ASSERT_TRUE(p.ok) << p.error;
    ASSERT_TRUE(p.options.textScale.has_value());
    EXPECT_FLOAT_EQ(*p.options.textScale, 1.5f);
    ASSERT_TRUE(p.options.lightTheme.has_value());
    EXPECT_TRUE(*p.options.lightTheme);
    const CliParse plain = parse({"--screenshot", "a.png"});
    ASSERT_TRUE(plain.ok);
    EXPECT_FALSE(plain.options.textScale.has_value());
    EXPECT_FALSE(plain.options.lightTheme.has_value());
    const CliParse edges = parse({"--bench", "--text-scale", "50", "--theme", "dark"});
    ASSERT_TRUE(edges.ok) << edges.error;
    EXPECT_FLOAT_EQ(*edges.options.textScale, 0.5f);
    EXPECT_FALSE(*edges.options.lightTheme);
}

TEST(CliParseTest, TheRoomOpensForAShowOrForTheBench) {
    const CliParse plain = parse({"--present", "--room"});
    ASSERT_TRUE(plain.ok) << plain.error;
    EXPECT_TRUE(plain.options.room);
    EXPECT_EQ(plain.options.roomPort, 0);
    EXPECT_EQ(plain.options.roomBind, "0.0.0.0");
    EXPECT_FALSE(parse({"--present"}).options.room);

    const CliParse chosen =
        parse({"--present", "--room", "--room-port", "8080", "--room-bind", "192.168.1.20", "show.toml"});
    ASSERT_TRUE(chosen.ok) << chosen.error;
    EXPECT_EQ(chosen.options.roomPort, 8080);
    EXPECT_EQ(chosen.options.roomBind, "192.168.1.20");
    ASSERT_EQ(chosen.options.files.size(), 1u);

    for (const char* port : {"0", "65535"}) {
        const CliParse edge = parse({"--present", "--room", "--room-port", port, "--room-bind", "127.0.0.1"});
        ASSERT_TRUE(edge.ok) << port << ": " << edge.error;
        EXPECT_EQ(edge.options.roomPort, std::stoi(port));
    }
    const CliParse bench = parse({"--bench", "--room", "--room-port", "9000", "--frames", "20"});
    ASSERT_TRUE(bench.ok) << bench.error;
    EXPECT_EQ(bench.options.mode, RunMode::Bench);
    EXPECT_TRUE(bench.options.room);
    EXPECT_EQ(bench.options.roomPort, 9000);
    EXPECT_EQ(bench.options.roomSeconds, 6); // the room's phones are measured for 6 s unless told
    for (const char* seconds : {"1", "600"}) {
        const CliParse timed = parse({"--bench", "--room", "--room-seconds", seconds});
        ASSERT_TRUE(timed.ok) << seconds << ": " << timed.error;
        EXPECT_EQ(timed.options.roomSeconds, std::stoi(seconds));
    }
    // Help is help, whatever else is on the line.
    EXPECT_TRUE(parse({"--help", "--room"}).ok);
}

TEST(CliParseTest, TheRoomsUsageErrorsSayWhatToGive) {
    // Each refused form, and words the message must have: the flag, the value, what to do instead.
    const std::vector<std::pair<std::vector<const char*>, std::vector<std::string>>> cases{
        {{"--room"}, {"--room", "--present", "--bench"}},
        {{"--room", "show.toml"}, {"--present", "--bench to measure it"}},
        {{"--room-port", "8080", "--present"}, {"--room-port", "with --room"}},
        {{"--room-bind", "127.0.0.1", "--present"}, {"--room-bind", "with --room"}},
        {{"--room-port", "8080", "--bench"}, {"--room-port", "with --room"}},
        {{"--room", "--screenshot", "a.png"}, {"--room", "--screenshot"}},
        {{"--room", "--present", "--screenshot", "a.png"}, {"--room", "--screenshot"}},
        {{"--room", "--export", "out"}, {"--room", "--export"}},
        {{"--room", "--check", "a.toml"}, {"--room", "--check"}},
        {{"--present", "--room", "--room-port", "65536"}, {"--room-port", "'65536'", "0 to 65535"}},
        {{"--present", "--room", "--room-port", "-1"}, {"--room-port", "-1"}},
        {{"--present", "--room", "--room-port", "eighty"}, {"--room-port", "eighty"}},
        {{"--present", "--room", "--room-bind", "localhost"}, {"--room-bind", "'localhost'", "IPv4 address"}},
        {{"--present", "--room", "--room-bind", "256.1.1.1"}, {"--room-bind", "'256.1.1.1'", "0.0.0.0"}},
        {{"--present", "--room", "--room-bind", "::1"}, {"--room-bind", "'::1'", "IPv4"}},
        {{"--present", "--room", "--room-bind", "10.0.0"}, {"--room-bind", "'10.0.0'"}},
        {{"--present", "--room", "--room-bind", ""}, {"--room-bind", "''"}},
        {{"--bench", "--room", "--room-bind", "127.0.0.1"}, {"--room-bind", "127.0.0.1", "leave --room-bind out"}},
        {{"--bench", "--room-seconds", "6"}, {"--room-seconds", "with --bench --room"}},
        {{"--present", "--room", "--room-seconds", "6"}, {"--room-seconds", "with --bench --room"}},
        {{"--bench", "--room", "--room-seconds", "0"}, {"--room-seconds", "'0'", "1 to 600"}},
        {{"--bench", "--room", "--room-seconds", "601"}, {"--room-seconds", "'601'"}},
        {{"--bench", "--room", "--room-seconds", "2.5"}, {"--room-seconds", "'2.5'", "whole number"}},
        {{"--bench", "--room", "--room-seconds", "six"}, {"--room-seconds", "'six'"}},
    };
    for (const auto& [args, words] : cases) {
        const CliParse p = parse(args);
        std::string line;
        for (const char* a : args)
            line += std::string(a) + " ";
        EXPECT_FALSE(p.ok) << "accepted: " << line;
        for (const auto& w : words)
            EXPECT_NE(p.error.find(w), std::string::npos) << line << "-> " << p.error << " (no '" << w << "')";
    }
}

TEST(CliParseTest, TheHelpShowsTheRoomsFlags) {
    const std::string help = helpText();
    EXPECT_NE(help.find("coinstudio --present --room [--room-port N] [--room-bind ADDR] [FILE]"), std::string::npos);
    for (const char* flag : {"  --room  ", "  --room-port N  ", "  --room-bind ADDR  "})
        EXPECT_NE(help.find(flag), std::string::npos) << flag;
}

TEST(CliParseTest, PublishTakesAFolderAnOptionalFileAndReplace) {
    const CliParse alone = parse({"--publish", "site"});
    ASSERT_TRUE(alone.ok) << alone.error;
    EXPECT_EQ(alone.options.mode, RunMode::Publish);
    EXPECT_EQ(alone.options.outputPath, "site");
    EXPECT_TRUE(alone.options.files.empty());
    EXPECT_FALSE(alone.options.replace);
    const CliParse full = parse({"--publish", "site", "--replace", "course.toml"});
    ASSERT_TRUE(full.ok) << full.error;
    EXPECT_EQ(full.options.files, std::vector<std::string>{"course.toml"});
    EXPECT_TRUE(full.options.replace);
    const std::vector<std::pair<std::vector<const char*>, std::string>> refused{
        {{"--publish"}, "--publish"},
        {{"--publish", "site", "--export", "out"}, "--publish"},
        {{"--publish", "site", "a.toml", "b.toml"}, "one scenario FILE"},
        {{"--publish", "site", "--room"}, "--publish"},
        {{"--publish", "site", "--theme", "light"}, "--theme"},
    };
    for (const auto& [args, word] : refused) {
        const CliParse p = parse(args);
        EXPECT_FALSE(p.ok) << "accepted: " << args[0] << " " << (args.size() > 1 ? args[1] : "");
        EXPECT_NE(p.error.find(word), std::string::npos) << p.error;
    }
    EXPECT_NE(helpText().find("coinstudio --publish DIR [--replace] [FILE]"), std::string::npos);
}

TEST(CliParseTest, SizeLimitsAreInclusive) {
    int w = 0, h = 0;
    std::string e;
    EXPECT_TRUE(parseSize("64x64", w, h, e));
    EXPECT_TRUE(parseSize("7680x4320", w, h, e));
    EXPECT_FALSE(parseSize("63x64", w, h, e));
    EXPECT_FALSE(parseSize("7680x4321", w, h, e));
}

TEST(BenchStatsTest, MedianP95AndTheLineFormat) {
    std::vector<double> ms;
    for (int i = 1; i <= 100; ++i)
        ms.push_back(double(i));
    const FrameStats s = summarize(ms);
    EXPECT_DOUBLE_EQ(s.medianMs, 50.5);
    EXPECT_DOUBLE_EQ(s.p95Ms, 95.0);
    EXPECT_EQ(benchLine(s, 123.45), "frame_ms median=50.500 p95=95.000 rss_mb=123.5");
    EXPECT_EQ(benchLine(s, 123.45, 87.6543), "frame_ms median=50.500 p95=95.000 rss_mb=123.5 startup_ms=87.654");
    EXPECT_GT(peakRssMb(), 1.0);
    EXPECT_DOUBLE_EQ(medianOf({3.0, 1.0, 2.0}), 2.0);
}

TEST(BenchStatsTest, ABenchLineIsReadBackByName) {
    // How --bench reads imgui_baseline's last line: the three numbers, whatever follows them.
    const auto n = parseBenchLine("frame_ms median=2.500 p95=3.250 rss_mb=99.7 startup_ms=61.000");
    ASSERT_TRUE(n);
    EXPECT_DOUBLE_EQ(n->frames.medianMs, 2.5);
    EXPECT_DOUBLE_EQ(n->frames.p95Ms, 3.25);
    EXPECT_DOUBLE_EQ(n->rssMb, 99.7);
    EXPECT_TRUE(parseBenchLine(benchLine({1.0, 2.0}, 3.0)));
    EXPECT_FALSE(parseBenchLine("bench: imgui_baseline 1920x1080"));
    EXPECT_FALSE(parseBenchLine("frame_ms median=2.5 p95=3.0"));         // no rss_mb
    EXPECT_FALSE(parseBenchLine("frame_ms median=fast p95=3 rss_mb=1")); // not a number
}

TEST(BenchStatsTest, TheComparisonSaysWhichRatiosAreOverTheirTargets) {
    EXPECT_EQ(
        comparisonLine({1.5, 1.3, 1.5}),
        "vs_imgui_baseline startup=1.50x (target 2x, ok) rss=1.30x (target 1.25x, over) frame=1.50x (target 1.5x, ok)");
}

TEST(BenchStatsTest, TheRoomsLinesGiveTheRequestTimesAndTheFrameChangeWithTheirTargets) {
    const RoomRequestStats s = summarizeRoomRequests({4.0, 1.0, 3.0, 2.0, 60.0}, 300, 300, 0);
    EXPECT_EQ(s.requests, 5);
    EXPECT_DOUBLE_EQ(s.p50Ms, 3.0);
    EXPECT_DOUBLE_EQ(s.p95Ms, 60.0);
    EXPECT_DOUBLE_EQ(s.maxMs, 60.0);
    EXPECT_EQ(roomRequestsLine(s), "room_requests n=5 p50_ms=3.000 p95_ms=60.000 max_ms=60.000 devices=300 "
                                   "counted=300 failed=0 (target p95 < 50 ms, over)");
    EXPECT_EQ(roomRequestsLine(summarizeRoomRequests({}, 300, 0, 0)),
              "room_requests n=0 p50_ms=0.000 p95_ms=0.000 max_ms=0.000 devices=300 counted=0 failed=0 (target p95 "
              "< 50 ms, ok)");
    // The burst's frames: all of them, and those drawn while the phones answered; no verdict (its phones
    // share the cores; the paced room's line judges the frames).
    EXPECT_EQ(roomFrameLine({{2.1, 3.0}, {2.25, 3.0}, 80, 100}, {2.0, 2.5}),
              "frame_ms_room median=2.100 p95=3.000 change_median=+5.0% answering_frames=80/100 "
              "answering_median=2.250 answering_p95=3.000 answering_change=+12.5% (a burst: its phones share these "
              "cores; room_paced judges the frames)");
    EXPECT_NE(roomFrameLine({{1.9, 3.0}, {2.1, 3.0}, 80, 100}, {2.0, 2.5}).find("change_median=-5.0% "),
              std::string::npos);
    EXPECT_NE(roomFrameLine({{2.5, 3.0}, {}, 0, 100}, {2.0, 2.5}).find("answering_frames=0/100 "), std::string::npos);
}

TEST(BenchStatsTest, ThePacedRoomIsJudgedOnTheMedianFrameAgainstTheQuietRunBefore) {
    PacedRoomRun run;
    run.seconds = 6;
    run.requests = summarizeRoomRequests({1.0, 2.0, 4.0}, 300, 300, 0);
    run.frames = {2.18, 4.0};
    run.frameCount = 2500;
    run.without = {2.0, 2.5};
    run.withoutCount = 2700;
    // 9 % slower is within the target; the p95 is shown, not judged.
    EXPECT_EQ(pacedRoomLine(run),
              "room_paced seconds=6 requests=3 p95_ms=4.000 max_ms=4.000 failed=0 phones=300 answered=300 "
              "frames=2500 frame_median=2.180 frame_p95=4.000 without_frames=2700 without_median=2.000 "
              "without_p95=2.500 change_median=+9.0% change_p95=+60.0% (target +10 % at most, ok)");
    run.frames.medianMs = 2.25;
    EXPECT_NE(pacedRoomLine(run).find("change_median=+12.5% change_p95=+60.0% (target +10 % at most, over)"),
              std::string::npos);
    run.frames.medianMs = 1.8;
    EXPECT_NE(pacedRoomLine(run).find("change_median=-10.0% "), std::string::npos);
}

TEST(CliBinaryTest, HelpAndVersionExitZero) {
    const ProcessResult help = coinstudio("--help");
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_NE(help.out.find("--screenshot"), std::string::npos);
    EXPECT_NE(help.out.find("Exit codes"), std::string::npos);
    const ProcessResult version = coinstudio("--version");
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_EQ(version.out.rfind("coinstudio ", 0), 0u);
}

TEST(CliBinaryTest, UnknownFlagIsAUsageErrorWithAMessage) {
    const ProcessResult r = coinstudio("--frobnicate");
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("--frobnicate"), std::string::npos);
    EXPECT_NE(r.err.find("--help"), std::string::npos);
}

TEST(CliBinaryTest, ScreenshotWritesAPngOfTheAskedSizeWithNoDisplay) {
    const fs::path dir = testing::freshTempFolder("clitest", "shot");
    const fs::path out = dir / "coin.png";
    // No DISPLAY, no driver chosen: the app must pick the offscreen driver itself.
    const ProcessResult r =
        coinstudio("--screenshot " + out.string() + " --size 640x360", "env -u DISPLAY -u SDL_VIDEODRIVER");
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto bytes = readFileCapped(out, 64 << 20);
    ASSERT_TRUE(bytes.ok);
    const DecodeResult img = decodeImage(bytes.bytes, 8192);
    ASSERT_EQ(img.error, ImageError::None) << img.message;
    EXPECT_EQ(img.image.width, 640);
    EXPECT_EQ(img.image.height, 360);
    // Not a blank picture: a coin's saturated colour covers part of the stage (the background and
    // the text are greys).
    int coloured = 0;
    for (std::size_t i = 0; i < img.image.rgba.size(); i += 4) {
        const auto* p = &img.image.rgba[i];
        if (std::max({p[0], p[1], p[2]}) - std::min({p[0], p[1], p[2]}) > 80) ++coloured;
    }
    EXPECT_GT(coloured, 640 * 360 / 100);
    fs::remove_all(dir);
}

TEST(CliBinaryTest, ScreenshotToAnUnwritablePlaceIsAnEnvironmentError) {
    const ProcessResult r = coinstudio("--screenshot /nonexistent-folder/x.png --size 64x64");
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_NE(r.err.find("/nonexistent-folder/x.png"), std::string::npos);
}

TEST(CliBinaryTest, NoOpenGl33IsExitCode3WithAMessage) {
    const ProcessResult r = coinstudio("--screenshot /tmp/never.png --size 64x64", "env MESA_GL_VERSION_OVERRIDE=3.0");
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_NE(r.err.find("OpenGL 3.3"), std::string::npos);
}

TEST(CliBinaryTest, NoFontIsExitCode3WithWhatToInstall) {
    const fs::path dir = testing::freshTempFolder("clitest", "fonts");
    const fs::path conf = dir / "fonts.conf";
    ASSERT_OK(writeFileAtomic(conf, std::string_view("<?xml version=\"1.0\"?>\n<fontconfig></fontconfig>\n")));
    const ProcessResult r = coinstudio("--screenshot " + (dir / "x.png").string() + " --size 64x64",
                                       "env FONTCONFIG_FILE=" + conf.string());
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_NE(r.err.find("fonts-noto-core"), std::string::npos) << r.err;
    fs::remove_all(dir);
}

TEST(CliBinaryTest, BenchPrintsTheFrameLineLastWithStartupAndTheRatiosToTheBaseline) {
    const ProcessResult r = coinstudio("--bench --frames 5 --size 320x240");
    ASSERT_EQ(r.exitCode, 0) << r.err;
    std::string last = r.out.substr(0, r.out.find_last_not_of('\n') + 1);
    last = last.substr(last.rfind('\n') + 1);
    // The contract scripts read: the first three fields as they always were; start-up after them.
    EXPECT_TRUE(std::regex_match(
        last, std::regex(R"(frame_ms median=\d+\.\d{3} p95=\d+\.\d{3} rss_mb=\d+(\.\d+)? startup_ms=\d+\.\d{3})")))
        << last;
    // imgui_baseline is built beside the app: run in the same bench, and compared.
    EXPECT_TRUE(
        std::regex_search(r.out, std::regex(R"((^|\n)startup_ms coinstudio=\d+\.\d{3} imgui_baseline=\d+\.\d{3} )")))
        << r.out;
    EXPECT_TRUE(std::regex_search(
        r.out, std::regex(R"((^|\n)imgui_baseline frame_ms median=\d+\.\d{3} p95=\d+\.\d{3} rss_mb=)")))
        << r.out;
    EXPECT_TRUE(std::regex_search(
        r.out,
        std::regex(R"((^|\n)vs_imgui_baseline startup=\d+\.\d{2}x \(target 2x, (ok|over)\) )"
                   R"(rss=\d+\.\d{2}x \(target 1\.25x, (ok|over)\) frame=\d+\.\d{2}x \(target 1\.5x, (ok|over)\)\n)")))
        << r.out;
    // PNG encoding, which pictures add to a frame, on a line of its own.
    EXPECT_TRUE(std::regex_search(r.out, std::regex(R"((^|\n)png_encode_ms=\d+\.\d{3} \(320x240, )"))) << r.out;
}

TEST(CliBinaryTest, BenchWithTheRoomCountsEveryPhoneAtOnceAndPacedAndKeepsTheFrameLineLast) {
    // Two seconds of a paced room (and two without it before): each phone polls once and answers.
    const ProcessResult r = coinstudio("--bench --room --frames 20 --size 640x360 --room-seconds 2");
    ASSERT_EQ(r.exitCode, 0) << r.err << r.out;
    // The numbers are the README's to state; the test checks the lines are there and the count is whole.
    EXPECT_TRUE(std::regex_search(r.out, std::regex(R"((^|\n)room_requests n=1200 p50_ms=\d+\.\d{3} p95_ms=\d+\.\d{3} )"
                                                    R"(max_ms=\d+\.\d{3} devices=300 counted=300 failed=0 )")))
        << r.out;
    EXPECT_TRUE(std::regex_search(
        r.out, std::regex(R"((^|\n)frame_ms_room median=\d+\.\d{3} p95=\d+\.\d{3} change_median=[+-]\d+\.\d% )"
                          R"(answering_frames=\d+/20 )")))
        << r.out;
    // 300 polls (every phone's one in the 2 s) and 300 answers.
    EXPECT_TRUE(std::regex_search(
        r.out,
        std::regex(R"((^|\n)room_paced seconds=2 requests=600 p95_ms=\d+\.\d{3} max_ms=\d+\.\d{3} failed=0 )"
                   R"(phones=300 answered=300 frames=\d+ frame_median=\d+\.\d{3} frame_p95=\d+\.\d{3} )"
                   R"(without_frames=\d+ without_median=\d+\.\d{3} without_p95=\d+\.\d{3} )"
                   R"(change_median=[+-]\d+\.\d% change_p95=[+-]\d+\.\d% \(target \+10 % at most, (ok|over)\)\n)")))
        << r.out;
    std::string last = r.out.substr(0, r.out.find_last_not_of('\n') + 1);
    last = last.substr(last.rfind('\n') + 1);
    EXPECT_TRUE(std::regex_match(
        last, std::regex(R"(frame_ms median=\d+\.\d{3} p95=\d+\.\d{3} rss_mb=\d+(\.\d+)? startup_ms=\d+\.\d{3})")))
        << last;
}

TEST(CliBinaryTest, ImguiBaselinePrintsTheSameLine) {
    const ProcessResult r = runProcess(IMGUI_BASELINE_BINARY, "--frames 5 --size 320x240");
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("frame_ms median="), std::string::npos);
}

TEST(CliBinaryTest, AskedForItsFirstFrameOnlyEachProgramSaysSoAndStops) {
    // How --bench times start-up: the child draws and presents one frame, prints the line, exits.
    const std::string env = std::string("env ") + kFirstFrameEnv + "=1";
    for (const std::string binary : {COINSTUDIO_BINARY, IMGUI_BASELINE_BINARY}) {
        const ProcessResult r =
            runProcess(binary, binary == COINSTUDIO_BINARY ? "--bench --size 320x240" : "--size 320x240", env);
        ASSERT_EQ(r.exitCode, 0) << binary << ": " << r.err;
        EXPECT_EQ(r.out, std::string(kFirstFrameLine) + "\n") << binary;
    }
}

TEST(CliBinaryTest, CheckPrintsOkLinesAndExitsZeroForValidFiles) {
    const std::string tmpl = std::string(COINSTUDIO_SOURCE_DIR) + "/scenarios/template.toml";
    const ProcessResult r = coinstudio("--check " + tmpl);
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.out, tmpl + ": ok (5 steps, 1 structures, 1 personas, 0 warnings)\n");
    EXPECT_TRUE(r.err.empty()) << r.err;
}

TEST(CliBinaryTest, CheckReportsErrorsWithLineAndColumnAndExitsOne) {
    const fs::path dir = testing::freshTempFolder("clitest", "check");
    const fs::path bad = dir / "bad.toml";
    ASSERT_OK(
        writeFileAtomic(bad, std::string_view("format = 1\nid = \"x\"\ntitle = \"x\"\n[[step]]\ntittle = \"a\"\n")));
    const ProcessResult r = coinstudio("--check " + bad.string());
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.err.find(bad.string() + ":5:1: error: "), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("did you mean 'title'"), std::string::npos) << r.err;
    const ProcessResult json = coinstudio("--check --format json " + bad.string());
    EXPECT_EQ(json.exitCode, 1);
    EXPECT_NE(json.out.find("\"line\": 5"), std::string::npos) << json.out;
    const ProcessResult missing = coinstudio("--check " + (dir / "nope.toml").string());
    EXPECT_EQ(missing.exitCode, 1);
    fs::remove_all(dir);
}

TEST(CliBinaryTest, AnInvalidFileForAPictureIsExitCodeOne) {
    const fs::path dir = testing::freshTempFolder("clitest", "invalidshot");
    const fs::path bad = dir / "bad.toml";
    ASSERT_OK(writeFileAtomic(bad, std::string_view("format = 1\n[[step]\n")));
    const ProcessResult r = coinstudio("--screenshot " + (dir / "x.png").string() + " --size 64x64 " + bad.string());
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.err.find(bad.string() + ":2:"), std::string::npos) << r.err;
    EXPECT_FALSE(fs::exists(dir / "x.png"));
    fs::remove_all(dir);
}

TEST(CliBinaryTest, AStepOutOfRangeIsAUsageError) {
    const std::string tmpl = std::string(COINSTUDIO_SOURCE_DIR) + "/scenarios/template.toml";
    const ProcessResult r = coinstudio("--screenshot /tmp/never.png --size 64x64 --step 6 " + tmpl);
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("has 5 steps"), std::string::npos) << r.err;
}

TEST(CliBinaryTest, ScreenshotOfAStepInFrenchDiffersFromEnglish) {
    const fs::path dir = testing::freshTempFolder("clitest", "lang");
    const std::string tmpl = std::string(COINSTUDIO_SOURCE_DIR) + "/scenarios/template.toml";
    for (const char* lang : {"en", "fr"}) {
        const ProcessResult r = coinstudio("--screenshot " + (dir / (std::string(lang) + ".png")).string() +
                                           " --size 320x180 --step 2 --lang " + lang + " " + tmpl);
        ASSERT_EQ(r.exitCode, 0) << r.err;
    }
    const auto en = decodeImage(readFileCapped(dir / "en.png", 1 << 24).bytes);
    const auto fr = decodeImage(readFileCapped(dir / "fr.png", 1 << 24).bytes);
    ASSERT_EQ(en.error, ImageError::None);
    ASSERT_EQ(fr.error, ImageError::None);
    EXPECT_GT(compareImages(en.image, fr.image).meanChannelDelta, 0.05); // the words differ
    fs::remove_all(dir);
}

// --theme light is the light projector theme (a bright background), --text-scale 150 larger words:
// more of the picture is covered by the glyphs' light pixels on the dark theme.
TEST(CliBinaryTest, PicturesFollowTheTextScaleAndTheTheme) {
    const fs::path dir = testing::freshTempFolder("clitest", "scale");
    const std::string tmpl = std::string(COINSTUDIO_SOURCE_DIR) + "/scenarios/template.toml";
    auto picture = [&](const std::string& name, const std::string& flags) {
        const ProcessResult r =
            coinstudio("--screenshot " + (dir / name).string() + " --size 640x360 --step 2 " + flags + " " + tmpl);
        EXPECT_EQ(r.exitCode, 0) << r.err;
        return decodeImage(readFileCapped(dir / name, 1 << 24).bytes).image;
    };
    auto share = [](const Image& im, auto&& pred) {
        std::size_t n = 0;
        for (std::size_t i = 0; i + 3 < im.rgba.size(); i += 4)
            n += pred(im.rgba[i], im.rgba[i + 1], im.rgba[i + 2]) ? 1 : 0;
        return double(n) / double(std::max<std::size_t>(im.rgba.size() / 4, 1));
    };
    auto light = [](int r, int g, int b) { return r + g + b > 600; };
    const Image plain = picture("plain.png", "");
    const Image larger = picture("larger.png", "--text-scale 150");
    const Image bright = picture("bright.png", "--theme light");
    ASSERT_FALSE(plain.empty());
    ASSERT_FALSE(larger.empty());
    ASSERT_FALSE(bright.empty());
    EXPECT_GT(share(larger, light), share(plain, light) * 1.3); // larger white words on the dark theme
    EXPECT_GT(share(bright, light), 0.5);                       // the light theme's background
    EXPECT_LT(share(plain, light), 0.2);
    fs::remove_all(dir);
}

TEST(CliBinaryTest, ExportWritesOnePicturePerStepAndBothHandoutsAndRemovesStaleOnes) {
    const fs::path dir = testing::freshTempFolder("clitest", "export");
    // An earlier export of a longer scenario (its pictures carry the app's mark), and a file of the
    // user's that must survive.
    Image earlier;
    earlier.width = earlier.height = 2;
    earlier.rgba.assign(16, 200);
    ASSERT_OK(writeFileAtomic(dir / "step-099.png", encodePng(earlier)));
    ASSERT_OK(writeFileAtomic(dir / "my-notes.txt", std::string_view("mine")));
    const std::string tmpl = std::string(COINSTUDIO_SOURCE_DIR) + "/scenarios/template.toml";
    const ProcessResult r = coinstudio("--export " + dir.string() + " --size 320x180 " + tmpl);
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.err.find("step 5 of 5"), std::string::npos) << r.err; // progress on stderr
    EXPECT_FALSE(fs::exists(dir / "step-099.png"));
    EXPECT_TRUE(fs::exists(dir / "my-notes.txt"));
    for (const char* name : {"step-001.png", "step-002.png", "step-003.png", "step-004.png", "step-005.png"}) {
        const auto img = decodeImage(readFileCapped(dir / name, 1 << 24).bytes);
        ASSERT_EQ(img.error, ImageError::None) << name;
        EXPECT_EQ(img.image.width, 320);
        EXPECT_EQ(img.image.height, 180);
    }
    const auto html = readFileCapped(dir / "handout.html", 1 << 22);
    const auto notes = readFileCapped(dir / "handout-notes.html", 1 << 22);
    ASSERT_TRUE(html.ok && notes.ok);
    const std::string handout(html.bytes.begin(), html.bytes.end());
    for (const char* name : {"step-001.png", "step-002.png", "step-003.png", "step-004.png", "step-005.png"}) {
        EXPECT_NE(handout.find(std::string("src=\"") + name + "\""), std::string::npos) << name;
    }
    EXPECT_NE(handout.find("Nixon"), std::string::npos); // sources are cited
    EXPECT_NE(handout.find("alt=\""), std::string::npos);
    fs::remove_all(dir);
}

TEST(CliBinaryTest, ExportNeverReplacesAFileTheAppDidNotWriteUnlessAskedTo) {
    const fs::path dir = testing::freshTempFolder("clitest", "export-foreign");
    ASSERT_OK(writeFileAtomic(dir / "handout.html", std::string_view("<p>my own handout</p>")));
    const std::string tmpl = std::string(COINSTUDIO_SOURCE_DIR) + "/scenarios/template.toml";
    const ProcessResult refused = coinstudio("--export " + dir.string() + " --size 160x90 " + tmpl);
    EXPECT_EQ(refused.exitCode, 1) << refused.err;
    EXPECT_NE(refused.err.find((dir / "handout.html").string()), std::string::npos) << refused.err;
    EXPECT_NE(refused.err.find("--replace"), std::string::npos) << refused.err;
    EXPECT_FALSE(fs::exists(dir / "step-001.png")); // nothing was exported
    const auto kept = readFileCapped(dir / "handout.html", 1 << 20);
    EXPECT_EQ(std::string(kept.bytes.begin(), kept.bytes.end()), "<p>my own handout</p>");

    const ProcessResult replaced = coinstudio("--export " + dir.string() + " --size 160x90 --replace " + tmpl);
    ASSERT_EQ(replaced.exitCode, 0) << replaced.err;
    EXPECT_TRUE(fs::exists(dir / "step-001.png"));
    fs::remove_all(dir);
}

TEST(CliBinaryTest, ExportedFilesAreMarkedAsTheAppsOwn) {
    const fs::path dir = testing::freshTempFolder("clitest", "export-marked");
    const std::string tmpl = std::string(COINSTUDIO_SOURCE_DIR) + "/scenarios/template.toml";
    const ProcessResult r = coinstudio("--export " + dir.string() + " --size 160x90 " + tmpl);
    ASSERT_EQ(r.exitCode, 0) << r.err;
    int pictures = 0;
    for (const auto& e : fs::directory_iterator(dir)) {
        if (e.path().extension() != ".png") continue;
        ++pictures;
        EXPECT_TRUE(pngFileWrittenByCoinStudio(e.path())) << e.path();
        EXPECT_TRUE(pngWrittenByCoinStudio(readFileCapped(e.path(), 1 << 24).bytes)) << e.path();
    }
    EXPECT_EQ(pictures, 5);
    for (const char* name : {"handout.html", "handout-notes.html"}) {
        const auto html = readFileCapped(dir / name, 1 << 22);
        ASSERT_TRUE(html.ok) << name;
        EXPECT_TRUE(htmlWrittenByCoinStudio(std::string(html.bytes.begin(), html.bytes.end()))) << name;
    }
    // Exporting again into the same folder would replace nothing of anyone else's.
    EXPECT_TRUE(foreignFilesAnExportWouldReplace(dir, 3).empty());
    fs::remove_all(dir);
}

// The built-in scenarios, by file name (one test each: they run side by side).
std::vector<std::string> builtInScenarioFiles() {
    std::vector<std::string> names;
    for (const auto& e : fs::directory_iterator(fs::path(COINSTUDIO_SOURCE_DIR) / "scenarios"))
        if (e.path().extension() == ".toml") names.push_back(e.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

class BuiltInExportTest : public ::testing::TestWithParam<std::string> {};

TEST_P(BuiltInExportTest, EveryStepExportsInEachLanguageWithBothHandouts) {
#ifdef COINSTUDIO_SANITIZED
    // Under the sanitizers (several times slower) the introduction alone, in both languages: the same
    // code runs for every scenario, and the release build exports them all.
    if (GetParam() != "01-introduction.toml") GTEST_SKIP() << "exported in the release build";
#endif
    const fs::path file = fs::path(COINSTUDIO_SOURCE_DIR) / "scenarios" / GetParam();
    const fs::path dir = testing::freshTempFolder("clitest", "builtin-" + file.stem().string());
    for (const char* lang : {"en", "fr"}) {
        const ProcessResult r =
            coinstudio("--export " + dir.string() + " --size 160x90 --lang " + lang + " " + file.string());
        ASSERT_EQ(r.exitCode, 0) << file << " " << lang << ": " << r.err;
    }
    int pictures = 0;
    for (const auto& f : fs::directory_iterator(dir))
        pictures += f.path().extension() == ".png" ? 1 : 0;
    const std::string err = coinstudio("--check " + file.string()).out;
    const auto pos = err.find("ok (");
    ASSERT_NE(pos, std::string::npos) << err;
    EXPECT_EQ(pictures, std::stoi(err.substr(pos + 4))) << file; // one picture per step
    EXPECT_TRUE(fs::exists(dir / "handout.html"));
    EXPECT_TRUE(fs::exists(dir / "handout-notes.html"));
    fs::remove_all(dir);
}

INSTANTIATE_TEST_SUITE_P(CliBinaryTest, BuiltInExportTest, ::testing::ValuesIn(builtInScenarioFiles()),
                         [](const auto& param) {
                             std::string name = fs::path(param.param).stem().string();
                             for (char& c : name)
                                 if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
                             return name;
                         });

TEST(CliBinaryTest, ExportIntoAnUnwritablePlaceIsAnEnvironmentError) {
    const fs::path dir = testing::freshTempFolder("clitest", "export-blocked");
    ASSERT_OK(writeFileAtomic(dir / "file", std::string_view("x")));
    const ProcessResult r = coinstudio("--export " + (dir / "file" / "sub").string() + " --size 64x64");
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_NE(r.err.find("cannot create the folder"), std::string::npos) << r.err;
    fs::remove_all(dir);
}

// --publish: a web build of four files (their bytes do not matter here) found through COINSTUDIO_WEB_DIR.
class PublishCliTest : public ::testing::Test {
  protected:
    void SetUp() override {
        fs::create_directories(web_);
        for (const char* name : {"index.html", "coinstudio.js", "coinstudio.wasm", "coinstudio.data"})
            ASSERT_OK(writeFileAtomic(web_ / name, std::string_view(name)));
        fs::create_directories(course_ / "images");
        ASSERT_OK(
            writeFileAtomic(course_ / "images" / "map.png", encodePng(Image{2, 2, std::vector<std::uint8_t>(16, 80)})));
        ASSERT_OK(writeFileAtomic(course_ / "course.toml",
                                  std::string_view("format = 1\nid = \"course\"\ntitle = \"Course\"\n[[step]]\n"
                                                   "title = \"One\"\nimage = \"images/map.png\"\n")));
    }
    void TearDown() override { fs::remove_all(root_); }
    ProcessResult publish(const std::string& args) const {
        return coinstudio("--publish " + args, "COINSTUDIO_WEB_DIR=" + web_.string());
    }

    fs::path root_ = testing::freshTempFolderForThisTest("clitest-publish");
    fs::path web_ = root_ / "web";
    fs::path course_ = root_ / "course";
    fs::path site_ = root_ / "site";
};

TEST_F(PublishCliTest, PublishWritesTheWebBuildTheScenarioItsPicturesAndWhatThePageOpens) {
    const ProcessResult r = publish(site_.string() + " " + (course_ / "course.toml").string());
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.err.find("published " + (course_ / "course.toml").string()), std::string::npos) << r.err;
    for (const char* name : {"index.html", "coinstudio.js", "coinstudio.wasm", "coinstudio.data",
                             "scenario/course.toml", "scenario/images/map.png", "published.json"}) {
        EXPECT_TRUE(fs::is_regular_file(site_ / name)) << name;
    }
    const auto manifest = readFileCapped(site_ / "published.json", 1 << 20);
    const std::string json(manifest.bytes.begin(), manifest.bytes.end());
    EXPECT_NE(json.find("\"scenario\": \"scenario/course.toml\""), std::string::npos) << json;
    EXPECT_NE(json.find("\"scenario/images/map.png\""), std::string::npos) << json;

    // Again into the same folder: its own files are replaced without a question.
    const ProcessResult again = publish(site_.string() + " " + (course_ / "course.toml").string());
    EXPECT_EQ(again.exitCode, 0) << again.err;
}

TEST_F(PublishCliTest, WithoutAFileTheWebBuildAloneIsPublished) {
    const ProcessResult r = publish(site_.string());
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_TRUE(fs::exists(site_ / "index.html"));
    EXPECT_FALSE(fs::exists(site_ / "published.json"));
    EXPECT_FALSE(fs::exists(site_ / "scenario"));
}

TEST_F(PublishCliTest, WithoutAWebBuildItSaysToRunWebShAndExitsThree) {
    fs::create_directories(root_ / "empty");
    const ProcessResult r = coinstudio("--publish " + site_.string() + " " + (course_ / "course.toml").string(),
                                       "COINSTUDIO_WEB_DIR=" + (root_ / "empty").string());
    EXPECT_EQ(r.exitCode, 3) << r.err;
    EXPECT_NE(r.err.find("./web.sh"), std::string::npos) << r.err;
    EXPECT_FALSE(fs::exists(site_));
}

TEST_F(PublishCliTest, AnInvalidScenarioIsNotPublishedItsProblemsPrintedAsCheckDoes) {
    const fs::path bad = course_ / "bad.toml";
    ASSERT_OK(
        writeFileAtomic(bad, std::string_view("format = 1\nid = \"x\"\ntitle = \"x\"\n[[step]]\ntittle = \"a\"\n")));
    const ProcessResult r = publish(site_.string() + " " + bad.string());
    EXPECT_EQ(r.exitCode, 1) << r.err;
    EXPECT_NE(r.err.find(bad.string() + ":5:1: error: "), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("cannot be published"), std::string::npos) << r.err;
    EXPECT_FALSE(fs::exists(site_));
}

TEST_F(PublishCliTest, AMissingPictureIsNamedAndNothingIsPublished) {
    fs::remove(course_ / "images" / "map.png");
    const ProcessResult r = publish(site_.string() + " " + (course_ / "course.toml").string());
    EXPECT_EQ(r.exitCode, 1) << r.err;
    EXPECT_NE(r.err.find((course_ / "course.toml").string() + ":6:9: error: image \"images/map.png\""),
              std::string::npos)
        << r.err;
    EXPECT_FALSE(fs::exists(site_));
}

TEST_F(PublishCliTest, AFileItDidNotWriteIsNeverReplacedUnlessAskedTo) {
    fs::create_directories(site_);
    ASSERT_OK(writeFileAtomic(site_ / "index.html", std::string_view("<p>my own page</p>")));
    const std::string args = site_.string() + " " + (course_ / "course.toml").string();
    const ProcessResult refused = publish(args);
    EXPECT_EQ(refused.exitCode, 1) << refused.err;
    EXPECT_NE(refused.err.find((site_ / "index.html").string() + " was not written by Coin Model Studio"),
              std::string::npos)
        << refused.err;
    EXPECT_NE(refused.err.find("--replace"), std::string::npos) << refused.err;
    EXPECT_FALSE(fs::exists(site_ / "published.json"));
    const auto kept = readFileCapped(site_ / "index.html", 1 << 20);
    EXPECT_EQ(std::string(kept.bytes.begin(), kept.bytes.end()), "<p>my own page</p>");

    const ProcessResult replaced = publish(args + " --replace");
    ASSERT_EQ(replaced.exitCode, 0) << replaced.err;
    EXPECT_TRUE(fs::exists(site_ / "published.json"));
}

TEST(CliBinaryTest, AnInstalledCopyFindsItsOwnDataAndHasAMenuEntry) {
    const fs::path prefix = testing::freshTempFolder("clitest", "install");
    const int rc = std::system(
        ("cmake --install " + std::string(COINSTUDIO_BUILD_DIR) + " --prefix " + prefix.string() + " > /dev/null 2>&1")
            .c_str());
    ASSERT_EQ(rc, 0);
    EXPECT_TRUE(fs::exists(prefix / "share/applications/coinstudio.desktop"));
    EXPECT_TRUE(fs::exists(prefix / "share/icons/hicolor/scalable/apps/coinstudio.svg"));
    EXPECT_TRUE(fs::exists(prefix / "share/coinstudio/scenarios/01-introduction.toml"));
    const ProcessResult version = runProcess((prefix / "bin/coinstudio").string(), "--version");
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_NE(version.out.find("data: " + (prefix / "share/coinstudio").string()), std::string::npos) << version.out;
    const ProcessResult shot = runProcess((prefix / "bin/coinstudio").string(),
                                          "--screenshot " + (prefix / "x.png").string() + " --size 64x64");
    EXPECT_EQ(shot.exitCode, 0) << shot.err;
    fs::remove_all(prefix);
}

} // namespace
} // namespace cs
