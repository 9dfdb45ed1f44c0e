// Which question the room's phones show, worked out from the state on stage: the current step's
// question in the show's language, once its content note (if any) has been read.
#pragma once

#include "core/app_state.h"
#include "core/room/room_answers.h"

#include <optional>

namespace cs {

// Nullopt when no show runs with the room on, no step has a question, or the step waits behind its
// content note. The id names the step and its question's words: the same question asked again keeps
// its answers; a question whose words were edited (hot reload) is a new one.
std::optional<RoomQuestion> roomQuestionFor(const AppState& state);

// The audience view shows how to join (a QR code and the short address) or, once revealed, the room's
// answers: during a show with the room open, on a step with a question or marked `join = true`, not
// over a blank screen.
bool roomCardShown(const AppState& state);

} // namespace cs
