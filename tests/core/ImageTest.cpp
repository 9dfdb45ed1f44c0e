// PNG encode/decode, caps on hostile images, and image comparison.
#include "core/image.h"

#include <gtest/gtest.h>

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
        for (int s = 24; s >= 0; s -= 8) png.push_back(std::uint8_t(v >> s));
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

} // namespace
} // namespace cs
