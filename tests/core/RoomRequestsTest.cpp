// The room's server decided without sockets: only the show's address answers, the page works without
// JavaScript, answers come back as what the page says, the question follows as JSON, and every
// malformed request is a 4xx that changes nothing.
#include "core/room/room_requests.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <map>
#include <string>
#include <vector>

namespace cs {
namespace {

constexpr const char* kCode = "abcdefghjkmnpqrs";
constexpr const char* kToken = "page-token-0000000001";

class RoomRequestsTest : public ::testing::Test {
  protected:
    void SetUp() override {
        room_.ask(RoomQuestion{"step-3", "Is the coin <a person> or a structure?", {"A person", "A structure"}});
    }
    RoomResponse get(const std::string& path, const std::string& query = "") {
        return answerRoomRequest(room_, show_, RoomRequest{"GET", path, query, ""}, token_);
    }
    RoomResponse post(const std::string& path, const std::string& body) {
        return answerRoomRequest(room_, show_, RoomRequest{"POST", path, "", body}, token_);
    }
    static std::string answerBody(const std::string& device, const std::string& question, const std::string& choice) {
        return "device=" + device + "&question=" + question + "&choice=" + choice;
    }

    RoomAnswers room_;
    RoomShow show_{kCode, "en"};
    std::function<std::string()> token_ = [] { return std::string(kToken); };
};

TEST_F(RoomRequestsTest, OnlyTheShowsAddressAnswersAndA404SaysNothing) {
    for (const std::string& path : std::vector<std::string>{
             "/", "", "/abcdefghjkmnpqr", "/abcdefghjkmnpqrst", "/ABCDEFGHJKMNPQRS",
             std::string("/") + kCode + "/admin", std::string("/") + kCode + "x/state", "/../" + std::string(kCode)}) {
        const RoomResponse r = get(path);
        EXPECT_EQ(r.status, 404) << path;
        EXPECT_EQ(r.body, "Not found") << path;
    }
    EXPECT_EQ(room_.count(), 0);
}

TEST_F(RoomRequestsTest, ThePageIsAFormForTheQuestionThatWorksWithoutJavaScript) {
    const RoomResponse r = get(std::string("/") + kCode);
    ASSERT_EQ(r.status, 200);
    EXPECT_EQ(r.contentType, "text/html; charset=utf-8");
    const std::string& html = r.body;
    EXPECT_NE(html.find("<html lang=\"en\">"), std::string::npos);
    EXPECT_NE(html.find("Is the coin &lt;a person&gt; or a structure?"), std::string::npos) << "escaped";
    EXPECT_EQ(html.find("<a person>"), std::string::npos);
    EXPECT_NE(html.find("<form method=\"post\" action=\"/abcdefghjkmnpqrs/answer\""), std::string::npos);
    EXPECT_NE(html.find("name=\"device\" value=\"page-token-0000000001\""), std::string::npos);
    EXPECT_NE(html.find("name=\"question\" value=\"step-3\""), std::string::npos);
    EXPECT_NE(html.find("value=\"1\" required> A person</label>"), std::string::npos);
    EXPECT_NE(html.find("value=\"2\" required> A structure</label>"), std::string::npos);
    EXPECT_NE(html.find("<legend>Choose one answer</legend>"), std::string::npos) << "the radios have a name";
    EXPECT_NE(html.find("role=\"status\""), std::string::npos);
    EXPECT_NE(html.find("is not stored"), std::string::npos) << "it says what is kept";
    EXPECT_NE(html.find("<script src=\"/abcdefghjkmnpqrs/page.js\"></script>"), std::string::npos);
    EXPECT_EQ(html.find("http"), std::string::npos) << "nothing from elsewhere";
    EXPECT_EQ(get(std::string("/") + kCode + "/page.js").status, 200);
    EXPECT_EQ(get(std::string("/") + kCode + "/page.css").contentType, "text/css; charset=utf-8");
}

TEST_F(RoomRequestsTest, AFrenchShowServesTheFrenchPage) {
    show_.language = "fr";
    const std::string html = get(std::string("/") + kCode).body;
    EXPECT_NE(html.find("<html lang=\"fr\">"), std::string::npos);
    EXPECT_NE(html.find("<legend>Choisissez une réponse</legend>"), std::string::npos);
    EXPECT_NE(html.find("n'est pas conservée"), std::string::npos);
}

TEST_F(RoomRequestsTest, AnAnswerWithoutJavaScriptIsCountedAndThePageSaysSoWithTheSameToken) {
    const RoomResponse r = post(std::string("/") + kCode + "/answer", answerBody("my-own-token-000042", "step-3", "2"));
    EXPECT_EQ(r.status, 200);
    EXPECT_EQ(room_.count(), 1);
    EXPECT_NE(r.body.find("Your answer was counted."), std::string::npos) << r.body;
    EXPECT_NE(r.body.find("value=\"my-own-token-000042\""), std::string::npos) << "the page stays the same device";
    EXPECT_NE(r.body.find("value=\"2\" checked required> A structure"), std::string::npos);
}

TEST_F(RoomRequestsTest, TheScriptsAnswerGetsJsonAndAClosedQuestionSaysSo) {
    const std::string answer = std::string("/") + kCode + "/answer";
    RoomResponse r = post(answer, answerBody("device-token-00001", "step-3", "1") + "&reply=json");
    EXPECT_EQ(r.status, 200);
    EXPECT_EQ(r.contentType, "application/json");
    const auto counted = nlohmann::json::parse(r.body);
    EXPECT_EQ(counted["result"], "counted");
    EXPECT_EQ(counted["said"], "Your answer was counted. You can change it until the answer is shown.");
    r = post(answer, answerBody("device-token-00001", "step-3", "2") + "&reply=json");
    EXPECT_EQ(nlohmann::json::parse(r.body)["result"], "changed");
    room_.reveal();
    r = post(answer, answerBody("device-token-00001", "step-3", "1") + "&reply=json");
    EXPECT_EQ(r.status, 409);
    EXPECT_EQ(nlohmann::json::parse(r.body)["result"], "revealed");
    EXPECT_EQ(room_.answerOf("device-token-00001"), 2);
}

TEST_F(RoomRequestsTest, APageLoadedAfterTheRevealSaysAnswersAreClosed) {
    EXPECT_EQ(get(std::string("/") + kCode).body.find("answers to this question are closed"), std::string::npos);
    room_.reveal();
    const std::string page = get(std::string("/") + kCode).body;
    EXPECT_NE(page.find("<fieldset id=\"choices\" hidden>"), std::string::npos) << "nothing left to choose";
    EXPECT_NE(page.find("answers to this question are closed"), std::string::npos)
        << "without JavaScript, a reloaded page must say why";
}

TEST_F(RoomRequestsTest, TheStateIsTheQuestionOnStageAndTheDevicesOwnAnswerOnly) {
    ASSERT_EQ(room_.answer("someone-else-00001", "step-3", 1), RoomAnswerResult::Counted);
    const std::string state = std::string("/") + kCode + "/state";
    auto j = nlohmann::json::parse(get(state, "device=device-token-00001").body);
    EXPECT_EQ(j["question"]["id"], "step-3");
    EXPECT_EQ(j["question"]["choices"], (nlohmann::json{"A person", "A structure"}));
    EXPECT_EQ(j["revealed"], false);
    EXPECT_TRUE(j["yours"].is_null()) << "someone else's answer is not this device's";
    EXPECT_FALSE(j.contains("count")) << "the phones never see how many answered";
    ASSERT_EQ(room_.answer("device-token-00001", "step-3", 2), RoomAnswerResult::Counted);
    j = nlohmann::json::parse(get(state, "device=device-token-00001").body);
    EXPECT_EQ(j["yours"], 2);
    room_.ask(std::nullopt);
    j = nlohmann::json::parse(get(state, "device=device-token-00001").body);
    EXPECT_TRUE(j["question"].is_null());
}

TEST_F(RoomRequestsTest, MalformedRequestsAreRefusedAndChangeNothing) {
    const std::string base = std::string("/") + kCode;
    EXPECT_EQ(post(base, "").status, 405);
    EXPECT_EQ(get(base + "/answer").status, 405);
    EXPECT_EQ(answerRoomRequest(room_, show_, RoomRequest{"DELETE", base + "/state", "", ""}, token_).status, 405);
    EXPECT_EQ(post(base + "/answer", std::string(kRoomMaxBody + 1, 'x')).status, 413);
    EXPECT_EQ(get(base + "/state").status, 400) << "no device";
    EXPECT_EQ(get(base + "/state", "device=%ZZ").status, 400);
    EXPECT_EQ(post(base + "/answer", answerBody("device-token-00001", "step-3", "2abc")).status, 400);
    EXPECT_EQ(post(base + "/answer", answerBody("device-token-00001", "step-3", "99999999999999999999")).status, 400);
    EXPECT_EQ(post(base + "/answer", answerBody("bad token", "step-3", "1")).status, 400);
    EXPECT_EQ(post(base + "/answer", answerBody("device-token-00001", "step-9", "1")).status, 409);
    EXPECT_EQ(post(base + "/answer", "\x01\x02garbage=&&==%").status, 400);
    EXPECT_EQ(room_.count(), 0);
}

TEST_F(RoomRequestsTest, EveryResponseForbidsOutsideSourcesCachingAndReferrers) {
    std::map<std::string, std::string> headers(roomResponseHeaders().begin(), roomResponseHeaders().end());
    const std::string csp = headers["Content-Security-Policy"];
    EXPECT_NE(csp.find("default-src 'none'"), std::string::npos);
    EXPECT_NE(csp.find("script-src 'self'"), std::string::npos);
    EXPECT_EQ(csp.find("unsafe"), std::string::npos);
    EXPECT_EQ(csp.find("http"), std::string::npos);
    EXPECT_EQ(headers["Cache-Control"], "no-store");
    EXPECT_EQ(headers["Referrer-Policy"], "no-referrer");
}

TEST(RoomFormTest, ValuesArePercentDecodedAndMalformedOnesAreEmpty) {
    EXPECT_EQ(formValue("a=1&b=two+words&c=%C3%A9t%C3%A9", "b"), "two words");
    EXPECT_EQ(formValue("a=1&b=two+words&c=%C3%A9t%C3%A9", "c"), "été");
    EXPECT_EQ(formValue("a=1&b=2", "d"), "");
    EXPECT_EQ(formValue("a=%4", "a"), "");
    EXPECT_EQ(formValue("a=%G1", "a"), "");
    EXPECT_EQ(formValue("ab=1&a=2", "a"), "2");
    EXPECT_EQ(formValue("", "a"), "");
}

} // namespace
} // namespace cs
