// The names of the files the editor makes: the scenario's own file and the pictures it copies.
#include "core/editor/scenario_files.h"

#include <gtest/gtest.h>

namespace cs {
namespace {

TEST(ScenarioFilesTest, AScenarioFileIsNamedAfterItsIdWithSafeCharactersOnly) {
    Scenario s;
    s.id = "cultural-safety_2";
    EXPECT_EQ(scenarioFileName(s), "cultural-safety_2.toml");
    s.id = "../é t\"é/..";
    EXPECT_EQ(scenarioFileName(s), "t.toml");
    s.id = "";
    EXPECT_EQ(scenarioFileName(s), "scenario.toml");
    s.id = "///";
    EXPECT_EQ(scenarioFileName(s), "scenario.toml");
}

TEST(ScenarioFilesTest, ThePicturesOfAScenarioAreListedOnceEachInOrder) {
    Scenario s;
    s.personas.resize(3);
    s.personas[0].image = "images/robin.png";
    s.personas[2].image = "images/ana.jpg";
    s.steps.resize(3);
    s.steps[0].image = "images/robin.png"; // named twice
    s.steps[1].image = "images/map.png";
    EXPECT_EQ(picturesOf(s), (std::vector<std::string>{"images/ana.jpg", "images/map.png", "images/robin.png"}));
    EXPECT_TRUE(picturesOf(Scenario{}).empty());
}

TEST(ScenarioFilesTest, ACopiedPictureKeepsASafeNameAndAnExtensionThatSaysWhatItIs) {
    const std::vector<std::uint8_t> png{0x89, 'P', 'N', 'G'};
    const std::vector<std::uint8_t> jpeg{0xFF, 0xD8, 0xFF, 0xE0};
    EXPECT_EQ(pictureFileName("/home/a/Robin portrait.PNG", png), "Robin-portrait.png");
    EXPECT_EQ(pictureFileName("/home/a/photo.JPEG", jpeg), "photo.jpeg");
    EXPECT_EQ(pictureFileName("/home/a/photo.jpg", jpeg), "photo.jpg");
    EXPECT_EQ(pictureFileName("/home/a/no-extension", jpeg), "no-extension.jpg"); // the bytes say JPEG
    EXPECT_EQ(pictureFileName("/home/a/.png", png), "-png.png");
    EXPECT_EQ(pictureFileName("/home/a/é", png), "--.png"); // two bytes in UTF-8, each not a name character
}

} // namespace
} // namespace cs
