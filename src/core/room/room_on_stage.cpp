#include "core/room/room_on_stage.h"

#include "core/user_data/learner_data.h"

#include <cstdint>
#include <cstdio>
#include <string>

namespace cs {

std::optional<RoomQuestion> roomQuestionFor(const AppState& state) {
    if (!state.room.open || !state.presentation.active || state.contentNotePending) return std::nullopt;
    const Step* step = state.currentStep();
    if (!step || !step->question) return std::nullopt;
    RoomQuestion q;
    q.prompt = state.tr(step->question->prompt);
    for (const auto& choice : step->question->choices)
        q.choices.push_back(state.tr(choice));
    // A hash of the step's key and the words phones see: short, the same for the same question, and
    // telling a phone nothing about the scenario's file.
    std::uint64_t h = 1469598103934665603ull;
    auto mix = [&h](const std::string& text) {
        for (const char c : text)
            h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
        h = (h ^ 0x1fu) * 1099511628211ull; // a separator no text contains
    };
    mix(stepKey(state.scenario->scenario, state.step));
    mix(q.prompt);
    for (const auto& c : q.choices)
        mix(c);
    char id[20];
    std::snprintf(id, sizeof id, "q%016llx", static_cast<unsigned long long>(h));
    q.id = id;
    return q;
}

bool roomCardShown(const AppState& state) {
    if (!state.room.open || !state.presentation.active || state.blackout || state.whiteout) return false;
    if (state.contentNotePending) return false;
    const Step* step = state.currentStep();
    return step && (step->question || step->join);
}

} // namespace cs
