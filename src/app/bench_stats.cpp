// Frame statistics, /proc-based memory reading and the bench lines (written and read back).
#include "app/bench_stats.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
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

double medianOf(std::vector<double> samples) {
    return summarize(std::move(samples)).medianMs;
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

std::string benchLine(const FrameStats& s, double rssMb, std::optional<double> startupMs) {
    char buf[160];
    std::snprintf(buf, sizeof buf, "frame_ms median=%.3f p95=%.3f rss_mb=%.1f", s.medianMs, s.p95Ms, rssMb);
    std::string line = buf;
    if (startupMs) {
        std::snprintf(buf, sizeof buf, " startup_ms=%.3f", *startupMs);
        line += buf;
    }
    return line;
}

std::optional<BenchNumbers> parseBenchLine(std::string_view line) {
    // Fields by name, in any order after the leading "frame_ms"; all three must be there.
    if (!line.starts_with("frame_ms ")) return std::nullopt;
    std::optional<double> median, p95, rss;
    std::istringstream words{std::string(line)};
    std::string word;
    while (words >> word) {
        const std::size_t eq = word.find('=');
        if (eq == std::string::npos) continue;
        const std::string key = word.substr(0, eq), text = word.substr(eq + 1);
        char* end = nullptr;
        const double value = std::strtod(text.c_str(), &end);
        if (text.empty() || *end != '\0' || !std::isfinite(value)) return std::nullopt;
        if (key == "median")
            median = value;
        else if (key == "p95")
            p95 = value;
        else if (key == "rss_mb")
            rss = value;
    }
    if (!median || !p95 || !rss) return std::nullopt;
    return BenchNumbers{{*median, *p95}, *rss};
}

RoomRequestStats summarizeRoomRequests(std::vector<double> requestMs, int devices, int counted, int failed) {
    RoomRequestStats s;
    s.requests = int(requestMs.size());
    s.devices = devices;
    s.counted = counted;
    s.failed = failed;
    if (requestMs.empty()) return s;
    s.maxMs = *std::max_element(requestMs.begin(), requestMs.end());
    const FrameStats times = summarize(std::move(requestMs));
    s.p50Ms = times.medianMs;
    s.p95Ms = times.p95Ms;
    return s;
}

std::string roomRequestsLine(const RoomRequestStats& s) {
    char buf[224];
    std::snprintf(buf, sizeof buf,
                  "room_requests n=%d p50_ms=%.3f p95_ms=%.3f max_ms=%.3f devices=%d counted=%d failed=%d (target p95 "
                  "< %g ms, %s)",
                  s.requests, s.p50Ms, s.p95Ms, s.maxMs, s.devices, s.counted, s.failed, kRoomP95TargetMs,
                  s.p95Ms < kRoomP95TargetMs ? "ok" : "over");
    return buf;
}

namespace {

// How much slower `ms` is than `beforeMs`, in % (0 when there is nothing to compare with).
double percentSlower(double ms, double beforeMs) {
    return beforeMs > 0.0 ? (ms / beforeMs - 1.0) * 100.0 : 0.0;
}

} // namespace

std::string roomFrameLine(const RoomFrames& room, const FrameStats& without) {
    const auto change = [&](const FrameStats& s) { return percentSlower(s.medianMs, without.medianMs); };
    // No verdict here: the burst's simulated phones run on this computer's cores, which real phones do
    // not; the frame target is judged on the paced room (room_paced).
    char buf[320];
    std::snprintf(buf, sizeof buf,
                  "frame_ms_room median=%.3f p95=%.3f change_median=%+.1f%% answering_frames=%d/%d "
                  "answering_median=%.3f answering_p95=%.3f answering_change=%+.1f%% (a burst: its phones share "
                  "these cores; room_paced judges the frames)",
                  room.all.medianMs, room.all.p95Ms, change(room.all), room.answeringFrames, room.frames,
                  room.answering.medianMs, room.answering.p95Ms, change(room.answering));
    return buf;
}

std::string pacedRoomLine(const PacedRoomRun& run) {
    const RoomRequestStats& r = run.requests;
    const double changeMedian = percentSlower(run.frames.medianMs, run.without.medianMs);
    char buf[400];
    std::snprintf(buf, sizeof buf,
                  "room_paced seconds=%d requests=%d p95_ms=%.3f max_ms=%.3f failed=%d phones=%d answered=%d "
                  "frames=%d frame_median=%.3f frame_p95=%.3f without_frames=%d without_median=%.3f "
                  "without_p95=%.3f change_median=%+.1f%% change_p95=%+.1f%% (target %+g %% at most, %s)",
                  run.seconds, r.requests, r.p95Ms, r.maxMs, r.failed, r.devices, r.counted, run.frameCount,
                  run.frames.medianMs, run.frames.p95Ms, run.withoutCount, run.without.medianMs, run.without.p95Ms,
                  changeMedian, percentSlower(run.frames.p95Ms, run.without.p95Ms), kRoomFrameChangeTarget,
                  changeMedian <= kRoomFrameChangeTarget ? "ok" : "over");
    return buf;
}

std::string comparisonLine(const BaselineRatios& r) {
    auto field = [](const char* name, double ratio, double target) {
        char buf[96];
        std::snprintf(buf, sizeof buf, " %s=%.2fx (target %gx, %s)", name, ratio, target,
                      ratio <= target ? "ok" : "over");
        return std::string(buf);
    };
    return "vs_imgui_baseline" + field("startup", r.startup, kBaselineTargets.startup) +
           field("rss", r.rss, kBaselineTargets.rss) + field("frame", r.frame, kBaselineTargets.frame);
}

} // namespace cs
