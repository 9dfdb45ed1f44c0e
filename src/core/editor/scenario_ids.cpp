// The ids of a scenario's items as the editor changes them.
#include "core/editor/scenario_ids.h"

#include <algorithm>
#include <string_view>

namespace cs {

namespace {

// A new step's id: "step-N" past the highest N any step has. Filling gaps instead would hand a new step
// the id of a deleted one, whose reflections learners may still keep, and show them on the new step.
std::string freshStepId(const Scenario& s) {
    std::size_t highest = 0;
    for (const Step& step : s.steps) {
        const std::string_view id = step.id;
        if (!id.starts_with("step-") || id.size() > 5 + 9) continue;
        std::size_t n = 0;
        bool digits = id.size() > 5;
        for (char c : id.substr(5)) {
            if (c < '0' || c > '9')
                digits = false;
            else
                n = n * 10 + std::size_t(c - '0');
        }
        if (digits) highest = std::max(highest, n);
    }
    const std::set<std::string> ids = idsOf(s, Part::Step);
    for (std::size_t n = highest + 1;; ++n) {
        std::string id = "step-" + std::to_string(n);
        if (ids.count(id) == 0) return id;
    }
}

} // namespace

// The ids of a part's items, to find fresh ones.
std::set<std::string> idsOf(const Scenario& s, Part part) {
    std::set<std::string> ids;
    const auto collect = [&](const auto& items) {
        for (const auto& item : items)
            ids.insert(item.id);
    };
    if (part == Part::Source) collect(s.sources);
    if (part == Part::Structure) collect(s.structures);
    if (part == Part::Persona) collect(s.personas);
    if (part == Part::Step) collect(s.steps);
    return ids;
}

// "structure-N" with the smallest N ≥ 1 not taken.
std::string freshId(const Scenario& s, Part part) {
    if (part == Part::Step) return freshStepId(s);
    const std::set<std::string> ids = idsOf(s, part);
    for (std::size_t n = 1;; ++n) {
        std::string id = std::string(partName(part)) + "-" + std::to_string(n);
        if (ids.count(id) == 0) return id;
    }
}

// "ableism-copy", then "ableism-copy-2", "ableism-copy-3" … whichever is free first.
std::string copyId(const Scenario& s, Part part, const std::string& original) {
    if (original.empty()) return freshId(s, part);
    const std::set<std::string> ids = idsOf(s, part);
    std::string id = original + "-copy";
    for (std::size_t n = 2; ids.count(id) != 0; ++n)
        id = original + "-copy-" + std::to_string(n);
    return id;
}

void sortPositions(Persona& persona) {
    std::stable_sort(persona.positions.begin(), persona.positions.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
}

void renameId(Scenario& s, Part part, std::string& id, const std::string& newId) {
    const std::string oldId = id;
    id = newId;
    // References follow only when they clearly meant this item: not when the old or new id is
    // empty (an empty `source` means "none", and while an id is being retyped, "" is a moment,
    // not a name), and not when another item still carries the old id (the references may be
    // to that one).
    if (oldId.empty() || newId.empty() || oldId == newId || idsOf(s, part).count(oldId) != 0) return;
    const auto renameIn = [&](std::vector<std::string>& list) { std::replace(list.begin(), list.end(), oldId, newId); };
    switch (part) {
    case Part::Source:
        for (Structure& structure : s.structures) {
            if (structure.source == oldId) structure.source = newId;
        }
        break;
    case Part::Structure:
        for (Step& step : s.steps) {
            if (step.coins) renameIn(*step.coins);
            if (step.focus == oldId) step.focus = newId;
        }
        for (Persona& persona : s.personas) {
            auto& positions = persona.positions;
            const auto has = [&](const std::string& key) {
                return std::any_of(positions.begin(), positions.end(), [&](const auto& p) { return p.first == key; });
            };
            // A persona already placed on a coin with the new id keeps both entries (a table
            // cannot hold one key twice); the diagnostics point at the old one.
            if (!has(oldId) || has(newId)) continue;
            for (auto& position : positions) {
                if (position.first == oldId) position.first = newId;
            }
            sortPositions(persona);
        }
        break;
    case Part::Persona:
        for (Step& step : s.steps) {
            if (step.personas) renameIn(*step.personas);
        }
        break;
    case Part::Scenario:
    case Part::Step: break;
    }
}

} // namespace cs
