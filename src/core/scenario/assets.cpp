// Image references of scenarios: path rules, symbolic links, caps and decoding (via core/image.h).
#include "core/scenario/assets.h"

#include "core/file_io.h"
#include "core/image.h"
#include "core/scenario/parse_internal.h"
#include "core/scenario/text_util.h"

#include <array>
#include <fstream>
#include <map>
#include <system_error>

namespace cs {

namespace fs = std::filesystem;

namespace {

bool isInside(const fs::path& file, const fs::path& folder) {
    const fs::path relative = file.lexically_relative(folder);
    return !relative.empty() && *relative.begin() != ".." && !relative.is_absolute();
}

// Where a path really leads, following symbolic links; also for a link whose target is missing.
std::optional<fs::path> realLocation(const fs::path& path) {
    std::error_code ec;
    const fs::file_status linkStatus = fs::symlink_status(path, ec);
    if (ec || !fs::exists(linkStatus)) return std::nullopt;
    if (fs::exists(fs::status(path, ec))) {
        fs::path real = fs::canonical(path, ec);
        if (!ec) return real;
        return std::nullopt;
    }
    // A dangling link: judge it by where it points, so a link to a missing outside file is refused too.
    const fs::path target = fs::read_symlink(path, ec);
    if (ec) return std::nullopt;
    fs::path real = fs::weakly_canonical(target.is_absolute() ? target : path.parent_path() / target, ec);
    if (ec) return std::nullopt;
    return real;
}

std::string mib(std::size_t bytes) {
    return std::to_string(bytes / (1024 * 1024)) + " MiB";
}

bool hasImageSignature(const fs::path& file) {
    std::array<char, 8> head{};
    std::ifstream in(file, std::ios::binary);
    in.read(head.data(), head.size());
    const auto n = in.gcount();
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(head[i]); };
    const bool png = n == 8 && byte(0) == 0x89 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G' &&
                     byte(4) == 0x0D && byte(5) == 0x0A && byte(6) == 0x1A && byte(7) == 0x0A;
    const bool jpeg = n >= 3 && byte(0) == 0xFF && byte(1) == 0xD8 && byte(2) == 0xFF;
    return png || jpeg;
}

} // namespace

std::string assetPathProblem(std::string_view path) {
    constexpr std::string_view kExample = " (write it relative to the scenario file, e.g. \"images/sam.png\")";
    if (path.empty()) return "the image path is empty; remove `image` to show no picture";
    for (char c : path) {
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) return "the image path contains a control character";
    }
    if (path.front() == '/' || path.front() == '\\') {
        return "absolute paths are not allowed; pictures must be in the scenario's folder" + std::string(kExample);
    }
    if (path.find(':') != std::string_view::npos) {
        return "URLs and drive letters are not allowed (':' in " + detail::quoteValue(path) +
               "); put the picture in the scenario's folder" + std::string(kExample);
    }
    if (path.find('\\') != std::string_view::npos)
        return "use '/' between folder names, not '\\'" + std::string(kExample);
    int depth = 0;
    std::size_t start = 0;
    while (start <= path.size()) {
        const std::size_t end = std::min(path.find('/', start), path.size());
        const std::string_view part = path.substr(start, end - start);
        if (part == "..") {
            if (--depth < 0) {
                return "'..' leads out of the scenario's folder; pictures must be inside it" + std::string(kExample);
            }
        } else if (!part.empty() && part != ".") {
            ++depth;
        }
        start = end + 1;
    }
    if (depth == 0) return "the image path names the scenario's folder itself, not a picture";
    return {};
}

