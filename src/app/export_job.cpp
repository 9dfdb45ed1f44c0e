// The export child process: posix_spawn with stderr on a non-blocking pipe, read line by line.
#include "app/export_job.h"

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>
#include <utility>

extern char** environ;

namespace cs {
namespace {

namespace fs = std::filesystem;

constexpr std::size_t kKeptLines = 20;          // lines of the child's own words kept for error()
constexpr std::size_t kMaxLineBytes = 8 * 1024; // longer lines are cut (a runaway message)
constexpr std::string_view kPrefix = "coinstudio: ";
constexpr std::string_view kErrorPrefix = "coinstudio: error: ";

std::string withoutPrefix(std::string_view line) {
    if (line.starts_with(kErrorPrefix))
        line.remove_prefix(kErrorPrefix.size());
    else if (line.starts_with(kPrefix))
        line.remove_prefix(kPrefix.size());
    return std::string(line);
}

// The child's environment: ours, with SDL's offscreen driver (the child must never open a window,
// whatever driver the window uses) and leak checks off (a sanitizer build of the app drives Mesa,
// which leaks at teardown and would turn every export into a failure).
std::vector<std::string> childEnvironment() {
    std::vector<std::string> env;
    std::string asan = "detect_leaks=0";
    for (char** e = environ; e && *e; ++e) {
        const std::string_view entry(*e);
        if (entry.starts_with("SDL_VIDEODRIVER=")) continue;
        if (entry.starts_with("ASAN_OPTIONS=")) {
            const std::string_view options = entry.substr(std::strlen("ASAN_OPTIONS="));
            if (!options.empty()) asan = std::string(options) + ":detect_leaks=0";
            continue;
        }
        env.emplace_back(entry);
    }
    env.push_back("SDL_VIDEODRIVER=offscreen");
    env.push_back("ASAN_OPTIONS=" + asan);
    return env;
}

std::vector<char*> pointersTo(std::vector<std::string>& strings) {
    std::vector<char*> out;
    out.reserve(strings.size() + 1);
    for (auto& s : strings)
        out.push_back(s.data());
    out.push_back(nullptr);
    return out;
}

std::string describeExit(int waitStatus) {
    if (WIFEXITED(waitStatus)) {
        return "the export stopped with exit code " + std::to_string(WEXITSTATUS(waitStatus));
    }
    if (WIFSIGNALED(waitStatus)) {
        const int sig = WTERMSIG(waitStatus);
        const char* name = ::strsignal(sig);
        return "the export stopped on signal " + std::to_string(sig) + (name ? std::string(" (") + name + ")" : "");
    }
    return "the export stopped";
}

// The temporary file names writeFileAtomic uses for what an export writes: ".<name>.tmp-<digits>".
bool isUnfinishedExportWrite(std::string_view name) {
    if (!name.starts_with('.')) return false;
    const std::size_t tmp = name.rfind(".tmp-");
    if (tmp == std::string_view::npos || tmp + 5 >= name.size()) return false;
    const std::string_view digits = name.substr(tmp + 5);
    if (!std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; })) return false;
    return isExportFileName(name.substr(1, tmp - 1));
}

} // namespace

ExportJob::ExportJob(fs::path executable) : executable_(std::move(executable)) {}

ExportJob::~ExportJob() {
    cancel();
    closePipe();
}

std::vector<std::string> ExportJob::arguments(const ExportRequest& request) {
    std::error_code ec;
    std::vector<std::string> args = {"--export", fs::absolute(request.folder, ec).string()};
    if (request.width > 0 && request.height > 0) {
        args.push_back("--size");
        args.push_back(std::to_string(request.width) + "x" + std::to_string(request.height));
    }
    if (!request.language.empty()) {
        args.push_back("--lang");
        args.push_back(request.language);
    }
    // Absolute paths: they start with '/', so no file name is ever taken for an option.
    if (request.replaceForeign) args.push_back("--replace"); // the person was asked and said yes
    if (!request.scenarioFile.empty()) args.push_back(fs::absolute(request.scenarioFile, ec).string());
    return args;
}

bool ExportJob::start(const ExportRequest& request) {
    if (running()) return false;
    closePipe();
    request_ = request;
    std::error_code ec;
    request_.folder = fs::absolute(request.folder, ec);
    if (!request.scenarioFile.empty()) request_.scenarioFile = fs::absolute(request.scenarioFile, ec);
    state_ = State::Failed;
    pid_ = -1;
    partialLine_.clear();
    otherLines_.clear();
    progress_.reset();
    fraction_ = 0.0;
    message_.clear();
    error_.clear();
    exitCode_ = -1;
    if (request.folder.empty()) {
        error_ = "no folder to export to";
        return false;
    }

    int fds[2] = {-1, -1};
    if (::pipe2(fds, O_CLOEXEC) != 0) {
        error_ = std::string("cannot start the export: ") + std::strerror(errno);
        return false;
    }
    ::fcntl(fds[0], F_SETFL, ::fcntl(fds[0], F_GETFL) | O_NONBLOCK);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_adddup2(&actions, fds[1], STDERR_FILENO);
#if defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 34))
    // Descriptors the window's libraries opened without O_CLOEXEC stay with us.
    posix_spawn_file_actions_addclosefrom_np(&actions, STDERR_FILENO + 1);
#endif
    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    // The child starts with default signal handling and nothing blocked, whatever the window set.
    sigset_t all, none;
    sigfillset(&all);
    sigemptyset(&none);
    posix_spawnattr_setsigdefault(&attributes, &all);
    posix_spawnattr_setsigmask(&attributes, &none);
    posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK);

    std::vector<std::string> argv = arguments(request_);
    argv.insert(argv.begin(), "coinstudio");
    std::vector<std::string> env = childEnvironment();
    std::vector<char*> argvPointers = pointersTo(argv);
    std::vector<char*> envPointers = pointersTo(env);
    pid_t pid = -1;
    const int rc =
        ::posix_spawn(&pid, executable_.c_str(), &actions, &attributes, argvPointers.data(), envPointers.data());
    posix_spawnattr_destroy(&attributes);
    posix_spawn_file_actions_destroy(&actions);
    ::close(fds[1]);
    if (rc != 0) {
        ::close(fds[0]);
        error_ = "cannot start " + executable_.string() + ": " + std::strerror(rc);
        return false;
    }
    pid_ = pid;
    stderrFd_ = fds[0];
    state_ = State::Running;
    return true;
}

