// The live room during a show: opens the room's server when the show starts with the room on, keeps
// the phones' question in step with the stage (and closes it at the reveal), brings the counts the
// presenter and the room may see into the state, and closes the server when the show ends.
#pragma once

#include "app/app_host.h"
#include "app/room_server.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

namespace cs {

struct RoomOptions {
    std::string bind = "0.0.0.0"; // --room-bind: every address of this computer
    int port = 0;                 // --room-port: 0 = any free port
};

class LiveRoom {
  public:
    explicit LiveRoom(AppHost& host) : host_(host) {}
    ~LiveRoom() { close(); }
    LiveRoom(const LiveRoom&) = delete;
    LiveRoom& operator=(const LiveRoom&) = delete;

    // Opens the room for the show on stage (its language is the page's): prints
    // "coinstudio: room open at http://ADDR:PORT/CODE" on stderr and puts the address in the state.
    // Returns "" or why it could not open (the show goes on without it).
    std::string open(const RoomOptions& options);
    // Stops serving and forgets every answer (the state's room is closed by cmd::StopPresentation).
    void close();
    bool isOpen() const { return server_ != nullptr; }
    const RoomServer* server() const { return server_.get(); }

    // Follows the stage: the question on stage to the phones, R closing it, the counts to the state.
    // Cheap when nothing changed; call after Commands and whenever the window loop wakes. True when
    // the state changed (a frame should be drawn).
    bool follow();

  private:
    AppHost& host_;
    std::unique_ptr<RoomServer> server_;
    // What the phones were last given, and the stage it was worked out from.
    std::optional<RoomQuestion> asked_;
    const void* askedFor_ = nullptr;
    int askedStep_ = -2;
    std::string askedLanguage_;
    bool askedVeiled_ = false;
    std::uint64_t seenChanges_ = ~std::uint64_t(0);
};

// The address phones should use for a room listening on `bind`, and its interface: for 0.0.0.0 the best
// network address of this computer, else `bind` itself. `thisComputerOnly` when that is loopback.
struct RoomReach {
    std::string host;
    std::string networkName;
    bool thisComputerOnly = false;
};
RoomReach roomReachFor(const std::string& bind, const std::vector<RoomNetworkAddress>& networks);

} // namespace cs
