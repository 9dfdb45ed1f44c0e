// The one rule for writing into folders that hold people's files: the app never replaces a file it
// did not write without asking. This is the helper every such write goes through.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <span>

namespace cs {

struct FreePlace {
    std::filesystem::path path;
    bool alreadyThere = false; // the same bytes are already at `path`: nothing needs writing
};

// Where `bytes` can go without replacing anything: `wanted` if nothing is there (or exactly these
// bytes are), else `stem-2.ext`, `stem-3.ext`, … in the same folder. nullopt after 999 tries.
// Never throws.
std::optional<FreePlace> placeWithoutReplacing(const std::filesystem::path& wanted,
                                               std::span<const std::uint8_t> bytes);

// True when `path` holds something other than `bytes` (a different file, a folder, a link, or a
// file that cannot be read): writing `bytes` there would replace someone's file.
bool wouldReplaceOther(const std::filesystem::path& path, std::span<const std::uint8_t> bytes);

} // namespace cs
