// Export planning: the app's own files told from others', progress lines, default folder.
#include "core/export_plan.h"

#include "core/image.h"

#include <algorithm>
#include <charconv>
#include <fstream>
#include <system_error>

namespace cs {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kGeneratorName = "Coin Model Studio";
constexpr std::size_t kHeadBytes = 64 * 1024;

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

// A whole, non-negative decimal number (no sign, no spaces), within int.
std::optional<int> parseCount(std::string_view text) {
    if (text.empty() || !std::all_of(text.begin(), text.end(), isDigit)) return std::nullopt;
    int value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
    return value;
}

std::string readHead(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return {};
    std::string head(kHeadBytes, '\0');
    in.read(head.data(), std::streamsize(head.size()));
    head.resize(std::size_t(std::max<std::streamsize>(in.gcount(), 0)));
    return head;
}

bool writtenByCoinStudio(const fs::path& path) {
    if (path.extension() == ".png") return pngFileWrittenByCoinStudio(path);
    return htmlWrittenByCoinStudio(readHead(path));
}

// Appends the ASCII folding of code point `cp` (lower case) to `out`; false when it has none.
bool appendFolded(char32_t cp, std::string& out) {
    if (cp < 0x80) {
        const char c = char(cp);
        if (c >= 'A' && c <= 'Z') {
            out += char(c - 'A' + 'a');
            return true;
        }
        if ((c >= 'a' && c <= 'z') || isDigit(c)) {
            out += c;
            return true;
        }
        return false;
    }
    if (cp >= 0xC0 && cp <= 0xFF) {
        // U+00C0 … U+00FF; upper and lower case fold alike. '-' marks × and ÷ (separators).
        static constexpr std::string_view kLatin1[64] = {
            "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i",  "i",  // C0
            "d", "n", "o", "o", "o", "o", "o",  "-", "o", "u", "u", "u", "u", "y", "th", "ss", // D0
            "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i",  "i",  // E0
            "d", "n", "o", "o", "o", "o", "o",  "-", "o", "u", "u", "u", "u", "y", "th", "y",  // F0
        };
        const std::string_view folded = kLatin1[cp - 0xC0];
        if (folded == "-") return false;
        out += folded;
        return true;
    }
    if (cp == 0x152 || cp == 0x153) { // Œ œ
        out += "oe";
        return true;
    }
    return false;
}

// The next code point of UTF-8 `text` at `i` (advancing i); U+FFFD for a malformed sequence.
char32_t nextCodePoint(std::string_view text, std::size_t& i) {
    const auto b0 = static_cast<unsigned char>(text[i++]);
    if (b0 < 0x80) return b0;
    int extra = 0;
    char32_t cp = 0;
    if ((b0 & 0xE0) == 0xC0) {
        extra = 1;
        cp = b0 & 0x1Fu;
    } else if ((b0 & 0xF0) == 0xE0) {
        extra = 2;
        cp = b0 & 0x0Fu;
    } else if ((b0 & 0xF8) == 0xF0) {
        extra = 3;
        cp = b0 & 0x07u;
    } else {
        return 0xFFFD;
    }
    for (int k = 0; k < extra; ++k) {
        if (i >= text.size() || (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) return 0xFFFD;
        cp = cp << 6 | (static_cast<unsigned char>(text[i++]) & 0x3Fu);
    }
    return cp;
}

} // namespace

bool isExportFileName(std::string_view name) {
    if (name == "handout.html" || name == "handout-notes.html") return true;
    constexpr std::string_view kPrefix = "step-", kSuffix = ".png";
    if (name.size() <= kPrefix.size() + kSuffix.size() || !name.starts_with(kPrefix) || !name.ends_with(kSuffix)) {
        return false;
    }
    const std::string_view digits = name.substr(kPrefix.size(), name.size() - kPrefix.size() - kSuffix.size());
    return std::all_of(digits.begin(), digits.end(), isDigit);
}

bool htmlWrittenByCoinStudio(std::string_view html) {
    // Only the head counts: a page that merely mentions the app in its text is not ours.
    const std::size_t headEnd = html.find("</head>");
    if (headEnd != std::string_view::npos) html = html.substr(0, headEnd);
    constexpr std::string_view kMeta = "<meta name=\"generator\" content=\"";
    for (std::size_t at = html.find(kMeta); at != std::string_view::npos; at = html.find(kMeta, at + 1)) {
        const std::size_t start = at + kMeta.size();
        const std::size_t end = html.find('"', start);
        if (end == std::string_view::npos) return false;
        const std::string_view content = html.substr(start, end - start);
        if (content == kGeneratorName ||
            (content.starts_with(kGeneratorName) && content[kGeneratorName.size()] == ' ')) {
            return true;
        }
    }
    return false;
}

std::vector<fs::path> foreignFilesAnExportWouldReplace(const fs::path& dir, [[maybe_unused]] int stepCount) {
    std::vector<fs::path> foreign;
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) return foreign;
    fs::directory_iterator it(dir, ec), end;
    for (; !ec && it != end; it.increment(ec)) {
        const fs::path& path = it->path();
        if (!isExportFileName(path.filename().string())) continue;
        std::error_code statError;
        if (fs::is_directory(path, statError)) continue;
        if (!writtenByCoinStudio(path)) foreign.push_back(path);
    }
    std::sort(foreign.begin(), foreign.end());
    return foreign;
}

