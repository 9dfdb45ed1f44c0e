// Child processes of --bench: the time from starting a program to its first presented frame, and
// imgui_baseline's own bench, so that coinstudio is compared with the baseline in one run.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace cs {

// This executable, and imgui_baseline built beside it (empty when it is not there).
std::filesystem::path thisExecutable();
std::filesystem::path baselineExecutable();

struct ChildRun {
    bool started = false;
    int exitCode = -1;                  // -1: not started, or ended by a signal
    std::string out;                    // its stdout (stderr stays ours)
    std::optional<double> firstFrameMs; // from starting it to its kFirstFrameLine (firstFrameOnly)
};

struct ChildDesc {
    std::filesystem::path program;
    std::vector<std::string> args;
    // Runs it with kFirstFrameEnv=1: it exits after its first frame, and the time to that frame's
    // line on its stdout is noted.
    bool firstFrameOnly = false;
    int timeoutSeconds = 300; // a child that hangs is killed
};

// Runs a child to its end, stdout captured.
ChildRun runChild(const ChildDesc& desc);

} // namespace cs
