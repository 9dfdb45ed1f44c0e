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

// "vs_imgui_baseline startup=1.62x (target 2x, ok) rss=1.20x (target 1.25x, ok) frame=1.31x (target 1.5x, ok)";
// a ratio above its target says "over".
std::string comparisonLine(const BaselineRatios& ratios);

} // namespace cs
