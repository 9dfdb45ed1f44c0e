#include "app/live_room.h"

#include "core/room/room_on_stage.h"
#include "core/ui_text.h"

#include <cstdio>

namespace cs {

RoomReach roomReachFor(const std::string& bind, const std::vector<RoomNetworkAddress>& networks) {
    if (bind == "0.0.0.0") {
        if (networks.empty()) return {"127.0.0.1", "", true};
        return {networks.front().address, networks.front().interface, false};
    }
    if (bind.rfind("127.", 0) == 0) return {bind, "", true};
    for (const auto& n : networks) {
        if (n.address == bind) return {bind, n.interface, false};
    }
    return {bind, "", false};
}

std::string LiveRoom::open(const RoomOptions& options) {
    close();
    RoomServerDesc desc;
    desc.bind = options.bind;
    desc.port = options.port;
    desc.language = isFrench(languageOf(host_.state())) ? "fr" : "en";
    std::string error;
    server_ = RoomServer::start(desc, error);
    if (!server_) return "the room could not open: " + error;
    const RoomReach reach = roomReachFor(options.bind, roomNetworkAddresses());
    RoomStatus status;
    status.open = true;
    status.address = server_->addressFor(reach.host);
    status.shortAddress = status.address.substr(std::string_view("http://").size());
    status.networkName = reach.networkName;
    status.thisComputerOnly = reach.thisComputerOnly;
    if (auto qr = qrCodeFor(status.address)) status.qr = std::move(*qr);
    host_.update(cmd::SetRoomStatus{status});
    std::fprintf(stderr, "coinstudio: room open at %s\n", status.address.c_str());
    if (reach.thisComputerOnly)
        std::fprintf(
            stderr,
            "coinstudio: warning: only this computer can open the room's page (no network, or bound to loopback)\n");
    std::fflush(stderr);
    asked_.reset();
    askedFor_ = nullptr;
    askedStep_ = -2;
    seenChanges_ = ~std::uint64_t(0);
    follow();
    return {};
}

void LiveRoom::close() {
    if (!server_) return;
    server_.reset(); // stops listening, forgets every answer
    asked_.reset();
    if (host_.state().room.open) host_.update(cmd::SetRoomStatus{});
}

bool LiveRoom::follow() {
    if (!server_) return false;
    const AppState& s = host_.state();
    if (!s.room.open || !s.presentation.active) {
        // The show ended (or the state lost the room): nothing is kept for a next one.
        close();
        return true;
    }
    // The question is worked out again only when the stage moved to another step or language.
    const std::string language = s.scenario ? s.scenario->language : std::string();
    if (askedFor_ != s.scenario.get() || askedStep_ != s.step || askedLanguage_ != language ||
        askedVeiled_ != s.contentNotePending) {
        askedFor_ = s.scenario.get();
        askedStep_ = s.step;
        askedLanguage_ = language;
        askedVeiled_ = s.contentNotePending;
        asked_ = roomQuestionFor(s);
        server_->ask(asked_);
        server_->setLanguage(isFrench(languageOf(s)) ? "fr" : "en");
    }
    // R: the answer is shown to the room; the phones take no more answers to it.
    if (asked_ && s.answerRevealed && !s.room.answersClosed) server_->reveal();
    const std::uint64_t changes = server_->changes();
    if (changes == seenChanges_) return false;
    seenChanges_ = changes;
    const RoomSnapshot snap = server_->snapshot();
    RoomStatus status = s.room;
    status.questionId = asked_ ? asked_->id : std::string();
    status.answers = snap.answers;
    status.answersClosed = snap.revealed;
    status.distribution = snap.distribution;
    if (status == s.room) return false;
    host_.update(cmd::SetRoomStatus{std::move(status)});
    return true;
}

} // namespace cs
