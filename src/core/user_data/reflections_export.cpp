// "Export my reflections": the learner's reflections on a scenario as a Markdown file of their own,
// with each step's title and prompt, in the learner's language.
#include "core/user_data/learner_data.h"
#include "core/user_data/stored_file.h"

#include "core/scenario/text_util.h"

#include <algorithm>
#include <string>

namespace cs {

namespace {

// Export headings in the learner's language (en, fr); the scenario's own words come from the scenario.
struct ExportWords {
    std::string_view heading, intro, step, of, colon, gone, none;
    std::string_view stepLower; // "(step 12)" after `gone` when only the number is known
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
                "D’une étape qui n’existe plus",
                "Aucune réflexion pour l’instant.",
                "étape"};
    }
    return {"Reflections",
            "Private notes written in Coin Model Studio. They were never uploaded or shown to anyone; "
            "this copy is yours to keep or share as you choose.",
            "Step",
            "of",
            ": ",
            "From a step that no longer exists",
            "No reflections yet.",
            "step"};
}

// A quotation, line by line, so that a prompt reads apart from the learner's words.
std::string asQuotation(const std::string& prompt) {
    std::string out;
    std::size_t start = 0;
    while (start <= prompt.size()) {
        const std::size_t end = std::min(prompt.find('\n', start), prompt.size());
        out += "> " + prompt.substr(start, end - start) + "\n";
        start = end + 1;
    }
    return out + "\n";
}

} // namespace

std::string exportReflections(const LearnerData& data, const Scenario& scenario, std::string_view language) {
    const ExportWords words = exportWords(language);
    std::string title = detail::oneLine(detail::textIn(scenario.title, language, scenario));
    if (title.empty()) title = data.scenarioTitle;
    std::string out = "# " + std::string(words.heading) + (title.empty() ? "" : " — " + title) + "\n\n";
    out += std::string(words.intro) + "\n";
    const std::vector<LearnerStep> steps = learnerStepsOf(scenario, language);
    const LearnerDataOnSteps on = learnerDataOnSteps(data, steps);
    const auto addText = [&](const std::string& text) {
        out += text;
        if (!text.ends_with('\n')) out += "\n";
    };
    bool any = false;
    for (const auto& [index, text] : on.reflections) {
        if (text.empty()) continue;
        any = true;
        const LearnerStep& step = steps[std::size_t(index)];
        out += "\n## " + std::string(words.step) + " " + std::to_string(index + 1) + " " + std::string(words.of) + " " +
               std::to_string(steps.size()) + std::string(words.colon) + detail::oneLine(step.title) + "\n\n";
        // The prompt the step asks now; the one kept with the text when the step asks none any more.
        std::string prompt = step.reflectPrompt;
        if (prompt.empty()) {
            const auto it = data.reflections.find(step.key);
            if (it != data.reflections.end()) prompt = it->second.prompt;
        }
        if (!prompt.empty()) out += asQuotation(prompt);
        addText(text);
    }
    // Nothing the learner wrote is left out: reflections whose step is gone come last, with what it said.
    for (const OrphanedLearnerEntry& gone : on.orphans) {
        if (gone.isAnswer || gone.text.empty()) continue;
        any = true;
        out += "\n## " + std::string(words.gone);
        if (!gone.stepTitle.empty()) {
            out += std::string(words.colon) + detail::oneLine(gone.stepTitle);
        } else if (gone.stepNumber > 0) {
            out += " (" + std::string(words.stepLower) + " " + std::to_string(gone.stepNumber) + ")";
        }
        out += "\n\n";
        if (!gone.prompt.empty()) out += asQuotation(gone.prompt);
        addText(gone.text);
    }
    if (!any) out += "\n" + std::string(words.none) + "\n";
    return out;
}

std::string suggestedReflectionsFileName(const Scenario& scenario) {
    return "reflections-" + (detail::isValidId(scenario.id) ? scenario.id : std::string("scenario")) + ".md";
}

} // namespace cs
