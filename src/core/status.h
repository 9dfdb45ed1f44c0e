// The outcome of an operation that can fail (a file written, user data stored, a scenario saved):
// success, or what went wrong twice over: in words for the person (what failed, why, what to do,
// what was kept) and as a kind the code can act on. [[nodiscard]]: a failure cannot be dropped by
// accident; to ignore one on purpose, say so with `(void)`.
#pragma once

#include <cstdint>
#include <string>
#include <utility>

namespace cs {

enum class FailureKind : std::uint8_t {
    NotAllowed, // permissions: a read-only file or folder, a file system mounted read-only
    NoSpace,    // the disk, or the person's share of it, is full
    NotAFile,   // the name is a folder, a device, or no file name at all
    NotFound,   // a folder on the way does not exist
    NotSafe,    // the new version is in place but not safely: a power cut could bring the old one back,
                // or the previous version could not be kept as a backup
    Refused,    // the app chose not to write (no place left that replaces nothing, a link to itself …)
    Other,      // any other failure the system reported
};

// The kind of a failure the system reported as `errnoValue`.
FailureKind failureKindOf(int errnoValue);
// "not allowed", "no space", … (for logs and test messages).
const char* failureKindName(FailureKind kind);

class [[nodiscard]] Status {
  public:
    // Success.
    Status() = default;
    static Status failed(FailureKind kind, std::string text) { return Status(kind, std::move(text)); }
    static Status failedWithErrno(int errnoValue, std::string text) {
        return Status(failureKindOf(errnoValue), std::move(text));
    }

    bool ok() const { return !failed_; }
    // Only meaningful when !ok().
    FailureKind kind() const { return kind_; }
    // What went wrong, for the person; "" on success.
    const std::string& text() const { return text_; }

    // The same failure told in other words (the caller's context around text()); a success stays one.
    Status reworded(std::string text) const { return ok() ? Status() : Status(kind_, std::move(text)); }
    // This status, unless it is a success and `later` is not (the first failure is the one to tell).
    Status& orElse(Status later) {
        if (ok()) *this = std::move(later);
        return *this;
    }

    // Adds `later`'s failure to this one: the kind of the first failure, the texts one per line.
    Status& add(const Status& later) {
        if (later.ok()) return *this;
        if (ok()) return *this = later;
        text_ += "\n" + later.text_;
        return *this;
    }

    friend bool operator==(const Status&, const Status&) = default;

  private:
    Status(FailureKind kind, std::string text) : failed_(true), kind_(kind), text_(std::move(text)) {}

    bool failed_ = false;
    FailureKind kind_ = FailureKind::Other;
    std::string text_;
};

} // namespace cs
