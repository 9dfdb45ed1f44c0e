// Autosave files: the canonical TOML of the edited scenario after one comment line naming the file it
// belongs to, so a copy is a valid scenario file a person could also open by hand.
#include "core/editor/autosave.h"

#include "core/file_io.h"
#include "core/scenario/parser.h"
#include "core/scenario/writer.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <system_error>

namespace cs {

namespace {

constexpr std::string_view kHeader = "# Coin Model Studio autosave of: ";

std::uint64_t fnv1a(std::string_view text) {
    std::uint64_t h = 1469598103934665603ull;
    for (unsigned char c : text) {
        h ^= c;
        h *= 1099511628211ull;
    }
    return h;
}

// The path goes on a comment line, which must stay valid UTF-8 and one line whatever the path's bytes
// are: everything outside printable ASCII (and '%') is written as %XX.
std::string encodePath(std::string_view path) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : path) {
        if (c >= 0x20 && c < 0x7f && c != '%') {
            out += char(c);
        } else {
            out += '%';
            out += kHex[c >> 4];
            out += kHex[c & 15];
        }
    }
    return out;
}

int hexValue(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
}

std::string decodePath(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '%' && i + 2 < text.size() && hexValue(text[i + 1]) >= 0 && hexValue(text[i + 2]) >= 0) {
            out += char(hexValue(text[i + 1]) * 16 + hexValue(text[i + 2]));
            i += 2;
        } else {
            out += text[i];
        }
    }
    return out;
}

} // namespace

EditorAutosave::EditorAutosave(std::filesystem::path folder, std::string draftTag)
    : folder_(std::move(folder)), draftTag_(std::move(draftTag)) {}

std::filesystem::path EditorAutosave::fileFor(const std::string& originalFile) const {
    // A saved file's path cannot start with a NUL byte, so drafts never share a name with a file.
    const std::string key = originalFile.empty() && !draftTag_.empty() ? std::string(1, '\0') + "draft:" + draftTag_ : originalFile;
    char name[40];
    std::snprintf(name, sizeof name, "edit-%016llx.toml", static_cast<unsigned long long>(fnv1a(key)));
    return folder_ / name;
}

std::string EditorAutosave::write(const std::string& originalFile, const Scenario& scenario) {
    std::error_code ec;
    std::filesystem::create_directories(folder_, ec);
    if (ec) return "Could not create the autosave folder " + folder_.string() + ": " + ec.message();
    std::string text(kHeader);
    text += encodePath(originalFile);
    text += '\n';
    text += writeScenario(scenario);
    return writeFileAtomic(fileFor(originalFile), text);
}

void EditorAutosave::remove(const std::string& originalFile) {
    std::error_code ec;
    std::filesystem::remove(fileFor(originalFile), ec);
}

EditorAutosave::Restored EditorAutosave::read(const std::filesystem::path& autosaveFile, const StructureLibrary& builtIns) {
    Restored r;
    const ReadResult content = readFileCapped(autosaveFile, kMaxScenarioFileBytes + 4096);
    if (!content.ok) {
        r.error = content.tooLarge ? "the autosave is too large" : content.error;
        return r;
    }
    const std::string_view text(reinterpret_cast<const char*>(content.bytes.data()), content.bytes.size());
    if (text.substr(0, kHeader.size()) == kHeader) {
        const auto end = text.find('\n');
        r.originalFile = decodePath(text.substr(kHeader.size(), end == std::string_view::npos ? std::string_view::npos : end - kHeader.size()));
    }
    ParseOptions options;
    options.displayName = autosaveFile.string();
    options.library = &builtIns;
    options.decodeImages = false;
    ParseResult parsed = parseScenario(text, options);
    if (!parsed.ok()) {
        r.error = parsed.diagnostics.empty() ? "the autosave does not load" : parsed.diagnostics.front().message;
        return r;
    }
    r.scenario = std::move(parsed.scenario);
    return r;
}

std::vector<RestoreOffer> EditorAutosave::list(const StructureLibrary& builtIns) const {
    struct Found {
        RestoreOffer offer;
        std::filesystem::file_time_type when;
    };
    std::vector<Found> found;
    std::error_code ec;
    std::filesystem::directory_iterator it(folder_, ec), end;
    for (; !ec && it != end; it.increment(ec)) {
        const auto& path = it->path();
        const std::string name = path.filename().string();
        if (name.rfind("edit-", 0) != 0 || path.extension() != ".toml") continue;
        Restored r = read(path, builtIns);
        Found f;
        f.offer.autosaveFile = path.string();
        f.offer.originalFile = r.originalFile;
        if (r.scenario) f.offer.title = r.scenario->title.get(r.scenario->firstLanguage());
        std::error_code timeError;
        f.when = std::filesystem::last_write_time(path, timeError);
        found.push_back(std::move(f));
    }
    std::sort(found.begin(), found.end(), [](const Found& a, const Found& b) { return a.when > b.when; });
    std::vector<RestoreOffer> offers;
    for (auto& f : found) offers.push_back(std::move(f.offer));
    return offers;
}

} // namespace cs
