// Reading a folder for the in-app file browser: sub-folders and scenario files, sorted, bounded.
#pragma once

#include "core/commands.h"

#include <filesystem>
#include <string>
#include <vector>

namespace cs {

struct FolderListing {
    std::string folder; // absolute, normalised
    std::vector<FolderEntry> entries;
    std::string error; // empty when the folder could be read
};

// At most this many entries are listed (a huge folder must not stall the UI).
inline constexpr std::size_t kMaxFolderEntries = 2000;

// Sub-folders (not hidden) first, then .toml files, each sorted case-insensitively. Unreadable
// entries are skipped; an unreadable folder gives an error and no entries.
FolderListing listFolder(const std::filesystem::path& folder);

// What choosing `path` in the file browser does: a folder is browsed; a file is opened, or, when the
// browser was opened from the present dialog, chosen for the show (and the browser closes).
std::vector<Command> commandsForChosenPath(const std::string& path, bool isFolder, bool forPresentation);

} // namespace cs
