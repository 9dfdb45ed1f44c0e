// Learner data files (learners/<key>.toml): keys, reading, writing, setting aside and deleting.
#include "core/user_data/toml_document.h"

#include "core/scenario/text_util.h"
#include "core/scenario/writer.h"
#include "core/user_data/learner_data.h"
#include "core/user_data/stored_file.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <span>
#include <system_error>

namespace cs {
namespace {

namespace fs = std::filesystem;

constexpr int kLearnerFormat = 1;
constexpr std::array<std::string_view, 8> kRootKeys{"format",  "scenario_id", "scenario_title", "scenario_file",
                                                    "updated", "last_step",   "answer",         "reflection"};
constexpr std::array<std::string_view, 2> kAnswerKeys{"step", "choice"};
constexpr std::array<std::string_view, 2> kReflectionKeys{"step", "text"};

std::string canonicalPathOf(const fs::path& file) {
    std::error_code ec;
    fs::path absolute = fs::absolute(file, ec);
    if (ec) absolute = file;
    fs::path canonical = fs::weakly_canonical(absolute, ec);
    if (ec) canonical = absolute.lexically_normal();
    return canonical.string();
}

std::string hex16(std::uint64_t value) {
    char buf[17];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(value));
    return buf;
}

std::string titleIn(const LocalText& text, std::string_view language, const Scenario& scenario) {
    if (text.has(language)) return text.get(language);
    // "fr-CA" asked, "fr" written: the primary language is closer than the scenario's first one.
    const std::string_view primary = language.substr(0, language.find('-'));
    return text.get(primary, scenario.firstLanguage());
}

void checkKeys(const toml::table& table, std::span<const std::string_view> known, std::string_view where,
               std::vector<std::string>& problems) {
    for (auto&& [key, value] : table) {
        if (std::find(known.begin(), known.end(), key.str()) == known.end()) {
            problems.push_back(detail::lineOf(key) + "unknown key " + detail::quoteValue(key.str()) + " " +
                               std::string(where) + " is ignored");
        }
    }
}

// The [[answer]] or [[reflection]] tables of a learner file, each as (table, where it is).
std::vector<const toml::table*> tablesOf(const toml::table& root, std::string_view key,
                                         std::vector<std::string>& problems) {
    std::vector<const toml::table*> out;
    const toml::node* n = root.get(key);
    if (!n) return out;
    const toml::array* list = n->as_array();
    if (!list) {
        problems.push_back(detail::lineOf(*n) + "`" + std::string(key) + "` must be a list of [[" + std::string(key) +
                           "]] tables, found " + detail::kindOf(*n) + "; it is ignored");
        return out;
    }
    for (const toml::node& item : *list) {
        if (const toml::table* t = item.as_table()) {
            out.push_back(t);
        } else {
            problems.push_back(detail::lineOf(item) + "an entry of `" + std::string(key) + "` is " +
                               detail::kindOf(item) + ", not a table; it is ignored");
        }
    }
    return out;
}

std::optional<int> stepIndexOf(const toml::table& t, std::string_view what, std::vector<std::string>& problems) {
    const toml::node* n = t.get("step");
    if (!n) {
        problems.push_back(detail::lineOf(t) + "a [[" + std::string(what) + "]] without `step` is ignored");
        return std::nullopt;
    }
    const auto step = detail::intIn(*n, 1, kMaxLearnerStepIndex + 1);
    if (!step) {
        problems.push_back(detail::lineOf(*n) + "`step` must be a step number from 1 to " +
                           std::to_string(kMaxLearnerStepIndex + 1) + ", found " + detail::kindOf(*n) +
                           (n->is_integer() ? " out of range" : "") + "; this " + std::string(what) + " is ignored");
        return std::nullopt;
    }
    return *step - 1;
}

void readRoot(const toml::table& root, LearnerData& data, std::vector<std::string>& problems) {
    if (const toml::node* n = root.get("format")) {
        const auto* format = n->as_integer();
        if (!format || format->get() < 1) {
            problems.push_back(detail::lineOf(*n) + "`format` must be 1, found " + detail::kindOf(*n) +
                               "; the file is read as format 1");
        } else if (format->get() > kLearnerFormat) {
            problems.push_back(detail::lineOf(*n) +
                               "the file was written by a newer version of Coin Model Studio (format " +
                               std::to_string(format->get()) + "); what this version knows is read");
        }
    }
    const auto readString = [&](std::string_view key, std::string& into) {
        const toml::node* n = root.get(key);
        if (!n) return;
        if (const auto* s = n->as_string()) {
            into = detail::cleanLearnerText(s->get(), 4096);
        } else {
            problems.push_back(detail::lineOf(*n) + "`" + std::string(key) + "` must be a string, found " +
                               detail::kindOf(*n) + "; it is ignored");
        }
    };
    readString("scenario_id", data.scenarioId);
    readString("scenario_title", data.scenarioTitle);
    readString("scenario_file", data.scenarioFile);
    if (const toml::node* n = root.get("updated")) {
        if (auto when = detail::timestampOf(*n)) {
            data.updatedAt = *when;
        } else {
            problems.push_back(detail::lineOf(*n) +
                               "`updated` must be a date and time like 2026-01-31T09:30:00Z, "
                               "found " +
                               detail::kindOf(*n) + "; it is ignored");
        }
    }
    if (const toml::node* n = root.get("last_step")) {
        if (auto step = detail::intIn(*n, 1, kMaxLearnerStepIndex + 1)) {
            data.lastStep = *step - 1;
        } else {
            problems.push_back(detail::lineOf(*n) + "`last_step` must be a step number from 1, found " +
                               detail::kindOf(*n) + (n->is_integer() ? " out of range" : "") +
                               "; there is no step to resume at");
        }
    }
    for (const toml::table* t : tablesOf(root, "answer", problems)) {
        checkKeys(*t, kAnswerKeys, "in [[answer]]", problems);
        const auto step = stepIndexOf(*t, "answer", problems);
        if (!step) continue;
        const toml::node* c = t->get("choice");
        const auto choice = c ? detail::intIn(*c, 1, kMaxLearnerChoice) : std::nullopt;
        if (!choice) {
            problems.push_back(detail::lineOf(c ? *c : static_cast<const toml::node&>(*t)) + "the answer to step " +
                               std::to_string(*step + 1) + " needs `choice`, a choice number from 1; it is ignored");
            continue;
        }
        if (!data.answers.emplace(*step, *choice).second) {
            problems.push_back(detail::lineOf(*t) + "a second answer to step " + std::to_string(*step + 1) +
                               " is ignored");
        }
    }
    for (const toml::table* t : tablesOf(root, "reflection", problems)) {
        checkKeys(*t, kReflectionKeys, "in [[reflection]]", problems);
        const auto step = stepIndexOf(*t, "reflection", problems);
        if (!step) continue;
        const toml::node* n = t->get("text");
        const auto* text = n ? n->as_string() : nullptr;
        if (!text) {
            problems.push_back(detail::lineOf(n ? *n : static_cast<const toml::node&>(*t)) + "the reflection on step " +
                               std::to_string(*step + 1) + " needs `text`, a string" +
                               (n ? ", found " + detail::kindOf(*n) : std::string()) + "; it is ignored");
            continue;
        }
        bool cut = false;
        std::string clean = detail::cleanLearnerText(text->get(), kMaxReflectionCodePoints, &cut);
        if (cut) {
            problems.push_back(detail::lineOf(*n) + "the reflection on step " + std::to_string(*step + 1) +
                               " is longer than " + std::to_string(kMaxReflectionCodePoints) +
                               " characters; only its beginning is kept");
        }
        if (clean.empty()) continue;
        if (data.reflections.contains(*step)) {
            problems.push_back(detail::lineOf(*t) + "a second reflection on step " + std::to_string(*step + 1) +
                               " is ignored");
            continue;
        }
        data.reflections.emplace(*step, std::move(clean));
    }
    checkKeys(root, kRootKeys, "at the top of the file", problems);
}

std::string problemList(const std::vector<std::string>& problems) {
    std::string out;
    for (const std::string& p : problems)
        out += "\n  • " + p;
    return out;
}

// "“The coin model” (learners/coin-intro-….toml)" or the file alone when there is no title.
std::string dataNamed(const LearnerData& data, const fs::path& file) {
    if (data.scenarioTitle.empty()) return file.string();
    return "“" + data.scenarioTitle + "” (" + file.string() + ")";
}

// Export headings in the learner's language (en, fr); the scenario's own words come from the scenario.
struct ExportWords {
    std::string_view heading, intro, step, of, colon, gone, none;
};

ExportWords exportWords(std::string_view language) {
    if (language.substr(0, language.find('-')) == "fr") {
        return {"Réflexions",
                "Notes personnelles écrites dans Coin Model Studio. Elles n’ont jamais été téléversées "
                "ni montrées à qui que ce soit; cette copie vous appartient : gardez-la ou partagez-la "
                "comme vous le voulez.",
                "Étape",
                "sur",
                " : ",
                "(elle ne figure plus dans ce scénario)",
                "Aucune réflexion pour l’instant."};
    }
    return {"Reflections",
            "Private notes written in Coin Model Studio. They were never uploaded or shown to anyone; "
            "this copy is yours to keep or share as you choose.",
            "Step",
            "of",
            ": ",
            "(no longer in this scenario)",
            "No reflections yet."};
}

// A heading is one line: line breaks in a title become spaces.
std::string oneLine(std::string text) {
    std::replace_if(
        text.begin(), text.end(), [](char c) { return c == '\n' || c == '\r'; }, ' ');
    return text;
}

} // namespace

