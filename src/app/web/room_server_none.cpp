// The live room in the browser: a web page cannot listen for phones on the room's network, so the
// room stays a desktop feature. The page never offers it; if asked anyway, it says why.
#include "app/room_server.h"

// RoomServer owns an httplib::Server on the desktop; here there is never one (cpp-httplib has no web build).
namespace httplib {
class Server {};
} // namespace httplib

namespace cs {

RoomServer::RoomServer() = default;
RoomServer::~RoomServer() = default;

std::unique_ptr<RoomServer> RoomServer::start(const RoomServerDesc&, std::string& error) {
    error = "answers from phones need the desktop app: a web page cannot serve the room's network";
    return nullptr;
}

bool RoomServer::allow(const std::string&) {
    (void)salt_, (void)windowStart_; // the desktop's per-address limit: never counted here
    return false;
}
std::string RoomServer::addressFor(const std::string&) const {
    return {};
}
void RoomServer::ask(std::optional<RoomQuestion>) {}
void RoomServer::reveal() {}
void RoomServer::setLanguage(const std::string&) {}
RoomSnapshot RoomServer::snapshot() const {
    return {};
}

std::vector<RoomNetworkAddress> roomNetworkAddresses() {
    return {};
}

} // namespace cs
