// Reading files with a size cap, and saving them atomically (temp file + fsync + rename + backup).
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <span>
#include <string>
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
    bool keepBackup = false; // copy the previous version to "<name>.bak" before replacing it
};

// Test hook: lets tests make a step of the atomic write fail. Production code leaves it empty.
enum class WriteStage { OpenTemp, Write, Sync, Rename };
using WriteFaultHook = std::function<bool(WriteStage)>; // return true to make that stage fail
void setWriteFaultHookForTesting(WriteFaultHook hook);

// Writes to a temporary file in the same folder, flushes it to disk, then renames it over `path`,
// so readers see either the old or the new file, never half of one. Returns "" or an error text.
std::string writeFileAtomic(const std::filesystem::path& path, std::span<const std::uint8_t> bytes,
                            const WriteOptions& options = {});
std::string writeFileAtomic(const std::filesystem::path& path, std::string_view text,
                            const WriteOptions& options = {});

} // namespace cs
