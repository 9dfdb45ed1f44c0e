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

} // namespace cs
