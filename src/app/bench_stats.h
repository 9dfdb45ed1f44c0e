// Frame-time statistics and peak memory for --bench and the imgui_baseline program.
#pragma once

#include <string>
#include <vector>

namespace cs {

struct FrameStats {
    double medianMs = 0.0;
    double p95Ms = 0.0;
};

// Median and 95th percentile (nearest rank) of frame times in milliseconds.
FrameStats summarize(std::vector<double> frameMs);

// Peak resident set size of this process in MiB (VmHWM), 0 if unknown.
double peakRssMb();

// "frame_ms median=X p95=Y rss_mb=Z": the line scripts read (always the last line of --bench).
std::string benchLine(const FrameStats& stats, double rssMb);

} // namespace cs
