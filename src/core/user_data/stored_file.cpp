// Reading, writing and removing the user-data files, and the text rules they share.
#include "core/user_data/stored_file.h"

#include "core/file_io.h"
#include "core/scenario/text_util.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <span>
#include <system_error>

namespace cs::detail {
namespace {

namespace fs = std::filesystem;

// Our files use bare keys and [[tables]] only; anything deeper is damage, and toml++ frees deep key
// chains recursively (see findDeepKey), so refuse them before parsing.
constexpr int kMaxKeyDots = 4;

// Timestamps are kept inside what a TOML date-time can say with a four-digit year.
constexpr std::int64_t kLatestTimestamp = 253402300799; // 9999-12-31T23:59:59Z

} // namespace

StoredText readStoredText(const fs::path& path, std::size_t maxBytes) {
    StoredText out;
    std::error_code ec;
    if (fs::symlink_status(path, ec).type() == fs::file_type::not_found) return out; // nothing saved yet
    const ReadResult read = readFileCapped(path, maxBytes);
    out.state = StoredText::State::Unusable;
    if (!read.ok) {
        out.problem = read.tooLarge ? "it is larger than the " + sizeInWords(maxBytes) + " such a file can be"
                                    : "it could not be read (" + read.error + ")";
        return out;
    }
    if (auto problem = findTextProblem(std::span(read.bytes.data(), read.bytes.size()))) {
        const std::string where =
            " (line " + std::to_string(problem->line) + ", column " + std::to_string(problem->column) + ")";
        switch (problem->kind) {
        case TextProblem::Kind::Nul: out.problem = "it contains a NUL byte" + where; break;
        case TextProblem::Kind::Utf16: out.problem = "it is UTF-16 text, not UTF-8"; break;
        case TextProblem::Kind::InvalidUtf8: out.problem = "it is not valid UTF-8 text" + where; break;
        }
        return out;
    }
    std::string text(read.bytes.begin(), read.bytes.end());
    if (auto deep = findDeepKey(text, kMaxKeyDots)) {
        out.problem = "it has a key nested deeper than this file ever uses (line " + std::to_string(deep->line) +
                      ", column " + std::to_string(deep->column) + ")";
        return out;
    }
    out.state = StoredText::State::Read;
    out.text = std::move(text);
    return out;
}

Status makeFolder(const fs::path& dir, bool privateFolder) {
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) {
        ec.clear();
        fs::create_directories(dir, ec);
        if (ec)
            return Status::failedWithErrno(ec.value(),
                                           "cannot create the folder " + dir.string() + ": " + ec.message());
    }
    if (privateFolder) {
        // Only take access away from others: a folder its owner made read-only stays read-only.
        fs::permissions(dir, fs::perms::group_all | fs::perms::others_all, fs::perm_options::remove, ec);
        if (ec)
            return Status::failedWithErrno(ec.value(),
                                           "cannot make the folder " + dir.string() + " private: " + ec.message());
    }
    return {};
}

Status saveStoredText(const fs::path& path, std::string_view text, bool privateFolder) {
    if (Status made = makeFolder(path.parent_path(), privateFolder); !made.ok()) return made;
    return writeFileAtomic(path, text, WriteOptions{.keepBackup = true});
}

fs::path backupPathOf(const fs::path& path) {
    fs::path bak = path;
    bak += ".bak";
    return bak;
}

Status removeWithCompanions(const fs::path& path, std::vector<fs::path>* removed) {
    Status first;
    const auto removeOne = [&](const fs::path& p) {
        std::error_code ec;
        if (!fs::exists(fs::symlink_status(p, ec))) return;
        if (fs::remove(p, ec)) {
            if (removed) removed->push_back(p);
        } else if (ec) {
            first.orElse(Status::failedWithErrno(ec.value(), "cannot delete " + p.string() + ": " + ec.message()));
        }
    };
    removeOne(path);
    removeOne(backupPathOf(path));
    fs::path unreadable = path;
    unreadable += ".unreadable";
    removeOne(unreadable);
    // writeFileAtomic names its temporary file ".<name>.tmp-<random>"; one is left only after a crash.
    const std::string tempPrefix = "." + path.filename().string() + ".tmp-";
    std::error_code ec;
    std::vector<fs::path> temps;
    for (fs::directory_iterator it(path.parent_path(), ec), end; !ec && it != end; it.increment(ec)) {
        if (it->path().filename().string().starts_with(tempPrefix)) temps.push_back(it->path());
    }
    for (const fs::path& t : temps)
        removeOne(t);
    return first;
}

