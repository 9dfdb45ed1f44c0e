// The live room's card on the audience view: beside the stage on a question step, a QR code large
// enough to scan and the address to type; after R, bars only from 5 answers (fewer: said, not shown);
// the count before the reveal is the presenter's alone; no card off a question step.
#include "room_scenario.h"
#include "scenario_text.h"
#include "ui_test_support.h"

#include "draw_text.h"

#include "core/room/room_qr.h"
#include "ui/audience_view.h"
#include "ui/presenter_view.h"
#include "ui/room_card.h"

namespace cs {
namespace {

using testing::drawDataContainsText;

class RoomCardTest : public testing::ImGuiFixture {
  protected:
    void SetUp() override {
        ImGuiFixture::SetUp();
        state_ = makeStartState(testing::builtInLibrary());
        applyCommand(state_, cmd::LoadScenario{testing::scenarioFromText(testing::kRoomQuestionScenario)});
        applyCommand(state_, cmd::StartPresentation{false, true});
        RoomStatus room;
        room.open = true;
        room.address = "http://192.168.1.20:41234/abcdefghjkmnpqrs";
        room.shortAddress = "192.168.1.20:41234/abcdefghjkmnpqrs";
        room.networkName = "wlan0";
        room.qr = *qrCodeFor(room.address);
        applyCommand(state_, cmd::SetRoomStatus{room});
        state_.settle();
    }
    void counted(int answers, std::optional<std::vector<int>> distribution) {
        RoomStatus room = state_.room;
        room.answers = answers;
        room.distribution = std::move(distribution);
        applyCommand(state_, cmd::SetRoomStatus{room});
    }
    ViewLayout layout() const {
        return withStageColumns(computeAudienceLayout(fb_, 1.0f), state_, fonts_.small->FontSize);
    }
    const ImDrawData* drawAudience() {
        drawView(audience_, state_, fb_, layout());
        return ImGui::GetDrawData();
    }

    const glm::vec2 fb_{1920, 1080};
    AppState state_;
    AudienceView audience_;
};

TEST_F(RoomCardTest, OnAQuestionStepTheCardStandsBesideTheStageWithACodeLargeEnoughToScan) {
    const ViewLayout l = layout();
    ASSERT_GT(l.room.width, 0.0f);
    EXPECT_FALSE(intersects(l.room, l.stage)) << "the coins are framed beside the card, not under it";
    EXPECT_FALSE(intersects(l.room, l.caption)) << "nor over the step's words";
    EXPECT_LE(l.room.x + l.room.width, fb_.x);
    const RoomCardLayout card = layoutRoomCard(state_, l.room, fonts_);
    // About a quarter of the screen's height: a phone reads it from the back of a room.
    EXPECT_GE(card.qr.height, fb_.y * 0.25f);
    EXPECT_GE(card.moduleSize, 6.0f);
    EXPECT_EQ(card.moduleSize, std::floor(card.moduleSize)) << "whole pixels per module: sharp edges";
    EXPECT_TRUE(contains(l.room, card.qr));
    for (const auto& line : card.lines)
        EXPECT_TRUE(contains(l.room, line.rect())) << line.text;
    const ImDrawData* drawn = drawAudience();
    EXPECT_TRUE(drawDataContainsText(drawn, "Answer on your phone"));
    EXPECT_TRUE(drawDataContainsText(drawn, "192.168.1.20:41234/"));
    EXPECT_TRUE(drawDataContainsText(drawn, "abcdefghjkmnpqrs"));
}

TEST_F(RoomCardTest, BeforeTheRevealTheRoomSeesNoCountButThePresenterDoes) {
    counted(7, std::vector<int>{2, 1, 4});
    EXPECT_FALSE(drawDataContainsText(drawAudience(), "7 answers"));
    EXPECT_TRUE(layoutRoomCard(state_, layout().room, fonts_).bars.empty());
    PresenterView presenter;
    const ViewLayout l = computeAudienceLayout(fb_, 1.0f);
    const StageView view = computeStageView(state_, fb_, l.stage);
    const Theme theme = projectorDarkTheme();
    const PresenterPreviews previews;
    const UiContext ui{state_, view, fonts_, theme, l, fb_, nullptr, &previews};
    frame([&] { presenter.draw(ui, {0, 0, fb_.x, fb_.y}, false); });
    EXPECT_TRUE(drawDataContainsText(ImGui::GetDrawData(), "Answers from the room: 7"));
    EXPECT_TRUE(drawDataContainsText(ImGui::GetDrawData(), "(wlan0)"));
}

TEST_F(RoomCardTest, AfterTheRevealBarsShowHowTheRoomAnsweredFromFiveAnswers) {
    counted(8, std::vector<int>{2, 0, 6});
    applyCommand(state_, cmd::RevealAnswer{});
    const RoomCardLayout card = layoutRoomCard(state_, layout().room, fonts_);
    EXPECT_EQ(card.qr.width, 0.0f) << "the code gives way to the answers";
    ASSERT_EQ(card.bars.size(), 3u);
    EXPECT_EQ(card.bars[1].fill.width, 0.0f);
    EXPECT_EQ(card.bars[2].fill.width, card.bars[2].track.width) << "the most chosen fills its track";
    EXPECT_NEAR(card.bars[0].fill.width, card.bars[2].track.width / 3.0f, 1.0f);
    EXPECT_TRUE(card.bars[2].answer);
    EXPECT_EQ(card.bars[0].track.width, card.bars[1].track.width) << "every track as long as the others";
    const ImDrawData* drawn = drawAudience();
    EXPECT_TRUE(drawDataContainsText(drawn, "How the room answered"));
    EXPECT_TRUE(drawDataContainsText(drawn, "8 answers"));
    EXPECT_TRUE(drawDataContainsText(drawn, "6 \xC2\xB7 75%"));
}

TEST_F(RoomCardTest, FewerThanFiveAnswersAreNotShownAndTheRoomIsToldWhy) {
    counted(3, std::nullopt);
    applyCommand(state_, cmd::RevealAnswer{});
    const RoomCardLayout card = layoutRoomCard(state_, layout().room, fonts_);
    EXPECT_TRUE(card.bars.empty());
    const ImDrawData* drawn = drawAudience();
    EXPECT_TRUE(drawDataContainsText(drawn, "3 answers"));
    EXPECT_TRUE(drawDataContainsText(drawn, "Not shown"));
}

TEST_F(RoomCardTest, NoCardOffAQuestionStepOverABlankScreenOrWithoutTheRoom) {
    applyCommand(state_, cmd::NextStep{});
    EXPECT_EQ(layout().room.width, 0.0f);
    EXPECT_FALSE(drawDataContainsText(drawAudience(), "Answer on your phone"));
    applyCommand(state_, cmd::PreviousStep{});
    applyCommand(state_, cmd::Blackout{});
    EXPECT_FALSE(drawDataContainsText(drawAudience(), "Answer on your phone"));
    applyCommand(state_, cmd::EndBlankScreen{});
    applyCommand(state_, cmd::SetRoomStatus{RoomStatus{}});
    EXPECT_EQ(layout().room.width, 0.0f);
}

} // namespace
} // namespace cs
