// Timeline, easing and tween behaviour: time only moves through advance(dt).
#include "core/timeline.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

namespace cs {
namespace {

TEST(EaseTest, EveryCurveStartsAtZeroEndsAtOneAndClamps) {
    for (Ease e : {Ease::Linear, Ease::InOutCubic, Ease::OutCubic, Ease::InOutSine}) {
        EXPECT_FLOAT_EQ(ease(e, 0.0f), 0.0f);
        EXPECT_FLOAT_EQ(ease(e, 1.0f), 1.0f);
        EXPECT_FLOAT_EQ(ease(e, -3.0f), 0.0f);
        EXPECT_FLOAT_EQ(ease(e, 7.0f), 1.0f);
        EXPECT_FLOAT_EQ(ease(e, std::numeric_limits<float>::quiet_NaN()), 0.0f);
    }
}

TEST(EaseTest, CurvesAreMonotonic) {
    for (Ease e : {Ease::Linear, Ease::InOutCubic, Ease::OutCubic, Ease::InOutSine}) {
        float previous = 0.0f;
        for (int i = 1; i <= 100; ++i) {
            const float v = ease(e, float(i) / 100.0f);
            EXPECT_GE(v, previous) << "curve " << int(e) << " at " << i;
            previous = v;
        }
    }
}

TEST(EaseTest, InOutCubicIsSymmetricAndSlowAtTheEnds) {
    EXPECT_NEAR(ease(Ease::InOutCubic, 0.5f), 0.5f, 1e-6f);
    EXPECT_NEAR(ease(Ease::InOutCubic, 0.25f) + ease(Ease::InOutCubic, 0.75f), 1.0f, 1e-6f);
    EXPECT_LT(ease(Ease::InOutCubic, 0.1f), 0.1f);
}

TEST(TimelineTest, AdvancesOnlyForwardAndIgnoresBadSteps) {
    Timeline t;
    EXPECT_EQ(t.now(), 0.0);
    t.advance(0.25);
    t.advance(-1.0);
    t.advance(std::numeric_limits<double>::infinity());
    t.advance(std::numeric_limits<double>::quiet_NaN());
    EXPECT_DOUBLE_EQ(t.now(), 0.25);
}

TEST(TweenTest, RunsFromStartToEndOverItsDuration) {
    Tween tw{0.0f, 10.0f, 1.0, 2.0, Ease::Linear};
    EXPECT_FLOAT_EQ(tw.valueAt(0.0), 0.0f);
    EXPECT_FLOAT_EQ(tw.valueAt(1.0), 0.0f);
    EXPECT_FLOAT_EQ(tw.valueAt(2.0), 5.0f);
    EXPECT_FLOAT_EQ(tw.valueAt(3.0), 10.0f);
    EXPECT_FLOAT_EQ(tw.valueAt(100.0), 10.0f);
    EXPECT_FALSE(tw.finishedAt(2.9));
    EXPECT_TRUE(tw.finishedAt(3.0));
    EXPECT_DOUBLE_EQ(tw.endTime(), 3.0);
}

TEST(TweenTest, RetargetStartsFromTheValueShownNow) {
    Tween tw{0.0f, 1.0f, 0.0, 1.0, Ease::Linear};
    tw.retarget(0.0f, 0.5, 1.0, Ease::Linear); // turn back half way
    EXPECT_FLOAT_EQ(tw.valueAt(0.5), 0.5f);
    EXPECT_FLOAT_EQ(tw.valueAt(1.0), 0.25f);
    EXPECT_FLOAT_EQ(tw.valueAt(1.5), 0.0f);
}

TEST(TweenTest, ZeroDurationJumpsToTheEnd) {
    Tween tw = Tween::constant(2.0f);
    tw.retarget(5.0f, 3.0, 0.0);
    EXPECT_FLOAT_EQ(tw.valueAt(3.0), 5.0f);
    EXPECT_TRUE(tw.finishedAt(0.0));
}

} // namespace
} // namespace cs
