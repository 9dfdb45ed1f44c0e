// The ways coinstudio runs: the interactive window and the headless modes of BRIEF §5.
#pragma once

#include "app/cli.h"

namespace cs {

int runWindow(const CliOptions& options);
int runScreenshot(const CliOptions& options);
int runBench(const CliOptions& options);

} // namespace cs
