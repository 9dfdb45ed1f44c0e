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

// Format 2 keeps entries under step keys; format 1 (no step keys, entries numbered by step) is still read.
constexpr int kLearnerFormat = 2;
constexpr std::array<std::string_view, 8> kRootKeys{"format",  "scenario_id", "scenario_title", "scenario_file",
                                                    "updated", "last_step",   "answer",         "reflection"};
constexpr std::array<std::string_view, 6> kAnswerKeys{"step_key", "step",   "step_title",
                                                      "prompt",   "choice", "choice_text"};
constexpr std::array<std::string_view, 5> kReflectionKeys{"step_key", "step", "step_title", "prompt", "text"};
// Step keys are short ("id:" + an id, "text:" + 16 hex digits, a suffix); anything longer is not one of ours.
constexpr std::size_t kMaxStepKeyBytes = 200;
// A step's title and prompt kept beside an entry are the scenario's words; as long as a reflection may be.
constexpr std::size_t kMaxLabelCodePoints = kMaxReflectionCodePoints;

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

// Where an entry belongs: its step key (format 2) and the step's number when it was written (from 1, or 0),
// or for an entry of format 1, only the step's number.
struct EntryPlace {
    std::string key; // "" = numbered only: mapped onto a step key when the scenario is opened
    int number = 0;
    std::string title;
    std::string prompt;
    // "step 3", or "step “id:allyship”" for messages about the entry.
    std::string named() const {
        if (key.empty()) return "step " + std::to_string(number);
        return "step " + detail::quoteValue(key);
    }
};

std::optional<EntryPlace> placeOf(const toml::table& t, std::string_view what, std::vector<std::string>& problems) {
    EntryPlace place;
    const toml::node* k = t.get("step_key");
    const toml::node* n = t.get("step");
    if (k) {
        const auto* key = k->as_string();
        if (!key || key->get().empty() || key->get().size() > kMaxStepKeyBytes) {
            problems.push_back(detail::lineOf(*k) + "`step_key` must be a step key such as \"id:allyship\", found " +
                               detail::kindOf(*k) + "; this " + std::string(what) + " is ignored");
            return std::nullopt;
        }
        place.key = detail::cleanLearnerText(key->get(), kMaxStepKeyBytes);
    }
    if (!k && !n) {
        problems.push_back(detail::lineOf(t) + "a [[" + std::string(what) +
                           "]] without `step_key` or `step` is ignored");
        return std::nullopt;
    }
    if (n) {
        const auto step = detail::intIn(*n, 1, kMaxLearnerStepIndex + 1);
        if (step) {
            place.number = *step;
        } else if (!k) {
            problems.push_back(detail::lineOf(*n) + "`step` must be a step number from 1 to " +
                               std::to_string(kMaxLearnerStepIndex + 1) + ", found " + detail::kindOf(*n) +
                               (n->is_integer() ? " out of range" : "") + "; this " + std::string(what) +
                               " is ignored");
            return std::nullopt;
        } else {
            // With a step key the number only labels the entry: without it, the entry is still whole.
            problems.push_back(detail::lineOf(*n) + "`step` must be a step number from 1, found " + detail::kindOf(*n) +
                               "; it is ignored");
        }
    }
    const auto label = [&](std::string_view key, std::string& into) {
        const toml::node* v = t.get(key);
        if (!v) return;
        if (const auto* text = v->as_string()) {
            into = detail::cleanLearnerText(text->get(), kMaxLabelCodePoints);
        } else {
            problems.push_back(detail::lineOf(*v) + "`" + std::string(key) + "` must be a string, found " +
                               detail::kindOf(*v) + "; it is ignored");
        }
    };
    label("step_title", place.title);
    label("prompt", place.prompt);
    return place;
}

