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

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace cs {

namespace {

constexpr std::string_view kHeader = "# Coin Model Studio autosave of: ";
constexpr std::string_view kSessionHeader = "# Coin Model Studio session: ";

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

// The draft tag on the second line of a copy ("" when there is none).
std::string sessionOf(std::string_view text) {
    const auto first = text.find('\n');
    if (first == std::string_view::npos) return {};
    text.remove_prefix(first + 1);
    if (text.substr(0, kSessionHeader.size()) != kSessionHeader) return {};
    text.remove_prefix(kSessionHeader.size());
    return std::string(text.substr(0, text.find('\n')));
}

// True while some open file description holds a lock on `lockFile` (a running session). Taking the
// lock for a moment is how to ask; a lock file nobody holds is left over and is removed.
bool heldByASession(const std::filesystem::path& lockFile) {
    const int fd = ::open(lockFile.c_str(), O_RDWR | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0) return false;
    const bool held = ::flock(fd, LOCK_EX | LOCK_NB) != 0 && errno == EWOULDBLOCK;
    if (!held) ::unlink(lockFile.c_str());
    ::close(fd);
    return held;
}

} // namespace

EditorAutosave::EditorAutosave(std::filesystem::path folder, std::string draftTag)
    : folder_(std::move(folder)), draftTag_(std::move(draftTag)) {}

EditorAutosave::~EditorAutosave() {
    if (lockFd_ < 0) return;
    // The copies stay (they may be restored); the lock file goes with the session.
    ::unlink(lockFileFor(draftTag_).c_str());
    ::close(lockFd_);
}

std::filesystem::path EditorAutosave::lockFileFor(std::string_view tag) const {
    char name[48];
    std::snprintf(name, sizeof name, "session-%016llx.lock", static_cast<unsigned long long>(fnv1a(tag)));
    return folder_ / name;
}

void EditorAutosave::holdSessionLock() {
    if (draftTag_.empty() || lockFd_ >= 0) return;
    const std::filesystem::path path = lockFileFor(draftTag_);
    // Another session may remove a lock file it finds unheld between our open and our flock: the lock
    // counts only once the name still leads to the file we locked.
    for (int attempt = 0; attempt < 3; ++attempt) {
        const int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
        if (fd < 0) return; // no lock: the copy is still written, it is only offered to other windows too
        struct stat opened {
        }, named{};
        if (::flock(fd, LOCK_EX | LOCK_NB) == 0 && ::fstat(fd, &opened) == 0 && ::stat(path.c_str(), &named) == 0 &&
            opened.st_ino == named.st_ino && opened.st_dev == named.st_dev) {
            lockFd_ = fd;
            return;
        }
        ::close(fd);
    }
}

std::filesystem::path EditorAutosave::fileFor(const std::string& originalFile) const {
    // A saved file's path cannot start with a NUL byte, so drafts never share a name with a file.
    const std::string key =
        originalFile.empty() && !draftTag_.empty() ? std::string(1, '\0') + "draft:" + draftTag_ : originalFile;
    char name[40];
    std::snprintf(name, sizeof name, "edit-%016llx.toml", static_cast<unsigned long long>(fnv1a(key)));
    return folder_ / name;
}

Status EditorAutosave::write(const std::string& originalFile, const Scenario& scenario) {
    std::error_code ec;
    std::filesystem::create_directories(folder_, ec);
    if (ec) {
        return Status::failedWithErrno(ec.value(), "Could not create the autosave folder " + folder_.string() + ": " +
                                                       ec.message());
    }
    holdSessionLock();
    std::string text(kHeader);
    text += encodePath(originalFile);
    text += '\n';
    if (!draftTag_.empty()) {
        text += kSessionHeader;
        text += encodePath(draftTag_);
        text += '\n';
    }
    text += writeScenario(scenario);
    return writeFileAtomic(fileFor(originalFile), text);
}

void EditorAutosave::remove(const std::string& originalFile) {
    std::error_code ec;
    std::filesystem::remove(fileFor(originalFile), ec);
}

EditorAutosave::Restored EditorAutosave::read(const std::filesystem::path& autosaveFile,
                                              const StructureLibrary& builtIns) {
    Restored r;
    const ReadResult content = readFileCapped(autosaveFile, kMaxScenarioFileBytes + 4096);
    if (!content.ok) {
        r.error = content.tooLarge ? "the autosave is too large" : content.error;
        return r;
    }
    const std::string_view text(reinterpret_cast<const char*>(content.bytes.data()), content.bytes.size());
    if (text.substr(0, kHeader.size()) == kHeader) {
        const auto end = text.find('\n');
        r.originalFile = decodePath(
            text.substr(kHeader.size(), end == std::string_view::npos ? std::string_view::npos : end - kHeader.size()));
        r.session = decodePath(sessionOf(text));
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
        if (!r.session.empty() && r.session != draftTag_ && heldByASession(lockFileFor(r.session))) continue;
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
    for (auto& f : found)
        offers.push_back(std::move(f.offer));
    return offers;
}

} // namespace cs
