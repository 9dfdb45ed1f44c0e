// Planning an export from the app (`coinstudio --export`) before it runs, and following it
// while it runs: which files in the folder it would replace that the app did not write, the progress
// lines the exporting process prints on stderr, and the folder offered by default. Pure: no SDL, no GL.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cs {

// The file names an export writes or removes in its folder: "step-<digits>.png" (written, or removed
// when left over from an earlier export), "handout.html" and "handout-notes.html".
bool isExportFileName(std::string_view fileName);

// The files in `dir` that an export of `stepCount` steps would overwrite or remove and that Coin
// Model Studio did not write: step pictures without the PNG mark (pngFileWrittenByCoinStudio) and
// handouts without `<meta name="generator" content="Coin Model Studio…">` in their head. Every
// step-<digits>.png counts whatever its number, since the export removes the ones it does not
// overwrite; `stepCount` does not change the answer today. A file that cannot be read counts as
// foreign. Folders, and links to folders, with those names are left out (the export would fail on
// them with a message, not replace them). Sorted by name; empty when `dir` does not exist or is
// not a folder. Never throws.
std::vector<std::filesystem::path> foreignFilesAnExportWouldReplace(const std::filesystem::path& dir, int stepCount);

// True when the HTML text (its first bytes are enough) has Coin Model Studio's generator meta in
// its head.
bool htmlWrittenByCoinStudio(std::string_view html);

// One line the exporting process printed on stderr, understood.
struct ExportProgress {
    enum class Kind {
        Step,     // "coinstudio: export: step K of N": step K is being drawn, K-1 are written
        Handout,  // "coinstudio: export: handout.html" (or handout-notes.html): being written
        Finished, // "coinstudio: exported N steps to DIR": all written
    };
    Kind kind = Kind::Step;
    int done = 0;     // step pictures written (Step: K-1; Finished: N; Handout: 0, unknown here)
    int total = 0;    // steps in the export (Step and Finished; 0 for Handout)
    std::string file; // Handout: the file name being written; else empty

    bool handout() const { return kind == Kind::Handout; }
    bool finished() const { return kind == Kind::Finished; }
    // How far the export is, 0..1: pictures take the first 95 %, the two handouts the rest.
    double fraction() const;
};

// Parses one stderr line (with or without its trailing newline). Any other line (diagnostics,
// errors, sanitizer output) gives nullopt.
std::optional<ExportProgress> parseExportProgress(std::string_view stderrLine);

// A folder-name form of a scenario title: lower-case ASCII letters and digits separated by single
// '-', common accented Latin letters folded ("Ça coûte" → "ca-coute"), other characters dropped or
// taken as separators; at most 48 bytes, never ending in '-'. "" when nothing is left.
std::string exportFolderSlug(std::string_view title);

// The folder an export from the app is offered by default: <home>/coin-model-export/<slug>, with
// the slug of the title, else of the scenario id, else "scenario".
std::filesystem::path defaultExportFolder(const std::filesystem::path& home, std::string_view scenarioTitle,
                                          std::string_view scenarioId = {});

} // namespace cs
