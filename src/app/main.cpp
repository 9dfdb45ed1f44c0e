// coinstudio: parses the command line and runs the chosen mode.
#include "app/cli.h"
#include "app/run_modes.h"

#include "core/scenario/check.h"

#include <cstdio>
#include <iostream>

namespace {

int runMode(const cs::CliOptions& o);

} // namespace

int main(int argc, char** argv) {
    using namespace cs;
    const CliParse parsed = parseCommandLine(argc, argv);
    if (!parsed.ok) {
        std::fprintf(stderr, "coinstudio: error: %s\nTry 'coinstudio --help'.\n", parsed.error.c_str());
        return exit_code::kUsage;
    }
    // The window guards each frame itself; the command-line modes end with a message, not an abort.
    try {
        return runMode(parsed.options);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "coinstudio: internal error: %s\n", e.what());
    } catch (...) {
        std::fprintf(stderr, "coinstudio: internal error: an unknown exception\n");
    }
    return exit_code::kEnvironment;
}

namespace {

int runMode(const cs::CliOptions& o) {
    using namespace cs;
    switch (o.mode) {
    case RunMode::Help: std::fputs(helpText().c_str(), stdout); return exit_code::kOk;
    case RunMode::Version: std::fputs(versionText().c_str(), stdout); return exit_code::kOk;
    case RunMode::Screenshot: return runScreenshot(o);
    case RunMode::Bench: return runBench(o);
    case RunMode::Window: return runWindow(o);
    case RunMode::Check: return runCheck(o.files, o.checkFormat, std::cout, std::cerr);
    case RunMode::Export: return runExport(o);
    case RunMode::Publish: return runPublish(o);
    }
    return exit_code::kOk;
}

} // namespace