ScenarioIdentity identifyScenario(const Scenario& scenario, const fs::path& file, std::string_view language) {
    ScenarioIdentity identity;
    identity.id = scenario.id;
    identity.title = oneLine(titleIn(scenario.title, language, scenario));
    identity.file = canonicalPathOf(file);
    const std::string idPart = detail::isValidId(scenario.id) ? scenario.id : std::string("scenario");
    identity.key = idPart + "-" + hex16(detail::stableHash(identity.file));
    return identity;
}

ScenarioIdentity identifyBuiltInScenario(const Scenario& scenario, std::string_view language) {
    ScenarioIdentity identity;
    identity.id = scenario.id;
    identity.title = oneLine(titleIn(scenario.title, language, scenario));
    identity.key = "builtin-" + (detail::isValidId(scenario.id) ? scenario.id : std::string("scenario"));
    return identity;
}

bool isValidLearnerKey(std::string_view key) {
    if (key.empty() || key.size() > 100) return false;
    return std::all_of(key.begin(), key.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    });
}

std::optional<int> resumeStepOf(const LearnerData& data, int stepCount) {
    if (!data.lastStep || *data.lastStep <= 0 || *data.lastStep >= stepCount) return std::nullopt;
    return data.lastStep;
}

fs::path learnersFolder(const fs::path& dataDir) {
    return dataDir / "learners";
}

