// Frame-time statistics, peak memory and the output lines of --bench and the imgui_baseline program.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cs {

struct FrameStats {
    double medianMs = 0.0;
    double p95Ms = 0.0;
};

// Median and 95th percentile (nearest rank) of frame times in milliseconds.
FrameStats summarize(std::vector<double> frameMs);

// Median of any samples (0 for none).
double medianOf(std::vector<double> samples);

// Peak resident set size of this process in MiB (VmHWM), 0 if unknown.
double peakRssMb();

// "frame_ms median=X p95=Y rss_mb=Z[ startup_ms=S]": the line scripts read (always the last line of
// --bench and of imgui_baseline).
std::string benchLine(const FrameStats& stats, double rssMb, std::optional<double> startupMs = std::nullopt);

// The numbers of a bench line (another program's last line), if `line` is one.
struct BenchNumbers {
    FrameStats frames;
    double rssMb = 0.0;
};
std::optional<BenchNumbers> parseBenchLine(std::string_view line);

// A process started with this variable set to 1 (coinstudio --bench, imgui_baseline) draws and
// presents its first frame, prints kFirstFrameLine and exits: how --bench times start-up.
inline constexpr const char* kFirstFrameEnv = "COINSTUDIO_BENCH_FIRST_FRAME";
inline constexpr std::string_view kFirstFrameLine = "first_frame";

// coinstudio against imgui_baseline in one run, with the targets the README states for them:
// start to first frame at most 2x, peak memory at most 1.25x, a step at rest at most 1.5x.
struct BaselineRatios {
    double startup = 0.0;
    double rss = 0.0;
    double frame = 0.0;
};
inline constexpr BaselineRatios kBaselineTargets{2.0, 1.25, 1.5};

// --bench --room: the room's response times to a room of simulated phones, and the frames drawn while
// they answer, with the targets the README states for them.
inline constexpr double kRoomP95TargetMs = 50.0;       // a phone's request, 95th percentile
inline constexpr double kRoomFrameChangeTarget = 10.0; // the frame's median, at most this % slower

struct RoomRequestStats {
    int requests = 0;
    double p50Ms = 0.0;
    double p95Ms = 0.0;
    double maxMs = 0.0;
    int devices = 0; // phones that answered
    int counted = 0; // answers the room counted
    int failed = 0;  // requests without the reply the page expects
};
RoomRequestStats summarizeRoomRequests(std::vector<double> requestMs, int devices, int counted, int failed);

// "room_requests n=1200 p50_ms=X p95_ms=Y max_ms=Z devices=300 counted=300 failed=0 (target p95 < 50 ms, ok)"
std::string roomRequestsLine(const RoomRequestStats& stats);
// The frames drawn again with the room open: all of them, and those drawn while its phones answered
// (when the phones are done before the frames, the others are a show with an idle room).
struct RoomFrames {
    FrameStats all;
    FrameStats answering;
    int answeringFrames = 0;
    int frames = 0;
};
// "frame_ms_room median=X p95=Y change_median=+Z% answering_frames=K/N answering_median=A answering_p95=B
// answering_change=+C% (target +10 % at most, ok)": against `without`, the same frames without the
// room. The target is judged on the frames drawn while the phones answered (on all if there were none).
std::string roomFrameLine(const RoomFrames& room, const FrameStats& without);

// The paced phase of --bench --room: a room's phones (each asking every 2 s, answering once) for a
// fixed time while frames are drawn, against the frames drawn as long right before without them.
struct PacedRoomRun {
    int seconds = 0;
    RoomRequestStats requests; // devices: the phones; counted: the answers the room counted
    FrameStats frames;         // drawn beside the phones
    int frameCount = 0;
    FrameStats without; // drawn right before, the phones quiet
    int withoutCount = 0;
};
// "room_paced seconds=6 requests=1200 p95_ms=X max_ms=M failed=0 phones=300 answered=300 frames=F
// frame_median=X frame_p95=Y without_frames=G without_median=A without_p95=B change_median=+Z%
// change_p95=+W% (target +10 % at most, ok)": the target is judged on the median.
std::string pacedRoomLine(const PacedRoomRun& run);

// "vs_imgui_baseline startup=1.62x (target 2x, ok) rss=1.20x (target 1.25x, ok) frame=1.31x (target 1.5x, ok)";
// a ratio above its target says "over".
std::string comparisonLine(const BaselineRatios& ratios);

} // namespace cs
