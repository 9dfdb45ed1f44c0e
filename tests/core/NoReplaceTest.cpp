// The one rule for writing among people's files: nothing the app did not write is replaced.
#include "core/no_replace.h"
#include "status_checks.h"

#include "ScenarioTestSupport.h"
#include "core/file_io.h"

#include <gtest/gtest.h>

namespace cs {
namespace {

std::span<const std::uint8_t> bytesOf(std::string_view text) {
    return {reinterpret_cast<const std::uint8_t*>(text.data()), text.size()};
}

TEST(NoReplaceTest, AFreeNameIsUsedAsItIs) {
    test::TempDir dir;
    const auto place = placeWithoutReplacing(dir / "reflections-intro.md", bytesOf("mine"));
    ASSERT_TRUE(place);
    EXPECT_EQ(place->path, dir / "reflections-intro.md");
    EXPECT_FALSE(place->alreadyThere);
}

TEST(NoReplaceTest, ADifferentFileOfThatNameGetsTheNextNumberAndTheSameFileIsReused) {
    test::TempDir dir;
    ASSERT_OK(writeFileAtomic(dir / "reflections-intro.md", std::string_view("someone else's")));
    ASSERT_OK(writeFileAtomic(dir / "reflections-intro-2.md", std::string_view("mine")));
    const auto other = placeWithoutReplacing(dir / "reflections-intro.md", bytesOf("new text"));
    ASSERT_TRUE(other);
    EXPECT_EQ(other->path, dir / "reflections-intro-3.md");
    EXPECT_FALSE(other->alreadyThere);
    const auto same = placeWithoutReplacing(dir / "reflections-intro.md", bytesOf("mine"));
    ASSERT_TRUE(same);
    EXPECT_EQ(same->path, dir / "reflections-intro-2.md");
    EXPECT_TRUE(same->alreadyThere);
}

TEST(NoReplaceTest, FoldersLinksAndLongerFilesCountAsSomeoneElses) {
    test::TempDir dir;
    std::filesystem::create_directory(dir / "a-folder.png");
    std::filesystem::create_symlink(dir / "elsewhere", dir / "a-link.png");
    ASSERT_OK(writeFileAtomic(dir / "longer.png", std::string_view("abcdef")));
    EXPECT_TRUE(wouldReplaceOther(dir / "a-folder.png", bytesOf("x")));
    EXPECT_TRUE(wouldReplaceOther(dir / "a-link.png", bytesOf("x")));
    EXPECT_TRUE(wouldReplaceOther(dir / "longer.png", bytesOf("abc")));
    EXPECT_FALSE(wouldReplaceOther(dir / "longer.png", bytesOf("abcdef")));
    EXPECT_FALSE(wouldReplaceOther(dir / "nothing-here.png", bytesOf("x")));
}

} // namespace
} // namespace cs
