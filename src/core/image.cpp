// Image decoding through a private, PNG/JPEG-only copy of stb_image (the system libstb has every
// decoder and known advisories), and PNG encoding through stb_image_write with zlib.
#include "core/image.h"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <mutex>

#include <zlib.h>

#define STB_IMAGE_STATIC
#define STBI_ONLY_PNG
#define STBI_ONLY_JPEG
#define STBI_NO_STDIO
#define STBI_NO_LINEAR
#define STBI_NO_HDR
#define STB_IMAGE_IMPLEMENTATION
#if defined(__GNUC__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wunused-function"
#pragma GCC diagnostic ignored "-Wsign-compare"
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#pragma GCC diagnostic ignored "-Wshadow"
#pragma GCC diagnostic ignored "-Wdouble-promotion"
#pragma GCC diagnostic ignored "-Wcast-align"
#pragma GCC diagnostic ignored "-Wnull-dereference"
#pragma GCC diagnostic ignored "-Wpedantic"
#endif
#include <stb_image.h>

namespace {

// PNG's deflate stream through zlib instead of stb's own compressor: on the app's pictures (flat
// colours, antialiased edges, text) zlib at its default level is about four times as fast and its
// files a third smaller. stb frees the result with free().
unsigned char* deflateForPng(unsigned char* data, int length, int* outLength, int /*quality*/) {
    uLongf size = compressBound(uLong(length));
    auto* out = static_cast<unsigned char*>(std::malloc(size));
    if (!out) return nullptr;
    if (compress2(out, &size, data, uLong(length), Z_DEFAULT_COMPRESSION) != Z_OK) {
        std::free(out);
        return nullptr;
    }
    *outLength = int(size);
    return out;
}

} // namespace

#define STB_IMAGE_WRITE_STATIC
#define STBI_WRITE_NO_STDIO
#define STBIW_ZLIB_COMPRESS deflateForPng
#define STB_IMAGE_WRITE_IMPLEMENTATION
#include <stb_image_write.h>
#if defined(__GNUC__)
#pragma GCC diagnostic pop
#endif

