// What each step puts on stage once the carry-over rules of docs/scenario-format.md are applied: the renderer, the
// walkthrough and `--step N` read steps through this, never the raw optional fields.
#pragma once

#include "core/scenario/model.h"

#include <string>
#include <string_view>
#include <vector>

namespace cs {

struct ResolvedStep {
    std::vector<std::string> coins;    // structure ids on stage, in order
    std::vector<std::string> personas; // persona ids on stage, in order
    std::string focus;                 // the coin in focus; "" when no coin is on stage
    Show show = Show::Both;            // the face(s) shown as the step starts
    Action action = Action::None;
    Show endShow = Show::Both; // what is shown once the action has played (flip turns the coin)
    bool operator==(const ResolvedStep&) const = default;
};

// One entry per step, in order (steps count from 1 in the UI: step N is result[N - 1]).
// `coins`/`personas` absent: as the previous step (the first step: none). `focus` absent: the first
// coin. `show` absent: both. `action` absent: none. Works on any model, valid or not.
std::vector<ResolvedStep> resolveSteps(const Scenario& scenario);

// The face a flip ends on: the opposite one; from `both` or `edge`, the bottom face.
Show showAfter(Show show, Action action);

// The language to show: `requested` (--lang) when given; else the locale's language if
// the scenario has it ("fr_CA.UTF-8" matches "fr-CA", then "fr"); else the scenario's first language.
// Texts missing in the chosen language fall back per LocalText::get.
std::string chooseLanguage(const Scenario& scenario, std::string_view requested, std::string_view locale);

// The steps (numbered from 1) with some text that is not written in `lang` (it would show in another
// language): the facilitator's start screen warns before the show.
std::vector<int> stepsMissingLanguage(const Scenario& scenario, std::string_view lang);

// The structure ids a scenario involves: those it defines, then those it uses from the built-in
// library (steps' coins and focus, then persona positions), each once, in order of first appearance. Its size is
// the C in `--check`'s "S steps, C structures".
std::vector<std::string> structuresInvolved(const Scenario& scenario);

} // namespace cs
