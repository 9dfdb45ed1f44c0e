// The live room's server: while a show runs with the room on, the laptop serves the participant page
// on the room's network, on threads of its own so that no frame ever waits for a phone. What each
// request gets is core's answer (answerRoomRequest); this part adds the sockets, the limits (body,
// headers, time, devices, requests per address) and a lock. It logs nothing and keeps nothing about a
// request: the per-address limit counts under a salted hash that changes every show and is dropped
// every few seconds.
#pragma once

#include "core/room/room_requests.h"

#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace httplib {
class Server;
}

namespace cs {

struct RoomServerDesc {
    std::string bind = "0.0.0.0"; // the address to listen on (--room-bind)
    int port = 0;                 // 0: any free port (--room-port)
    std::string language = "en";  // the page's words
    int timeoutSeconds = 5;       // reading and writing one request, at most
    // In each window of 10 seconds, from one address: a phone polls 5 times; 300 simulated phones on
    // this computer (one address) make a few requests each.
    int requestsPerAddress = 3000;
};

// What the presenter sees of the room (never a single answer).
struct RoomSnapshot {
    int answers = 0; // to the question on stage
    bool revealed = false;
    std::optional<std::vector<int>> distribution; // from RoomAnswers::kSmallestShownCount answers up
};

class RoomServer {
  public:
    // Listens and starts serving. Null with `error` when the address or port cannot be used.
    static std::unique_ptr<RoomServer> start(const RoomServerDesc& desc, std::string& error);
    // Stops listening and serving, and forgets every answer.
    ~RoomServer();
    RoomServer(const RoomServer&) = delete;
    RoomServer& operator=(const RoomServer&) = delete;

    int port() const { return port_; }
    const std::string& code() const { return show_.code; }
    // "http://<host>:<port>/<code>" for `host` (an address of this computer on the room's network).
    std::string addressFor(const std::string& host) const;

    // From the app: the question on stage (nullopt: none), its reveal, and what the presenter may see.
    void ask(std::optional<RoomQuestion> question);
    void reveal();
    // The page's words follow the show's language ("en" or "fr") when the presenter switches it.
    void setLanguage(const std::string& language);
    RoomSnapshot snapshot() const;
    // Goes up whenever an answer was counted or changed: the app redraws what shows the count.
    std::uint64_t changes() const { return changes_.load(); }

  private:
    RoomServer();
    bool allow(const std::string& address);

    RoomShow show_;
    RoomServerDesc desc_;
    int port_ = 0;
    std::unique_ptr<httplib::Server> server_;
    std::thread thread_;
    mutable std::mutex mutex_; // guards answers_ and the per-address counts
    RoomAnswers answers_;
    std::vector<std::pair<std::uint64_t, int>> recent_; // salted address hash → requests in this window
    std::uint64_t salt_ = 0;
    std::int64_t windowStart_ = 0;
    std::atomic<std::uint64_t> changes_{0};
};

// An IPv4 address of this computer and the network interface it belongs to.
struct RoomNetworkAddress {
    std::string address;   // "192.168.1.20"
    std::string interface; // "wlan0"
};

// This computer's IPv4 addresses that phones on the room's network could reach (not loopback), best
// first (wireless, then wired, then the rest; bridges of containers and virtual machines last); empty
// when it has none (then only this computer can open the page).
std::vector<RoomNetworkAddress> roomNetworkAddresses();

} // namespace cs
