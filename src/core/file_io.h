// Reading files with a size cap, and saving them atomically (temp file + fsync + rename + backup).
#pragma once

#include "core/status.h"

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace cs {

struct ReadResult {
    std::vector<std::uint8_t> bytes;
    bool ok = false;
    bool tooLarge = false;
    std::string error; // why it failed, for a message
};

// Reads at most maxBytes; a larger file fails with tooLarge set, without reading it whole.
ReadResult readFileCapped(const std::filesystem::path& path, std::size_t maxBytes);

struct WriteOptions {
    bool keepBackup = false; // keep the previous version as "<name>.bak" (see writeFileAtomic)
};

// Test hooks: they let tests make a step of the atomic write fail. Production code leaves them empty.
// The stages, in the order a save meets them (the enum keeps the first four numbers as they were; tests print
// them):
//   OpenTemp   creating the temporary file (asked again for each new name after a name collision)
//   Write      writing the new content (a plain yes/no hook fails it with ENOSPC, a full disk)
//   Sync       flushing it to the disk (fsync)
//   Close      closing it (where some file systems report a failed write)
//   Backup     keeping the previous version as <name>.bak: asked when linking it, when copying it (only if
//              the link was refused) and, after Rename, when putting the backup in place
//   Rename     replacing the file with the temporary file
//   SyncFolder making the rename durable (fsync of the folder); the file is already replaced then
enum class WriteStage { OpenTemp, Write, Sync, Rename, Close, SyncFolder, Backup };
using WriteFaultHook = std::function<bool(WriteStage)>; // return true to make that stage fail
void setWriteFaultHookForTesting(WriteFaultHook hook);
// The same with the error to fail with: return an errno value (ENOSPC, EIO, EEXIST...) or 0 to let the stage
// run. Setting either hook replaces the other.
using WriteFaultErrorHook = std::function<int(WriteStage)>;
void setWriteFaultErrorHookForTesting(WriteFaultErrorHook hook);
// Replaces the random number in temporary file names (".<name>.tmp-<number>"), so a test can make names
// collide. Empty: random.
using TempNameSource = std::function<std::uint32_t()>;
void setTempNameSourceForTesting(TempNameSource source);

// Saves `bytes` as `path` so that readers and a crash see either the old or the new file, never half of one,
// and a failure at any step leaves the previous version (and its .bak) as they were and no temporary file.
// Returns success, or a failure whose text names the file, the cause and what to do (without a final full
// stop) and whose kind says what kind of failure it was (NotSafe: the new version is in place, see below).
// - The new version goes to ".<name>.tmp-<random>" in the same folder, is flushed to the disk, then renamed over
//   the file, and the folder is flushed so the rename lasts. A name already taken is retried with a new one.
// - A file that exists keeps its permission bits and, where the saver may set them, its owner and group. A new
//   file gets 0644 minus the umask.
// - A symbolic link (relative or absolute, or a chain of them) is written through: the file at its end is
//   replaced and the link stays a link. A link to a file that does not exist yet creates that file, as opening
//   the link for writing would (it names where the person wants the file).
// - A file the saver may not write (read-only) is refused, as writing it in place would be: replacing it by a
//   rename in a writable folder would otherwise get round its permissions. Folders and devices are refused.
// - keepBackup: the version being replaced becomes "<path>.bak", beside the name the caller gave (where the app
//   looks for it, also when `path` is a link; a .bak that is itself a link is written through), with the same
//   mode and owner. It is made without copying when the file system allows a second name for the file, else as
//   a complete copy, and replaces the old .bak only once the new version is in place. A new file leaves an
//   existing .bak alone.
// - Errors after the file was replaced (putting the .bak in place, flushing the folder) are returned too, with
//   a message that says the new version was saved: the caller should not count the save as safely done (a
//   power cut could still bring the previous version back), so it keeps its data and can save again.
Status writeFileAtomic(const std::filesystem::path& path, std::span<const std::uint8_t> bytes,
                       const WriteOptions& options = {});
Status writeFileAtomic(const std::filesystem::path& path, std::string_view text, const WriteOptions& options = {});

} // namespace cs
