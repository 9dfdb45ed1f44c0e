// RGBA8 images in memory: safe PNG/JPEG decoding with size caps, PNG encoding, and comparison.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace cs {

struct Image {
    int width = 0;
    int height = 0;
    std::vector<std::uint8_t> rgba; // width * height * 4 bytes, rows top to bottom

    bool empty() const { return width <= 0 || height <= 0; }
};

// Caps for images that come from scenario folders (BRIEF §4): larger files or pictures are refused
// before any pixel memory is allocated.
inline constexpr std::size_t kMaxImageFileBytes = 16u * 1024u * 1024u;
inline constexpr int kMaxImageSide = 4096;

struct ImageInfo {
    int width = 0;
    int height = 0;
};

enum class ImageError { None, TooLargeFile, NotPngOrJpeg, Corrupt, TooLargePicture };

struct DecodeResult {
    Image image;
    ImageError error = ImageError::None;
    std::string message; // human readable, empty when error == None
};

// Decodes PNG or JPEG only. Reads the header first and refuses pictures over maxSide × maxSide
// without allocating their pixels. Never throws.
DecodeResult decodeImage(std::span<const std::uint8_t> bytes, int maxSide = kMaxImageSide);

// Encodes as PNG (8-bit RGBA). Returns an empty vector for an empty image.
std::vector<std::uint8_t> encodePng(const Image& image);

// Flips rows in place (OpenGL reads bottom-up).
void flipVertically(Image& image);

struct ImageDifference {
    bool sameSize = false;
    int maxChannelDelta = 0;      // largest |a-b| over every channel of every pixel (0..255)
    double meanChannelDelta = 0;  // mean |a-b| over every channel of every pixel
    Image diff;                   // per-pixel visualisation: black = equal, bright = different
};

ImageDifference compareImages(const Image& a, const Image& b);

} // namespace cs
