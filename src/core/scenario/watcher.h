// Hot reload: a poll-based watcher for the open scenario file, and the document that keeps
// the last good version while the file on disk is broken.
#pragma once

#include "core/file_io.h"
#include "core/scenario/diagnostic.h"
#include "core/scenario/model.h"
#include "core/scenario/structure_library.h"

#include <cstdint>
#include <filesystem>
#include <optional>

namespace cs {

// Polling rather than inotify: portable, and cheap at the app's ~4 polls a second. A poll costs one
// stat(); the file is read (and hashed) only when its time stamp or size changed, and a change is
// reported only when the content differs, so `touch` or an editor's identical save does not reload.
class ScenarioWatcher {
  public:
    explicit ScenarioWatcher(std::filesystem::path file);

    // Reads the file now and makes its current state the one later polls compare with.
    ReadResult readNow();

    // True when the content differs from the last time it was read (including the file appearing or
    // disappearing). When true and `content` is given, it receives what was read, so the caller
    // parses exactly the bytes that were compared.
    bool poll(ReadResult* content = nullptr);

    const std::filesystem::path& file() const { return file_; }

  private:
    struct Stamp {
        bool exists = false;
        std::filesystem::file_time_type modified{};
        std::uintmax_t size = 0;
        bool operator==(const Stamp&) const = default;
    };

    Stamp stampNow() const;
    static std::uint64_t contentHash(const ReadResult& read);

    std::filesystem::path file_;
    Stamp stamp_;
    std::uint64_t hash_ = 0;
};

// The open scenario as the app sees it: the last version that loaded without errors (kept while the
// file is broken, so the show goes on) and the problems of the latest attempt.
class ScenarioDocument {
  public:
    // `builtIns`: the library references may use (StructureLibrary::builtIn()). `decodeImages`:
    // decode each picture on every (re)load to report corrupt ones (else only its signature and size
    // are checked; the renderer still shows a placeholder for a picture it cannot decode). Does not
    // read the file yet.
    ScenarioDocument(std::filesystem::path file, StructureLibrary builtIns, bool decodeImages = true);

    // Reads and parses the file now (first open, File → Reload). True when this version is valid.
    bool load();

    // Polls the file; reloads when its content changed. True when anything the app shows changed
    // (scenario or diagnostics), i.e. when it should redraw and clamp its current step.
    bool reloadIfChanged();

    // The last good version; nullptr until the file has loaded once without errors.
    const Scenario* scenario() const { return scenario_ ? &*scenario_ : nullptr; }
    // The built-ins merged with the last good version's own structures (what coins look like).
    const StructureLibrary& structures() const { return structures_; }
    // Problems of the latest attempt (errors and warnings), for the problems panel.
    const std::vector<Diagnostic>& diagnostics() const { return diagnostics_; }
    // True when the latest attempt failed and an older good version is still shown.
    bool showingStale() const { return scenario_.has_value() && latestFailed_; }
    bool latestFailed() const { return latestFailed_; }
    // Goes up by one each time a valid version is loaded (scenario() replaced), so views can tell a
    // reload from a redraw.
    std::uint64_t revision() const { return revision_; }
    const std::filesystem::path& file() const { return watcher_.file(); }

  private:
    bool apply(const ReadResult& content);

    ScenarioWatcher watcher_;
    StructureLibrary builtIns_;
    StructureLibrary structures_;
    std::optional<Scenario> scenario_;
    std::vector<Diagnostic> diagnostics_;
    bool latestFailed_ = false;
    std::uint64_t revision_ = 0;
    bool decodeImages_ = true;
};

} // namespace cs
