// Data and user folder lookup.
#include "core/data_paths.h"

#include <algorithm>
#include <cstdlib>
#include <system_error>

namespace cs {
namespace fs = std::filesystem;

namespace {

bool looksLikeDataDir(const fs::path& p) {
    std::error_code ec;
    return !p.empty() && fs::is_directory(p / "assets", ec) && fs::is_directory(p / "shaders", ec);
}

fs::path envPath(const char* name) {
    const char* v = std::getenv(name);
    return (v && *v) ? fs::path(v) : fs::path();
}

fs::path xdgDir(const char* var, const char* fallbackUnderHome) {
    fs::path base = envPath(var);
    if (base.empty() || base.is_relative()) {
        const fs::path home = envPath("HOME");
        if (home.empty()) {
            std::error_code ec;
            base = fs::temp_directory_path(ec);
            if (ec) base = "/tmp";
        } else {
            base = home / fallbackUnderHome;
        }
    }
    return base / "coinstudio";
}

} // namespace

fs::path expandHome(std::string_view typed) {
    if (typed.empty() || typed.front() != '~' || (typed.size() > 1 && typed[1] != '/')) return fs::path(typed);
    const fs::path home = envPath("HOME");
    const fs::path base = home.empty() ? fs::path(".") : home;
    return typed.size() > 2 ? base / typed.substr(2) : base;
}

fs::path absolutePath(const fs::path& p) {
    if (p.empty() || p.is_absolute()) return p;
    std::error_code ec;
    fs::path out = fs::absolute(p, ec);
    return ec ? p : out;
}

fs::path currentFolder() {
    std::error_code ec;
    fs::path here = fs::current_path(ec);
    return ec ? fs::path(".") : here;
}

fs::path executableDir() {
    std::error_code ec;
    const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    return ec ? fs::path() : exe.parent_path();
}

fs::path findDataDir() {
    if (auto p = envPath("COINSTUDIO_DATA_DIR"); looksLikeDataDir(p)) return p;
    if (auto exe = executableDir(); !exe.empty()) {
        if (auto p = exe.parent_path() / "share" / "coinstudio"; looksLikeDataDir(p)) return p;
    }
    if (fs::path p = COINSTUDIO_INSTALL_DATA_DIR; looksLikeDataDir(p)) return p;
    if (fs::path p = COINSTUDIO_SOURCE_DATA_DIR; looksLikeDataDir(p)) return p;
    return {};
}

std::vector<fs::path> webBuildCandidates() {
    if (auto p = envPath("COINSTUDIO_WEB_DIR"); !p.empty()) return {p};
    std::vector<fs::path> candidates;
    if (const fs::path data = findDataDir(); !data.empty()) candidates.push_back(data / "web");
    if (const fs::path built = fs::path(COINSTUDIO_SOURCE_DATA_DIR) / "build" / "web";
        std::find(candidates.begin(), candidates.end(), built) == candidates.end()) {
        candidates.push_back(built);
    }
    return candidates;
}

fs::path findWebBuildDir() {
    if (auto p = envPath("COINSTUDIO_WEB_DIR"); !p.empty()) return p;
    for (const fs::path& candidate : webBuildCandidates()) {
        std::error_code ec;
        if (fs::is_regular_file(candidate / "index.html", ec)) return candidate;
    }
    return {};
}

fs::path userConfigDir() {
    return xdgDir("XDG_CONFIG_HOME", ".config");
}
fs::path userDataDir() {
    return xdgDir("XDG_DATA_HOME", ".local/share");
}

const char* versionString() {
    return COINSTUDIO_VERSION;
}

std::string userLocale() {
    for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        if (const char* v = std::getenv(name); v && *v) return v;
    }
    return {};
}

} // namespace cs