std::string cleanLearnerText(std::string_view text, std::size_t maxCodePoints, bool* cut) {
    if (cut) *cut = false;
    std::string out;
    out.reserve(std::min(text.size(), maxCodePoints * 4));
    std::size_t codePoints = 0;
    for (std::size_t i = 0; i < text.size();) {
        if (codePoints == maxCodePoints) {
            if (cut) *cut = true;
            break;
        }
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == 0) {
            ++i;
            continue;
        }
        if (c < 0x80) {
            out += char(c);
            ++i;
        } else if (const std::size_t n = utf8SequenceLength(text, i); n > 0) {
            out.append(text.substr(i, n));
            i += n;
        } else {
            out += "\xEF\xBF\xBD"; // U+FFFD REPLACEMENT CHARACTER for each byte that is not UTF-8
            ++i;
        }
        ++codePoints;
    }
    return out;
}

std::string textIn(const LocalText& text, std::string_view language, const Scenario& scenario) {
    if (text.has(language)) return text.get(language);
    // "fr-CA" asked, "fr" written: the primary language is closer than the scenario's first one.
    const std::string_view primary = language.substr(0, language.find('-'));
    return text.get(primary, scenario.firstLanguage());
}

std::string oneLine(std::string text) {
    std::replace_if(
        text.begin(), text.end(), [](char c) { return c == '\n' || c == '\r'; }, ' ');
    return text;
}

std::size_t countCodePoints(std::string_view text) {
    return std::size_t(
        std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

std::int64_t clampTimestamp(std::int64_t seconds) {
    return std::clamp<std::int64_t>(seconds, 0, kLatestTimestamp);
}

std::string formatUtcTimestamp(std::int64_t secondsSince1970) {
    namespace chr = std::chrono;
    const chr::sys_seconds t{chr::seconds(clampTimestamp(secondsSince1970))};
    const chr::sys_days day = chr::floor<chr::days>(t);
    const chr::year_month_day ymd{day};
    const chr::hh_mm_ss<chr::seconds> time{t - day};
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02uT%02d:%02d:%02dZ", int(ymd.year()), unsigned(ymd.month()),
                  unsigned(ymd.day()), int(time.hours().count()), int(time.minutes().count()),
                  int(time.seconds().count()));
    return buf;
}

std::int64_t utcSeconds(int year, unsigned month, unsigned day, int hour, int minute, int second) {
    namespace chr = std::chrono;
    const chr::year_month_day ymd{chr::year{year}, chr::month{month}, chr::day{day}};
    if (!ymd.ok()) return 0;
    const std::int64_t dayNumber = chr::sys_days{ymd}.time_since_epoch().count();
    return dayNumber * 86400 + std::int64_t(hour) * 3600 + std::int64_t(minute) * 60 + second;
}

std::uint64_t stableHash(std::string_view bytes) {
    std::uint64_t h = 0xcbf29ce484222325ull; // FNV-1a 64 offset basis
    for (char c : bytes) {
        h ^= static_cast<unsigned char>(c);
        h *= 0x100000001b3ull; // FNV-1a 64 prime
    }
    return h;
}

std::string sizeInWords(std::size_t bytes) {
    if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) return std::to_string(bytes / (1024 * 1024)) + " MiB";
    if (bytes >= 1024 && bytes % 1024 == 0) return std::to_string(bytes / 1024) + " KiB";
    return std::to_string(bytes) + " bytes";
}

std::string bulletedProblems(const std::vector<std::string>& problems) {
    std::string out;
    for (const std::string& p : problems)
        out += "\n  • " + p;
    return out;
}

} // namespace cs::detail
