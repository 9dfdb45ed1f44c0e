// The live room in core: the question the phones get follows the stage (in the show's language, not
// behind a content note, a new one when its words change), the room's card shows only where it
// should, the room closes with the show, and the room's address encodes as a QR code.
#include "scenario_text.h"

#include "core/room/room_on_stage.h"
#include "core/room/room_qr.h"

#include <gtest/gtest.h>

namespace cs {
namespace {

const char* kScenario = R"(format = 1
id = "room-test"
title = { en = "Room test", fr = "Essai de salle" }
languages = ["en", "fr"]

[[step]]
id = "asked"
title = { en = "Asked", fr = "Posée" }
coins = ["racism"]
[step.question]
prompt = { en = "What is the coin?", fr = "Qu'est-ce que la pièce?" }
choices = [{ en = "A person", fr = "Une personne" }, { en = "A structure", fr = "Une structure" }]
answer = 2

[[step]]
title = "Plain"

[[step]]
title = "Noted"
content_note = "A note first."
[step.question]
prompt = "Behind a note?"
choices = ["Yes", "No"]
answer = 1
)";

AppState inShow(const std::string& toml = kScenario, std::string_view language = "en") {
    AppState s = makeStartState(testing::builtInLibrary());
    applyCommand(s, cmd::LoadScenario{testing::scenarioFromText(toml, "room.toml", language)});
    applyCommand(s, cmd::StartPresentation{false, false});
    RoomStatus room;
    room.open = true;
    room.address = "http://127.0.0.1:4000/abcdefghjkmnpqrs";
    applyCommand(s, cmd::SetRoomStatus{room});
    return s;
}

TEST(RoomOnStageTest, ThePhonesGetTheQuestionOnStageInTheShowsLanguage) {
    const AppState en = inShow();
    const auto q = roomQuestionFor(en);
    ASSERT_TRUE(q);
    EXPECT_EQ(q->prompt, "What is the coin?");
    EXPECT_EQ(q->choices, (std::vector<std::string>{"A person", "A structure"}));
    const auto fr = roomQuestionFor(inShow(kScenario, "fr"));
    ASSERT_TRUE(fr);
    EXPECT_EQ(fr->choices.back(), "Une structure");
    EXPECT_NE(fr->id, q->id) << "other words, another question: answers in one language are not mixed with the other";
}

TEST(RoomOnStageTest, NoQuestionWithoutTheRoomOutsideAShowOrOnAStepWithoutOne) {
    AppState s = inShow();
    applyCommand(s, cmd::NextStep{});
    EXPECT_FALSE(roomQuestionFor(s)) << "step 2 has no question";
    EXPECT_FALSE(roomCardShown(s));

    AppState closed = inShow();
    applyCommand(closed, cmd::SetRoomStatus{RoomStatus{}});
    EXPECT_FALSE(roomQuestionFor(closed));
    EXPECT_FALSE(roomCardShown(closed));

    AppState ended = inShow();
    applyCommand(ended, cmd::StopPresentation{});
    EXPECT_FALSE(ended.room.open) << "the room closes with the show";
    EXPECT_FALSE(roomQuestionFor(ended));
}

TEST(RoomOnStageTest, BehindAContentNoteThePhonesWaitAndTheCardIsHidden) {
    AppState s = inShow();
    applyCommand(s, cmd::GoToStep{3});
    ASSERT_TRUE(s.contentNotePending);
    EXPECT_FALSE(roomQuestionFor(s));
    EXPECT_FALSE(roomCardShown(s));
    applyCommand(s, cmd::AcknowledgeContentNote{});
    ASSERT_TRUE(roomQuestionFor(s));
    EXPECT_EQ(roomQuestionFor(s)->prompt, "Behind a note?");
    EXPECT_TRUE(roomCardShown(s));
}

TEST(RoomOnStageTest, AJoinStepShowsTheCardWithoutAQuestionForThePhones) {
    std::string toml = kScenario;
    toml.replace(toml.find("title = \"Plain\""), 15, "title = \"Plain\"\njoin = true");
    AppState s = inShow(toml);
    applyCommand(s, cmd::NextStep{});
    ASSERT_TRUE(s.currentStep()->join);
    EXPECT_TRUE(roomCardShown(s)) << "people join here, before the next question";
    EXPECT_FALSE(roomQuestionFor(s)) << "the phones wait: there is nothing to answer yet";
    applyCommand(s, cmd::SetRoomStatus{RoomStatus{}});
    EXPECT_FALSE(roomCardShown(s)) << "without the room, join changes nothing";
}

TEST(RoomOnStageTest, ABlankScreenHidesTheCardButThePhonesKeepTheQuestion) {
    AppState s = inShow();
    applyCommand(s, cmd::Blackout{});
    EXPECT_FALSE(roomCardShown(s));
    EXPECT_TRUE(roomQuestionFor(s));
}

TEST(RoomOnStageTest, TheSameQuestionKeepsItsIdAndEditedWordsMakeANewOne) {
    const AppState s = inShow();
    AppState again = inShow();
    applyCommand(again, cmd::NextStep{});
    applyCommand(again, cmd::PreviousStep{});
    ASSERT_TRUE(roomQuestionFor(s) && roomQuestionFor(again));
    EXPECT_EQ(roomQuestionFor(s)->id, roomQuestionFor(again)->id) << "back on the step: its answers still count";

    std::string edited = kScenario;
    edited.replace(edited.find("A structure"), 11, "A system");
    const AppState changed = inShow(edited);
    ASSERT_TRUE(roomQuestionFor(changed));
    EXPECT_NE(roomQuestionFor(changed)->id, roomQuestionFor(s)->id);
    // The id is sent in a form and a URL: plain letters and digits only.
    const std::string id = roomQuestionFor(s)->id;
    for (const char c : id)
        EXPECT_TRUE(std::isalnum(static_cast<unsigned char>(c))) << id;
}

// The three finder squares a camera looks for: 7×7 with a dark ring, a light ring and a dark 3×3 centre.
bool finderAt(const QrCode& q, int x0, int y0) {
    for (int y = 0; y < 7; ++y) {
        for (int x = 0; x < 7; ++x) {
            const int ring = std::max(std::abs(x - 3), std::abs(y - 3));
            const bool dark = ring != 2;
            if (q.isDark(x0 + x, y0 + y) != dark) return false;
        }
    }
    return true;
}

TEST(RoomQrTest, AnAddressBecomesACodeWithItsThreeFinderSquares) {
    const auto q = qrCodeFor("http://192.168.100.200:65535/abcdefghjkmnpqrs");
    ASSERT_TRUE(q);
    EXPECT_GE(q->size, 21);
    EXPECT_EQ((q->size - 21) % 4, 0) << "a QR code's side is 21 + 4 per version";
    ASSERT_EQ(q->dark.size(), std::size_t(q->size * q->size));
    EXPECT_TRUE(finderAt(*q, 0, 0));
    EXPECT_TRUE(finderAt(*q, q->size - 7, 0));
    EXPECT_TRUE(finderAt(*q, 0, q->size - 7));
    EXPECT_FALSE(finderAt(*q, q->size - 7, q->size - 7)) << "no finder in the fourth corner";
    EXPECT_EQ(qrCodeFor("http://192.168.100.200:65535/abcdefghjkmnpqrs"), q) << "the same address, the same code";
    EXPECT_NE(qrCodeFor("http://192.168.100.200:65535/abcdefghjkmnpqrt"), q);
}

TEST(RoomQrTest, NothingToEncodeOrTooMuchIsRefused) {
    EXPECT_FALSE(qrCodeFor(""));
    EXPECT_FALSE(qrCodeFor(std::string_view("a\0b", 3)));
    EXPECT_FALSE(qrCodeFor(std::string(5000, 'a')));
}

} // namespace
} // namespace cs