std::optional<fs::path> resolveAssetPath(const fs::path& scenarioDir, std::string_view relativePath) {
    if (!assetPathProblem(relativePath).empty()) return std::nullopt;
    const fs::path joined = (scenarioDir / fs::path(std::string(relativePath))).lexically_normal();
    std::error_code ec;
    const fs::path folder = fs::weakly_canonical(scenarioDir.empty() ? fs::path(".") : scenarioDir, ec);
    // Fails closed: a folder whose real place cannot be found gives no picture rather than one that
    // might lie outside it.
    if (ec) return std::nullopt;
    const std::optional<fs::path> real = realLocation(joined);
    if (!real) return joined; // nothing there yet: the caller reports it as missing
    if (!isInside(*real, folder)) return std::nullopt;
    return real;
}

AssetCheck checkImageAsset(const fs::path& scenarioDir, std::string_view relativePath, bool decode) {
    AssetCheck check;
    if (std::string problem = assetPathProblem(relativePath); !problem.empty()) {
        check.status = AssetStatus::Forbidden;
        check.message = std::move(problem);
        return check;
    }
    const std::optional<fs::path> file = resolveAssetPath(scenarioDir, relativePath);
    const std::string name = detail::quoteValue(relativePath);
    if (!file) {
        check.status = AssetStatus::Forbidden;
        check.message = "image " + name +
                        " is a symbolic link to a file outside the scenario's folder; copy the "
                        "picture into the folder instead";
        return check;
    }
    check.file = *file;
    std::error_code ec;
    const fs::file_status status = fs::status(*file, ec);
    if (!fs::exists(status)) {
        check.status = AssetStatus::Missing;
        check.message = "image " + name + " not found next to the scenario file; a placeholder is shown";
        return check;
    }
    if (!fs::is_regular_file(status)) {
        check.status = AssetStatus::Missing;
        check.message = "image " + name + " is not a file; a placeholder is shown";
        return check;
    }
    const std::uintmax_t size = fs::file_size(*file, ec);
    if (!ec && size > kMaxImageFileBytes) {
        check.status = AssetStatus::Unusable;
        check.message = "image " + name + " is larger than the " + mib(kMaxImageFileBytes) +
                        " limit; make it smaller (a placeholder is shown)";
        return check;
    }
    if (!decode) {
        if (!hasImageSignature(*file)) {
            check.status = AssetStatus::Unusable;
            check.message = "image " + name +
                            " is not a PNG or JPEG picture; save it as PNG or JPEG (a placeholder "
                            "is shown)";
        }
        return check;
    }
    const ReadResult bytes = readFileCapped(*file, kMaxImageFileBytes);
    if (!bytes.ok) {
        check.status = AssetStatus::Unusable;
        check.message = "cannot read image " + name + ": " + bytes.error + " (a placeholder is shown)";
        return check;
    }
    const DecodeResult decoded = decodeImage(bytes.bytes);
    if (decoded.error != ImageError::None) {
        check.status = AssetStatus::Unusable;
        std::string advice = "save it again as PNG or JPEG";
        if (decoded.error == ImageError::TooLargePicture) {
            advice = "scale it down";
        }
        check.message = "image " + name + ": " + decoded.message + "; " + advice + " (a placeholder is shown)";
    }
    return check;
}

namespace detail {

void checkImages(const ReadDocument& doc, const std::optional<fs::path>& assetDir, bool decode, DiagnosticSink& sink) {
    // The same picture is often used by several steps: look at each file once.
    std::map<std::string, AssetCheck, std::less<>> seen;
    for (const ImageSite& image : doc.images) {
        AssetCheck check;
        if (!assetDir) {
            if (std::string problem = assetPathProblem(image.path); !problem.empty()) {
                check.status = AssetStatus::Forbidden;
                check.message = std::move(problem);
            }
        } else if (auto it = seen.find(image.path); it != seen.end()) {
            check = it->second;
        } else {
            check = checkImageAsset(*assetDir, image.path, decode);
            seen.emplace(image.path, check);
        }
        if (check.status == AssetStatus::Forbidden) {
            sink.error(image.pos, check.message);
        } else if (check.status != AssetStatus::Ok) {
            sink.warning(image.pos, check.message);
        }
    }
}

} // namespace detail

} // namespace cs
