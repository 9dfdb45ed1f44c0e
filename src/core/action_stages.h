// What the step actions show at each moment : the action's progress (0 → 1) split into its
// stages, and how present each coin and its parts are. Pure functions, so tests can check every
// stage and the end states without drawing anything.
#pragma once

#include "core/app_state.h"

namespace cs {

// Lift to top: one person is carried from the bottom face to the top face. The coin, the old place
// and the unearned top all stay: it is shown as the mistaken strategy it is.
struct LiftStages {
    float rise = 0.0f;     // 0 on the bottom face … 1 on the top face
    float oldPlace = 0.0f; // the place left behind, outlined (never goes away)
};

// Dismantle: collective and staged, led by people on the bottom face. People gather, the coin
// loosens and goes; the people and who they are remain, side by side.
struct DismantleStages {
    float bottomGathers = 0.0f; // people from the bottom face come first and lead
    float topJoins = 0.0f;      // then people from the top face join, behind them
    float loosen = 0.0f;        // the coin (and the unearned advantage and disadvantage) fades
    float sideBySide = 0.0f;    // the people stand side by side where the coin was
};

// Levels: institutional, interpersonal, internal, appearing in that order on both faces.
struct LevelsStages {
    float institutional = 0.0f;
    float interpersonal = 0.0f;
    float internal = 0.0f;
};

LiftStages liftStages(float progress);
DismantleStages dismantleStages(float progress);
LevelsStages levelsStages(float progress);

// How present a coin is on stage now.
struct CoinPresence {
    float coin = 1.0f;       // the disc itself (opacity)
    float unearned = 1.0f;   // the words "unearned advantage / disadvantage" and the item lists
    float sideBySide = 0.0f; // dismantled: its two groups of people shown side by side
};
CoinPresence coinPresence(const AppState& state, int coin);

// The action's progress on `coin` now, or -1 when that coin is not acting `kind`.
float actionProgressOn(const AppState& state, int coin, Action kind);

} // namespace cs
