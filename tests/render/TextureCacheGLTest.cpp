// The picture cache: textures handed out in one round stay valid through that round, however many
// pictures a scenario has; earlier rounds' pictures make room for new ones.
#include "render/texture_cache.h"
#include "status_checks.h"

#include "core/file_io.h"
#include "core/image.h"
#include "gl_test_support.h"

#include <epoxy/gl.h>
#include <gtest/gtest.h>

#include <random>

namespace cs {
namespace {

namespace fs = std::filesystem;

class TextureCacheGLTest : public ::testing::Test {
  protected:
    void SetUp() override {
        testing::sharedWindow().makeCurrent();
        std::random_device random;
        dir_ = fs::temp_directory_path() / ("coinstudio-textures-" + std::to_string(random()));
        fs::create_directories(dir_);
    }
    void TearDown() override {
        std::error_code ec;
        fs::remove_all(dir_, ec);
    }
    fs::path picture(int n) {
        const fs::path file = dir_ / ("p" + std::to_string(n) + ".png");
        if (!fs::exists(file)) {
            Image image;
            image.width = image.height = 2;
            image.rgba.assign(16, std::uint8_t(n & 0xFF));
            EXPECT_OK(writeFileAtomic(file, encodePng(image)));
        }
        return file;
    }
    fs::path dir_;
};

TEST_F(TextureCacheGLTest, EveryTextureOfOneRoundStaysValidPastTheCap) {
    TextureCache cache;
    cache.beginRound();
    std::vector<GLuint> handedOut;
    const int many = int(TextureCache::kKeptPictures) + 10;
    for (int i = 0; i < many; ++i) {
        const TextureCache::Picture p = cache.get(picture(i));
        ASSERT_NE(p.texture, 0u) << "picture " << i;
        handedOut.push_back(p.texture);
    }
    // The UI draws with all of them in the same frame: none may have been deleted.
    for (std::size_t i = 0; i < handedOut.size(); ++i)
        EXPECT_TRUE(glIsTexture(handedOut[i])) << "picture " << i;
    EXPECT_EQ(cache.size(), std::size_t(many));
}

TEST_F(TextureCacheGLTest, ANewRoundPastTheCapDropsOnlyPicturesItDidNotAskFor) {
    TextureCache cache;
    cache.beginRound();
    for (int i = 0; i < int(TextureCache::kKeptPictures); ++i)
        ASSERT_NE(cache.get(picture(i)).texture, 0u);
    cache.beginRound();
    const GLuint kept = cache.get(picture(0)).texture;     // asked for again in this round
    const GLuint fresh = cache.get(picture(1000)).texture; // a new one: room is made
    EXPECT_TRUE(glIsTexture(kept));
    EXPECT_TRUE(glIsTexture(fresh));
    EXPECT_EQ(cache.size(), 2u);
}

} // namespace
} // namespace cs
