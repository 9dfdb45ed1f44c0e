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

WriteFaultHook& faultHook() {
    static WriteFaultHook hook;
    return hook;
}

bool injected(WriteStage stage) { return faultHook() && faultHook()(stage); }

std::string errnoText(const char* what, const std::filesystem::path& p, int err) {
    return std::string(what) + " " + p.string() + ": " + std::strerror(err);
}

struct Fd {
    int fd = -1;
    ~Fd() {
        if (fd >= 0) ::close(fd);
    }
};

} // namespace

void setWriteFaultHookForTesting(WriteFaultHook hook) { faultHook() = std::move(hook); }

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

std::string writeFileAtomic(const std::filesystem::path& path, std::span<const std::uint8_t> bytes,
                            const WriteOptions& options) {
    namespace fs = std::filesystem;
    const fs::path dir = path.has_parent_path() ? path.parent_path() : fs::path(".");
    std::random_device rd;
    const fs::path tmp = dir / ("." + path.filename().string() + ".tmp-" + std::to_string(rd() & 0xFFFFFF));

    Fd f;
    if (!injected(WriteStage::OpenTemp)) f.fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (f.fd < 0) return errnoText("cannot create a file in", dir, injected(WriteStage::OpenTemp) ? EACCES : errno);

    auto abandon = [&](const std::string& message) {
        ::close(f.fd);
        f.fd = -1;
        ::unlink(tmp.c_str());
        return message;
    };
    std::size_t done = 0;
    while (done < bytes.size()) {
        if (injected(WriteStage::Write)) return abandon(errnoText("cannot write", tmp, ENOSPC));
        const ssize_t n = ::write(f.fd, bytes.data() + done, bytes.size() - done);
        if (n < 0) {
            if (errno == EINTR) continue;
            return abandon(errnoText("cannot write", tmp, errno));
        }
        done += std::size_t(n);
    }
    if (injected(WriteStage::Write)) return abandon(errnoText("cannot write", tmp, ENOSPC));
    if (injected(WriteStage::Sync) || ::fsync(f.fd) != 0) {
        return abandon(errnoText("cannot flush", tmp, injected(WriteStage::Sync) ? EIO : errno));
    }
    ::close(f.fd);
    f.fd = -1;

    if (options.keepBackup) {
        std::error_code ec;
        if (fs::exists(path, ec)) {
            fs::path bak = path;
            bak += ".bak";
            fs::copy_file(path, bak, fs::copy_options::overwrite_existing, ec);
            if (ec) {
                ::unlink(tmp.c_str());
                return "cannot keep a backup " + bak.string() + ": " + ec.message();
            }
        }
    }
    if (injected(WriteStage::Rename) || ::rename(tmp.c_str(), path.c_str()) != 0) {
        const int err = injected(WriteStage::Rename) ? EXDEV : errno;
        ::unlink(tmp.c_str());
        return errnoText("cannot replace", path, err);
    }
    // Make the rename itself durable.
    Fd d{::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC)};
    if (d.fd >= 0) ::fsync(d.fd);
    return {};
}

std::string writeFileAtomic(const std::filesystem::path& path, std::string_view text, const WriteOptions& options) {
    return writeFileAtomic(path, std::span(reinterpret_cast<const std::uint8_t*>(text.data()), text.size()), options);
}

} // namespace cs