void readRoot(const toml::table& root, LearnerData& data, std::vector<std::string>& problems) {
    if (const toml::node* n = root.get("format")) {
        const auto* format = n->as_integer();
        if (!format || format->get() < 1) {
            problems.push_back(detail::lineOf(*n) + "`format` must be 1 or 2, found " + detail::kindOf(*n) +
                               "; the file is read as well as it can be");
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
        auto place = placeOf(*t, "answer", problems);
        if (!place) continue;
        const toml::node* c = t->get("choice");
        const auto choice = c ? detail::intIn(*c, 1, kMaxLearnerChoice) : std::nullopt;
        if (!choice) {
            problems.push_back(detail::lineOf(c ? *c : static_cast<const toml::node&>(*t)) + "the answer to " +
                               place->named() + " needs `choice`, a choice number from 1; it is ignored");
            continue;
        }
        bool added = false;
        if (place->key.empty()) {
            added = data.indexedAnswers.emplace(place->number - 1, *choice).second;
        } else {
            LearnerAnswer answer{*choice, place->number, std::move(place->title), std::move(place->prompt), {}};
            if (const toml::node* v = t->get("choice_text")) {
                if (const auto* text = v->as_string()) {
                    answer.choiceText = detail::cleanLearnerText(text->get(), kMaxLabelCodePoints);
                } else {
                    problems.push_back(detail::lineOf(*v) + "`choice_text` must be a string, found " +
                                       detail::kindOf(*v) + "; it is ignored");
                }
            }
            added = data.answers.emplace(place->key, std::move(answer)).second;
        }
        if (!added) problems.push_back(detail::lineOf(*t) + "a second answer to " + place->named() + " is ignored");
    }
    for (const toml::table* t : tablesOf(root, "reflection", problems)) {
        checkKeys(*t, kReflectionKeys, "in [[reflection]]", problems);
        auto place = placeOf(*t, "reflection", problems);
        if (!place) continue;
        const toml::node* n = t->get("text");
        const auto* text = n ? n->as_string() : nullptr;
        if (!text) {
            problems.push_back(detail::lineOf(n ? *n : static_cast<const toml::node&>(*t)) + "the reflection on " +
                               place->named() + " needs `text`, a string" +
                               (n ? ", found " + detail::kindOf(*n) : std::string()) + "; it is ignored");
            continue;
        }
        bool cut = false;
        std::string clean = detail::cleanLearnerText(text->get(), kMaxReflectionCodePoints, &cut);
        if (cut) {
            problems.push_back(detail::lineOf(*n) + "the reflection on " + place->named() + " is longer than " +
                               std::to_string(kMaxReflectionCodePoints) + " characters; only its beginning is kept");
        }
        if (clean.empty()) continue;
        const bool taken = place->key.empty() ? data.indexedReflections.contains(place->number - 1)
                                              : data.reflections.contains(place->key);
        if (taken) {
            problems.push_back(detail::lineOf(*t) + "a second reflection on " + place->named() + " is ignored");
            continue;
        }
        if (place->key.empty()) {
            data.indexedReflections.emplace(place->number - 1, std::move(clean));
        } else {
            data.reflections.emplace(place->key, LearnerReflection{std::move(clean), place->number,
                                                                   std::move(place->title), std::move(place->prompt)});
        }
    }
    checkKeys(root, kRootKeys, "at the top of the file", problems);
}

// "“The coin model” (learners/coin-intro-….toml)" or the file alone when there is no title.
std::string dataNamed(const LearnerData& data, const fs::path& file) {
    if (data.scenarioTitle.empty()) return file.string();
    return "“" + data.scenarioTitle + "” (" + file.string() + ")";
}

// The bytes a step's fingerprint is taken of: what a learner answers to, each text in every language,
// with separators that no text contains, so that moving words from one field to another changes it.
void addFingerprint(std::string& out, char field, const LocalText& text) {
    out += field;
    for (const auto& [language, words] : text.byLang) {
        out += language;
        out += '\x1f';
        out += words;
        out += '\x1e';
    }
    out += '\x1d';
}

std::string fingerprintOf(const Step& step) {
    std::string bytes;
    addFingerprint(bytes, 'T', step.title);
    addFingerprint(bytes, 'R', step.reflect);
    if (step.question) {
        addFingerprint(bytes, 'Q', step.question->prompt);
        for (const LocalText& choice : step.question->choices)
            addFingerprint(bytes, 'C', choice);
    }
    return "text:" + hex16(detail::stableHash(bytes));
}

// Two entries are the same when the learner's side of them is: the text, or the choice.
bool sameEntry(const LearnerReflection& a, const LearnerReflection& b) {
    return a.text == b.text;
}
bool sameEntry(const LearnerAnswer& a, const LearnerAnswer& b) {
    return a.choice == b.choice;
}

// Puts `entry` under `key`, or beside an entry already there that differs ("<key>~2", "<key>~3" …: no
// step key has '~', so these are kept as entries of a step that no longer exists, never dropped).
template <typename Entry> void place(std::map<std::string, Entry>& entries, const std::string& key, Entry entry) {
    std::string at = key;
    for (int n = 2;; ++n) {
        const auto it = entries.find(at);
        if (it == entries.end()) {
            entries.emplace(at, std::move(entry));
            return;
        }
        if (sameEntry(it->second, entry)) return;
        at = key + "~" + std::to_string(n);
    }
}

// "step_title = …" lines of an entry: what the step was when it was written, when known.
std::string labelLines(int number, const std::string& title, const std::string& prompt) {
    std::string out;
    if (number > 0) out += "step = " + std::to_string(number) + "\n";
    if (!title.empty()) out += "step_title = " + tomlString(title) + "\n";
    if (!prompt.empty()) out += "prompt = " + tomlString(prompt) + "\n";
    return out;
}

} // namespace

