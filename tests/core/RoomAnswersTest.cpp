// The room's answers in memory: one per device per question, changeable until the reveal, counted,
// shown only from five answers up, bounded in devices, forgotten at the end of the show; the show's
// code and the devices' tokens.
#include "core/room/room_answers.h"

#include <gtest/gtest.h>

#include <array>
#include <set>
#include <string>

namespace cs {
namespace {

RoomQuestion question(const std::string& id, int choices) {
    RoomQuestion q{id, "Which is the coin?", {}};
    for (int i = 1; i <= choices; ++i)
        q.choices.push_back("Choice " + std::to_string(i));
    return q;
}

// A token as a page makes one: "device-000000000007".
std::string device(int n) {
    std::string digits = std::to_string(n);
    return "device-" + std::string(12 - digits.size(), '0') + digits;
}

TEST(RoomAnswersTest, EachDeviceCountsOnceAndMayChangeItsAnswerUntilTheReveal) {
    RoomAnswers room;
    room.ask(question("step-2", 3));
    EXPECT_EQ(room.answer(device(1), "step-2", 2), RoomAnswerResult::Counted);
    EXPECT_EQ(room.answer(device(1), "step-2", 2), RoomAnswerResult::Unchanged);
    EXPECT_EQ(room.answer(device(1), "step-2", 3), RoomAnswerResult::Changed);
    EXPECT_EQ(room.answer(device(2), "step-2", 1), RoomAnswerResult::Counted);
    EXPECT_EQ(room.count(), 2);
    EXPECT_EQ(room.answerOf(device(1)), 3);
    EXPECT_EQ(room.answerOf(device(9)), std::nullopt);

    room.reveal();
    EXPECT_TRUE(room.revealed());
    EXPECT_EQ(room.answer(device(1), "step-2", 1), RoomAnswerResult::Revealed);
    EXPECT_EQ(room.answer(device(3), "step-2", 1), RoomAnswerResult::Revealed);
    EXPECT_EQ(room.count(), 2);
    EXPECT_EQ(room.answerOf(device(1)), 3);
}

TEST(RoomAnswersTest, TheDistributionIsShownOnlyFromFiveAnswersUp) {
    RoomAnswers room;
    room.ask(question("q", 2));
    for (int d = 1; d <= 4; ++d)
        ASSERT_EQ(room.answer(device(d), "q", d % 2 + 1), RoomAnswerResult::Counted);
    EXPECT_EQ(room.count(), 4);
    EXPECT_EQ(room.shownDistribution(), std::nullopt) << "four people could be singled out";
    room.reveal();
    EXPECT_EQ(room.shownDistribution(), std::nullopt) << "not even after the reveal";

    RoomAnswers five;
    five.ask(question("q", 3));
    for (int d = 1; d <= 5; ++d)
        ASSERT_EQ(five.answer(device(d), "q", d <= 3 ? 1 : 3), RoomAnswerResult::Counted);
    EXPECT_EQ(five.shownDistribution(), (std::vector<int>{3, 0, 2}));
}

TEST(RoomAnswersTest, AnswersToAnythingButTheQuestionOnStageAreRefused) {
    RoomAnswers room;
    EXPECT_EQ(room.answer(device(1), "q", 1), RoomAnswerResult::NoQuestion);
    room.ask(question("q", 2));
    EXPECT_EQ(room.answer(device(1), "earlier", 1), RoomAnswerResult::OtherQuestion);
    EXPECT_EQ(room.answer(device(1), "q", 0), RoomAnswerResult::NotAChoice);
    EXPECT_EQ(room.answer(device(1), "q", 3), RoomAnswerResult::NotAChoice);
    EXPECT_EQ(room.answer(device(1), "q", -7), RoomAnswerResult::NotAChoice);
    EXPECT_EQ(room.answer("short", "q", 1), RoomAnswerResult::BadDevice);
    EXPECT_EQ(room.answer("device token with spaces!", "q", 1), RoomAnswerResult::BadDevice);
    EXPECT_EQ(room.answer(std::string(65, 'a'), "q", 1), RoomAnswerResult::BadDevice);
    EXPECT_EQ(room.count(), 0);
    room.ask(std::nullopt);
    EXPECT_EQ(room.answer(device(1), "q", 1), RoomAnswerResult::NoQuestion);
}

TEST(RoomAnswersTest, AQuestionAskedAgainKeepsItsAnswersAndItsReveal) {
    RoomAnswers room;
    room.ask(question("first", 2));
    for (int d = 1; d <= 6; ++d)
        ASSERT_EQ(room.answer(device(d), "first", 1), RoomAnswerResult::Counted);
    room.reveal();
    room.ask(question("second", 2));
    EXPECT_EQ(room.count(), 0);
    EXPECT_FALSE(room.revealed());
    EXPECT_EQ(room.answer(device(1), "second", 2), RoomAnswerResult::Counted);
    room.ask(question("first", 2)); // the facilitator steps back
    EXPECT_EQ(room.count(), 6);
    EXPECT_TRUE(room.revealed());
    EXPECT_EQ(room.shownDistribution(), (std::vector<int>{6, 0}));
}

TEST(RoomAnswersTest, TheRoomHoldsABoundedNumberOfDevices) {
    RoomAnswers room;
    room.ask(question("q", 2));
    for (int d = 0; d < int(RoomAnswers::kMostDevices); ++d)
        ASSERT_EQ(room.answer(device(d), "q", 1), RoomAnswerResult::Counted) << d;
    EXPECT_EQ(room.answer(device(100000), "q", 1), RoomAnswerResult::Full);
    EXPECT_EQ(room.answer(device(3), "q", 2), RoomAnswerResult::Changed) << "a device already here may change";
    EXPECT_EQ(room.count(), int(RoomAnswers::kMostDevices));
}

TEST(RoomAnswersTest, TheEndOfTheShowForgetsEverything) {
    RoomAnswers room;
    room.ask(question("q", 2));
    for (int d = 1; d <= 7; ++d)
        ASSERT_EQ(room.answer(device(d), "q", 2), RoomAnswerResult::Counted);
    room.forgetAll();
    EXPECT_EQ(room.question(), std::nullopt);
    room.ask(question("q", 2));
    EXPECT_EQ(room.count(), 0);
    EXPECT_EQ(room.answerOf(device(1)), std::nullopt);
    EXPECT_EQ(room.answer(device(1), "q", 1), RoomAnswerResult::Counted);
}

TEST(RoomAnswersTest, ShowCodesAreSixteenEasyCharactersAndCompareOnlyWhenEqual) {
    const std::array<std::uint8_t, 10> zeros{};
    const std::array<std::uint8_t, 10> ones{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff};
    const std::array<std::uint8_t, 10> mixed{0x12, 0x34, 0x56, 0x78, 0x9a, 0xbc, 0xde, 0xf0, 0x0f, 0x1e};
    std::set<std::string> codes;
    for (const auto& bytes : {zeros, ones, mixed}) {
        const std::string code = showCodeFrom(bytes);
        ASSERT_EQ(code.size(), 16u) << code;
        EXPECT_EQ(code.find_first_of("oil1 "), std::string::npos) << code;
        codes.insert(code);
    }
    EXPECT_EQ(codes.size(), 3u);
    EXPECT_EQ(showCodeFrom(std::array<std::uint8_t, 9>{}), "") << "too few random bytes";

    const std::string code = showCodeFrom(mixed);
    EXPECT_TRUE(sameShowCode(code, code));
    EXPECT_FALSE(sameShowCode(code.substr(0, 15), code));
    EXPECT_FALSE(sameShowCode("", ""));
    std::string wrong = code;
    wrong.back() = wrong.back() == 'a' ? 'b' : 'a';
    EXPECT_FALSE(sameShowCode(wrong, code));
}

TEST(RoomAnswersTest, DeviceTokensAreWhatAPageMakes) {
    EXPECT_TRUE(isDeviceToken("abcDEF0123456789"));
    EXPECT_TRUE(isDeviceToken(std::string(64, 'x')));
    EXPECT_TRUE(isDeviceToken("a-b_c-d_e-f_g-h_"));
    EXPECT_FALSE(isDeviceToken("abcDEF012345678"));
    EXPECT_FALSE(isDeviceToken(std::string(65, 'x')));
    EXPECT_FALSE(isDeviceToken("abcdefgh/ijklmnop"));
    EXPECT_FALSE(isDeviceToken(std::string("abcdefgh\0ijklmnop", 17)));
}

} // namespace
} // namespace cs