double ExportProgress::fraction() const {
    constexpr double kPictures = 0.95;
    switch (kind) {
    case Kind::Step: return total > 0 ? kPictures * double(std::clamp(done, 0, total)) / double(total) : 0.0;
    case Kind::Handout: return file == "handout-notes.html" ? kPictures + (1.0 - kPictures) / 2.0 : kPictures;
    case Kind::Finished: return 1.0;
    }
    return 0.0;
}

std::optional<ExportProgress> parseExportProgress(std::string_view line) {
    while (!line.empty() && (line.back() == '\n' || line.back() == '\r'))
        line.remove_suffix(1);
    constexpr std::string_view kExport = "coinstudio: export: ";
    constexpr std::string_view kExported = "coinstudio: exported ";
    ExportProgress p;
    if (line.starts_with(kExport)) {
        const std::string_view rest = line.substr(kExport.size());
        constexpr std::string_view kStep = "step ", kOf = " of ";
        if (rest.starts_with(kStep)) {
            const std::string_view numbers = rest.substr(kStep.size());
            const std::size_t of = numbers.find(kOf);
            if (of == std::string_view::npos) return std::nullopt;
            const auto step = parseCount(numbers.substr(0, of));
            const auto total = parseCount(numbers.substr(of + kOf.size()));
            if (!step || !total || *step < 1 || *step > *total) return std::nullopt;
            p.kind = ExportProgress::Kind::Step;
            p.done = *step - 1;
            p.total = *total;
            return p;
        }
        if (rest.empty() || rest.find_first_of("/ ") != std::string_view::npos) return std::nullopt;
        p.kind = ExportProgress::Kind::Handout;
        p.file = std::string(rest);
        return p;
    }
    if (line.starts_with(kExported)) {
        // "coinstudio: exported N step[s] to DIR"
        const std::string_view rest = line.substr(kExported.size());
        const std::size_t space = rest.find(' ');
        if (space == std::string_view::npos) return std::nullopt;
        const auto count = parseCount(rest.substr(0, space));
        const std::string_view words = rest.substr(space + 1);
        if (!count || !(words.starts_with("step to ") || words.starts_with("steps to "))) return std::nullopt;
        p.kind = ExportProgress::Kind::Finished;
        p.done = p.total = *count;
        return p;
    }
    return std::nullopt;
}

std::string exportFolderSlug(std::string_view title) {
    constexpr std::size_t kMaxBytes = 48;
    std::string slug;
    bool pendingSeparator = false;
    std::size_t i = 0;
    while (i < title.size() && slug.size() < kMaxBytes) {
        std::string folded;
        if (!appendFolded(nextCodePoint(title, i), folded)) {
            pendingSeparator = !slug.empty();
            continue;
        }
        if (pendingSeparator) slug += '-';
        pendingSeparator = false;
        slug += folded;
    }
    if (slug.size() > kMaxBytes) slug.resize(kMaxBytes);
    while (!slug.empty() && slug.back() == '-')
        slug.pop_back();
    return slug;
}

fs::path defaultExportFolder(const fs::path& home, std::string_view scenarioTitle, std::string_view scenarioId) {
    std::string name = exportFolderSlug(scenarioTitle);
    if (name.empty()) name = exportFolderSlug(scenarioId);
    if (name.empty()) name = "scenario";
    return home / "coin-model-export" / name;
}

} // namespace cs