ScenarioIdentity identifyScenario(const Scenario& scenario, const fs::path& file, std::string_view language) {
    ScenarioIdentity identity;
    identity.id = scenario.id;
    identity.title = detail::oneLine(detail::textIn(scenario.title, language, scenario));
    identity.file = canonicalPathOf(file);
    identity.language = std::string(language);
    identity.key = "s-" + (detail::isValidId(scenario.id) ? scenario.id : std::string("scenario"));
    identity.formerKeys.push_back(formerLearnerKey(scenario, file));
    return identity;
}

ScenarioIdentity identifyBuiltInScenario(const Scenario& scenario, std::string_view language) {
    ScenarioIdentity identity;
    identity.id = scenario.id;
    identity.title = detail::oneLine(detail::textIn(scenario.title, language, scenario));
    identity.language = std::string(language);
    // The same key as in format 1: such a file is brought over in place.
    identity.key = "builtin-" + (detail::isValidId(scenario.id) ? scenario.id : std::string("scenario"));
    return identity;
}

std::string formerLearnerKey(const Scenario& scenario, const fs::path& file) {
    const std::string idPart = detail::isValidId(scenario.id) ? scenario.id : std::string("scenario");
    return idPart + "-" + hex16(detail::stableHash(canonicalPathOf(file)));
}

std::vector<std::string> stepKeysOf(const Scenario& scenario) {
    std::vector<std::string> keys;
    keys.reserve(scenario.steps.size());
    std::map<std::string, int> seen;
    for (const Step& step : scenario.steps) {
        std::string key = step.id.empty() ? fingerprintOf(step) : "id:" + step.id;
        // Repeats are numbered in order; ids and fingerprints never hold '#', so no suffix meets a key.
        const int n = ++seen[key];
        if (n > 1) key += "#" + std::to_string(n);
        keys.push_back(std::move(key));
    }
    return keys;
}

std::string stepKey(const Scenario& scenario, int index) {
    if (index < 0 || std::size_t(index) >= scenario.steps.size()) return {};
    return stepKeysOf(scenario)[std::size_t(index)];
}

std::vector<LearnerStep> learnerStepsOf(const Scenario& scenario, std::string_view language) {
    const std::vector<std::string> keys = stepKeysOf(scenario);
    std::vector<LearnerStep> steps;
    steps.reserve(keys.size());
    for (std::size_t i = 0; i < keys.size(); ++i) {
        const Step& step = scenario.steps[i];
        LearnerStep out;
        out.key = keys[i];
        out.number = int(i) + 1;
        out.title = detail::textIn(step.title, language, scenario);
        out.reflectPrompt = detail::textIn(step.reflect, language, scenario);
        if (step.question) {
            out.questionPrompt = detail::textIn(step.question->prompt, language, scenario);
            for (const LocalText& choice : step.question->choices)
                out.choices.push_back(detail::textIn(choice, language, scenario));
        }
        steps.push_back(std::move(out));
    }
    return steps;
}

bool mapIndexedEntries(LearnerData& data, const Scenario& scenario, std::string_view language) {
    if (data.indexedReflections.empty() && data.indexedAnswers.empty()) return false;
    const std::vector<LearnerStep> steps = learnerStepsOf(scenario, language);
    const auto keyFor = [&](int index) {
        return std::size_t(index) < steps.size() ? steps[std::size_t(index)].key : "gone:" + std::to_string(index + 1);
    };
    for (const auto& [index, text] : data.indexedReflections) {
        LearnerReflection r{text, index + 1, {}, {}};
        if (std::size_t(index) < steps.size()) {
            r.stepTitle = steps[std::size_t(index)].title;
            r.prompt = steps[std::size_t(index)].reflectPrompt;
        }
        place(data.reflections, keyFor(index), std::move(r));
    }
    for (const auto& [index, choice] : data.indexedAnswers) {
        LearnerAnswer a{choice, index + 1, {}, {}, {}};
        if (std::size_t(index) < steps.size()) {
            const LearnerStep& step = steps[std::size_t(index)];
            a.stepTitle = step.title;
            a.prompt = step.questionPrompt;
            if (std::size_t(choice) <= step.choices.size()) a.choiceText = step.choices[std::size_t(choice) - 1];
        }
        place(data.answers, keyFor(index), std::move(a));
    }
    data.indexedReflections.clear();
    data.indexedAnswers.clear();
    return true;
}

