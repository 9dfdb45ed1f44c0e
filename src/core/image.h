// RGBA8 images in memory: safe PNG/JPEG decoding with size caps, PNG encoding, and comparison.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace cs {

struct Image {
    int width = 0;
    int height = 0;
    std::vector<std::uint8_t> rgba; // width * height * 4 bytes, rows top to bottom

    bool empty() const { return width <= 0 || height <= 0; }
};

// Caps for images that come from scenario folders (docs/scenario-format.md): larger files or pictures are refused
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

// What encodePng writes in a PNG tEXt chunk "Software", right after IHDR, so that the app can
// tell the pictures it wrote from other people's files before replacing them.
inline constexpr std::string_view kPngSoftware = "Coin Model Studio";

// Encodes as PNG (8-bit RGBA) with the tEXt chunk Software = kPngSoftware. Returns an empty
// vector for an empty image.
std::vector<std::uint8_t> encodePng(const Image& image);

// CRC-32 as PNG chunks use it (ISO 3309 / ITU-T V.42, the zlib polynomial), over `bytes`.
std::uint32_t pngCrc32(std::span<const std::uint8_t> bytes);

// True when `bytes` start like a PNG whose chunks, read in order (each with a correct CRC), include
// a tEXt chunk Software whose text is kPngSoftware (optionally followed by a space and more, e.g. a
// version). Reads no further than the bytes given, so a file's first few KiB are enough for what
// encodePng writes. Never throws.
bool pngWrittenByCoinStudio(std::span<const std::uint8_t> bytes);
// The same for a file: reads at most its first 64 KiB. False when it cannot be read.
bool pngFileWrittenByCoinStudio(const std::filesystem::path& path);

// Flips rows in place (OpenGL reads bottom-up).
void flipVertically(Image& image);

struct ImageDifference {
    bool sameSize = false;
    int maxChannelDelta = 0;     // largest |a-b| over every channel of every pixel (0..255)
    double meanChannelDelta = 0; // mean |a-b| over every channel of every pixel
    Image diff;                  // per-pixel visualisation: black = equal, bright = different
};

ImageDifference compareImages(const Image& a, const Image& b);

} // namespace cs
