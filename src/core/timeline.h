// The animation clock: time only enters the app through Timeline::advance(dt), so tests step it by hand.
#pragma once

#include <algorithm>
#include <cstdint>

namespace cs {

enum class Ease : std::uint8_t { Linear, InOutCubic, OutCubic, InOutSine };

// Maps t in [0,1] to eased progress in [0,1]; clamps t outside the range.
float ease(Ease curve, float t);

// Monotonic animation time in seconds. Nothing else in core reads a clock.
class Timeline {
  public:
    double now() const { return now_; }
    // Moves time forward; negative or non-finite steps are ignored (time never goes back).
    void advance(double dt);

  private:
    double now_ = 0.0;
};

// One animated scalar: holds its start and end values and the span of timeline time it covers.
// A tween with zero duration is already at its end value (reduced motion uses that).
struct Tween {
    float from = 0.0f;
    float to = 0.0f;
    double start = 0.0;
    double duration = 0.0;
    Ease curve = Ease::InOutCubic;

    static Tween constant(float value) { return Tween{value, value, 0.0, 0.0, Ease::Linear}; }

    float valueAt(double t) const;
    bool finishedAt(double t) const { return duration <= 0.0 || t >= start + duration; }
    double endTime() const { return start + std::max(0.0, duration); }

    // Starts a new animation from the value shown at time `t` towards `target`.
    void retarget(float target, double t, double seconds, Ease c = Ease::InOutCubic);
    // Jumps to the end value at once.
    void snap(float target) { *this = constant(target); }
};

} // namespace cs
