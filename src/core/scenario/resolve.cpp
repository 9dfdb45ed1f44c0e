// Step carry-over and the structures a scenario involves.
#include "core/scenario/resolve.h"

#include <algorithm>

namespace cs {

Show showAfter(Show show, Action action) {
    if (action != Action::Flip) return show;
    switch (show) {
    case Show::Top: return Show::Bottom;
    case Show::Bottom: return Show::Top;
    case Show::Both:
    case Show::Edge: return Show::Bottom;
    }
    return Show::Bottom;
}

std::vector<ResolvedStep> resolveSteps(const Scenario& scenario) {
    std::vector<ResolvedStep> out;
    out.reserve(scenario.steps.size());
    ResolvedStep previous;
    for (const Step& step : scenario.steps) {
        ResolvedStep r;
        r.coins = step.coins ? *step.coins : previous.coins;
        r.personas = step.personas ? *step.personas : previous.personas;
        r.focus = step.focus ? *step.focus : (r.coins.empty() ? std::string() : r.coins.front());
        r.show = step.show.value_or(Show::Both);
        r.action = step.action.value_or(Action::None);
        r.endShow = showAfter(r.show, r.action);
        out.push_back(r);
        previous = std::move(r);
    }
    return out;
}

std::string chooseLanguage(const Scenario& scenario, std::string_view requested, std::string_view locale) {
    if (!requested.empty()) return std::string(requested);
    // POSIX locales look like "fr_CA.UTF-8@euro"; scenario codes like "fr-CA".
    std::string tag(locale.substr(0, locale.find_first_of(".@")));
    std::replace(tag.begin(), tag.end(), '_', '-');
    const auto has = [&](const std::string& lang) {
        return std::find(scenario.languages.begin(), scenario.languages.end(), lang) != scenario.languages.end();
    };
    if (!tag.empty() && tag != "C" && tag != "POSIX") {
        if (has(tag)) return tag;
        const std::string base = tag.substr(0, tag.find('-'));
        if (has(base)) return base;
    }
    return scenario.firstLanguage();
}

std::vector<std::string> structuresInvolved(const Scenario& scenario) {
    std::vector<std::string> ids;
    const auto add = [&](const std::string& id) {
        if (!id.empty() && std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
    };
    for (const Structure& s : scenario.structures)
        add(s.id);
    for (const Step& step : scenario.steps) {
        if (step.coins) {
            for (const std::string& c : *step.coins)
                add(c);
        }
        if (step.focus) add(*step.focus);
    }
    for (const Persona& p : scenario.personas) {
        for (const auto& position : p.positions)
            add(position.first);
    }
    return ids;
}

std::vector<int> stepsMissingLanguage(const Scenario& scenario, std::string_view lang) {
    std::vector<int> out;
    auto missing = [&](const LocalText& t) { return !t.empty() && !t.has(lang); };
    for (std::size_t i = 0; i < scenario.steps.size(); ++i) {
        const Step& st = scenario.steps[i];
        bool gap = missing(st.title) || missing(st.text) || missing(st.notes) || missing(st.reflect) ||
                   missing(st.discuss) || missing(st.contentNote);
        for (const auto& p : st.pushback)
            gap = gap || missing(p);
        if (st.question) {
            gap = gap || missing(st.question->prompt) || missing(st.question->explain);
            for (const auto& c : st.question->choices)
                gap = gap || missing(c);
        }
        if (gap) out.push_back(int(i) + 1);
    }
    return out;
}

} // namespace cs