fs::path learnerFilePath(const fs::path& dataDir, std::string_view key) {
    return learnersFolder(dataDir) / (std::string(key) + ".toml");
}

std::string writeLearnerToml(const LearnerData& data) {
    std::string out;
    out += "# Private learner data of Coin Model Studio for one scenario: reflections, chosen answers and the\n";
    out += "# last step visited. It stays on this computer and is never written into the scenario file.\n";
    out += "# Steps are counted from 1. Delete it in the app (Settings) or delete this file.\n";
    out += "format = " + std::to_string(kLearnerFormat) + "\n";
    out += "scenario_id = " + tomlString(data.scenarioId, false) + "\n";
    out += "scenario_title = " + tomlString(data.scenarioTitle, false) + "\n";
    out += "scenario_file = " + tomlString(data.scenarioFile, false) + "\n";
    if (data.updatedAt != 0) out += "updated = " + detail::formatUtcTimestamp(data.updatedAt) + "\n";
    if (data.lastStep) out += "last_step = " + std::to_string(*data.lastStep + 1) + "\n";
    for (const auto& [step, choice] : data.answers) {
        out += "\n[[answer]]\nstep = " + std::to_string(step + 1) + "\nchoice = " + std::to_string(choice) + "\n";
    }
    for (const auto& [step, text] : data.reflections) {
        if (text.empty()) continue;
        out += "\n[[reflection]]\nstep = " + std::to_string(step + 1) + "\ntext = " + tomlString(text) + "\n";
    }
    return out;
}

LearnerDataLoad readLearnerToml(std::string_view text, const fs::path& shownAs) {
    LearnerDataLoad load;
    detail::StoredToml parsed = detail::parseStoredToml(text);
    if (!parsed.ok()) {
        load.fileUnusable = true;
        load.notice = "Your saved data " + shownAs.string() + " could not be read: " + parsed.problem + ".";
        return load;
    }
    std::vector<std::string> problems;
    readRoot(parsed.table, load.data, problems);
    if (!problems.empty()) {
        load.notice = "Parts of your saved data " + dataNamed(load.data, shownAs) +
                      " could not be used and were skipped:" + problemList(problems) +
                      "\nEverything else was read. The file will be rewritten without them the next time your "
                      "data for this scenario changes.";
    }
    return load;
}

