// `coinstudio --check FILE...` as a core function: validates files, prints diagnostics and
// per-file summaries, returns the exit code. No window, no GL.
#pragma once

#include "core/scenario/parser.h"

#include <iosfwd>
#include <string>
#include <vector>

namespace cs {

class StructureLibrary;

enum class CheckFormat { Text, Json };

struct CheckOptions {
    const StructureLibrary* library = nullptr; // null: the built-in library
    bool decodeImages = true;                  // decode pictures to catch corrupt ones
};

// One file's outcome, for callers that present it themselves (the app's problems panel).
struct FileCheck {
    std::string file; // as given
    ParseResult result;
    int steps = 0;
    int structures = 0; // structures involved: defined in the file or used from the library
    int personas = 0;
};

FileCheck checkScenarioFile(const std::string& file, const StructureLibrary& library, bool decodeImages = true);

// Text: each problem on `err` as "FILE:LINE:COL: error|warning: message" (or "FILE: error: message"),
// and for each valid file "FILE: ok (S steps, C structures, P personas, W warnings)" on `out`.
// Json: one JSON document on `out` (schema in docs/scenario-format.md), nothing on `err`.
// Returns 0 when every file is valid (warnings allowed), 1 when any has an error or cannot be read,
// 2 when `files` is empty (a usage error; the message goes to `err`).
int runCheck(const std::vector<std::string>& files, CheckFormat format, std::ostream& out, std::ostream& err,
             const CheckOptions& options = {});

} // namespace cs
