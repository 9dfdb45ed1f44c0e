// Free places for new files: the next numbered name, or the same file already there.
#include "core/no_replace.h"

#include "core/file_io.h"

#include <algorithm>
#include <system_error>

namespace cs {
namespace fs = std::filesystem;

bool wouldReplaceOther(const fs::path& path, std::span<const std::uint8_t> bytes) {
    std::error_code ec;
    const fs::file_status link = fs::symlink_status(path, ec);
    if (ec || !fs::exists(link)) return ec && ec != std::errc::no_such_file_or_directory;
    if (!fs::is_regular_file(link)) return true;
    const ReadResult there = readFileCapped(path, bytes.size());
    return !there.ok || !std::equal(there.bytes.begin(), there.bytes.end(), bytes.begin(), bytes.end());
}

std::optional<FreePlace> placeWithoutReplacing(const fs::path& wanted, std::span<const std::uint8_t> bytes) {
    const fs::path folder = wanted.parent_path();
    const std::string stem = wanted.stem().string();
    const std::string ext = wanted.extension().string();
    for (int n = 1; n < 1000; ++n) {
        const fs::path candidate = n == 1 ? wanted : folder / (stem + "-" + std::to_string(n) + ext);
        std::error_code ec;
        const bool taken = fs::exists(fs::symlink_status(candidate, ec));
        if (!taken) return FreePlace{candidate, false};
        if (!wouldReplaceOther(candidate, bytes)) return FreePlace{candidate, true};
    }
    return std::nullopt;
}

} // namespace cs