void ExportJob::closePipe() {
    if (stderrFd_ >= 0) ::close(stderrFd_);
    stderrFd_ = -1;
}

void ExportJob::takeLine(std::string line) {
    while (!line.empty() && (line.back() == '\r' || line.back() == '\n'))
        line.pop_back();
    if (line.empty()) return;
    if (auto p = parseExportProgress(line)) {
        fraction_ = std::max(fraction_, p->fraction());
        progress_ = std::move(p);
    } else {
        otherLines_.push_back(withoutPrefix(line));
        if (otherLines_.size() > kKeptLines) otherLines_.pop_front();
    }
    message_ = withoutPrefix(line);
}

void ExportJob::readAvailable() {
    char buffer[4096];
    while (stderrFd_ >= 0) {
        const ssize_t n = ::read(stderrFd_, buffer, sizeof buffer);
        if (n > 0) {
            partialLine_.append(buffer, std::size_t(n));
            std::size_t start = 0;
            for (std::size_t nl = partialLine_.find('\n'); nl != std::string::npos;
                 nl = partialLine_.find('\n', start)) {
                takeLine(partialLine_.substr(start, std::min(nl - start, kMaxLineBytes)));
                start = nl + 1;
            }
            partialLine_.erase(0, start);
            if (partialLine_.size() > kMaxLineBytes) { // no newline in sight: take what there is
                takeLine(partialLine_.substr(0, kMaxLineBytes));
                partialLine_.clear();
            }
            continue;
        }
        if (n < 0 && errno == EINTR) continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) return;
        // End of file (the child and anything it started closed stderr) or a read error.
        if (!partialLine_.empty()) takeLine(std::exchange(partialLine_, {}));
        closePipe();
    }
}

void ExportJob::poll() {
    if (!running()) return;
    readAvailable();
    int status = 0;
    pid_t r = 0;
    do {
        r = ::waitpid(pid_, &status, WNOHANG);
    } while (r < 0 && errno == EINTR);
    if (r == 0) return; // still running
    // Exited (or, with SIGCHLD ignored by someone, already reaped by the system: ECHILD).
    readAvailable(); // whatever it wrote before exiting is in the pipe
    if (!partialLine_.empty()) takeLine(std::exchange(partialLine_, {}));
    closePipe();
    pid_ = -1;
    finish(status, r > 0);
}

void ExportJob::finish(int waitStatus, bool statusKnown) {
    exitCode_ = statusKnown && WIFEXITED(waitStatus) ? WEXITSTATUS(waitStatus) : -1;
    if (exitCode_ == 0 || (!statusKnown && progress_ && progress_->finished())) {
        state_ = State::Succeeded;
        fraction_ = 1.0;
        return;
    }
    state_ = State::Failed;
    error_.clear();
    for (const std::string& line : otherLines_) {
        if (!error_.empty()) error_ += '\n';
        error_ += line;
    }
    if (error_.empty()) error_ = statusKnown ? describeExit(waitStatus) : "the export stopped";
}

bool ExportJob::waitForOutput(int timeoutMs) {
    if (!running()) return false;
    if (stderrFd_ >= 0) {
        pollfd p{stderrFd_, POLLIN, 0};
        ::poll(&p, 1, timeoutMs);
    } else {
        // stderr is closed but the child has not been seen to exit: check again in small steps.
        for (int waited = 0; waited < timeoutMs; waited += 5) {
            siginfo_t info{};
            if (::waitid(P_PID, id_t(pid_), &info, WEXITED | WNOHANG | WNOWAIT) == 0 && info.si_pid == pid_) break;
            ::usleep(5000);
        }
    }
    poll();
    return running();
}

void ExportJob::cancel() {
    if (!running()) return;
    ::kill(pid_, SIGKILL); // a zombie not yet reaped is still ours: this cannot hit another process
    int status = 0;
    pid_t r = 0;
    do {
        r = ::waitpid(pid_, &status, 0);
    } while (r < 0 && errno == EINTR);
    closePipe();
    partialLine_.clear();
    pid_ = -1;
    exitCode_ = -1;
    state_ = State::Cancelled;
    removeUnfinishedTempFiles();
}

void ExportJob::removeUnfinishedTempFiles() const {
    std::error_code ec;
    fs::directory_iterator it(request_.folder, ec), end;
    for (; !ec && it != end; it.increment(ec)) {
        if (isUnfinishedExportWrite(it->path().filename().string())) {
            std::error_code removeError;
            fs::remove(it->path(), removeError);
        }
    }
}

} // namespace cs
