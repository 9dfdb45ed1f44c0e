#include "core/status.h"

#include <cerrno>

namespace cs {

FailureKind failureKindOf(int errnoValue) {
    switch (errnoValue) {
    case EACCES:
    case EPERM:
    case EROFS: return FailureKind::NotAllowed;
    case ENOSPC:
    case EDQUOT:
    case EFBIG: return FailureKind::NoSpace;
    case ENOENT:
    case ENOTDIR: return FailureKind::NotFound;
    case EISDIR: return FailureKind::NotAFile;
    default: return FailureKind::Other;
    }
}

const char* failureKindName(FailureKind kind) {
    switch (kind) {
    case FailureKind::NotAllowed: return "not allowed";
    case FailureKind::NoSpace: return "no space";
    case FailureKind::NotAFile: return "not a file";
    case FailureKind::NotFound: return "not found";
    case FailureKind::NotSafe: return "not safe";
    case FailureKind::Refused: return "refused";
    case FailureKind::Other: return "other";
    }
    return "other";
}

} // namespace cs
