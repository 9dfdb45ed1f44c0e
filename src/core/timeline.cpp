// Easing curves, the animation clock and tweens.
#include "core/timeline.h"

#include <cmath>
#include <numbers>

namespace cs {

float ease(Ease curve, float t) {
    if (!(t > 0.0f)) return 0.0f; // also catches NaN
    if (t >= 1.0f) return 1.0f;
    switch (curve) {
    case Ease::Linear: return t;
    case Ease::InOutCubic: return t < 0.5f ? 4.0f * t * t * t : 1.0f - std::pow(-2.0f * t + 2.0f, 3.0f) / 2.0f;
    case Ease::OutCubic: return 1.0f - std::pow(1.0f - t, 3.0f);
    case Ease::InOutSine: return -(std::cos(std::numbers::pi_v<float> * t) - 1.0f) / 2.0f;
    }
    return t;
}

void Timeline::advance(double dt) {
    if (std::isfinite(dt) && dt > 0.0) now_ += dt;
}

float Tween::valueAt(double t) const {
    if (finishedAt(t)) return to;
    if (t <= start) return from;
    const auto progress = static_cast<float>((t - start) / duration);
    return from + (to - from) * ease(curve, progress);
}

void Tween::retarget(float target, double t, double seconds, Ease c) {
    const float current = valueAt(t);
    if (seconds <= 0.0) {
        snap(target);
        return;
    }
    *this = Tween{current, target, t, seconds, c};
}

} // namespace cs
