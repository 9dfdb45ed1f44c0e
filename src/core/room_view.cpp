#include "core/room_view.h"

namespace cs {

std::optional<AppState> veiledUntilTheNoteIsRead(const AppState& state) {
    if (!state.contentNotePending) return std::nullopt;
    AppState veiled = state;
    veiled.coins.clear();
    veiled.personas.clear();
    return veiled;
}

std::optional<AppState> nextStepAsTheRoomWillSeeIt(const AppState& state) {
    const int next = state.hasSteps() ? state.step + 1 : -1;
    if (next < 0 || next >= state.scenario->stepCount()) return std::nullopt;
    AppState preview = state;
    preview.blackout = preview.whiteout = false;
    preview.presentation.overlayVisible = preview.presentation.overlayConfirmPending = false;
    preview.presentation.quitConfirmPending = false;
    applyCommand(preview, cmd::GoToStep{next + 1});
    preview.settle();
    return preview;
}

} // namespace cs
