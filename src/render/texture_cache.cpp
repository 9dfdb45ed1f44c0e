// Texture cache: capped reads, safe decoding (core/image.h), GL upload.
#include "render/texture_cache.h"

#include "core/file_io.h"
#include "core/image.h"

namespace cs {

TextureCache::Picture TextureCache::get(const std::filesystem::path& file) {
    namespace fs = std::filesystem;
    std::error_code ec;
    const auto stamp = fs::last_write_time(file, ec);
    const auto bytes = ec ? 0 : fs::file_size(file, ec);
    const std::string key = file.string();
    auto it = entries_.find(key);
    if (it != entries_.end() && !ec && it->second.stamp == stamp && it->second.bytes == bytes) {
        it->second.round = round_;
        return it->second.picture;
    }
    if (entries_.size() >= kKeptPictures && it == entries_.end()) {
        // Bounded: drop what earlier rounds used. Never a texture of this round, which the UI may
        // already hold for the frame it is drawing.
        std::erase_if(entries_, [this](const auto& e) { return e.second.round != round_; });
    }

    Entry entry;
    entry.round = round_;
    entry.stamp = stamp;
    entry.bytes = bytes;
    const ReadResult read = ec ? ReadResult{} : readFileCapped(file, kMaxImageFileBytes);
    if (read.ok) {
        const DecodeResult decoded = decodeImage(read.bytes);
        if (decoded.error == ImageError::None) {
            entry.texture = gl::makeTexture("scenario picture");
            glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
            glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, decoded.image.width, decoded.image.height, 0, GL_RGBA,
                         GL_UNSIGNED_BYTE, decoded.image.rgba.data());
            glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
            glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
            glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
            glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
            glBindTexture(GL_TEXTURE_2D, 0);
            entry.picture = {entry.texture.get(), decoded.image.width, decoded.image.height};
        }
    }
    const Picture picture = entry.picture;
    entries_[key] = std::move(entry);
    return picture;
}

} // namespace cs
