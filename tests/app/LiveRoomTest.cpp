// The live room during a show, without a window: opening it puts the address (and its QR code) in the
// state, the phones get the question on stage and lose it off a question step, answers reach the state
// as a count (bars only from 5 answers), R closes the question to the phones, and the show's end stops
// the server and forgets everything.
#include "room_scenario.h"
#include "scenario_text.h"

#include "app/live_room.h"

#include <gtest/gtest.h>
#include <httplib.h>

#include <string>

namespace cs {
namespace {

// Stands in for the app: the state and Commands applied to it as the Studio applies them.
class ShowHost final : public AppHost {
  public:
    AppState state_ = makeStartState(testing::builtInLibrary());
    std::vector<std::string> notices;
    const AppState& state() const override { return state_; }
    void apply(const Command& command) override { applyCommand(state_, command); }
    void update(const Command& command) override { applyCommand(state_, command); }
    void notice(const std::string& text) override { notices.push_back(text); }
};

class LiveRoomTest : public ::testing::Test {
  protected:
    void SetUp() override {
        host_.apply(cmd::LoadScenario{testing::scenarioFromText(testing::kRoomQuestionScenario)});
        host_.apply(cmd::StartPresentation{false, false});
        ASSERT_EQ(room_.open(RoomOptions{"127.0.0.1", 0}), "");
        client_ = std::make_unique<httplib::Client>("127.0.0.1", room_.server()->port());
    }
    std::string path(const std::string& rest) const { return "/" + room_.server()->code() + rest; }
    // The question id the phones were given ("" when none), as a phone reads it from /state.
    std::string questionOnPhones() {
        const auto r = client_->Get(path("/state?device=live-room-device-0000").c_str());
        if (!r || r->status != 200) return "?";
        const auto at = r->body.find("\"id\":\"");
        if (at == std::string::npos) return "";
        const auto from = at + 6;
        return r->body.substr(from, r->body.find('"', from) - from);
    }
    int answer(int device, const std::string& question, int choice) {
        const std::string body = "device=live-room-device-" + std::to_string(1000 + device) + "&question=" + question +
                                 "&choice=" + std::to_string(choice) + "&reply=json";
        const auto r = client_->Post(path("/answer").c_str(), body, "application/x-www-form-urlencoded");
        return r ? r->status : 0;
    }

