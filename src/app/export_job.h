// An export started from the window: the app runs its own binary as `coinstudio --export …` in a
// child process (offscreen, so the window keeps drawing), follows the progress lines it prints on
// stderr, and reports success or the child's own error messages. Nothing here blocks except
// cancel() and the destructor, which kill the child and reap it at once.
#pragma once

#include "core/export_plan.h"

#include <sys/types.h>

#include <deque>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace cs {

struct ExportRequest {
    std::filesystem::path folder;       // DIR; made absolute
    std::filesystem::path scenarioFile; // FILE, made absolute; empty: the built-in introduction
    std::string language;               // --lang L; empty: not passed (the child's default)
    int width = 0;                      // --size WxH when both are > 0; else the CLI default
    int height = 0;
    bool replaceForeign = false; // --replace: the person agreed to replace files the app did not write
};

class ExportJob {
  public:
    enum class State {
        Idle,      // nothing started yet
        Running,   // the child runs (or has exited and poll() has not seen it yet)
        Succeeded, // exit code 0
        Failed,    // could not start, or exited otherwise; error() says why
        Cancelled, // cancel() stopped it
    };

    // `executable`: the coinstudio binary to run; by default the running one.
    explicit ExportJob(std::filesystem::path executable = "/proc/self/exe");
    // Cancels a running export and reaps the child.
    ~ExportJob();
    ExportJob(const ExportJob&) = delete;
    ExportJob& operator=(const ExportJob&) = delete;

    // The command-line arguments after argv[0] for `request`, as start() passes them.
    static std::vector<std::string> arguments(const ExportRequest& request);

    // Starts the child. False when a job is already running (nothing changes) or when it cannot be
    // started (state Failed, error() says why). A finished job may be started again.
    bool start(const ExportRequest& request);
    // Reads what the child printed so far without blocking, updates the progress, and notices its
    // exit (reaping it). Call it every frame while running().
    void poll();
    // Blocks at most timeoutMs for the child to print something or exit, then poll()s. For tests
    // and callers with nothing else to do. Returns running().
    bool waitForOutput(int timeoutMs);
    // Kills the child (SIGKILL: a half-written export is left as it is, minus the temporary files
    // of its unfinished atomic writes), reaps it; state Cancelled. Nothing when not running.
    void cancel();

    State state() const { return state_; }
    bool running() const { return state_ == State::Running; }
    // 0..1, never going back while the job runs; 1 on success.
    double fraction() const { return fraction_; }
    // The last progress line understood, if any (which step of how many, or which handout).
    const std::optional<ExportProgress>& progress() const { return progress_; }
    // The child's latest line without its "coinstudio: " prefix (e.g. "export: step 2 of 12").
    const std::string& message() const { return message_; }
    // When Failed: what went wrong, in the child's words: its last lines that were not progress
    // (diagnostics of FILE, then "error: …"), one per line; else a sentence about the exit.
    const std::string& error() const { return error_; }
    // The child's exit code once it exited normally; -1 before, or when a signal ended it.
    int exitCode() const { return exitCode_; }
    // The child's process id while it runs (or until poll() reaps it); -1 otherwise.
    pid_t processId() const { return pid_; }
    const std::filesystem::path& folder() const { return request_.folder; }
    const std::filesystem::path& executable() const { return executable_; }

  private:
    std::filesystem::path executable_;
    ExportRequest request_;
    State state_ = State::Idle;
    pid_t pid_ = -1;
    int stderrFd_ = -1;
    std::string partialLine_;
    std::deque<std::string> otherLines_; // the last lines that were not progress
    std::optional<ExportProgress> progress_;
    double fraction_ = 0.0;
    std::string message_;
    std::string error_;
    int exitCode_ = -1;

    void readAvailable();
    void takeLine(std::string line);
    void closePipe();
    void finish(int waitStatus, bool statusKnown);
    void removeUnfinishedTempFiles() const;
};

} // namespace cs
