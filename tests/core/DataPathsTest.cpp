// Folders typed by people (export, Save as, pictures): "~" is read as a shell would.
#include "core/data_paths.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <string>

namespace cs {
namespace {

namespace fs = std::filesystem;

class DataPathsTest : public ::testing::Test {
  protected:
    void SetUp() override {
        const char* home = std::getenv("HOME");
        hadHome_ = home != nullptr;
        if (home) savedHome_ = home;
    }
    void TearDown() override {
        if (hadHome_)
            setenv("HOME", savedHome_.c_str(), 1);
        else
            unsetenv("HOME");
    }
    bool hadHome_ = false;
    std::string savedHome_;
};

TEST_F(DataPathsTest, ATildeStartsAtHome) {
    setenv("HOME", "/home/educator", 1);
    EXPECT_EQ(expandHome("~"), fs::path("/home/educator"));
    EXPECT_EQ(expandHome("~/"), fs::path("/home/educator"));
    EXPECT_EQ(expandHome("~/courses/nursing"), fs::path("/home/educator/courses/nursing"));
}

TEST_F(DataPathsTest, EverythingElseComesBackAsTyped) {
    setenv("HOME", "/home/educator", 1);
    EXPECT_EQ(expandHome(""), fs::path());
    EXPECT_EQ(expandHome("/srv/courses"), fs::path("/srv/courses"));
    EXPECT_EQ(expandHome("courses/~/x"), fs::path("courses/~/x"));
    EXPECT_EQ(expandHome("~someone/x"), fs::path("~someone/x")); // another account's home: not guessed
}

TEST_F(DataPathsTest, WithoutHomeTheCurrentFolderIsUsed) {
    unsetenv("HOME");
    EXPECT_EQ(expandHome("~/x"), fs::path("./x"));
}

} // namespace
} // namespace cs
