// Shared helpers for the scenario-file tests: corpus paths, temporary folders, whole-file I/O.
#pragma once

#include "core/scenario/parser.h"
#include "core/scenario/structure_library.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

namespace cs::test {

inline std::filesystem::path corpusDir() {
    return std::filesystem::path(COINSTUDIO_TEST_DATA_DIR) / "data/scenarios";
}
inline std::filesystem::path sourceDir() {
    return std::filesystem::path(COINSTUDIO_SOURCE_DIR);
}

inline std::string readText(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

inline void writeText(const std::filesystem::path& path, std::string_view text) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(text.data(), std::streamsize(text.size()));
}

// .toml files directly in `folder`, sorted so failures are reported in a stable order.
inline std::vector<std::filesystem::path> tomlFilesIn(const std::filesystem::path& folder) {
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(folder)) {
        if (entry.is_regular_file() && entry.path().extension() == ".toml") files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    return files;
}

// A fresh folder under the system's temporary folder, removed with everything in it at the end.
class TempDir {
  public:
    TempDir() {
        std::random_device random;
        path_ = std::filesystem::temp_directory_path() /
                ("coinstudio-scenario-test-" + std::to_string(random()) + std::to_string(random()));
        std::filesystem::create_directories(path_);
    }
    ~TempDir() {
        std::error_code ec;
        std::filesystem::remove_all(path_, ec);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    const std::filesystem::path& path() const { return path_; }
    std::filesystem::path operator/(const std::string& name) const { return path_ / name; }

  private:
    std::filesystem::path path_;
};

// Parses text with the built-in library and no image checks, as the fuzzer does.
inline ParseResult parseText(std::string_view text, const StructureLibrary* library = nullptr) {
    ParseOptions options;
    options.displayName = "test.toml";
    options.library = library;
    return parseScenario(text, options);
}

inline std::string describe(const std::vector<Diagnostic>& diagnostics) {
    std::string out;
    for (const Diagnostic& d : diagnostics)
        out += "  " + formatDiagnostic(d) + "\n";
    return out.empty() ? "  (none)\n" : out;
}

} // namespace cs::test