namespace cs {
namespace {

bool looksLikePng(std::span<const std::uint8_t> b) {
    static constexpr std::uint8_t kSig[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    return b.size() >= 8 && std::memcmp(b.data(), kSig, 8) == 0;
}

bool looksLikeJpeg(std::span<const std::uint8_t> b) {
    return b.size() >= 3 && b[0] == 0xFF && b[1] == 0xD8 && b[2] == 0xFF;
}

std::uint32_t be16(const std::uint8_t* p) {
    return std::uint32_t(p[0]) << 8 | p[1];
}
std::uint32_t be32(const std::uint8_t* p) {
    return be16(p) << 16 | be16(p + 2);
}

// The size a PNG or JPEG header claims, read without decoding anything (stb refuses to even report
// sizes it considers too large, but the message should say how large).
bool claimedSize(std::span<const std::uint8_t> b, std::uint32_t& w, std::uint32_t& h) {
    if (looksLikePng(b)) {
        if (b.size() < 24 || std::memcmp(b.data() + 12, "IHDR", 4) != 0) return false;
        w = be32(b.data() + 16);
        h = be32(b.data() + 20);
        return true;
    }
    // JPEG: walk the marker segments to the first start-of-frame.
    std::size_t i = 2;
    while (i + 4 <= b.size()) {
        if (b[i] != 0xFF) return false;
        const std::uint8_t marker = b[i + 1];
        const std::size_t length = be16(b.data() + i + 2);
        const bool sof = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
        if (sof) {
            if (i + 9 > b.size()) return false;
            h = be16(b.data() + i + 5);
            w = be16(b.data() + i + 7);
            return true;
        }
        if (length < 2) return false;
        i += 2 + length;
    }
    return false;
}

void putBe32(std::vector<std::uint8_t>& out, std::uint32_t v) {
    for (int shift = 24; shift >= 0; shift -= 8)
        out.push_back(std::uint8_t(v >> shift));
}

// Inserts tEXt "Software" = kPngSoftware right after IHDR (PNG: signature, then IHDR first).
void insertSoftwareChunk(std::vector<std::uint8_t>& png) {
    constexpr std::size_t kAfterIhdr = 8 + 4 + 4 + 13 + 4;
    if (png.size() < kAfterIhdr || std::memcmp(png.data() + 12, "IHDR", 4) != 0) return;
    std::vector<std::uint8_t> chunk;
    std::vector<std::uint8_t> typeAndData = {'t', 'E', 'X', 't'};
    for (const char c : std::string_view("Software"))
        typeAndData.push_back(std::uint8_t(c));
    typeAndData.push_back(0); // keyword terminator
    for (const char c : kPngSoftware)
        typeAndData.push_back(std::uint8_t(c));
    putBe32(chunk, std::uint32_t(typeAndData.size() - 4));
    chunk.insert(chunk.end(), typeAndData.begin(), typeAndData.end());
    putBe32(chunk, pngCrc32(typeAndData));
    png.insert(png.begin() + std::ptrdiff_t(kAfterIhdr), chunk.begin(), chunk.end());
}

DecodeResult fail(ImageError e, std::string message) {
    DecodeResult r;
    r.error = e;
    r.message = std::move(message);
    return r;
}

} // namespace

DecodeResult decodeImage(std::span<const std::uint8_t> bytes, int maxSide) {
    if (bytes.size() > kMaxImageFileBytes) {
        return fail(ImageError::TooLargeFile, "image file is larger than 16 MiB");
    }
    if (!looksLikePng(bytes) && !looksLikeJpeg(bytes)) {
        return fail(ImageError::NotPngOrJpeg, "not a PNG or JPEG image");
    }
    if (bytes.size() > std::size_t(INT32_MAX)) return fail(ImageError::TooLargeFile, "image file too large");
    const int len = static_cast<int>(bytes.size());
    std::uint32_t claimedW = 0, claimedH = 0;
    if (claimedSize(bytes, claimedW, claimedH) &&
        (claimedW > std::uint32_t(maxSide) || claimedH > std::uint32_t(maxSide))) {
        return fail(ImageError::TooLargePicture, "image is " + std::to_string(claimedW) + "x" +
                                                     std::to_string(claimedH) + " pixels; the limit is " +
                                                     std::to_string(maxSide) + "x" + std::to_string(maxSide));
    }
    int w = 0, h = 0, comp = 0;
    if (!stbi_info_from_memory(bytes.data(), len, &w, &h, &comp)) {
        return fail(ImageError::Corrupt, std::string("cannot read the image header (") + stbi_failure_reason() + ")");
    }
    if (w <= 0 || h <= 0 || w > maxSide || h > maxSide) {
        return fail(ImageError::TooLargePicture, "image is " + std::to_string(w) + "x" + std::to_string(h) +
                                                     " pixels; the limit is " + std::to_string(maxSide) + "x" +
                                                     std::to_string(maxSide));
    }
    int dw = 0, dh = 0;
    stbi_uc* pixels = stbi_load_from_memory(bytes.data(), len, &dw, &dh, &comp, 4);
    if (!pixels) {
        return fail(ImageError::Corrupt, std::string("cannot decode the image (") + stbi_failure_reason() + ")");
    }
    DecodeResult r;
    r.image.width = dw;
    r.image.height = dh;
    r.image.rgba.assign(pixels, pixels + std::size_t(dw) * std::size_t(dh) * 4);
    stbi_image_free(pixels);
    return r;
}

std::vector<std::uint8_t> encodePng(const Image& image) {
    std::vector<std::uint8_t> out;
    if (image.empty() || image.rgba.size() != std::size_t(image.width) * std::size_t(image.height) * 4) return out;
    auto sink = [](void* ctx, void* data, int size) {
        auto* v = static_cast<std::vector<std::uint8_t>*>(ctx);
        auto* p = static_cast<const std::uint8_t*>(data);
        v->insert(v->end(), p, p + size);
    };
    // No row filter: stb would try all five on every row (most of its time), and deflate finds the
    // flat runs of these pictures better unfiltered. The setting is a global of stb's: set once.
    static std::once_flag unfiltered;
    std::call_once(unfiltered, [] { stbi_write_force_png_filter = 0; });
    if (!stbi_write_png_to_func(sink, &out, image.width, image.height, 4, image.rgba.data(), image.width * 4)) {
        out.clear();
        return out;
    }
    insertSoftwareChunk(out);
    return out;
}

std::uint32_t pngCrc32(std::span<const std::uint8_t> bytes) {
    static const std::array<std::uint32_t, 256> kTable = [] {
        std::array<std::uint32_t, 256> t{};
        for (std::uint32_t n = 0; n < 256; ++n) {
            std::uint32_t c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1u) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }();
    std::uint32_t c = 0xFFFFFFFFu;
    for (const std::uint8_t b : bytes)
        c = kTable[(c ^ b) & 0xFFu] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

bool pngWrittenByCoinStudio(std::span<const std::uint8_t> bytes) {
    if (!looksLikePng(bytes)) return false;
    std::size_t at = 8;
    // Each chunk: 4-byte length, 4-byte type, data, 4-byte CRC over type and data.
    while (bytes.size() - at >= 12) {
        const std::size_t length = be32(bytes.data() + at);
        if (length > bytes.size() - at - 12) return false; // runs past what we have
        const std::uint8_t* type = bytes.data() + at + 4;
        const std::span<const std::uint8_t> data = bytes.subspan(at + 8, length);
        if (std::memcmp(type, "tEXt", 4) == 0) {
            const std::uint32_t crc = be32(bytes.data() + at + 8 + length);
            static constexpr std::string_view kKeyword{"Software\0", 9};
            const std::string_view text(reinterpret_cast<const char*>(data.data()), data.size());
            if (crc == pngCrc32(bytes.subspan(at + 4, length + 4)) && text.starts_with(kKeyword)) {
                const std::string_view value = text.substr(kKeyword.size());
                if (value == kPngSoftware || (value.starts_with(kPngSoftware) && value[kPngSoftware.size()] == ' ')) {
                    return true;
                }
            }
        }
        if (std::memcmp(type, "IEND", 4) == 0) return false;
        at += 12 + length;
    }
    return false;
}

bool pngFileWrittenByCoinStudio(const std::filesystem::path& path) {
    constexpr std::size_t kHead = 64 * 1024;
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    std::vector<std::uint8_t> head(kHead);
    in.read(reinterpret_cast<char*>(head.data()), std::streamsize(kHead));
    head.resize(std::size_t(std::max<std::streamsize>(in.gcount(), 0)));
    return pngWrittenByCoinStudio(head);
}

void flipVertically(Image& image) {
    const std::size_t row = std::size_t(image.width) * 4;
    for (int y = 0; y < image.height / 2; ++y) {
        auto* a = image.rgba.data() + row * std::size_t(y);
        auto* b = image.rgba.data() + row * std::size_t(image.height - 1 - y);
        std::swap_ranges(a, a + row, b);
    }
}

ImageDifference compareImages(const Image& a, const Image& b) {
    ImageDifference d;
    d.sameSize = a.width == b.width && a.height == b.height && a.rgba.size() == b.rgba.size();
    if (!d.sameSize) {
        d.maxChannelDelta = 255;
        d.meanChannelDelta = 255.0;
        return d;
    }
    d.diff.width = a.width;
    d.diff.height = a.height;
    d.diff.rgba.resize(a.rgba.size());
    std::uint64_t sum = 0;
    for (std::size_t i = 0; i < a.rgba.size(); i += 4) {
        int pixelMax = 0;
        for (int c = 0; c < 4; ++c) {
            const int delta = std::abs(int(a.rgba[i + c]) - int(b.rgba[i + c]));
            sum += std::uint64_t(delta);
            pixelMax = std::max(pixelMax, delta);
        }
        d.maxChannelDelta = std::max(d.maxChannelDelta, pixelMax);
        // Amplify so small differences are visible in the diff picture.
        const auto v = std::uint8_t(std::min(255, pixelMax * 4));
        d.diff.rgba[i] = v;
        d.diff.rgba[i + 1] = v;
        d.diff.rgba[i + 2] = v;
        d.diff.rgba[i + 3] = 255;
    }
    d.meanChannelDelta = a.rgba.empty() ? 0.0 : double(sum) / double(a.rgba.size());
    return d;
}

} // namespace cs
