#include "app/room_server.h"

#include <httplib.h>

#include <arpa/inet.h>
#include <ifaddrs.h>
#include <net/if.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <random>

namespace cs {

namespace {

// Requests are counted per address in windows of this many seconds.
constexpr std::int64_t kWindowSeconds = 10;
// Addresses counted in one window at most (more: the oldest counts are dropped).
constexpr std::size_t kMostAddresses = 4096;
// Threads answering phones: enough for a room, few enough for a laptop that also draws the show.
constexpr std::size_t kServingThreads = 8;

std::uint64_t randomWord() {
    std::random_device device;
    return (std::uint64_t(device()) << 32) ^ device();
}

std::string newDeviceToken() {
    static constexpr std::string_view kSymbols = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_";
    std::random_device device;
    std::string token(24, 'x');
    for (char& c : token)
        c = kSymbols[device() % kSymbols.size()];
    return token;
}

std::uint64_t saltedHash(std::uint64_t salt, const std::string& text) {
    std::uint64_t h = 1469598103934665603ull ^ salt;
    for (const char c : text)
        h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    return h;
}

// Debian's cpp-httplib is a compiled library that listens with a backlog of 5 connections: a room of
// phones opening the page at once overflows it, and each connection the kernel drops is retried by
// TCP a second later. Listening again on the same socket deepens its queue (Linux keeps the socket and
// its port); the socket is found as the one of this process that listens on `port`.
void deepenListenBacklog(int port) {
    constexpr int kBacklog = 512; // a full room arriving together; the kernel caps it at somaxconn
    const int last = std::min(::getdtablesize(), 65536);
    for (int fd = 0; fd < last; ++fd) {
        int listening = 0;
        socklen_t size = sizeof listening;
        if (::getsockopt(fd, SOL_SOCKET, SO_ACCEPTCONN, &listening, &size) != 0 || !listening) continue;
        sockaddr_storage local{};
        socklen_t length = sizeof local;
        if (::getsockname(fd, reinterpret_cast<sockaddr*>(&local), &length) != 0) continue;
        if (local.ss_family != AF_INET ||
            ntohs(reinterpret_cast<const sockaddr_in*>(&local)->sin_port) != std::uint16_t(port))
            continue;
        ::listen(fd, kBacklog);
    }
}

std::int64_t steadySeconds() {
    return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

} // namespace

RoomServer::RoomServer() = default;

std::unique_ptr<RoomServer> RoomServer::start(const RoomServerDesc& desc, std::string& error) {
    std::unique_ptr<RoomServer> s(new RoomServer());
    s->desc_ = desc;
    std::array<std::uint8_t, 10> bytes{};
    std::random_device device;
    for (auto& b : bytes)
        b = static_cast<std::uint8_t>(device());
    s->show_ = RoomShow{showCodeFrom(bytes), desc.language};
    s->salt_ = randomWord();
    s->windowStart_ = steadySeconds();

    s->server_ = std::make_unique<httplib::Server>();
    httplib::Server& http = *s->server_;
    http.new_task_queue = [] { return new httplib::ThreadPool(kServingThreads); };
    http.set_payload_max_length(kRoomMaxBody);
    http.set_read_timeout(desc.timeoutSeconds, 0);
    http.set_write_timeout(desc.timeoutSeconds, 0);
    // One request per connection: a phone's browser keeps an idle connection open between its polls,
    // and with keep-alive a handful of phones would hold every serving thread while the rest wait.
    http.set_keep_alive_max_count(1);
    RoomServer* self = s.get();
    // Every response carries the room's headers; a flood from one address is held back before anything
    // is read of it.
    http.set_pre_routing_handler([self](const httplib::Request& req, httplib::Response& res) {
        for (const auto& [name, value] : roomResponseHeaders())
            res.set_header(name, value);
        if (self->allow(req.remote_addr)) return httplib::Server::HandlerResponse::Unhandled;
        res.status = 429;
        res.set_content("Too many requests", "text/plain; charset=utf-8");
        return httplib::Server::HandlerResponse::Handled;
    });
    // Then core decides, with the body read (up to kRoomMaxBody), whatever the method and path.
    const auto serve = [self](const httplib::Request& req, httplib::Response& res) {
        RoomRequest request;
        request.method = req.method;
        const std::size_t question = req.target.find('?');
        request.path = req.target.substr(0, question);
        request.query = question == std::string::npos ? std::string() : req.target.substr(question + 1);
        request.body = req.body;
        RoomResponse response;
        {
            std::lock_guard lock(self->mutex_);
            response = answerRoomRequest(self->answers_, self->show_, request, newDeviceToken);
        }
        if (request.method == "POST" && response.status == 200) self->changes_.fetch_add(1);
        res.status = response.status;
        res.set_content(response.body, response.contentType.c_str());
    };
    http.Get(".*", serve);
    http.Post(".*", serve);
    http.Put(".*", serve);
    http.Patch(".*", serve);
    http.Delete(".*", serve);
    http.Options(".*", serve);
    // Requests httplib refuses itself (too long, malformed) get the same headers and no details.
    http.set_error_handler([](const httplib::Request&, httplib::Response& res) {
        for (const auto& [name, value] : roomResponseHeaders())
            res.set_header(name, value);
        if (res.body.empty()) res.set_content("Bad request", "text/plain; charset=utf-8");
    });

    if (desc.port == 0) {
        s->port_ = http.bind_to_any_port(desc.bind);
        if (s->port_ <= 0) {
            error = "cannot listen on " + desc.bind + " (is it an address of this computer?)";
            return nullptr;
        }
    } else {
        if (!http.bind_to_port(desc.bind, desc.port)) {
            error = "cannot listen on " + desc.bind + " port " + std::to_string(desc.port) +
                    " (is the port in use, or the address not this computer's?)";
            return nullptr;
        }
        s->port_ = desc.port;
    }
    deepenListenBacklog(s->port_);
    s->thread_ = std::thread([self] { self->server_->listen_after_bind(); });
    // stop() only stops a server that is already listening: wait for it (moments), so that a room
    // closed right after it opened closes for sure.
    for (int i = 0; i < 2000 && !http.is_running(); ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    return s;
}

RoomServer::~RoomServer() {
    if (server_) server_->stop();
    if (thread_.joinable()) thread_.join();
    std::lock_guard lock(mutex_);
    answers_.forgetAll();
    recent_.clear();
}

bool RoomServer::allow(const std::string& address) {
    std::lock_guard lock(mutex_);
    const std::int64_t now = steadySeconds();
    if (now - windowStart_ >= kWindowSeconds) {
        recent_.clear(); // the counts of the last window are dropped, addresses never kept
        windowStart_ = now;
    }
    const std::uint64_t key = saltedHash(salt_, address);
    for (auto& [hash, count] : recent_) {
        if (hash == key) return ++count <= desc_.requestsPerAddress;
    }
    if (recent_.size() >= kMostAddresses) recent_.erase(recent_.begin());
    recent_.emplace_back(key, 1);
    return true;
}

std::string RoomServer::addressFor(const std::string& host) const {
    return "http://" + host + ":" + std::to_string(port_) + "/" + show_.code;
}

void RoomServer::ask(std::optional<RoomQuestion> question) {
    std::lock_guard lock(mutex_);
    if (answers_.question() == question) return;
    answers_.ask(std::move(question));
    changes_.fetch_add(1);
}

void RoomServer::reveal() {
    std::lock_guard lock(mutex_);
    answers_.reveal();
    changes_.fetch_add(1);
}

void RoomServer::setLanguage(const std::string& language) {
    std::lock_guard lock(mutex_);
    show_.language = language;
}

RoomSnapshot RoomServer::snapshot() const {
    std::lock_guard lock(mutex_);
    return {answers_.count(), answers_.revealed(), answers_.shownDistribution()};
}

std::vector<RoomNetworkAddress> roomNetworkAddresses() {
    std::vector<RoomNetworkAddress> out;
    ifaddrs* list = nullptr;
    if (getifaddrs(&list) != 0) return out;
    for (const ifaddrs* a = list; a; a = a->ifa_next) {
        if (!a->ifa_addr || a->ifa_addr->sa_family != AF_INET) continue;
        if ((a->ifa_flags & IFF_UP) == 0 || (a->ifa_flags & IFF_LOOPBACK) != 0) continue;
        char text[INET_ADDRSTRLEN] = {};
        const auto* in = reinterpret_cast<const sockaddr_in*>(a->ifa_addr);
        if (inet_ntop(AF_INET, &in->sin_addr, text, sizeof text)) out.push_back({text, a->ifa_name ? a->ifa_name : ""});
    }
    freeifaddrs(list);
    // Phones are most likely on the Wi-Fi; a bridge to containers or virtual machines reaches none.
    auto rank = [](const std::string& name) {
        auto starts = [&](std::string_view p) { return name.rfind(p, 0) == 0; };
        if (starts("wl")) return 0;
        if (starts("en") || starts("eth")) return 1;
        if (starts("docker") || starts("veth") || starts("virbr") || starts("br-") || starts("vmnet") || starts("lxc"))
            return 3;
        return 2;
    };
    std::stable_sort(out.begin(), out.end(),
                     [&](const auto& a, const auto& b) { return rank(a.interface) < rank(b.interface); });
    return out;
}

} // namespace cs
