// Publishing as a web page: the plan (what to copy, whose files are in the way) and its writing.
#include "core/publish_plan.h"

#include "core/data_paths.h"
#include "core/export_plan.h"
#include "core/file_io.h"
#include "core/image.h"
#include "core/no_replace.h"
#include "core/scenario/assets.h"
#include "core/scenario/parser.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cerrno>
#include <set>
#include <system_error>

namespace cs {
namespace {

namespace fs = std::filesystem;

// published.json is small; anything much larger is not one of ours.
constexpr std::size_t kMaxManifestBytes = 4u * 1024u * 1024u;

constexpr std::string_view kRunWebSh = "run ./web.sh in Coin Model Studio's source folder first (it writes "
                                       "build/web/), or set COINSTUDIO_WEB_DIR to the folder holding a web build";

// The '/'-separated parts of a relative path, without empty and "." parts; ".." takes back the part
// before it. nullopt when ".." would leave the top.
std::optional<std::vector<std::string>> publishPathParts(std::string_view path) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (start <= path.size()) {
        const std::size_t end = std::min(path.find('/', start), path.size());
        const std::string_view part = path.substr(start, end - start);
        if (part == "..") {
            if (parts.empty()) return std::nullopt;
            parts.pop_back();
        } else if (!part.empty() && part != ".") {
            parts.emplace_back(part);
        }
        start = end + 1;
    }
    return parts;
}

std::string joinPublishParts(const std::vector<std::string>& parts) {
    std::string out;
    for (const auto& part : parts)
        out += (out.empty() ? "" : "/") + part;
    return out;
}

// A path read from an earlier published.json that names a file inside DIR: relative, '/'-separated,
// no "." or ".." or empty parts, no backslash or control character.
bool isPublishedPathInside(std::string_view path) {
    if (path.empty() || path.front() == '/' || path.back() == '/') return false;
    for (char c : path) {
        if (c == '\\' || static_cast<unsigned char>(c) < 0x20 || c == 0x7F) return false;
    }
    const auto parts = publishPathParts(path);
    return parts && joinPublishParts(*parts) == path;
}

Diagnostic pictureError(const std::string& file, const SourcePos& pos, std::string message) {
    Diagnostic d;
    d.file = file;
    d.line = pos.line;
    d.column = pos.column;
    d.severity = Severity::Error;
    d.message = std::move(message);
    return d;
}

// Adds FILE and the pictures it names to the plan (under scenario/). False, with the plan's problem
// set, when FILE cannot be published.
bool planScenarioFiles(PublishPlan& plan, const PublishRequest& request) {
    const fs::path file = request.scenarioFile;
    const std::string shown = request.displayName.empty() ? file.string() : request.displayName;
    const ReadResult content = readFileCapped(file, kMaxScenarioFileBytes);
    ParseOptions options;
    options.displayName = shown;
    options.library = request.library;
    options.decodeImages = true;
    ParseResult parsed = parseScenarioFileContent(content, file, options);
    plan.diagnostics = std::move(parsed.diagnostics);
    if (!content.ok || !parsed.ok()) {
        plan.problem = content.ok ? PublishPlan::Problem::InvalidScenario : PublishPlan::Problem::Unreadable;
        plan.message = shown + " cannot be published: fix the problems above (coinstudio --check FILE lists them)";
        return false;
    }
    const std::string folder(kPublishedScenarioFolder);
    const std::string name = file.filename().string();
    plan.scenario = folder + "/" + name;
    plan.files.push_back(plan.scenario);
    plan.writes.push_back({plan.scenario, content.bytes});

    // Every picture the scenario names, where it names it: the page cannot show a picture left behind.
    struct Site {
        std::string path;
        SourcePos pos;
    };
    std::vector<Site> sites;
    for (const auto& persona : parsed.scenario->personas)
        if (!persona.image.empty()) sites.push_back({persona.image, persona.imagePos});
    for (const auto& step : parsed.scenario->steps)
        if (!step.image.empty()) sites.push_back({step.image, step.imagePos});
    const fs::path scenarioDir = absolutePath(file).parent_path();
    std::set<std::string> published{name};
    std::vector<PublishedFile> pictures;
    bool pictureMissing = false;
    for (const Site& site : sites) {
        const std::string quoted = "\"" + site.path + "\"";
        const AssetCheck check = checkImageAsset(scenarioDir, site.path, false);
        const auto parts = publishPathParts(site.path);
        if (check.status == AssetStatus::Forbidden || !parts) continue; // already an error of the scenario
        auto failPicture = [&](std::string message) {
            // The warning --check gives at the same place says the same thing more mildly: the error replaces it.
            std::erase_if(plan.diagnostics, [&](const Diagnostic& d) {
                return d.severity == Severity::Warning && d.line == site.pos.line && d.column == site.pos.column;
            });
            plan.diagnostics.push_back(pictureError(shown, site.pos, std::move(message)));
            pictureMissing = true;
        };
        if (check.status == AssetStatus::Missing) {
            failPicture("image " + quoted +
                        " not found next to the scenario file; a published page needs every picture it names: put "
                        "the picture there or remove the reference");
            continue;
        }
        const std::string relative = joinPublishParts(*parts);
        if (published.count(relative)) continue;
        const ReadResult bytes = readFileCapped(check.file, kMaxImageFileBytes);
        if (!bytes.ok) {
            failPicture("image " + quoted + " cannot be published: " +
                        (bytes.tooLarge ? std::string("it is larger than 16 MiB; make it smaller") : bytes.error));
            continue;
        }
        published.insert(relative);
        pictures.push_back({folder + "/" + relative, bytes.bytes});
    }
    if (pictureMissing) {
        sortByPosition(plan.diagnostics);
        plan.problem = PublishPlan::Problem::InvalidScenario;
        plan.message = shown + " cannot be published: a picture it names is missing or unreadable (see above)";
        return false;
    }
    std::sort(pictures.begin(), pictures.end(),
              [](const PublishedFile& a, const PublishedFile& b) { return a.path < b.path; });
    for (auto& picture : pictures) {
        plan.files.push_back(picture.path);
        plan.writes.push_back(std::move(picture));
    }
    return true;
}

} // namespace

