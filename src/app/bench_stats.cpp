// Frame statistics and /proc-based memory reading.
#include "app/bench_stats.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <sstream>

namespace cs {

FrameStats summarize(std::vector<double> ms) {
    FrameStats s;
    if (ms.empty()) return s;
    std::sort(ms.begin(), ms.end());
    const std::size_t n = ms.size();
    s.medianMs = n % 2 ? ms[n / 2] : 0.5 * (ms[n / 2 - 1] + ms[n / 2]);
    const auto rank = std::size_t(std::ceil(0.95 * double(n)));
    s.p95Ms = ms[std::clamp<std::size_t>(rank, 1, n) - 1];
    return s;
}

double peakRssMb() {
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.rfind("VmHWM:", 0) == 0) {
            std::istringstream in(line.substr(6));
            double kb = 0;
            in >> kb;
            return kb / 1024.0;
        }
    }
    return 0.0;
}

std::string benchLine(const FrameStats& s, double rssMb) {
    char buf[128];
    std::snprintf(buf, sizeof buf, "frame_ms median=%.3f p95=%.3f rss_mb=%.1f", s.medianMs, s.p95Ms, rssMb);
    return buf;
}

} // namespace cs
