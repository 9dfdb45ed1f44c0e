// Inside the scenario parser: what the TOML pass hands to the checks that need the whole file
// (references, duplicates, carry-over, translations, images), and the diagnostics collector.
#pragma once

#include "core/scenario/diagnostic.h"
#include "core/scenario/model.h"
#include "core/scenario/parser.h"

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cs {
class StructureLibrary;
}

namespace cs::detail {

// Collects diagnostics for one file. Stops recording past a cap so a file with a million broken
// lines cannot make a million messages; counts still say that there were errors.
class DiagnosticSink {
  public:
    explicit DiagnosticSink(std::string file) : file_(std::move(file)) {}

    void error(SourcePos pos, std::string message) { add(Severity::Error, pos, std::move(message)); }
    void warning(SourcePos pos, std::string message) { add(Severity::Warning, pos, std::move(message)); }
    void fileError(std::string message) { add(Severity::Error, SourcePos{}, std::move(message)); }

    bool hasErrors() const { return errors_ > 0; }
    std::vector<Diagnostic> take();

  private:
    void add(Severity severity, SourcePos pos, std::string message);

    std::string file_;
    std::vector<Diagnostic> diagnostics_;
    std::size_t errors_ = 0;
    bool truncated_ = false;
};

// A value from the file with where it was written.
struct Located {
    std::string value;
    SourcePos pos;
};

// A text value, for the missing-translation check.
struct TextSite {
    std::vector<std::string> languages; // the languages it has
    SourcePos pos;
    bool translationExpected = true; // false for citations and persona names
};

struct ImageSite {
    std::string path;
    SourcePos pos;
};

struct StepSite {
    std::optional<std::vector<Located>> coins;
    std::optional<std::vector<Located>> personas;
    std::optional<Located> focus;
    std::optional<Action> action;
    SourcePos actionPos;
    SourcePos pos;
};

// The TOML pass's result: the model (as far as it could be read) plus where its references are.
struct ReadDocument {
    Scenario scenario;
    bool parsed = false; // false: syntax error or unsupported format, nothing else to check
    std::vector<Located> sourceIds;
    std::vector<Located> structureIds;
    std::vector<Located> personaIds;
    std::vector<Located> stepIds;             // only the steps that have one
    std::vector<Located> structureSourceRefs; // [[structure]] source = "…"
    std::vector<Located> positionRefs;        // [[persona]] positions keys
    std::vector<StepSite> steps;              // one per [[step]] table, in order
    std::vector<TextSite> texts;
    std::vector<ImageSite> images;
};

// TOML → model, with syntax, key, type, enum and value-range diagnostics (read_toml.cpp).
ReadDocument readScenarioToml(std::string_view text, DiagnosticSink& sink);

// Whole-file rules: unique ids, resolved references, step carry-over, translations (validate.cpp).
void checkDocument(const ReadDocument& doc, const StructureLibrary* library, DiagnosticSink& sink);

// Image paths: where they may point (always) and what is there (when assetDir is given) (assets.cpp).
void checkImages(const ReadDocument& doc, const std::optional<std::filesystem::path>& assetDir, bool decode,
                 DiagnosticSink& sink);

} // namespace cs::detail