std::string webBuildProblem(const fs::path& webBuild) {
    if (webBuild.empty()) {
        std::string looked;
        for (const auto& candidate : webBuildCandidates())
            looked += (looked.empty() ? "" : ", ") + candidate.string();
        return "no web build found" + (looked.empty() ? std::string() : " (looked in " + looked + ")") + ": " +
               std::string(kRunWebSh);
    }
    std::string missing;
    for (const std::string_view name : kWebBuildFiles) {
        std::error_code ec;
        if (!fs::is_regular_file(webBuild / name, ec)) missing += (missing.empty() ? "" : ", ") + std::string(name);
    }
    if (missing.empty()) return {};
    return "the web build in " + webBuild.string() + " lacks " + missing + ": " + std::string(kRunWebSh);
}

std::vector<std::string> PublishPlan::written() const {
    std::vector<std::string> out;
    out.reserve(writes.size());
    for (const auto& w : writes)
        out.push_back(w.path);
    return out;
}

PublishPlan planPublish(const PublishRequest& request) {
    PublishPlan plan;
    plan.folder = request.folder;
    std::error_code ec;
    const fs::file_status there = fs::status(request.folder, ec);
    if (request.folder.empty() || (fs::exists(there) && !fs::is_directory(there))) {
        plan.problem = PublishPlan::Problem::FolderUnusable;
        plan.message = request.folder.empty()
                           ? std::string("no folder to publish into")
                           : request.folder.string() + " is a file, not a folder; choose a folder to publish into";
        return plan;
    }
    if (std::string problem = webBuildProblem(request.webBuild); !problem.empty()) {
        plan.problem = PublishPlan::Problem::NoWebBuild;
        plan.message = std::move(problem);
        return plan;
    }
    for (const std::string_view name : kWebBuildFiles) {
        ReadResult bytes = readFileCapped(request.webBuild / name, kMaxWebBuildFileBytes);
        if (!bytes.ok) {
            plan.problem = PublishPlan::Problem::Unreadable;
            plan.message = "cannot read the web build's " + std::string(name) + ": " +
                           (bytes.tooLarge ? std::string("it is larger than 256 MiB") : bytes.error);
            return plan;
        }
        plan.writes.push_back({std::string(name), std::move(bytes.bytes)});
    }
    if (!request.scenarioFile.empty()) {
        if (!planScenarioFiles(plan, request)) {
            plan.writes.clear(); // nothing of a scenario that cannot be published
            plan.files.clear();
            plan.scenario.clear();
            return plan;
        }
        // published.json lists itself among the files written, so it is written last with its own name in it.
        plan.writes.push_back({std::string(kPublishedManifest), {}});
        const std::string manifest = publishedManifest(plan);
        plan.writes.back().bytes.assign(manifest.begin(), manifest.end());
    }

    // Whose files are in the way: an earlier publish's are replaced, anyone else's only when asked.
    const std::vector<std::string> earlier = writtenByEarlierPublish(request.folder);
    const std::set<std::string> ours(earlier.begin(), earlier.end());
    for (const auto& w : plan.writes) {
        if (!ours.count(w.path) && wouldReplaceOther(request.folder / w.path, w.bytes)) plan.foreign.push_back(w.path);
    }
    std::sort(plan.foreign.begin(), plan.foreign.end());
    const std::vector<std::string> now = plan.written();
    for (const auto& path : earlier) {
        if (std::find(now.begin(), now.end(), path) != now.end()) continue;
        const fs::file_status status = fs::symlink_status(request.folder / path, ec);
        if (fs::exists(status) && !fs::is_directory(status)) plan.stale.push_back(path);
    }
    return plan;
}

