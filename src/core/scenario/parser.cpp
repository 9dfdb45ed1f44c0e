// The scenario parser's front door: file-level checks (size, emptiness, encoding), then the TOML
// pass, the whole-file checks and the image checks, in that order.
#include "core/scenario/parser.h"

#include "core/scenario/parse_internal.h"
#include "core/scenario/text_util.h"

#include <span>

namespace cs {

namespace detail {

void DiagnosticSink::add(Severity severity, SourcePos pos, std::string message) {
    if (severity == Severity::Error) ++errors_;
    if (diagnostics_.size() >= kMaxDiagnosticsPerFile) {
        if (!truncated_) {
            truncated_ = true;
            // A warning, so that many warnings alone do not make a valid file invalid.
            diagnostics_.push_back(Diagnostic{file_, 0, 0, Severity::Warning,
                                              "too many problems; only the first " +
                                                  std::to_string(kMaxDiagnosticsPerFile) +
                                                  " are listed — fix those and check again"});
        }
        return;
    }
    diagnostics_.push_back(Diagnostic{file_, pos.line, pos.column, severity, std::move(message)});
}

std::vector<Diagnostic> DiagnosticSink::take() {
    sortByPosition(diagnostics_);
    return std::move(diagnostics_);
}

} // namespace detail

namespace {

// Scenario keys have at most two segments ([step.question]); see detail::findDeepKey for why a cap.
constexpr int kMaxKeyDots = 32;

std::string tooLargeMessage() {
    return "the file is larger than the " + std::to_string(kMaxScenarioFileBytes / (1024 * 1024)) +
           " MiB limit for scenario files; split it or move long texts out";
}

// Too large, empty, NUL bytes, not UTF-8, keys nested too deep: what to say before handing the
// text to TOML.
bool checkFileText(std::string_view bytes, detail::DiagnosticSink& sink) {
    using detail::TextProblem;
    if (bytes.size() > kMaxScenarioFileBytes) {
        sink.fileError(tooLargeMessage());
        return false;
    }
    if (bytes.find_first_not_of(" \t\r\n") == std::string_view::npos) {
        sink.fileError("the file is empty; a scenario starts with `format = 1` (see scenarios/template.toml)");
        return false;
    }
    const auto problem =
        detail::findTextProblem(std::span(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size()));
    if (problem) {
        const SourcePos at{problem->line, problem->column};
        switch (problem->kind) {
        case TextProblem::Kind::Nul:
            sink.error(at, "the file contains a NUL byte; scenario files are plain UTF-8 text (is this a binary "
                           "file?)");
            break;
        case TextProblem::Kind::Utf16: sink.error(at, "the file is saved as UTF-16; save it as UTF-8"); break;
        case TextProblem::Kind::InvalidUtf8:
            sink.error(at, "this is not valid UTF-8 text; save the file as UTF-8 (check the character here)");
            break;
        }
        return false;
    }
    if (auto deep = detail::findDeepKey(bytes, kMaxKeyDots)) {
        sink.error(SourcePos{deep->line, deep->column},
                   "more than " + std::to_string(kMaxKeyDots) +
                       " dots on one line outside strings: keys nested this deep (a.b.c…) are not supported in "
                       "scenario files");
        return false;
    }
    return true;
}

} // namespace

ParseResult parseScenario(std::string_view bytes, const ParseOptions& options) {
    detail::DiagnosticSink sink(options.displayName);
    ParseResult result;
    if (checkFileText(bytes, sink)) {
        detail::ReadDocument doc = detail::readScenarioToml(bytes, sink);
        if (doc.parsed) {
            detail::checkDocument(doc, options.library, sink);
            detail::checkImages(doc, options.assetDir, options.decodeImages, sink);
            if (!sink.hasErrors()) result.scenario = std::move(doc.scenario);
        }
    }
    result.diagnostics = sink.take();
    return result;
}

ParseResult parseScenarioFileContent(const ReadResult& content, const std::filesystem::path& path,
                                     ParseOptions options) {
    if (options.displayName.empty()) options.displayName = path.string();
    if (!options.assetDir) {
        options.assetDir = path.has_parent_path() ? path.parent_path() : std::filesystem::path(".");
    }
    if (!content.ok) {
        ParseResult result;
        const std::string message = content.tooLarge ? tooLargeMessage() : "cannot read the file: " + content.error;
        result.diagnostics.push_back(Diagnostic{options.displayName, 0, 0, Severity::Error, message});
        return result;
    }
    const std::string_view text(reinterpret_cast<const char*>(content.bytes.data()), content.bytes.size());
    return parseScenario(text, options);
}

ParseResult loadScenarioFile(const std::filesystem::path& path, ParseOptions options) {
    return parseScenarioFileContent(readFileCapped(path, kMaxScenarioFileBytes), path, std::move(options));
}

} // namespace cs
