// The ways coinstudio runs: the interactive window and the headless modes (--check, --screenshot, --export, --publish,
// --bench).
#pragma once

#include "app/cli.h"

#include <filesystem>

namespace cs {

int runWindow(const CliOptions& options);
// The built-in introduction scenario in `dataDir`, or "" if it is not there.
std::filesystem::path defaultScenarioPath(const std::filesystem::path& dataDir);
int runScreenshot(const CliOptions& options);
int runBench(const CliOptions& options);
int runExport(const CliOptions& options);
// --publish DIR [FILE]: no window, no GL (publish_command.cpp).
int runPublish(const CliOptions& options);

} // namespace cs
