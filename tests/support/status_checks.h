// GoogleTest checks for cs::Status: EXPECT_OK(expr) / ASSERT_OK(expr) pass on success and, on a
// failure, print its kind and its words; a Status prints as "ok" or "<kind>: <text>".
#pragma once

#include "core/status.h"

#include <gtest/gtest.h>

#include <ostream>

namespace cs {

inline void PrintTo(const Status& status, std::ostream* out) {
    if (status.ok())
        *out << "ok";
    else
        *out << failureKindName(status.kind()) << ": " << status.text();
}

namespace testing {

inline ::testing::AssertionResult statusIsOk(const char* expression, const Status& status) {
    if (status.ok()) return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure() << expression << " failed (" << failureKindName(status.kind())
                                         << "): " << status.text();
}

} // namespace testing
} // namespace cs

#define EXPECT_OK(expression) EXPECT_PRED_FORMAT1(::cs::testing::statusIsOk, expression)
#define ASSERT_OK(expression) ASSERT_PRED_FORMAT1(::cs::testing::statusIsOk, expression)
