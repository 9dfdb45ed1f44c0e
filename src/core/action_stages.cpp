// Stage timing of the step actions.
#include "core/action_stages.h"

#include <algorithm>

namespace cs {
namespace {

// 0 before `from`, 1 after `to`, eased in between.
float span(float p, float from, float to) {
    if (to <= from) return p >= to ? 1.0f : 0.0f;
    return ease(Ease::InOutCubic, (p - from) / (to - from));
}

} // namespace

LiftStages liftStages(float p) {
    LiftStages s;
    s.oldPlace = span(p, 0.0f, 0.15f);
    s.rise = span(p, 0.15f, 0.85f);
    return s;
}

DismantleStages dismantleStages(float p) {
    DismantleStages s;
    s.bottomGathers = span(p, 0.0f, 0.25f);
    s.topJoins = span(p, 0.2f, 0.4f);
    // The coin loosens in three pushes, each a little after the people push together.
    s.loosen = (span(p, 0.4f, 0.5f) + span(p, 0.55f, 0.65f) + span(p, 0.7f, 0.8f)) / 3.0f;
    s.sideBySide = span(p, 0.8f, 1.0f);
    return s;
}

LevelsStages levelsStages(float p) {
    LevelsStages s;
    s.institutional = span(p, 0.0f, 0.3f);
    s.interpersonal = span(p, 0.33f, 0.63f);
    s.internal = span(p, 0.66f, 0.96f);
    return s;
}

float actionProgressOn(const AppState& state, int coin, Action kind) {
    if (state.action.kind != kind || state.action.coin != coin) return -1.0f;
    return std::clamp(state.action.progress.valueAt(state.timeline.now()), 0.0f, 1.0f);
}

CoinPresence coinPresence(const AppState& state, int coin) {
    CoinPresence c;
    const float p = actionProgressOn(state, coin, Action::Dismantle);
    if (p < 0.0f) return c;
    const DismantleStages d = dismantleStages(p);
    c.coin = 1.0f - d.loosen;
    c.unearned = 1.0f - d.loosen;
    c.sideBySide = d.sideBySide;
    return c;
}

} // namespace cs
