// Pictures next to a scenario file: which paths are allowed (inside the scenario's folder only) and
// whether what they point at is a usable PNG/JPEG within the caps (core/image.h).
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace cs {

// Rules that need no disk: relative, '/'-separated, no URL scheme or drive letter, no `..` that
// leaves the folder. Returns "" when the path is acceptable, else what is wrong and what to do.
std::string assetPathProblem(std::string_view relativePath);

enum class AssetStatus {
    Ok,
    Forbidden, // an error: outside the folder (by path or through a symbolic link), absolute, URL…
    Missing,   // a warning: no such file, or a folder
    Unusable,  // a warning: unreadable, too large, not PNG/JPEG, corrupt, too many pixels
};

struct AssetCheck {
    AssetStatus status = AssetStatus::Ok;
    std::string message;        // "" when Ok
    std::filesystem::path file; // the resolved file when not Forbidden
};

// Checks an image reference the way the app will load it: `relativePath` from a scenario whose folder
// is `scenarioDir`. With `decode`, the picture is decoded (bounded by kMaxImageFileBytes and
// kMaxImageSide, so at most 64 MiB of pixels) to catch corrupt files; else only its header is read.
AssetCheck checkImageAsset(const std::filesystem::path& scenarioDir, std::string_view relativePath, bool decode);

// The file the app should load for an image reference, or nullopt if the path is forbidden. The
// renderer uses this rather than joining paths itself, so symbolic links are checked at load time too.
std::optional<std::filesystem::path> resolveAssetPath(const std::filesystem::path& scenarioDir,
                                                      std::string_view relativePath);

} // namespace cs