std::string publishedManifest(const PublishPlan& plan) {
    nlohmann::ordered_json j;
    j["format"] = 1;
    j["scenario"] = plan.scenario;
    j["files"] = plan.files;
    j["written"] = plan.written();
    // File names are bytes, not always UTF-8: replaced where JSON cannot carry them instead of throwing.
    return j.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

std::vector<std::string> writtenByEarlierPublish(const fs::path& folder) {
    const fs::path file = folder / kPublishedManifest;
    std::error_code ec;
    if (!fs::is_regular_file(fs::symlink_status(file, ec))) return {};
    const ReadResult read = readFileCapped(file, kMaxManifestBytes);
    if (!read.ok) return {};
    const nlohmann::json j = nlohmann::json::parse(read.bytes.begin(), read.bytes.end(), nullptr, false);
    if (j.is_discarded() || !j.is_object()) return {};
    const auto format = j.find("format");
    const auto written = j.find("written");
    if (format == j.end() || !format->is_number_integer() || *format != 1 || written == j.end() ||
        !written->is_array()) {
        return {};
    }
    std::vector<std::string> out;
    for (const auto& entry : *written) {
        if (entry.is_string() && isPublishedPathInside(entry.get_ref<const std::string&>()))
            out.push_back(entry.get<std::string>());
    }
    // A publish always lists its own published.json: a file of that name that does not is someone else's.
    if (std::find(out.begin(), out.end(), kPublishedManifest) == out.end()) return {};
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

Status writePublish(const PublishPlan& plan, bool replaceForeign) {
    if (!plan.ok()) return Status::failed(FailureKind::Refused, plan.message);
    if (!plan.foreign.empty() && !replaceForeign) {
        std::string list;
        for (const auto& f : plan.foreign)
            list += (list.empty() ? "" : ", ") + f;
        return Status::failed(FailureKind::Refused, "nothing was published: " + list + " in " + plan.folder.string() +
                                                        " were not written by Coin Model Studio");
    }
    std::error_code ec;
    fs::create_directories(plan.folder, ec);
    if (ec || !fs::is_directory(plan.folder, ec)) {
        return Status::failedWithErrno(ec ? ec.value() : ENOTDIR, "cannot create the folder " + plan.folder.string() +
                                                                      (ec ? ": " + ec.message() : std::string()));
    }
    auto put = [&](const PublishedFile& file) -> Status {
        const fs::path target = plan.folder / file.path;
        std::error_code linkError;
        const fs::file_status there = fs::symlink_status(target, linkError);
        if (fs::exists(there) && !wouldReplaceOther(target, file.bytes)) return {}; // already these bytes
        // A link in DIR is replaced by the file, never written through: what it points at is not the publish's.
        if (fs::is_symlink(there)) fs::remove(target, linkError);
        fs::create_directories(target.parent_path(), linkError);
        return writeFileAtomic(target, std::span<const std::uint8_t>(file.bytes));
    };
    const PublishedFile* manifest = nullptr;
    for (const auto& file : plan.writes) {
        if (file.path == kPublishedManifest) {
            manifest = &file;
            continue;
        }
        if (Status written = put(file); !written.ok()) return written;
    }
    for (const auto& path : plan.stale) {
        fs::remove(plan.folder / path, ec);
        // The folders that held only this file go with it (scenario/images/ when its last picture went).
        const auto parts = publishPathParts(path);
        for (std::size_t n = parts ? parts->size() : 0; n > 1; --n) {
            fs::path dir = plan.folder;
            for (std::size_t i = 0; i + 1 < n; ++i)
                dir /= (*parts)[i];
            if (!fs::is_directory(fs::symlink_status(dir, ec)) || !fs::is_empty(dir, ec) || ec) break;
            fs::remove(dir, ec);
        }
    }
    if (manifest) return put(*manifest);
    return {};
}

fs::path defaultPublishFolder(const fs::path& home, std::string_view scenarioTitle, std::string_view scenarioId) {
    std::string name = exportFolderSlug(scenarioTitle);
    if (name.empty()) name = exportFolderSlug(scenarioId);
    if (name.empty()) name = "scenario";
    return home / (name + "-web");
}

} // namespace cs
