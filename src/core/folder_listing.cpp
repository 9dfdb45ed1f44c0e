// Folder listing for the file browser.
#include "core/folder_listing.h"

#include <algorithm>
#include <cctype>

namespace cs {

FolderListing listFolder(const std::filesystem::path& folder) {
    namespace fs = std::filesystem;
    FolderListing out;
    std::error_code ec;
    fs::path abs = fs::absolute(folder, ec);
    if (ec) abs = folder;
    out.folder = abs.lexically_normal().string();
    if (out.folder.size() > 1 && out.folder.back() == '/') out.folder.pop_back();
    fs::directory_iterator it(abs, fs::directory_options::skip_permission_denied, ec);
    if (ec) {
        out.error = "cannot read the folder " + out.folder + ": " + ec.message();
        return out;
    }
    for (; it != fs::directory_iterator(); it.increment(ec)) {
        if (ec) break;
        const std::string name = it->path().filename().string();
        if (name.empty() || name[0] == '.') continue;
        std::error_code typeEc;
        const bool isFolder = it->is_directory(typeEc);
        if (typeEc) continue;
        if (!isFolder && it->path().extension() != ".toml") continue;
        out.entries.push_back({name, isFolder});
        if (out.entries.size() >= kMaxFolderEntries) break;
    }
    auto lower = [](std::string s) {
        std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return char(std::tolower(c)); });
        return s;
    };
    std::sort(out.entries.begin(), out.entries.end(), [&](const FolderEntry& a, const FolderEntry& b) {
        if (a.folder != b.folder) return a.folder;
        return lower(a.name) < lower(b.name);
    });
    return out;
}

std::vector<Command> commandsForChosenPath(const std::string& path, bool isFolder, bool forPresentation) {
    if (isFolder) return {cmd::BrowseFolder{path}};
    if (forPresentation) return {cmd::ChoosePresentScenario{path}, cmd::CloseFileBrowser{}};
    return {cmd::OpenFile{path}};
}

} // namespace cs