LearnerDataLoad loadLearnerData(const fs::path& dataDir, std::string_view key) {
    LearnerDataLoad load;
    if (!isValidLearnerKey(key)) {
        load.notice = "No saved data was read: " + detail::quoteValue(key) +
                      " is not a valid learner-data key (letters, digits, '-' and '_' only).";
        return load;
    }
    const fs::path file = learnerFilePath(dataDir, key);
    // A missing file with a .bak beside it was deleted on purpose: the backup is not brought back.
    const detail::StoredText main = detail::readStoredText(file, kMaxLearnerFileBytes);
    if (main.state == detail::StoredText::State::Missing) return load;
    std::string problem = main.problem;
    if (main.state == detail::StoredText::State::Read) {
        detail::StoredToml parsed = detail::parseStoredToml(main.text);
        if (parsed.ok()) return readLearnerToml(main.text, file);
        problem = parsed.problem;
    }
    const std::string keptAside = file.filename().string() + ".unreadable";
    const fs::path bak = detail::backupPathOf(file);
    const detail::StoredText backup = detail::readStoredText(bak, kMaxLearnerFileBytes);
    if (backup.state == detail::StoredText::State::Read && detail::parseStoredToml(backup.text).ok()) {
        LearnerDataLoad fromBackup = readLearnerToml(backup.text, bak);
        fromBackup.fileUnusable = true;
        fromBackup.notice = "Your saved reflections and answers in " + file.string() +
                            " could not be read: " + problem + ". The previous version (" + bak.filename().string() +
                            ") is used instead. The unreadable file will be kept as " + keptAside +
                            " when your data is next saved, so nothing in it is lost." +
                            (fromBackup.notice.empty() ? "" : "\n" + fromBackup.notice);
        return fromBackup;
    }
    load.fileUnusable = true;
    load.notice = "Your saved reflections and answers in " + file.string() + " could not be read: " + problem +
                  ". This scenario starts with none. The unreadable file will be kept as " + keptAside +
                  " when your data is next saved, so its text can still be recovered by hand.";
    return load;
}

std::string saveLearnerData(const fs::path& dataDir, std::string_view key, const LearnerData& data,
                            bool setAsideUnusable) {
    if (!isValidLearnerKey(key)) {
        return "Your data could not be saved: " + detail::quoteValue(key) + " is not a valid learner-data key.";
    }
    const std::string text = writeLearnerToml(data);
    if (text.size() > kMaxLearnerFileBytes) {
        return "Your reflections for this scenario are too long to save together (over " +
               detail::sizeInWords(kMaxLearnerFileBytes) +
               "). They stay in the app until it closes; export them to keep a copy.";
    }
    const fs::path file = learnerFilePath(dataDir, key);
    const auto failed = [](const std::string& error) {
        return "Your reflections and answers could not be saved (" + error +
               "). They stay in the app until it closes, and saving is tried again with your next change; "
               "export them to keep a copy.";
    };
    // The data folder holds private text: owner-only, whatever the home folder allows.
    if (std::string error = detail::makeFolder(dataDir, true); !error.empty()) return failed(error);
    if (setAsideUnusable) {
        std::error_code ec;
        if (fs::exists(fs::symlink_status(file, ec))) {
            fs::path aside = file;
            aside += ".unreadable";
            fs::rename(file, aside, ec);
            if (ec) return failed("cannot keep the unreadable file as " + aside.string() + ": " + ec.message());
        }
    }
    if (std::string error = detail::saveStoredText(file, text, true); !error.empty()) return failed(error);
    return {};
}

std::string deleteLearnerFiles(const fs::path& dataDir, std::string_view key) {
    if (!isValidLearnerKey(key)) return "Nothing was deleted: " + detail::quoteValue(key) + " is not a valid key.";
    return detail::removeWithCompanions(learnerFilePath(dataDir, key), nullptr);
}

std::string exportReflections(const LearnerData& data, const Scenario& scenario, std::string_view language) {
    const ExportWords words = exportWords(language);
    std::string title = oneLine(titleIn(scenario.title, language, scenario));
    if (title.empty()) title = data.scenarioTitle;
    std::string out = "# " + std::string(words.heading) + (title.empty() ? "" : " — " + title) + "\n\n";
    out += std::string(words.intro) + "\n";
    const int stepCount = int(scenario.steps.size());
    bool any = false;
    for (const auto& [index, text] : data.reflections) {
        if (text.empty()) continue;
        any = true;
        out += "\n## ";
        if (index >= 0 && index < stepCount) {
            const Step& step = scenario.steps[std::size_t(index)];
            out += std::string(words.step) + " " + std::to_string(index + 1) + " " + std::string(words.of) + " " +
                   std::to_string(stepCount) + std::string(words.colon) +
                   oneLine(titleIn(step.title, language, scenario));
            out += "\n\n";
            const std::string prompt = titleIn(step.reflect, language, scenario);
            if (!prompt.empty()) {
                // The prompt as a quotation, line by line, so that it reads apart from the learner's words.
                std::size_t start = 0;
                while (start <= prompt.size()) {
                    const std::size_t end = std::min(prompt.find('\n', start), prompt.size());
                    out += "> " + prompt.substr(start, end - start) + "\n";
                    start = end + 1;
                }
                out += "\n";
            }
        } else {
            out += std::string(words.step) + " " + std::to_string(index + 1) + " " + std::string(words.gone) + "\n\n";
        }
        out += text;
        if (!text.ends_with('\n')) out += "\n";
    }
    if (!any) out += "\n" + std::string(words.none) + "\n";
    return out;
}

std::string suggestedReflectionsFileName(const Scenario& scenario) {
    return "reflections-" + (detail::isValidId(scenario.id) ? scenario.id : std::string("scenario")) + ".md";
}

} // namespace cs