bool moveEntriesToStepIds(LearnerData& data, const Scenario& scenario) {
    if (data.reflections.empty() && data.answers.empty()) return false;
    Scenario withoutIds = scenario;
    for (Step& step : withoutIds.steps)
        step.id.clear();
    const std::vector<std::string> fingerprints = stepKeysOf(withoutIds);
    bool moved = false;
    const auto move = [&](auto& entries, const std::string& from, const std::string& to) {
        const auto it = entries.find(from);
        if (it == entries.end() || entries.count(to)) return;
        entries.emplace(to, std::move(it->second));
        entries.erase(it);
        moved = true;
    };
    for (std::size_t i = 0; i < scenario.steps.size(); ++i) {
        if (scenario.steps[i].id.empty()) continue;
        const std::string to = "id:" + scenario.steps[i].id;
        move(data.reflections, fingerprints[i], to);
        move(data.answers, fingerprints[i], to);
    }
    return moved;
}

void mergeLearnerData(LearnerData& into, const LearnerData& from) {
    for (const auto& [key, r] : from.reflections)
        place(into.reflections, key, r);
    for (const auto& [key, a] : from.answers)
        place(into.answers, key, a);
    // Entries still numbered by step (not mapped yet) join by number; a different one on a number already
    // taken is kept by its number as an entry of a step that no longer exists.
    for (const auto& [index, text] : from.indexedReflections) {
        const auto [it, added] = into.indexedReflections.emplace(index, text);
        if (!added && it->second != text) {
            place(into.reflections, "gone:" + std::to_string(index + 1), LearnerReflection{text, index + 1, {}, {}});
        }
    }
    for (const auto& [index, choice] : from.indexedAnswers) {
        const auto [it, added] = into.indexedAnswers.emplace(index, choice);
        if (!added && it->second != choice) {
            place(into.answers, "gone:" + std::to_string(index + 1), LearnerAnswer{choice, index + 1, {}, {}, {}});
        }
    }
    if (!into.lastStep) into.lastStep = from.lastStep;
    if (into.scenarioId.empty()) into.scenarioId = from.scenarioId;
    if (into.scenarioTitle.empty()) into.scenarioTitle = from.scenarioTitle;
    if (into.scenarioFile.empty()) into.scenarioFile = from.scenarioFile;
    into.updatedAt = std::max(into.updatedAt, from.updatedAt);
}

