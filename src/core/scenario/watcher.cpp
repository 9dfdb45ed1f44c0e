// Poll-based change detection and the last-good-version document for hot reload.
#include "core/scenario/watcher.h"

#include "core/scenario/parser.h"

#include <system_error>

namespace cs {

ScenarioWatcher::ScenarioWatcher(std::filesystem::path file) : file_(std::move(file)) {}

ScenarioWatcher::Stamp ScenarioWatcher::stampNow() const {
    Stamp stamp;
    std::error_code ec;
    const auto status = std::filesystem::status(file_, ec);
    if (ec || !std::filesystem::is_regular_file(status)) return stamp;
    stamp.modified = std::filesystem::last_write_time(file_, ec);
    if (ec) return stamp;
    stamp.size = std::filesystem::file_size(file_, ec);
    if (ec) return stamp;
    stamp.exists = true;
    return stamp;
}

std::uint64_t ScenarioWatcher::contentHash(const ReadResult& read) {
    // FNV-1a over the bytes; failures hash to distinct values so "missing" ≠ "too large" ≠ any content.
    std::uint64_t h = 14695981039346656037ull;
    const auto mix = [&h](std::uint8_t byte) {
        h ^= byte;
        h *= 1099511628211ull;
    };
    mix(read.ok ? 1 : read.tooLarge ? 2 : 3);
    for (std::uint8_t b : read.bytes)
        mix(b);
    return h;
}

ReadResult ScenarioWatcher::readNow() {
    // Stamp first: if the file changes while it is read, the next poll sees a newer stamp and compares.
    stamp_ = stampNow();
    ReadResult read = readFileCapped(file_, kMaxScenarioFileBytes);
    hash_ = contentHash(read);
    return read;
}

bool ScenarioWatcher::poll(ReadResult* content) {
    if (stampNow() == stamp_) return false;
    const std::uint64_t before = hash_;
    ReadResult read = readNow();
    if (hash_ == before) return false;
    if (content) *content = std::move(read);
    return true;
}

ScenarioDocument::ScenarioDocument(std::filesystem::path file, StructureLibrary builtIns, bool decodeImages)
    : watcher_(std::move(file)), builtIns_(std::move(builtIns)), structures_(builtIns_), decodeImages_(decodeImages) {}

bool ScenarioDocument::load() {
    apply(watcher_.readNow());
    return !latestFailed_;
}

bool ScenarioDocument::reloadIfChanged() {
    ReadResult content;
    if (!watcher_.poll(&content)) return false;
    return apply(content);
}

bool ScenarioDocument::apply(const ReadResult& content) {
    ParseOptions options;
    options.library = &builtIns_;
    options.decodeImages = decodeImages_;
    ParseResult result = parseScenarioFileContent(content, watcher_.file(), options);
    const bool diagnosticsChanged = result.diagnostics != diagnostics_;
    diagnostics_ = std::move(result.diagnostics);
    latestFailed_ = !result.scenario;
    if (!result.scenario) return diagnosticsChanged;
    // Replaced even when equal: positions (not part of equality) may have moved, and the editor
    // jumps to them.
    structures_ = builtIns_.mergedWith(*result.scenario);
    scenario_ = std::move(result.scenario);
    ++revision_;
    return true;
}

} // namespace cs
