// Reading scenario files (format 1, docs/scenario-format.md) into the model, with every problem
// reported as a Diagnostic. Never throws, aborts or allocates without bound, whatever the input.
#pragma once

#include "core/file_io.h"
#include "core/scenario/diagnostic.h"
#include "core/scenario/model.h"

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cs {

class StructureLibrary;

// Scenario files above this size are refused before parsing (docs/scenario-format.md).
inline constexpr std::size_t kMaxScenarioFileBytes = 4u * 1024u * 1024u;

// At most this many diagnostics are listed per file, plus one "too many problems" note.
inline constexpr std::size_t kMaxDiagnosticsPerFile = 500;

// The format versions this build reads.
inline constexpr int kSupportedFormats[] = {1};

struct ParseOptions {
    std::string displayName;                       // the file as named in diagnostics (path as given)
    std::optional<std::filesystem::path> assetDir; // folder images are relative to; nullopt: skip file checks
    const StructureLibrary* library = nullptr;     // built-in structures references may use; null: none
    bool decodeImages = true; // decode each image to catch corrupt ones (else header-free checks only)
};

struct ParseResult {
    std::optional<Scenario> scenario;    // set when there is no error (warnings allowed)
    std::vector<Diagnostic> diagnostics; // file-level first, then by line and column

    bool ok() const { return scenario.has_value(); }
    int errors() const { return countErrors(diagnostics); }
    int warnings() const { return countWarnings(diagnostics); }
};

// Parses scenario text that is already in memory. `bytes` is the file's content as read.
ParseResult parseScenario(std::string_view bytes, const ParseOptions& options);

// Reads and parses a file; images are checked relative to its folder unless options.assetDir is set.
// displayName defaults to the path as given.
ParseResult loadScenarioFile(const std::filesystem::path& path, ParseOptions options = {});

// Parses what readFileCapped(path, kMaxScenarioFileBytes) returned (for callers that already
// read the file, like the hot-reload watcher); reports unreadable and oversized files.
ParseResult parseScenarioFileContent(const ReadResult& content, const std::filesystem::path& path,
                                     ParseOptions options = {});

} // namespace cs
