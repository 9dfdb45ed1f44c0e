// The room's view of a state that is not the one on stage: a step behind its content note, and the
// next step as the presenter's "Next" shows it.
#pragma once

#include "core/app_state.h"

#include <optional>

namespace cs {

// The room reads a step's content note before it sees the step: until then the stage is empty (no
// coins, no people). Nothing when no note is waiting.
std::optional<AppState> veiledUntilTheNoteIsRead(const AppState& state);

// The step after the one on stage as the room will see it after the next key: no black or white
// screen, no presenter overlay or question over it, nothing revealed yet (the step starts afresh), at
// the end of its animation. Nothing past the last step (or without a scenario).
std::optional<AppState> nextStepAsTheRoomWillSeeIt(const AppState& state);

} // namespace cs
