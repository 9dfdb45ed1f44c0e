// PNG encode/decode, caps on hostile images, and image comparison.
#include "core/image.h"
#include "status_checks.h"

#include "core/file_io.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <string_view>
#include <unistd.h>

namespace cs {
namespace {

Image checker(int w, int h) {
    Image img;
    img.width = w;
    img.height = h;
    img.rgba.resize(std::size_t(w * h * 4));
    for (int y = 0; y < h; ++y) {
        for (int x = 0; x < w; ++x) {
            auto* p = &img.rgba[std::size_t((y * w + x) * 4)];
            const bool on = ((x / 4) + (y / 4)) % 2;
            p[0] = on ? 200 : 10;
            p[1] = std::uint8_t(x * 3);
            p[2] = std::uint8_t(y * 5);
            p[3] = 255;
        }
    }
    return img;
}

TEST(ImageTest, PngRoundTripIsExact) {
    const Image a = checker(37, 21);
    const auto png = encodePng(a);
    ASSERT_FALSE(png.empty());
    const DecodeResult r = decodeImage(png);
    ASSERT_EQ(r.error, ImageError::None) << r.message;
    EXPECT_EQ(r.image.width, 37);
    EXPECT_EQ(r.image.height, 21);
    EXPECT_EQ(r.image.rgba, a.rgba);
}

TEST(ImageTest, HeaderClaimingAHugePictureIsRefusedBeforeDecoding) {
    // A valid PNG signature and IHDR chunk claiming 100000 x 100000 pixels, and nothing else.
    std::vector<std::uint8_t> png = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    auto be32 = [&](std::uint32_t v) {
        for (int s = 24; s >= 0; s -= 8)
            png.push_back(std::uint8_t(v >> s));
    };
    be32(100000);
    be32(100000);
    png.insert(png.end(), {8, 6, 0, 0, 0});
    be32(0); // CRC (stb does not check it)
    const DecodeResult r = decodeImage(png);
    EXPECT_EQ(r.error, ImageError::TooLargePicture);
    EXPECT_NE(r.message.find("100000x100000"), std::string::npos);
}

TEST(ImageTest, NonPngOrJpegIsRefused) {
    const std::vector<std::uint8_t> gif = {'G', 'I', 'F', '8', '9', 'a', 1, 0, 1, 0, 0, 0, 0};
    EXPECT_EQ(decodeImage(gif).error, ImageError::NotPngOrJpeg);
    const std::vector<std::uint8_t> tga(18, 0);
    EXPECT_EQ(decodeImage(tga).error, ImageError::NotPngOrJpeg);
    EXPECT_EQ(decodeImage({}).error, ImageError::NotPngOrJpeg);
}

TEST(ImageTest, TruncatedPngIsCorruptNotACrash) {
    auto png = encodePng(checker(64, 64));
    png.resize(png.size() / 2);
    const DecodeResult r = decodeImage(png);
    EXPECT_EQ(r.error, ImageError::Corrupt);
    EXPECT_TRUE(r.image.empty());
}

TEST(ImageTest, FlipVerticallySwapsRows) {
    Image a = checker(8, 3);
    const Image original = a;
    flipVertically(a);
    EXPECT_TRUE(std::equal(a.rgba.begin(), a.rgba.begin() + 32, original.rgba.begin() + 64));
    flipVertically(a);
    EXPECT_EQ(a.rgba, original.rgba);
}

TEST(ImageTest, CompareReportsMaxAndMeanDifference) {
    const Image a = checker(10, 10);
    Image b = a;
    EXPECT_EQ(compareImages(a, b).maxChannelDelta, 0);
    b.rgba[0] = std::uint8_t(b.rgba[0] + 40);
    const auto d = compareImages(a, b);
    EXPECT_TRUE(d.sameSize);
    EXPECT_EQ(d.maxChannelDelta, 40);
    EXPECT_NEAR(d.meanChannelDelta, 40.0 / 400.0, 1e-9);
    EXPECT_EQ(d.diff.width, 10);
    Image c = checker(11, 10);
    EXPECT_FALSE(compareImages(a, c).sameSize);
}

// The chunks of a PNG as (type, data), in order.
std::vector<std::pair<std::string, std::string>> chunksOf(const std::vector<std::uint8_t>& png) {
    std::vector<std::pair<std::string, std::string>> chunks;
    std::size_t at = 8;
    while (at + 12 <= png.size()) {
        const std::size_t length = std::size_t(png[at]) << 24 | std::size_t(png[at + 1]) << 16 |
                                   std::size_t(png[at + 2]) << 8 | std::size_t(png[at + 3]);
        chunks.emplace_back(
            std::string(png.begin() + std::ptrdiff_t(at + 4), png.begin() + std::ptrdiff_t(at + 8)),
            std::string(png.begin() + std::ptrdiff_t(at + 8), png.begin() + std::ptrdiff_t(at + 8 + length)));
        at += 12 + length;
    }
    return chunks;
}

// `png` with the chunk right after IHDR (where encodePng puts its tEXt chunk) replaced by `chunk`
// (type, data) with a CRC of `crcDelta` + the right one; an empty type removes it.
std::vector<std::uint8_t> withSecondChunk(const std::vector<std::uint8_t>& png, std::string_view type,
                                          std::string_view data, std::uint32_t crcDelta = 0) {
    constexpr std::size_t kAfterIhdr = 33;
    const std::size_t oldLength = std::size_t(png[kAfterIhdr + 2]) << 8 | png[kAfterIhdr + 3];
    std::vector<std::uint8_t> out(png.begin(), png.begin() + kAfterIhdr);
    if (!type.empty()) {
        std::vector<std::uint8_t> typeAndData(type.begin(), type.end());
        typeAndData.insert(typeAndData.end(), data.begin(), data.end());
        const std::uint32_t crc = pngCrc32(typeAndData) + crcDelta;
        for (int s = 24; s >= 0; s -= 8)
            out.push_back(std::uint8_t(data.size() >> s));
        out.insert(out.end(), typeAndData.begin(), typeAndData.end());
        for (int s = 24; s >= 0; s -= 8)
            out.push_back(std::uint8_t(crc >> s));
    }
    out.insert(out.end(), png.begin() + std::ptrdiff_t(kAfterIhdr + 12 + oldLength), png.end());
    return out;
}

TEST(ImageTest, Crc32MatchesTheKnownCheckValue) {
    const std::string_view check = "123456789";
    EXPECT_EQ(pngCrc32(std::span(reinterpret_cast<const std::uint8_t*>(check.data()), check.size())), 0xCBF43926u);
    EXPECT_EQ(pngCrc32({}), 0u);
    // The CRC of an IEND chunk, as every PNG ends with it.
    const std::uint8_t iend[] = {'I', 'E', 'N', 'D'};
    EXPECT_EQ(pngCrc32(iend), 0xAE426082u);
}

TEST(ImageTest, EncodedPngSaysItWasWrittenByCoinModelStudioRightAfterIhdr) {
    const auto png = encodePng(checker(16, 9));
    const auto chunks = chunksOf(png);
    ASSERT_GE(chunks.size(), 4u);
    EXPECT_EQ(chunks[0].first, "IHDR");
    EXPECT_EQ(chunks[1].first, "tEXt");
    EXPECT_EQ(chunks[1].second, std::string("Software\0Coin Model Studio", 26));
    EXPECT_EQ(chunks.back().first, "IEND");
    EXPECT_TRUE(pngWrittenByCoinStudio(png));
    // Every chunk's CRC is right (stb does not check them, other readers do).
    std::size_t at = 8;
    while (at + 12 <= png.size()) {
        const std::size_t length =
            std::size_t(png[at]) << 24 | std::size_t(png[at + 1]) << 16 | std::size_t(png[at + 2]) << 8 | png[at + 3];
        const std::uint32_t stored = std::uint32_t(png[at + 8 + length]) << 24 |
                                     std::uint32_t(png[at + 9 + length]) << 16 |
                                     std::uint32_t(png[at + 10 + length]) << 8 | png[at + 11 + length];
        EXPECT_EQ(stored, pngCrc32(std::span(png).subspan(at + 4, length + 4))) << "chunk at " << at;
        at += 12 + length;
    }
    EXPECT_EQ(at, png.size());
}

TEST(ImageTest, MarkedPngStillDecodes) {
    const Image a = checker(23, 17);
    const DecodeResult r = decodeImage(encodePng(a));
    ASSERT_EQ(r.error, ImageError::None) << r.message;
    EXPECT_EQ(r.image.rgba, a.rgba);
}

TEST(ImageTest, PngsFromElsewhereAreNotOurs) {
    const auto ours = encodePng(checker(12, 12));
    ASSERT_TRUE(pngWrittenByCoinStudio(ours));
    const auto plain = withSecondChunk(ours, "", "");
    ASSERT_EQ(decodeImage(plain).error, ImageError::None); // still a good PNG, just not marked
    EXPECT_FALSE(pngWrittenByCoinStudio(plain));
    EXPECT_FALSE(pngWrittenByCoinStudio(withSecondChunk(ours, "tEXt", std::string_view("Software\0GIMP 2.10", 18))));
    EXPECT_FALSE(
        pngWrittenByCoinStudio(withSecondChunk(ours, "tEXt", std::string_view("Comment\0Coin Model Studio", 25))));
    EXPECT_FALSE(
        pngWrittenByCoinStudio(withSecondChunk(ours, "tEXt", std::string_view("Software\0Coin Model Studios", 27))));
    EXPECT_FALSE(
        pngWrittenByCoinStudio(withSecondChunk(ours, "tEXt", std::string_view("Software\0Coin Model Studio", 26), 1)));
    // A later version may add its version number after a space.
    EXPECT_TRUE(
        pngWrittenByCoinStudio(withSecondChunk(ours, "tEXt", std::string_view("Software\0Coin Model Studio 2.0", 30))));
    // Not PNGs, or cut short.
    EXPECT_FALSE(pngWrittenByCoinStudio({}));
    EXPECT_FALSE(pngWrittenByCoinStudio(std::vector<std::uint8_t>(ours.begin() + 1, ours.end())));
    EXPECT_FALSE(pngWrittenByCoinStudio(std::vector<std::uint8_t>(ours.begin(), ours.begin() + 40)));
    const std::vector<std::uint8_t> jpeg = {0xFF, 0xD8, 0xFF, 0xE0, 0, 16};
    EXPECT_FALSE(pngWrittenByCoinStudio(jpeg));
}

TEST(ImageTest, PngFilesAreCheckedFromTheirFirstBytes) {
    const auto dir = std::filesystem::temp_directory_path() / ("coinstudio-imagetest-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    // A picture larger than the 64 KiB read: the mark is near the start, so it is found.
    Image noise;
    noise.width = noise.height = 256;
    noise.rgba.resize(256 * 256 * 4);
    std::uint32_t x = 12345;
    for (auto& b : noise.rgba)
        b = std::uint8_t((x = x * 1664525u + 1013904223u) >> 24);
    const auto big = encodePng(noise);
    ASSERT_GT(big.size(), 64u * 1024u);
    ASSERT_OK(writeFileAtomic(dir / "ours.png", big));
    ASSERT_OK(writeFileAtomic(dir / "theirs.png", withSecondChunk(big, "", "")));
    EXPECT_TRUE(pngFileWrittenByCoinStudio(dir / "ours.png"));
    EXPECT_FALSE(pngFileWrittenByCoinStudio(dir / "theirs.png"));
    EXPECT_FALSE(pngFileWrittenByCoinStudio(dir / "missing.png"));
    EXPECT_FALSE(pngFileWrittenByCoinStudio(dir));
    std::filesystem::remove_all(dir);
}

} // namespace
} // namespace cs
