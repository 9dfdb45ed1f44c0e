// Pictures from scenario folders as GL textures (persona portraits, step images), loaded once per
// file version. A file that cannot be used gives 0, and the UI draws a placeholder instead.
#pragma once

#include "render/gl_objects.h"

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

    // The picture in `file` (already resolved inside the scenario's folder). Reads and decodes it the
    // first time and again when the file changes; otherwise returns the texture it has.
    Picture get(const std::filesystem::path& file);

    void clear() { entries_.clear(); }
    std::size_t size() const { return entries_.size(); }

private:
    struct Entry {
        gl::Texture texture;
        Picture picture;
        std::filesystem::file_time_type stamp{};
        std::uintmax_t bytes = 0;
    };
    std::map<std::string, Entry> entries_;
};

} // namespace cs
