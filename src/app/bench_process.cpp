// --bench's child processes: posix_spawn with stdout on a pipe, timed from the spawn.
#include "app/bench_process.h"

#include "app/bench_stats.h"

#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace cs {

std::filesystem::path thisExecutable() {
    std::error_code ec;
    const auto self = std::filesystem::read_symlink("/proc/self/exe", ec);
    return ec ? std::filesystem::path() : self;
}

std::filesystem::path baselineExecutable() {
    // Both are built into the same folder (tools/CMakeLists.txt); an installed app has no baseline.
    const auto self = thisExecutable();
    if (self.empty()) return {};
    const auto baseline = self.parent_path() / "imgui_baseline";
    std::error_code ec;
    return std::filesystem::is_regular_file(baseline, ec) && ::access(baseline.c_str(), X_OK) == 0
               ? baseline
               : std::filesystem::path();
}

ChildRun runChild(const ChildDesc& desc) {
    ChildRun run;
    int pipeFds[2] = {-1, -1};
    if (::pipe2(pipeFds, O_CLOEXEC) != 0) return run;

    std::vector<std::string> env;
    const std::string marker = std::string(kFirstFrameEnv) + "=";
    for (char** e = environ; e && *e; ++e) {
        if (std::strncmp(*e, marker.c_str(), marker.size()) != 0) env.emplace_back(*e);
    }
    if (desc.firstFrameOnly) env.push_back(marker + "1");
    std::vector<std::string> argStrings{desc.program.string()};
    argStrings.insert(argStrings.end(), desc.args.begin(), desc.args.end());
    auto pointers = [](std::vector<std::string>& strings) {
        std::vector<char*> p;
        for (auto& s : strings)
            p.push_back(s.data());
        p.push_back(nullptr);
        return p;
    };
    std::vector<char*> argv = pointers(argStrings), envp = pointers(env);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, pipeFds[1], STDOUT_FILENO);
    using Clock = std::chrono::steady_clock;
    const auto start = Clock::now();
    pid_t pid = -1;
    const int spawned = ::posix_spawn(&pid, argStrings.front().c_str(), &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    ::close(pipeFds[1]);
    if (spawned != 0) {
        ::close(pipeFds[0]);
        return run;
    }
    run.started = true;

    const auto deadline = start + std::chrono::seconds(desc.timeoutSeconds);
    char buf[4096];
    for (;;) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
        pollfd pfd{pipeFds[0], POLLIN, 0};
        if (left <= 0 || ::poll(&pfd, 1, int(left)) == 0) {
            ::kill(pid, SIGKILL); // ours, and hung
            break;
        }
        const ssize_t n = ::read(pipeFds[0], buf, sizeof buf);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;
        run.out.append(buf, std::size_t(n));
        if (desc.firstFrameOnly && !run.firstFrameMs) {
            const std::string line = std::string(kFirstFrameLine) + "\n";
            if (run.out.starts_with(line) || run.out.find("\n" + line) != std::string::npos) {
                run.firstFrameMs = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
            }
        }
    }
    ::close(pipeFds[0]);
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
}

} // namespace cs