LearnerDataOnSteps learnerDataOnSteps(const LearnerData& data, const std::vector<LearnerStep>& steps) {
    LearnerDataOnSteps out;
    std::map<std::string_view, int> indexOf;
    for (std::size_t i = 0; i < steps.size(); ++i)
        indexOf.emplace(steps[i].key, int(i));
    std::vector<OrphanedLearnerEntry> answers;
    for (const auto& [key, r] : data.reflections) {
        if (const auto it = indexOf.find(key); it != indexOf.end()) {
            out.reflections.emplace(it->second, r.text);
        } else {
            out.orphans.push_back({key, r.stepNumber, r.stepTitle, r.prompt, r.text, false});
        }
    }
    for (const auto& [index, text] : data.indexedReflections)
        out.orphans.push_back({{}, index + 1, {}, {}, text, false});
    for (const auto& [key, a] : data.answers) {
        const auto it = indexOf.find(key);
        // A step that kept its id but lost the choice (or the whole question) cannot show it.
        if (it != indexOf.end() && std::size_t(a.choice) <= steps[std::size_t(it->second)].choices.size()) {
            out.answers.emplace(it->second, a.choice);
        } else {
            const std::string text = a.choiceText.empty() ? std::to_string(a.choice) : a.choiceText;
            answers.push_back({key, a.stepNumber, a.stepTitle, a.prompt, text, true});
        }
    }
    for (const auto& [index, choice] : data.indexedAnswers)
        answers.push_back({{}, index + 1, {}, {}, std::to_string(choice), true});
    const auto byStep = [](const OrphanedLearnerEntry& a, const OrphanedLearnerEntry& b) {
        return a.stepNumber != b.stepNumber ? a.stepNumber < b.stepNumber : a.stepKey < b.stepKey;
    };
    std::stable_sort(out.orphans.begin(), out.orphans.end(), byStep);
    std::stable_sort(answers.begin(), answers.end(), byStep);
    out.orphans.insert(out.orphans.end(), answers.begin(), answers.end());
    return out;
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
    out += "# Each entry belongs to the step named by `step_key`; `step` (counted from 1), `step_title` and\n";
    out += "# `prompt` say what that step was when the entry was written, so it can be shown once the step is\n";
    out += "# gone. Delete it in the app (Settings) or delete this file.\n";
    out += "format = " + std::to_string(kLearnerFormat) + "\n";
    out += "scenario_id = " + tomlString(data.scenarioId, false) + "\n";
    out += "scenario_title = " + tomlString(data.scenarioTitle, false) + "\n";
    out += "scenario_file = " + tomlString(data.scenarioFile, false) + "\n";
    if (data.updatedAt != 0) out += "updated = " + detail::formatUtcTimestamp(data.updatedAt) + "\n";
    if (data.lastStep) out += "last_step = " + std::to_string(*data.lastStep + 1) + "\n";
    for (const auto& [key, a] : data.answers) {
        out += "\n[[answer]]\nstep_key = " + tomlString(key, false) + "\n" +
               labelLines(a.stepNumber, a.stepTitle, a.prompt);
        out += "choice = " + std::to_string(a.choice) + "\n";
        if (!a.choiceText.empty()) out += "choice_text = " + tomlString(a.choiceText) + "\n";
    }
    // Entries not given a step key yet keep their step number, as format 1 had them.
    for (const auto& [step, choice] : data.indexedAnswers) {
        out += "\n[[answer]]\nstep = " + std::to_string(step + 1) + "\nchoice = " + std::to_string(choice) + "\n";
    }
    for (const auto& [key, r] : data.reflections) {
        if (r.text.empty()) continue;
        out += "\n[[reflection]]\nstep_key = " + tomlString(key, false) + "\n" +
               labelLines(r.stepNumber, r.stepTitle, r.prompt) + "text = " + tomlString(r.text) + "\n";
    }
    for (const auto& [step, text] : data.indexedReflections) {
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
                      " could not be used and were skipped:" + detail::bulletedProblems(problems) +
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

Status saveLearnerData(const fs::path& dataDir, std::string_view key, const LearnerData& data, bool setAsideUnusable) {
    if (!isValidLearnerKey(key)) {
        return Status::failed(FailureKind::Refused, "Your data could not be saved: " + detail::quoteValue(key) +
                                                        " is not a valid learner-data key.");
    }
    const std::string text = writeLearnerToml(data);
    if (text.size() > kMaxLearnerFileBytes) {
        return Status::failed(FailureKind::Refused, "Your reflections for this scenario are too long to save together "
                                                    "(over " +
                                                        detail::sizeInWords(kMaxLearnerFileBytes) +
                                                        "). They stay in the app until it closes; export them to "
                                                        "keep a copy.");
    }
    const fs::path file = learnerFilePath(dataDir, key);
    const auto failed = [](const Status& cause) {
        return cause.reworded("Your reflections and answers could not be saved (" + cause.text() +
                              "). They stay in the app until it closes, and saving is tried again with your next "
                              "change; export them to keep a copy.");
    };
    // The data folder holds private text: owner-only, whatever the home folder allows.
    if (Status made = detail::makeFolder(dataDir, true); !made.ok()) return failed(made);
    if (setAsideUnusable) {
        std::error_code ec;
        if (fs::exists(fs::symlink_status(file, ec))) {
            fs::path aside = file;
            aside += ".unreadable";
            fs::rename(file, aside, ec);
            if (ec) {
                return failed(Status::failedWithErrno(ec.value(), "cannot keep the unreadable file as " +
                                                                      aside.string() + ": " + ec.message()));
            }
        }
    }
    if (Status saved = detail::saveStoredText(file, text, true); !saved.ok()) return failed(saved);
    return {};
}

Status deleteLearnerFiles(const fs::path& dataDir, std::string_view key) {
    if (!isValidLearnerKey(key)) {
        return Status::failed(FailureKind::Refused,
                              "Nothing was deleted: " + detail::quoteValue(key) + " is not a valid key.");
    }
    return detail::removeWithCompanions(learnerFilePath(dataDir, key), nullptr);
}

} // namespace cs
