// The app's settings (the Settings panel): their defaults and ranges, and the settings.toml file.
#pragma once

#include "core/status.h"

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>

namespace cs {

// The colours of the audience view; both meet the projector contrast bar (4.5:1 for text, 7:1 in the projector theme).
enum class ProjectorTheme { Dark, Light };

std::string_view toString(ProjectorTheme theme); // "dark", "light"

struct Settings {
    static constexpr float kMinTextScale = 0.5f;
    static constexpr float kMaxTextScale = 3.0f;

    ProjectorTheme theme = ProjectorTheme::Dark;
    float textScale = 1.0f;     // kMinTextScale .. kMaxTextScale (Ctrl + / - / 0)
    bool reducedMotion = false; // animations jump to their end states
    std::string language;       // "" = automatic (--lang, else the locale), or a code like "en", "fr", "fr-CA"
    // Shared computers: no reflections, answers, resume data or recent files are written .
    bool saveNothing = false;
    // With one display, opening the presenter overlay first asks whether the screen may be mirrored on
    // the projector; true once the facilitator has confirmed, so it is asked once, not every show.
    bool presenterOverlayConfirmed = false;
    bool showHints = true;   // short "what to do here" hints in the workspace
    bool askToResume = true; // reopening a scenario offers to continue at the last step visited

    bool operator==(const Settings&) const = default;
};

// `settings` with every value made usable: text scale clamped into range (not a number: 1.0), a language
// that is not a language code: "" (automatic). Loading and the store apply it; the UI need not.
Settings usableSettings(Settings settings);

inline constexpr std::size_t kMaxSettingsFileBytes = 64 * 1024;

// <configDir>/settings.toml
std::filesystem::path settingsFilePath(const std::filesystem::path& configDir);

struct SettingsLoad {
    Settings settings;
    // "" when the file was fine or missing. Otherwise one human-readable message for the laptop side (never
    // the projector): what was wrong and where, which values are used instead, and that the file will be
    // rewritten the next time a setting changes.
    std::string notice;
};

// The file's text: a commented TOML table (docs/user-data.md). Reading it back gives `settings` exactly.
std::string writeSettingsToml(const Settings& settings);

// Reads settings text: values of the wrong type or not allowed → their defaults; a text scale out of range
// → clamped; unknown keys → ignored. Each with a line in the notice, which names the file as `shownAs`.
// Text that is not TOML → defaults. Never throws or aborts.
SettingsLoad readSettingsToml(std::string_view text, const std::filesystem::path& shownAs);

// Loads <configDir>/settings.toml. Missing → defaults, no notice. Unreadable, too large (over
// kMaxSettingsFileBytes), not UTF-8 or not TOML → the backup settings.toml.bak when it is usable, else
// the defaults; with a notice either way.
SettingsLoad loadSettings(const std::filesystem::path& configDir);

// Saves atomically (temp file, fsync, rename), keeping the previous version as settings.toml.bak;
// creates configDir when needed. A failure says what went wrong in words, ready to show.
Status saveSettings(const std::filesystem::path& configDir, const Settings& settings);

} // namespace cs
