// Where the app finds its read-only data (shaders, assets, built-in scenarios) and the user's folders.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace cs {

// The folder holding shaders/, assets/ and scenarios/. Looked up in order: $COINSTUDIO_DATA_DIR,
// <exe>/../share/coinstudio (installed), the install prefix chosen at build time, the source tree
// the binary was built from. Empty when none of them has an assets/ folder.
std::filesystem::path findDataDir();

// The folders where the app looks for the web build it publishes (`./web.sh` writes one): <dataDir>/web (installed:
// <prefix>/share/coinstudio/web), then <the source tree the binary was built from>/build/web. $COINSTUDIO_WEB_DIR,
// when set, is the only place looked at (tests, and people who keep the web build elsewhere).
std::vector<std::filesystem::path> webBuildCandidates();
// The first of webBuildCandidates() that holds an index.html, or, with $COINSTUDIO_WEB_DIR set, that folder
// whatever it holds. Empty when none is found.
std::filesystem::path findWebBuildDir();

// $XDG_CONFIG_HOME/coinstudio (else ~/.config/coinstudio) and $XDG_DATA_HOME/coinstudio
// (else ~/.local/share/coinstudio). Not created here.
std::filesystem::path userConfigDir();
std::filesystem::path userDataDir();

// A folder or file typed by a person, read as a shell would: "~" and "~/…" start at $HOME (else the
// current folder). Anything else comes back as typed.
std::filesystem::path expandHome(std::string_view typed);

// `p` made absolute against the current folder, never throwing: an empty path stays empty, and when
// the current folder cannot be read (deleted, no permission) `p` comes back as it is. Paths from a
// person, a scenario or the environment go through this instead of std::filesystem::absolute.
std::filesystem::path absolutePath(const std::filesystem::path& p);

// The current folder, or "." when it cannot be read (deleted under the app, no permission).
std::filesystem::path currentFolder();

// The running executable's folder (from /proc/self/exe), empty if unknown.
std::filesystem::path executableDir();

const char* versionString();

// The user's locale as POSIX spells it ("fr_CA.UTF-8"), from LC_ALL, LC_MESSAGES or LANG; "" when none.
std::string userLocale();

} // namespace cs
