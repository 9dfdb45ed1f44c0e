// Pictures from scenario folders as GL textures (persona portraits, step images), loaded once per
// file version. A file that cannot be used gives 0, and the UI draws a placeholder instead.
#pragma once

#include "render/gl_objects.h"

#include <cstdint>
#include <filesystem>
#include <map>
#include <string>

namespace cs {

class TextureCache {
  public:
    struct Picture {
        GLuint texture = 0; // 0: not usable (missing, too large, not PNG/JPEG, corrupt)
        int width = 0;
        int height = 0;
    };

    // Starts a new round of get() calls (one refresh of a scenario's pictures). Only pictures not
    // asked for in the current round are ever deleted to make room, so a texture handed out in this
    // round stays valid until the next one starts.
    void beginRound() { ++round_; }

    // The picture in `file` (already resolved inside the scenario's folder). Reads and decodes it the
    // first time and again when the file changes; otherwise returns the texture it has.
    Picture get(const std::filesystem::path& file);

    void clear() { entries_.clear(); }
    std::size_t size() const { return entries_.size(); }

    // Pictures kept from earlier rounds before old ones are deleted (a scenario has few pictures; one
    // with more than this keeps all of its own while it is shown).
    static constexpr std::size_t kKeptPictures = 128;

  private:
    struct Entry {
        gl::Texture texture;
        Picture picture;
        std::filesystem::file_time_type stamp{};
        std::uintmax_t bytes = 0;
        std::uint64_t round = 0; // the last round that asked for it
    };
    std::map<std::string, Entry> entries_;
    std::uint64_t round_ = 1;
};

} // namespace cs
