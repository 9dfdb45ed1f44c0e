// Settings: defaults, ranges, and reading and writing settings.toml without ever failing on a bad file.
#include "core/user_data/toml_document.h"

#include "core/scenario/text_util.h"
#include "core/scenario/writer.h"
#include "core/user_data/settings.h"

#include "core/number_text.h"
#include "core/user_data/stored_file.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <vector>

namespace cs {
namespace {

namespace fs = std::filesystem;
using detail::kindOf;
using detail::lineOf;

constexpr int kSettingsFormat = 1;

constexpr std::array<std::string_view, 9> kSettingsKeys{"format",
                                                        "theme",
                                                        "text_scale",
                                                        "reduced_motion",
                                                        "language",
                                                        "save_nothing",
                                                        "presenter_overlay_confirmed",
                                                        "show_hints",
                                                        "ask_to_resume"};

std::string decimal(float value) {
    std::string text = shortestText(value);
    // TOML needs a decimal point to read the value back as a decimal number.
    if (text.find_first_of(".eE") == std::string::npos) text += ".0";
    return text;
}

std::string yesNo(bool value) {
    return value ? "true" : "false";
}

// Reads the values of a parsed settings table into `out`, one problem line per value it could not use.
void readSettingsTable(const toml::table& table, Settings& out, std::vector<std::string>& problems) {
    const Settings defaults;
    const auto readBool = [&](std::string_view key, bool& into) {
        const toml::node* n = table.get(key);
        if (!n) return;
        if (const auto* b = n->as_boolean()) {
            into = b->get();
        } else {
            problems.push_back(lineOf(*n) + "`" + std::string(key) + "` must be true or false, found " + kindOf(*n) +
                               "; the default (" + yesNo(into) + ") is used");
        }
    };

    if (const toml::node* n = table.get("format")) {
        const auto* format = n->as_integer();
        if (!format || format->get() < 1) {
            problems.push_back(lineOf(*n) + "`format` must be 1, found " + kindOf(*n) + "; it is read as format 1");
        } else if (format->get() > kSettingsFormat) {
            problems.push_back(lineOf(*n) + "the file was written by a newer version of Coin Model Studio (format " +
                               std::to_string(format->get()) + "); the settings this version knows are used");
        }
    }
    if (const toml::node* n = table.get("theme")) {
        const auto* s = n->as_string();
        if (s && s->get() == "dark") {
            out.theme = ProjectorTheme::Dark;
        } else if (s && s->get() == "light") {
            out.theme = ProjectorTheme::Light;
        } else {
            problems.push_back(lineOf(*n) + "`theme` must be \"dark\" or \"light\", found " +
                               (s ? detail::quoteValue(s->get()) : kindOf(*n)) + "; the default (" +
                               std::string(toString(defaults.theme)) + ") is used");
        }
    }
    if (const toml::node* n = table.get("text_scale")) {
        std::optional<double> scale;
        if (const auto* i = n->as_integer()) scale = double(i->get());
        if (const auto* f = n->as_floating_point()) scale = f->get();
        const std::string range = decimal(Settings::kMinTextScale) + " to " + decimal(Settings::kMaxTextScale);
        if (!scale || !std::isfinite(*scale)) {
            problems.push_back(lineOf(*n) + "`text_scale` must be a number from " + range + ", found " +
                               (scale ? std::string("a value that is not a number") : kindOf(*n)) + "; the default (" +
                               decimal(defaults.textScale) + ") is used");
        } else if (*scale < double(Settings::kMinTextScale) || *scale > double(Settings::kMaxTextScale)) {
            const float nearest =
                *scale < double(Settings::kMinTextScale) ? Settings::kMinTextScale : Settings::kMaxTextScale;
            problems.push_back(lineOf(*n) + "`text_scale` must be from " + range + ", found " +
                               decimal(float(std::clamp(*scale, -1e30, 1e30))) + "; " + decimal(nearest) + " is used");
            out.textScale = nearest;
        } else {
            out.textScale = float(*scale);
        }
    }
    readBool("reduced_motion", out.reducedMotion);
    if (const toml::node* n = table.get("language")) {
        const auto* s = n->as_string();
        if (s && (s->get().empty() || detail::isValidLanguageCode(s->get()))) {
            out.language = s->get();
        } else {
            problems.push_back(lineOf(*n) +
                               "`language` must be \"\" (automatic) or a language code such as \"en\" "
                               "or \"fr\", found " +
                               (s ? detail::quoteValue(s->get()) : kindOf(*n)) + "; automatic is used");
        }
    }
    readBool("save_nothing", out.saveNothing);
    readBool("presenter_overlay_confirmed", out.presenterOverlayConfirmed);
    readBool("show_hints", out.showHints);
    readBool("ask_to_resume", out.askToResume);

    // Settings files are not scenario files: a key this version does not know (a typo, or a setting of a
    // newer version) is ignored, and only mentioned.
    for (auto&& [key, value] : table) {
        if (std::find(kSettingsKeys.begin(), kSettingsKeys.end(), key.str()) == kSettingsKeys.end()) {
            const std::string suggestion = detail::closestMatch(key.str(), kSettingsKeys);
            problems.push_back(lineOf(key) + "unknown setting " + detail::quoteValue(key.str()) + " is ignored" +
                               detail::didYouMean(suggestion));
        }
    }
}

constexpr std::string_view kRewritten =
    "The file will be rewritten with the settings in use the next time you change a setting.";

} // namespace

std::string_view toString(ProjectorTheme theme) {
    return theme == ProjectorTheme::Light ? "light" : "dark";
}

Settings usableSettings(Settings settings) {
    settings.textScale = std::isfinite(settings.textScale)
                             ? std::clamp(settings.textScale, Settings::kMinTextScale, Settings::kMaxTextScale)
                             : Settings{}.textScale;
    if (!settings.language.empty() && !detail::isValidLanguageCode(settings.language)) settings.language.clear();
    return settings;
}

fs::path settingsFilePath(const fs::path& configDir) {
    return configDir / "settings.toml";
}

std::string writeSettingsToml(const Settings& given) {
    const Settings s = usableSettings(given);
    std::string out;
    out += "# Coin Model Studio settings, written by the app (docs/user-data.md describes each one).\n";
    out += "# A value that cannot be used falls back to its default; unknown keys are ignored.\n";
    out += "format = " + std::to_string(kSettingsFormat) + "\n";
    out += "# Projector theme of the audience view: \"dark\" or \"light\".\n";
    out += "theme = " + tomlString(toString(s.theme), false) + "\n";
    out += "# Text size, from " + decimal(Settings::kMinTextScale) + " to " + decimal(Settings::kMaxTextScale) +
           " (1.0 = 100 %).\n";
    out += "text_scale = " + decimal(s.textScale) + "\n";
    out += "# Animations jump to their end states.\n";
    out += "reduced_motion = " + yesNo(s.reducedMotion) + "\n";
    out += "# \"\" = automatic, or a language code such as \"en\" or \"fr\".\n";
    out += "language = " + tomlString(s.language, false) + "\n";
    out += "# Shared computers: no reflections, answers, resume data or recent files are written.\n";
    out += "save_nothing = " + yesNo(s.saveNothing) + "\n";
    out += "# The \"this screen may be mirrored on the projector\" question was answered for the presenter view.\n";
    out += "presenter_overlay_confirmed = " + yesNo(s.presenterOverlayConfirmed) + "\n";
    out += "show_hints = " + yesNo(s.showHints) + "\n";
    out += "# Reopening a scenario offers to continue at the last step visited.\n";
    out += "ask_to_resume = " + yesNo(s.askToResume) + "\n";
    return out;
}

SettingsLoad readSettingsToml(std::string_view text, const fs::path& shownAs) {
    SettingsLoad load;
    detail::StoredToml parsed = detail::parseStoredToml(text);
    if (!parsed.ok()) {
        load.notice = "Your settings file " + shownAs.string() + " could not be used: " + parsed.problem +
                      ". The default settings are used. " + std::string(kRewritten);
        return load;
    }
    std::vector<std::string> problems;
    readSettingsTable(parsed.table, load.settings, problems);
    if (!problems.empty()) {
        load.notice = "Some settings in " + shownAs.string() +
                      " could not be used as written:" + detail::bulletedProblems(problems) + "\n" +
                      std::string(kRewritten);
    }
    return load;
}

SettingsLoad loadSettings(const fs::path& configDir) {
    const fs::path file = settingsFilePath(configDir);
    const detail::StoredText main = detail::readStoredText(file, kMaxSettingsFileBytes);
    if (main.state == detail::StoredText::State::Missing) return {};
    std::string problem = main.problem;
    if (main.state == detail::StoredText::State::Read) {
        detail::StoredToml parsed = detail::parseStoredToml(main.text);
        if (parsed.ok()) return readSettingsToml(main.text, file);
        problem = parsed.problem;
    }

    // The file is unusable as a whole: the previous version, if it is good, beats the defaults (a
    // facilitator keeps the projector theme and text size they chose).
    const fs::path bak = detail::backupPathOf(file);
    const detail::StoredText backup = detail::readStoredText(bak, kMaxSettingsFileBytes);
    if (backup.state == detail::StoredText::State::Read && detail::parseStoredToml(backup.text).ok()) {
        SettingsLoad fromBackup = readSettingsToml(backup.text, bak);
        fromBackup.notice = "Your settings file " + file.string() + " could not be used: " + problem +
                            ". The previous version of your settings (" + bak.filename().string() +
                            ") is used instead." + (fromBackup.notice.empty() ? "" : "\n" + fromBackup.notice) +
                            (fromBackup.notice.empty() ? " " + std::string(kRewritten) : "");
        return fromBackup;
    }
    SettingsLoad defaults;
    defaults.notice = "Your settings file " + file.string() + " could not be used: " + problem +
                      ". The default settings are used. " + std::string(kRewritten);
    return defaults;
}

Status saveSettings(const fs::path& configDir, const Settings& settings) {
    const Status saved =
        detail::saveStoredText(settingsFilePath(configDir), writeSettingsToml(settings), /*privateFolder=*/false);
    return saved.reworded("Your settings could not be saved (" + saved.text() +
                          "). They stay in use until the app closes; the previous settings file is unchanged.");
}

} // namespace cs
