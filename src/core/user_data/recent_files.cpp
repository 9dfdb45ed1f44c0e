// Recent files: the list's rules and recent.toml.
#include "core/user_data/toml_document.h"

#include "core/scenario/text_util.h"
#include "core/scenario/writer.h"
#include "core/user_data/recent_files.h"
#include "core/user_data/stored_file.h"

#include <algorithm>
#include <system_error>

namespace cs {
namespace {

namespace fs = std::filesystem;

constexpr int kRecentFormat = 1;

bool isUtf8(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        if (static_cast<unsigned char>(text[i]) < 0x80) {
            ++i;
            continue;
        }
        const std::size_t n = detail::utf8SequenceLength(text, i);
        if (n == 0) return false;
        i += n;
    }
    return true;
}

bool isExistingFile(const fs::path& p) {
    std::error_code ec;
    return fs::is_regular_file(p, ec);
}

} // namespace

fs::path canonicalScenarioPath(const fs::path& file) {
    std::error_code ec;
    fs::path absolute = fs::absolute(file, ec);
    if (ec) absolute = file;
    fs::path canonical = fs::weakly_canonical(absolute, ec);
    return ec ? absolute.lexically_normal() : canonical;
}

void RecentFiles::noteOpened(const fs::path& file) {
    if (file.empty()) return;
    const fs::path canonical = canonicalScenarioPath(file);
    std::erase(files_, canonical);
    files_.insert(files_.begin(), canonical);
    if (files_.size() > kMaxRecentFiles) files_.resize(kMaxRecentFiles);
}

bool RecentFiles::forget(const fs::path& file) {
    return std::erase(files_, canonicalScenarioPath(file)) > 0 || std::erase(files_, file) > 0;
}

fs::path recentFilesPath(const fs::path& dataDir) {
    return dataDir / "recent.toml";
}

std::string writeRecentFilesToml(const RecentFiles& recent) {
    std::string out;
    out += "# Scenario files recently opened in Coin Model Studio, most recent first (at most " +
           std::to_string(kMaxRecentFiles) + ").\n";
    out += "format = " + std::to_string(kRecentFormat) + "\n";
    out += "files = [\n";
    for (const fs::path& file : recent.files()) {
        const std::string text = file.string();
        if (isUtf8(text)) out += "  " + tomlString(text, false) + ",\n";
    }
    out += "]\n";
    return out;
}

RecentFilesLoad readRecentFilesToml(std::string_view text, const fs::path& shownAs,
                                    const std::function<bool(const fs::path&)>& exists) {
    RecentFilesLoad load;
    detail::StoredToml parsed = detail::parseStoredToml(text);
    if (!parsed.ok()) {
        load.notice = "The list of recent files " + shownAs.string() + " could not be read: " + parsed.problem +
                      ". The list starts empty and will be rewritten the next time you open a file.";
        return load;
    }
    std::vector<std::string> problems;
    const toml::node* files = parsed.table.get("files");
    const toml::array* list = files ? files->as_array() : nullptr;
    if (files && !list) {
        problems.push_back(detail::lineOf(*files) + "`files` must be a list of paths, found " + detail::kindOf(*files));
    }
    // Read from the oldest so that noteOpened() leaves the most recent at the front.
    std::vector<fs::path> paths;
    if (list) {
        for (const toml::node& item : *list) {
            const auto* s = item.as_string();
            if (!s || s->get().empty() || !fs::path(s->get()).is_absolute()) {
                problems.push_back(detail::lineOf(item) + "an entry that is not an absolute path (" +
                                   (s ? detail::quoteValue(s->get()) : detail::kindOf(item)) + ") is skipped");
                continue;
            }
            paths.emplace_back(s->get());
        }
    }
    for (auto it = paths.rbegin(); it != paths.rend(); ++it) {
        if (exists(*it)) load.recent.noteOpened(*it);
    }
    if (!problems.empty()) {
        std::string lines;
        for (const std::string& p : problems)
            lines += "\n  • " + p;
        load.notice = "Parts of the list of recent files " + shownAs.string() + " could not be used:" + lines;
    }
    return load;
}

RecentFilesLoad loadRecentFiles(const fs::path& dataDir) {
    const fs::path file = recentFilesPath(dataDir);
    const detail::StoredText main = detail::readStoredText(file, kMaxRecentFilesFileBytes);
    if (main.state == detail::StoredText::State::Missing) return {};
    std::string problem = main.problem;
    if (main.state == detail::StoredText::State::Read) {
        problem = detail::parseStoredToml(main.text).problem;
        if (problem.empty()) return readRecentFilesToml(main.text, file, isExistingFile);
    }
    const fs::path bak = detail::backupPathOf(file);
    const detail::StoredText backup = detail::readStoredText(bak, kMaxRecentFilesFileBytes);
    if (backup.state == detail::StoredText::State::Read && detail::parseStoredToml(backup.text).ok()) {
        RecentFilesLoad fromBackup = readRecentFilesToml(backup.text, bak, isExistingFile);
        fromBackup.notice = "The list of recent files " + file.string() + " could not be read: " + problem +
                            ". Its previous version is used instead." +
                            (fromBackup.notice.empty() ? "" : "\n" + fromBackup.notice);
        return fromBackup;
    }
    RecentFilesLoad empty;
    empty.notice = "The list of recent files " + file.string() + " could not be read: " + problem +
                   ". The list starts empty and will be rewritten the next time you open a file.";
    return empty;
}

Status saveRecentFiles(const fs::path& dataDir, const RecentFiles& recent) {
    Status saved = detail::makeFolder(dataDir, true);
    if (saved.ok()) saved = detail::saveStoredText(recentFilesPath(dataDir), writeRecentFilesToml(recent), true);
    return saved.reworded("The list of recent files could not be saved (" + saved.text() +
                          "). It stays in use until the app closes.");
}

} // namespace cs
