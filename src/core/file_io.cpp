// POSIX implementation of capped reads and atomic writes.
#include "core/file_io.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <random>
#include <sys/stat.h>
#include <unistd.h>

namespace cs {
namespace {

namespace fs = std::filesystem;

WriteFaultErrorHook& faultHook() {
    static WriteFaultErrorHook hook;
    return hook;
}

TempNameSource& tempNameSource() {
    static TempNameSource source;
    return source;
}

// The errno a test asks `stage` to fail with, or 0 to run it for real.
int injected(WriteStage stage) {
    return faultHook() ? faultHook()(stage) : 0;
}

// What a yes/no fault hook makes each stage fail with: an error that stage really meets.
int usualErrorOf(WriteStage stage) {
    switch (stage) {
    case WriteStage::OpenTemp: return EACCES;
    case WriteStage::Write: return ENOSPC;
    case WriteStage::Rename: return EXDEV;
    case WriteStage::Sync:
    case WriteStage::Close:
    case WriteStage::SyncFolder:
    case WriteStage::Backup: return EIO;
    }
    return EIO;
}

struct Fd {
    int fd = -1;
    ~Fd() {
        if (fd >= 0) ::close(fd);
    }
};

// A temporary file of a save: removed when the save ends, unless it was renamed into place (`keep`).
struct TempFile {
    fs::path path;
    ~TempFile() {
        if (!path.empty()) ::unlink(path.c_str());
    }
    void keep() { path.clear(); }
};

constexpr int kTempNameAttempts = 8; // a collision needs a leftover or a concurrent save: 8 is plenty
constexpr int kMaxLinkHops = 40;     // as the kernel: a longer chain of links is taken as a loop

// ".<name>.tmp-<number>": hidden, and recognised as an unfinished save (stored_file.cpp removes those of a
// learner's file with it, export_job.cpp those of an export).
fs::path tempNameFor(const fs::path& dir, const fs::path& name) {
    const std::uint32_t n = tempNameSource() ? tempNameSource()() : std::random_device{}() & 0xFFFFFF;
    return dir / ("." + name.string() + ".tmp-" + std::to_string(n));
}

fs::path folderOf(const fs::path& file) {
    return file.has_parent_path() ? file.parent_path() : fs::path(".");
}

// Where a save really lands: `path`, or the file at the end of its chain of symbolic links.
struct Resolved {
    fs::path file;
    bool exists = false; // false: a new file, also when a link points to a file that does not exist yet
    struct stat st {};   // of `file`, when it exists
    int error = 0;       // errno when the chain cannot be followed (a loop, an unreadable link...)
};

Resolved resolve(const fs::path& path) {
    Resolved r;
    r.file = path;
    for (int hops = 0;; ++hops) {
        if (::lstat(r.file.c_str(), &r.st) != 0) {
            if (errno != ENOENT) r.error = errno;
            return r;
        }
        if (!S_ISLNK(r.st.st_mode)) {
            r.exists = true;
            return r;
        }
        if (hops == kMaxLinkHops) {
            r.error = ELOOP;
            return r;
        }
        std::error_code ec;
        const fs::path to = fs::read_symlink(r.file, ec);
        if (ec) {
            r.error = ec.value();
            return r;
        }
        // A relative link is relative to the folder holding it. The joined path is left for the kernel to
        // resolve: folding "a/../" here would go wrong when "a" is itself a link.
        r.file = to.is_absolute() ? to : r.file.parent_path() / to;
    }
}

// Creates a new temporary file for `name` in `dir` with O_EXCL, so an existing file is never reused or truncated;
// a name that is taken (a leftover of a crash, or another save at the same moment) is retried with a new one.
int createTemp(const fs::path& dir, const fs::path& name, mode_t mode, WriteStage stage, TempFile& tmp, Fd& f) {
    int err = EEXIST;
    for (int attempt = 0; attempt < kTempNameAttempts && err == EEXIST; ++attempt) {
        const fs::path candidate = tempNameFor(dir, name);
        if ((err = injected(stage)) != 0) continue;
        f.fd = ::open(candidate.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
        if (f.fd >= 0) {
            tmp.path = candidate;
            return 0;
        }
        err = errno;
    }
    return err;
}

// Gives the new version the replaced file's owner, group and permission bits, so that a save changes only the
// content: a private 0600 file stays private, a group's 0664 file stays the group's. Only root may give a file
// to another owner, so for a person saving someone else's file (allowed by the folder) the owner becomes theirs,
// as for any file they create; the group is still kept when they belong to it. The mode is set after the owner
// because changing the owner clears the set-user-ID bits.
int keepOwnerAndMode(int fd, const struct stat& from) {
    if (from.st_uid != ::geteuid() || from.st_gid != ::getegid()) {
        if (::fchown(fd, from.st_uid, from.st_gid) != 0 && ::fchown(fd, static_cast<uid_t>(-1), from.st_gid) != 0) {
            // Neither is permitted: the new version belongs to the saver.
        }
    }
    // File systems without Unix permissions (FAT on a USB stick) refuse fchmod: there is no mode to keep there.
    if (::fchmod(fd, from.st_mode & 07777) != 0 && errno != EPERM && errno != ENOTSUP && errno != EOPNOTSUPP) {
        return errno;
    }
    return 0;
}

int writeAll(int fd, const std::uint8_t* data, std::size_t size) {
    std::size_t done = 0;
    while (done < size) {
        const ssize_t n = ::write(fd, data + done, size - done);
        if (n < 0) {
            if (errno == EINTR) continue;
            return errno;
        }
        if (n == 0) return EIO; // a regular file that takes nothing would loop forever
        done += std::size_t(n);
    }
    return 0;
}

// close() also reports errors of writes the kernel deferred (NFS, quotas), so it is checked like a write.
// EINTR is not a failure: Linux has released the descriptor then, and the content was flushed before.
int closeChecked(Fd& f) {
    const int fd = f.fd;
    f.fd = -1;
    if (::close(fd) != 0 && errno != EINTR) return errno;
    return 0;
}

// The previous version as a complete copy in a new temporary file (flushed, with its mode), for file systems
// that refuse a second name for it.
int copyBackup(const Resolved& from, const fs::path& dir, const fs::path& name, TempFile& bakTmp) {
    Fd out;
    if (int err = createTemp(dir, name, 0600, WriteStage::Backup, bakTmp, out)) return err;
    if (int err = keepOwnerAndMode(out.fd, from.st)) return err;
    Fd in{::open(from.file.c_str(), O_RDONLY | O_CLOEXEC)};
    if (in.fd < 0) return errno;
    std::uint8_t buf[65536];
    for (;;) {
        const ssize_t n = ::read(in.fd, buf, sizeof buf);
        if (n < 0) {
            if (errno == EINTR) continue;
            return errno;
        }
        if (n == 0) break;
        if (int err = writeAll(out.fd, buf, std::size_t(n))) return err;
    }
    if (::fsync(out.fd) != 0) return errno;
    return closeChecked(out);
}

// Makes the previous version ready to become the .bak, under a temporary name beside the .bak. Best is a second
// name (hard link) for the file being replaced: it is the previous version exactly (mode, owner, content), costs
// no space on a full disk and cannot be half-written. Where links are refused (FAT, another file system because
// the .bak is a link elsewhere, protected links), a complete copy is made instead.
int prepareBackup(const Resolved& from, const fs::path& dir, const fs::path& name, TempFile& bakTmp) {
    int err = EEXIST;
    for (int attempt = 0; attempt < kTempNameAttempts && err == EEXIST; ++attempt) {
        const fs::path candidate = tempNameFor(dir, name);
        if ((err = injected(WriteStage::Backup)) != 0) continue;
        if (::link(from.file.c_str(), candidate.c_str()) == 0) {
            bakTmp.path = candidate;
            return 0;
        }
        err = errno;
    }
    return copyBackup(from, dir, name, bakTmp);
}

// Makes the renames in `dir` last through a power cut. A folder that cannot be opened (one with write and search
// permission but no read permission) or a file system that cannot flush folders leaves nothing to do there.
int syncFolder(const fs::path& dir) {
    if (int err = injected(WriteStage::SyncFolder)) return err;
    Fd d{::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC)};
    if (d.fd < 0) return 0;
    if (::fsync(d.fd) != 0 && errno != EINVAL && errno != ENOTSUP && errno != EOPNOTSUPP) return errno;
    return 0;
}

// What the person can do about `err` when saving in `dir`.
std::string adviceFor(int err, const fs::path& dir) {
    switch (err) {
    case ENOSPC:
    case EDQUOT: return "Free some space or save elsewhere";
    case EACCES:
    case EPERM: return "Check that you may write in " + dir.string() + ", or save elsewhere";
    case EROFS: return "The disk is read-only: save elsewhere";
    case ENOENT:
    case ENOTDIR: return "The folder " + dir.string() + " does not exist: save elsewhere";
    case EIO: return "The disk may be failing: save a copy elsewhere";
    default: return "Try again, or save elsewhere";
    }
}

} // namespace

void setWriteFaultHookForTesting(WriteFaultHook hook) {
    if (!hook) {
        faultHook() = {};
        return;
    }
    faultHook() = [hook = std::move(hook)](WriteStage stage) { return hook(stage) ? usualErrorOf(stage) : 0; };
}

void setWriteFaultErrorHookForTesting(WriteFaultErrorHook hook) {
    faultHook() = std::move(hook);
}

void setTempNameSourceForTesting(TempNameSource source) {
    tempNameSource() = std::move(source);
}

ReadResult readFileCapped(const std::filesystem::path& path, std::size_t maxBytes) {
    ReadResult r;
    Fd f{::open(path.c_str(), O_RDONLY | O_CLOEXEC)};
    if (f.fd < 0) {
        r.error = std::strerror(errno);
        return r;
    }
    struct stat st {};
    if (::fstat(f.fd, &st) != 0) {
        r.error = std::strerror(errno);
        return r;
    }
    if (S_ISDIR(st.st_mode)) {
        r.error = "is a folder, not a file";
        return r;
    }
    if (S_ISREG(st.st_mode) && std::uint64_t(st.st_size) > maxBytes) {
        r.tooLarge = true;
        r.error = "file is larger than the limit of " + std::to_string(maxBytes) + " bytes";
        return r;
    }
    // Read in chunks and stop past the cap: also safe for pipes and files that grow while read.
    std::uint8_t buf[65536];
    for (;;) {
        const ssize_t n = ::read(f.fd, buf, sizeof buf);
        if (n < 0) {
            if (errno == EINTR) continue;
            r.error = std::strerror(errno);
            r.bytes.clear();
            return r;
        }
        if (n == 0) break;
        if (r.bytes.size() + std::size_t(n) > maxBytes) {
            r.tooLarge = true;
            r.error = "file is larger than the limit of " + std::to_string(maxBytes) + " bytes";
            r.bytes.clear();
            return r;
        }
        r.bytes.insert(r.bytes.end(), buf, buf + n);
    }
    r.ok = true;
    return r;
}

Status writeFileAtomic(const fs::path& path, std::span<const std::uint8_t> bytes, const WriteOptions& options) {
    const Resolved target = resolve(path);
    // The person knows the file by `path`; when that is a link, the message also says which file changes.
    const std::string name =
        target.file == path ? path.string() : path.string() + " (the file it links to, " + target.file.string() + ")";
    const fs::path fileName = target.file.filename();
    if (fileName.empty() || fileName == "." || fileName == "..") {
        return Status::failed(FailureKind::NotAFile,
                              "cannot save " + name + ": it is not a file name. Choose a file name; nothing was saved");
    }
    if (target.error) {
        return Status::failedWithErrno(target.error, "cannot save " + name + ": " + std::strerror(target.error) +
                                                         ". Check where its links point, or save elsewhere; nothing "
                                                         "was changed");
    }
    if (target.exists && S_ISDIR(target.st.st_mode)) {
        return Status::failed(FailureKind::NotAFile,
                              "cannot save " + name + ": it is a folder. Choose a file name; nothing was changed");
    }
    if (target.exists && !S_ISREG(target.st.st_mode)) {
        return Status::failed(FailureKind::NotAFile, "cannot save " + name +
                                                         ": it is not an ordinary file. Save to a file; nothing was "
                                                         "changed");
    }
    if (target.exists && ::faccessat(AT_FDCWD, target.file.c_str(), W_OK, AT_EACCESS) != 0 &&
        (errno == EACCES || errno == EPERM)) {
        return Status::failed(FailureKind::NotAllowed, "cannot save " + name +
                                                           ": the file is read-only. Save under another name, or "
                                                           "make it writable first; it is unchanged");
    }
    const fs::path dir = folderOf(target.file);
    const std::string unchanged = target.exists ? "the previous version is unchanged" : "nothing was saved";
    const auto failed = [&](const std::string& what, int err) {
        return Status::failedWithErrno(err, what + ": " + std::strerror(err) + ". " + adviceFor(err, dir) + "; " +
                                                unchanged);
    };

    // 1. The new version, complete and on the disk, under a temporary name beside the file it replaces (the
    //    same file system, so the rename below is atomic).
    TempFile tmp;
    {
        Fd f;
        if (int err = createTemp(dir, fileName, target.exists ? 0600 : 0644, WriteStage::OpenTemp, tmp, f)) {
            return failed("cannot create a file in " + dir.string() + " to save " + name, err);
        }
        // Created 0600 and only then given the old mode: a private file is never readable by others meanwhile.
        if (target.exists) {
            if (int err = keepOwnerAndMode(f.fd, target.st)) {
                return failed("cannot set the permissions of " + name, err);
            }
        }
        int err = injected(WriteStage::Write);
        if (!err) err = writeAll(f.fd, bytes.data(), bytes.size());
        if (err) return failed("cannot write " + name, err);
        if ((err = injected(WriteStage::Sync)) == 0 && ::fsync(f.fd) != 0) err = errno;
        if (err) return failed("cannot write " + name + " to the disk", err);
        err = closeChecked(f);
        if (int injectedErr = injected(WriteStage::Close)) err = injectedErr;
        if (err) return failed("cannot finish writing " + name, err);
    }

    // 2. The previous version, ready to become the .bak. It replaces the old .bak only after step 3, so a save
    //    that fails leaves the .bak as it was.
    fs::path bakPath = path;
    bakPath += ".bak";
    Resolved bak;
    TempFile bakTmp;
    if (options.keepBackup && target.exists) {
        bak = resolve(bakPath);
        int err = bak.error;
        if (!err && bak.exists && !S_ISREG(bak.st.st_mode)) err = S_ISDIR(bak.st.st_mode) ? EISDIR : EINVAL;
        // A .bak that links back to the file itself would get the old version put back over the new one.
        if (!err && bak.exists && bak.st.st_dev == target.st.st_dev && bak.st.st_ino == target.st.st_ino) {
            return Status::failed(FailureKind::Refused, "cannot keep the previous version of " + name + " as " +
                                                            bakPath.string() +
                                                            ": that is a link to the file itself. "
                                                            "Remove " +
                                                            bakPath.string() + "; " + unchanged);
        }
        // Named after `path` as the caller knows it, so its leftovers after a crash go with it (stored_file.cpp).
        if (!err) err = prepareBackup(target, folderOf(bak.file), path.filename(), bakTmp);
        if (err) {
            return Status::failedWithErrno(err, "cannot keep the previous version of " + name + " as " +
                                                    bakPath.string() + ": " + std::strerror(err) + ". " +
                                                    adviceFor(err, folderOf(bak.file)) + "; " + unchanged);
        }
    }

    // 3. The switch: readers see the old file or the new one, never a mix.
    int err = injected(WriteStage::Rename);
    if (!err && ::rename(tmp.path.c_str(), target.file.c_str()) != 0) err = errno;
    if (err) return failed("cannot replace " + name, err);
    tmp.keep();

    // 4. The previous version becomes the .bak. The new version is already saved: a failure here loses the
    //    previous version as a backup only, and is reported so the person knows the .bak is older.
    std::string problem;
    if (!bakTmp.path.empty()) {
        err = injected(WriteStage::Backup);
        if (!err && ::rename(bakTmp.path.c_str(), bak.file.c_str()) != 0) err = errno;
        if (err) {
            problem = name + " was saved, but its previous version could not be kept as " + bakPath.string() + ": " +
                      std::strerror(err) + ". " + adviceFor(err, folderOf(bak.file)) + "; " +
                      (bak.exists ? bakPath.string() + " still holds an older version" : "there is no backup yet");
        } else {
            bakTmp.keep();
        }
    }

    // 5. The renames last through a power cut only once their folders are flushed. The new version is in place
    //    either way, but without this a crash could still bring back the previous one, so a failure is returned
    //    and the caller keeps what it saved and can save again.
    err = syncFolder(dir);
    if (!err && !bak.file.empty() && folderOf(bak.file) != dir) err = syncFolder(folderOf(bak.file));
    if (!problem.empty()) return Status::failed(FailureKind::NotSafe, problem);
    if (err) {
        return Status::failed(FailureKind::NotSafe,
                              name +
                                  " was saved, but the system could not confirm it is safely on the disk "
                                  "(flushing the folder " +
                                  dir.string() + " failed: " + std::strerror(err) +
                                  "). Save again to be sure, or save a copy elsewhere");
    }
    return {};
}

Status writeFileAtomic(const fs::path& path, std::string_view text, const WriteOptions& options) {
    return writeFileAtomic(path, std::span(reinterpret_cast<const std::uint8_t*>(text.data()), text.size()), options);
}

} // namespace cs