    ShowHost host_;
    LiveRoom room_{host_};
    std::unique_ptr<httplib::Client> client_;
};

TEST_F(LiveRoomTest, OpeningPutsTheAddressAndItsCodeInTheState) {
    const RoomStatus& r = host_.state().room;
    ASSERT_TRUE(r.open);
    EXPECT_EQ(r.address, "http://127.0.0.1:" + std::to_string(room_.server()->port()) + "/" + room_.server()->code());
    EXPECT_EQ("http://" + r.shortAddress, r.address);
    EXPECT_TRUE(r.thisComputerOnly) << "bound to loopback: the presenter is warned";
    EXPECT_GE(r.qr.size, 21);
}

TEST_F(LiveRoomTest, ThePhonesFollowTheStageAndTheCountReachesTheState) {
    const std::string asked = questionOnPhones();
    ASSERT_FALSE(asked.empty()) << "step 1 has a question";
    EXPECT_EQ(host_.state().room.questionId, asked);
    for (int d = 0; d < 4; ++d)
        EXPECT_EQ(answer(d, asked, d % 3 + 1), 200);
    EXPECT_TRUE(room_.follow());
    EXPECT_EQ(host_.state().room.answers, 4);
    EXPECT_FALSE(host_.state().room.distribution) << "fewer than 5: no bars, for the room or anyone";
    EXPECT_EQ(answer(4, asked, 3), 200);
    room_.follow();
    ASSERT_TRUE(host_.state().room.distribution);
    EXPECT_EQ(*host_.state().room.distribution, (std::vector<int>{2, 1, 2}));
    EXPECT_FALSE(room_.follow()) << "nothing new: nothing to draw";

    host_.apply(cmd::NextStep{});
    room_.follow();
    EXPECT_EQ(questionOnPhones(), "") << "no question on step 2";
    EXPECT_EQ(host_.state().room.answers, 0);
    host_.apply(cmd::PreviousStep{});
    room_.follow();
    EXPECT_EQ(questionOnPhones(), asked);
    EXPECT_EQ(host_.state().room.answers, 5) << "back on the step: its answers are still there";
}

TEST_F(LiveRoomTest, RevealingClosesTheQuestionToThePhones) {
    const std::string asked = questionOnPhones();
    ASSERT_EQ(answer(0, asked, 1), 200);
    host_.apply(cmd::RevealAnswer{});
    room_.follow();
    EXPECT_TRUE(host_.state().room.answersClosed);
    EXPECT_NE(answer(1, asked, 2), 200) << "answers are closed once the room has seen the answer";
    room_.follow();
    EXPECT_EQ(host_.state().room.answers, 1);
}

TEST_F(LiveRoomTest, TheShowsEndStopsTheServerAndForgetsTheAnswers) {
    ASSERT_EQ(answer(0, questionOnPhones(), 1), 200);
    const int port = room_.server()->port();
    host_.apply(cmd::StopPresentation{});
    room_.follow();
    EXPECT_FALSE(room_.isOpen());
    EXPECT_FALSE(host_.state().room.open);
    httplib::Client after("127.0.0.1", port);
    after.set_connection_timeout(1, 0);
    EXPECT_FALSE(after.Get("/"));
}

TEST(LiveRoomLanguageTest, ThePagesWordsFollowTheShowsLanguage) {
    ShowHost host;
    host.apply(cmd::LoadScenario{testing::scenarioFromText(R"(format = 1
id = "two-languages"
title = { en = "Two languages", fr = "Deux langues" }
languages = ["en", "fr"]
[[step]]
title = { en = "Asked", fr = "Posée" }
[step.question]
prompt = { en = "Which face?", fr = "Quelle face?" }
choices = [{ en = "Top", fr = "Dessus" }, { en = "Bottom", fr = "Dessous" }]
answer = 1
)")});
    host.apply(cmd::StartPresentation{false, false});
    LiveRoom room(host);
    ASSERT_EQ(room.open(RoomOptions{"127.0.0.1", 0}), "");
    httplib::Client client("127.0.0.1", room.server()->port());
    const std::string page = "/" + room.server()->code();
    auto get = client.Get(page.c_str());
    ASSERT_TRUE(get);
    EXPECT_NE(get->body.find("lang=\"en\""), std::string::npos);
    EXPECT_NE(get->body.find("Which face?"), std::string::npos);
    host.apply(cmd::SetLanguage{"fr"});
    room.follow();
    get = client.Get(page.c_str());
    ASSERT_TRUE(get);
    EXPECT_NE(get->body.find("lang=\"fr\""), std::string::npos);
    EXPECT_NE(get->body.find("Quelle face"), std::string::npos);
}

TEST(RoomReachTest, PhonesAreToldTheBestNetworkAddressOrThisComputerOnly) {
    const std::vector<RoomNetworkAddress> networks{{"192.168.1.20", "wlan0"}, {"10.0.0.5", "eth0"}};
    const RoomReach any = roomReachFor("0.0.0.0", networks);
    EXPECT_EQ(any.host, "192.168.1.20");
    EXPECT_EQ(any.networkName, "wlan0");
    EXPECT_FALSE(any.thisComputerOnly);
    const RoomReach none = roomReachFor("0.0.0.0", {});
    EXPECT_EQ(none.host, "127.0.0.1");
    EXPECT_TRUE(none.thisComputerOnly);
    EXPECT_EQ(roomReachFor("10.0.0.5", networks).networkName, "eth0");
    EXPECT_TRUE(roomReachFor("127.0.0.1", networks).thisComputerOnly);
}

} // namespace
} // namespace cs
