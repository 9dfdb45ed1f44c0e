// The result of operations that can fail: success or a failure with a kind and words; the kind of a
// system error; the first failure kept, all of them told.
#include "core/status.h"
#include "status_checks.h"

#include <gtest/gtest.h>

#include <cerrno>

namespace cs {
namespace {

TEST(StatusTest, SuccessHasNoWordsAndAFailureKeepsItsKindAndWords) {
    const Status fine;
    EXPECT_TRUE(fine.ok());
    EXPECT_EQ(fine.text(), "");
    const Status full = Status::failedWithErrno(ENOSPC, "cannot write a.toml: No space left on device");
    EXPECT_FALSE(full.ok());
    EXPECT_EQ(full.kind(), FailureKind::NoSpace);
    EXPECT_EQ(full.text(), "cannot write a.toml: No space left on device");
    EXPECT_NE(full, fine);
}

TEST(StatusTest, SystemErrorsHaveTheKindTheAppActsOn) {
    EXPECT_EQ(failureKindOf(EACCES), FailureKind::NotAllowed);
    EXPECT_EQ(failureKindOf(EPERM), FailureKind::NotAllowed);
    EXPECT_EQ(failureKindOf(EROFS), FailureKind::NotAllowed);
    EXPECT_EQ(failureKindOf(ENOSPC), FailureKind::NoSpace);
    EXPECT_EQ(failureKindOf(EDQUOT), FailureKind::NoSpace);
    EXPECT_EQ(failureKindOf(ENOENT), FailureKind::NotFound);
    EXPECT_EQ(failureKindOf(ENOTDIR), FailureKind::NotFound);
    EXPECT_EQ(failureKindOf(EISDIR), FailureKind::NotAFile);
    EXPECT_EQ(failureKindOf(EIO), FailureKind::Other);
}

TEST(StatusTest, RewordingKeepsTheKindAndLeavesSuccessAlone) {
    const Status denied = Status::failed(FailureKind::NotAllowed, "permission denied");
    const Status told = denied.reworded("Your settings could not be saved (" + denied.text() + ").");
    EXPECT_EQ(told.kind(), FailureKind::NotAllowed);
    EXPECT_EQ(told.text(), "Your settings could not be saved (permission denied).");
    EXPECT_OK(Status().reworded("never shown"));
}

TEST(StatusTest, OrElseKeepsTheFirstFailureAndAddTellsThemAll) {
    Status first;
    first.orElse(Status::failed(FailureKind::NoSpace, "disk full"));
    first.orElse(Status::failed(FailureKind::Other, "later"));
    EXPECT_EQ(first, Status::failed(FailureKind::NoSpace, "disk full"));

    Status all;
    all.add(Status());
    all.add(Status::failed(FailureKind::NotAllowed, "settings: permission denied"));
    all.add(Status());
    all.add(Status::failed(FailureKind::NoSpace, "learner data: disk full"));
    EXPECT_EQ(all.kind(), FailureKind::NotAllowed);
    EXPECT_EQ(all.text(), "settings: permission denied\nlearner data: disk full");
}

TEST(StatusTest, AFailurePrintsItsKindForTestMessages) {
    EXPECT_EQ(::testing::PrintToString(Status::failed(FailureKind::NotSafe, "saved, but not flushed")),
              "not safe: saved, but not flushed");
    EXPECT_EQ(::testing::PrintToString(Status()), "ok");
}

} // namespace
} // namespace cs
