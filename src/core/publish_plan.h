// Publishing a scenario as a web page (`coinstudio --publish DIR [FILE]`, File → Publish as web page…):
// planned first — what goes into DIR from the web build and the scenario's folder, which files already
// there belong to someone else, which files of an earlier publish are no longer needed — then written.
// Plain file copying, no window: the command line and the window both call it. Pure core: no SDL, no GL.
//
// DIR after a publish, all paths relative to it:
//   index.html, coinstudio.js, coinstudio.wasm, coinstudio.data   the web build, as `./web.sh` wrote it
//   scenario/<FILE's name>, scenario/<picture paths>               the scenario and every picture it names
//   published.json                                                 what the page opens, and what was written
#pragma once

#include "core/scenario/diagnostic.h"
#include "core/status.h"

#include <array>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace cs {

class StructureLibrary;

// The files of a web build, in the order they are written (the page last would be nicer for a reader
// who opens it mid-publish, but a publish is quick and the page is useless without the others anyway).
inline constexpr std::array<std::string_view, 4> kWebBuildFiles{"index.html", "coinstudio.js", "coinstudio.wasm",
                                                                "coinstudio.data"};
// The page reads this file beside it to know which scenario to open (format below, publishedManifest).
inline constexpr std::string_view kPublishedManifest = "published.json";
// The folder of DIR that holds the scenario and its pictures, as they were beside each other.
inline constexpr std::string_view kPublishedScenarioFolder = "scenario";
// A web build's file is not read past this size (the real ones are a few MiB).
inline constexpr std::size_t kMaxWebBuildFileBytes = 256u * 1024u * 1024u;

// "" when `webBuild` holds every file of kWebBuildFiles, else which are missing and what to do (run
// ./web.sh first).
std::string webBuildProblem(const std::filesystem::path& webBuild);

struct PublishRequest {
    std::filesystem::path folder;              // DIR: created when missing
    std::filesystem::path webBuild;            // the folder ./web.sh wrote (findWebBuildDir())
    std::filesystem::path scenarioFile;        // FILE; empty: the web build alone, opening at its start screen
    std::string displayName;                   // FILE as named in diagnostics; "": scenarioFile as given
    const StructureLibrary* library = nullptr; // the built-in structures a scenario may use; null: none
};

// One file the publish puts into DIR.
struct PublishedFile {
    std::string path; // relative to DIR, '/' between folders
    std::vector<std::uint8_t> bytes;
};

struct PublishPlan {
    enum class Problem {
        None,
        NoWebBuild,      // the web build is missing or incomplete (exit 3: run ./web.sh first)
        InvalidScenario, // FILE has errors, or a picture it names is missing or unreadable (exit 1)
        Unreadable,      // FILE or a web build file cannot be read (exit 1)
        FolderUnusable,  // DIR is not a folder (exit 3)
    };
    Problem problem = Problem::None;
    std::string message; // what is wrong and what to do ("" with Problem::None)
    // FILE's problems as `--check` lists them (warnings too, also when it can be published); a missing
    // picture is an error here, since the page could never show it.
    std::vector<Diagnostic> diagnostics;

    std::filesystem::path folder;      // DIR
    std::string scenario;              // "scenario/<name>.toml"; "" without FILE
    std::vector<std::string> files;    // the scenario and its pictures, as published.json lists them
    std::vector<PublishedFile> writes; // everything DIR gets, published.json (with FILE) last
    // Files in DIR that publishing would replace and that no earlier publish wrote (not listed in the
    // `written` of DIR's published.json) and whose bytes differ: asked about first. Sorted.
    std::vector<std::string> foreign;
    // Files an earlier publish wrote (its published.json's `written`) that this one does not: removed.
    std::vector<std::string> stale;

    bool ok() const { return problem == Problem::None; }
    // Every path this publish leaves in DIR as its own: published.json's `written`.
    std::vector<std::string> written() const;
};

// Reads FILE (checked as `--check` checks it), its pictures and the web build, and looks at what DIR
// holds. Nothing is written. Never throws.
[[nodiscard]] PublishPlan planPublish(const PublishRequest& request);

// published.json for a plan with a scenario:
//   {"format": 1, "scenario": "scenario/x.toml", "files": [...], "written": [...]}
// `files`: the scenario first, then its pictures; `written`: every file of the publish (published.json
// included). Paths relative to DIR, '/'-separated, as on disk (not URL-encoded).
std::string publishedManifest(const PublishPlan& plan);

// What DIR/published.json says an earlier publish wrote: its `written` paths that stay inside DIR, or
// nothing when the file is missing, unreadable or not one of ours. Never throws.
std::vector<std::string> writtenByEarlierPublish(const std::filesystem::path& folder);

// Writes the plan: every file atomically (a file already holding the same bytes is left as it is), then
// removes the stale files (and folders they leave empty), then published.json. Refuses (Refused, nothing
// written) when the plan has foreign files and `replaceForeign` is false, or when the plan has a problem.
[[nodiscard]] Status writePublish(const PublishPlan& plan, bool replaceForeign);

// The folder File → Publish as web page… suggests: <home>/<slug of the title, else the id>-web.
std::filesystem::path defaultPublishFolder(const std::filesystem::path& home, std::string_view scenarioTitle,
                                           std::string_view scenarioId = {});

} // namespace cs
