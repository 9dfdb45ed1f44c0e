// Simulated phones for --bench --room: cpp-httplib clients on loopback doing what the participant page does.
#include "app/bench_room.h"

#include "core/room/room_on_stage.h"

#include "app/room_server.h"

#include "core/app_state.h"

#include <httplib.h>

#include <algorithm>
#include <chrono>
#include <random>
#include <string_view>
#include <time.h>

namespace cs {

namespace {

constexpr const char* kLoopback = "127.0.0.1";

// The device token the page put in its form ("" if there is none).
std::string deviceTokenInPage(std::string_view html) {
    static constexpr std::string_view kField = R"(name="device" value=")";
    const std::size_t start = html.find(kField);
    if (start == std::string_view::npos) return {};
    const std::size_t from = start + kField.size();
    const std::size_t end = html.find('"', from);
    return end == std::string_view::npos ? std::string() : std::string(html.substr(from, end - from));
}

double msBetween(std::chrono::steady_clock::time_point from, std::chrono::steady_clock::time_point to) {
    return std::chrono::duration<double, std::milli>(to - from).count();
}

// CPU time the calling thread has used.
double threadCpuMs() {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

} // namespace

SimulatedRoom::SimulatedRoom() = default;

std::unique_ptr<SimulatedRoom> SimulatedRoom::open(const SimulatedRoomDesc& desc, std::string& error) {
    std::unique_ptr<SimulatedRoom> room(new SimulatedRoom());
    room->desc_ = desc;
    RoomServerDesc server;
    server.bind = kLoopback;
    server.port = desc.port;
    server.language = desc.language;
    room->server_ = RoomServer::start(server, error);
    if (!room->server_) return nullptr;
    room->server_->ask(desc.question);
    return room;
}

SimulatedRoom::~SimulatedRoom() {
    for (auto& t : threads_)
        if (t.joinable()) t.join();
}

int SimulatedRoom::port() const {
    return server_->port();
}

void SimulatedRoom::startPhones() {
    const int threads = std::max(1, desc_.threads);
    seen_.assign(std::size_t(threads), {});
    devicesLeft_ = desc_.devices;
    started_ = std::chrono::steady_clock::now();
    for (int t = 0; t < threads; ++t)
        threads_.emplace_back([this, t, threads] { answerAsPhones(t, threads, seen_[std::size_t(t)]); });
}

void SimulatedRoom::answerAsPhones(int first, int stride, PhoneThread& seen) {
    const double cpuStart = threadCpuMs();
    httplib::Client client(kLoopback, server_->port());
    client.set_connection_timeout(5, 0);
    client.set_read_timeout(10, 0);
    const std::string base = "/" + server_->code();
    const auto choices = int(desc_.question.choices.size());
    // Sends one request, times it, and says whether the reply is the one the page expects.
    const auto timed = [&](auto send, const auto& expected) {
        const auto began = std::chrono::steady_clock::now();
        const httplib::Result reply = send();
        seen.requestMs.push_back(msBetween(began, std::chrono::steady_clock::now()));
        const bool ok = reply && reply->status == 200 && expected(reply->body);
        if (!ok) ++seen.failedRequests;
        return ok;
    };
    const auto anyBody = [](const std::string&) { return true; };
    // A phone that fails a step does not go on with the next (its page would not either).
    const auto visit = [&](int device) {
        std::string token;
        const bool paged = timed([&] { return client.Get(base); },
                                 [&](const std::string& page) { return !(token = deviceTokenInPage(page)).empty(); });
        if (!paged) return;
        const std::string state = base + "/state?device=" + token;
        if (!timed([&] { return client.Get(state); }, anyBody)) return;
        const int choice = device % std::max(1, choices) + 1;
        const bool counted = timed(
            [&] {
                return client.Post(base + "/answer", httplib::Params{{"device", token},
                                                                     {"question", desc_.question.id},
                                                                     {"choice", std::to_string(choice)},
                                                                     {"reply", "json"}});
            },
            [](const std::string& body) { return body.find(R"("result":"counted")") != std::string::npos; });
        if (!counted) return;
        const std::string yours = R"("yours":)" + std::to_string(choice);
        timed([&] { return client.Get(state); },
              [&](const std::string& body) { return body.find(yours) != std::string::npos; });
    };
    for (int device = first; device < desc_.devices; device += stride) {
        visit(device);
        devicesLeft_.fetch_sub(1);
    }
    seen.cpuMs = threadCpuMs() - cpuStart;
    seen.ended = std::chrono::steady_clock::now();
}

bool SimulatedRoom::joinPhones(std::string& error) {
    httplib::Client client(kLoopback, server_->port());
    client.set_connection_timeout(5, 0);
    client.set_read_timeout(10, 0);
    tokens_.clear();
    for (int device = 0; device < desc_.devices; ++device) {
        const httplib::Result page = client.Get("/" + server_->code());
        std::string token = page && page->status == 200 ? deviceTokenInPage(page->body) : std::string();
        if (token.empty()) {
            error = "simulated phone " + std::to_string(device + 1) + " of " + std::to_string(desc_.devices) +
                    " got no participant page from the room on 127.0.0.1:" + std::to_string(server_->port());
            return false;
        }
        tokens_.push_back(std::move(token));
    }
    return true;
}

void SimulatedRoom::startPacedPhones(double seconds) {
    const int devices = int(tokens_.size());
    const int threads = std::clamp(desc_.pacedThreads, 1, std::max(1, devices));
    const double poll = std::max(0.1, desc_.pollSeconds);
    // Each thread takes every threads-th phone; a phone's first poll is at its share of one polling
    // period, so that the room's polls come evenly (devices / poll a second), as from pages opened at
    // different moments.
    auto shares = std::vector<std::vector<PacedRequest>>(std::size_t(threads));
    std::mt19937 random(desc_.answerMomentsSeed);
    std::uniform_real_distribution<double> answerMoment(0.0, seconds);
    for (int device = 0; device < devices; ++device) {
        auto& share = shares[std::size_t(device % threads)];
        for (double at = poll * device / devices; at < seconds; at += poll)
            share.push_back({at, device, false});
        share.push_back({answerMoment(random), device, true});
    }
    seen_.assign(std::size_t(threads), {});
    started_ = std::chrono::steady_clock::now();
    for (int t = 0; t < threads; ++t) {
        auto& share = shares[std::size_t(t)];
        std::sort(share.begin(), share.end(), [](const auto& a, const auto& b) { return a.atSeconds < b.atSeconds; });
        threads_.emplace_back([this, t, share = std::move(share)] { pacePhones(share, seen_[std::size_t(t)]); });
    }
}

void SimulatedRoom::pacePhones(const std::vector<PacedRequest>& requests, PhoneThread& seen) {
    const double cpuStart = threadCpuMs();
    httplib::Client client(kLoopback, server_->port());
    // A page's requests are seconds apart: its browser's connection would not be kept for the next
    // (the room closes each after one request anyway).
    client.set_keep_alive(false);
    client.set_connection_timeout(5, 0);
    client.set_read_timeout(10, 0);
    const std::string base = "/" + server_->code();
    const auto choices = int(desc_.question.choices.size());
    for (const PacedRequest& request : requests) {
        const auto moment = started_ + std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                                           std::chrono::duration<double>(request.atSeconds));
        std::this_thread::sleep_until(moment);
        const auto began = std::chrono::steady_clock::now();
        seen.mostLateMs = std::max(seen.mostLateMs, msBetween(moment, began));
        const std::string& token = tokens_[std::size_t(request.device)];
        const httplib::Result reply =
            request.answer
                ? client.Post(base + "/answer",
                              httplib::Params{{"device", token},
                                              {"question", desc_.question.id},
                                              {"choice", std::to_string(request.device % std::max(1, choices) + 1)},
                                              {"reply", "json"}})
                : client.Get(base + "/state?device=" + token);
        seen.requestMs.push_back(msBetween(began, std::chrono::steady_clock::now()));
        const bool ok = reply && reply->status == 200 &&
                        (!request.answer || reply->body.find(R"("result":"counted")") != std::string::npos);
        if (!ok) ++seen.failedRequests;
    }
    seen.cpuMs = threadCpuMs() - cpuStart;
    seen.ended = std::chrono::steady_clock::now();
}

SimulatedRoomReport SimulatedRoom::finish() {
    for (auto& t : threads_)
        t.join();
    threads_.clear();
    SimulatedRoomReport report;
    auto lastEnd = started_;
    for (const PhoneThread& t : seen_) {
        report.requestMs.insert(report.requestMs.end(), t.requestMs.begin(), t.requestMs.end());
        report.failedRequests += t.failedRequests;
        report.phonesCpuMs += t.cpuMs;
        report.mostLateMs = std::max(report.mostLateMs, t.mostLateMs);
        lastEnd = std::max(lastEnd, t.ended);
    }
    report.phonesMs = msBetween(started_, lastEnd);
    report.devices = desc_.devices;
    report.counted = server_->snapshot().answers;
    return report;
}

std::optional<RoomQuestion> roomQuestionOfStep(const AppState& state) {
    // The phones get what a show with the room open would give them (core decides, as in the window).
    AppState show = state;
    show.presentation.active = true;
    show.contentNotePending = false;
    show.room.open = true;
    return roomQuestionFor(show);
}

RoomQuestion madeUpRoomQuestion() {
    return {"bench", "Which face of the coin holds unearned advantage?", {"Top", "Bottom", "Both", "Neither"}};
}

} // namespace cs
