// --bench --room: the live room on 127.0.0.1 with a room's worth of simulated phones answering it on
// threads of their own while the bench draws frames, every request timed: all at once (the peak), or
// paced as a room's phones are.
#pragma once

#include "core/room/room_answers.h"

#include <atomic>
#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace cs {

struct AppState;
class RoomServer;

struct SimulatedRoomDesc {
    int port = 0;          // the room's port on 127.0.0.1 (0: any free port)
    std::string language;  // the page's words
    RoomQuestion question; // on stage for the whole run
    int devices = 300;     // a large room
    // All at once (startPhones): each thread runs its share of the devices one after another, so that
    // many phones are at the server at once. Their own work is done on the bench's computer too, which
    // real phones spare it: frame times measured beside them are on the safe side.
    int threads = 12;
    // Paced (startPacedPhones): a light load, sent on a schedule by a few threads.
    int pacedThreads = 3;
    double pollSeconds = 2.0;        // the participant page asks for the state this often
    unsigned answerMomentsSeed = 1u; // the same moments every run, so that runs compare
};

// What the phones saw, and what the room made of it.
struct SimulatedRoomReport {
    std::vector<double> requestMs; // every request, from sending it to having the whole reply
    int failedRequests = 0;        // no reply, or not the reply the page expects
    int devices = 0;
    int counted = 0;          // answers the room counted to the question (RoomServer::snapshot)
    double phonesMs = 0.0;    // from the phones' start to the last one's end
    double phonesCpuMs = 0.0; // the phones' own work, which real phones would not take from this computer
    double mostLateMs = 0.0;  // paced: the latest a request was sent after its moment (threads behind)
};

class SimulatedRoom {
  public:
    // Opens the room on 127.0.0.1 and asks the question; null with `error` when it cannot listen.
    static std::unique_ptr<SimulatedRoom> open(const SimulatedRoomDesc& desc, std::string& error);
    ~SimulatedRoom();
    SimulatedRoom(const SimulatedRoom&) = delete;
    SimulatedRoom& operator=(const SimulatedRoom&) = delete;

    int port() const;
    // The phones start, each as a participant's would: the page (its device token is in the form),
    // the question on stage, the answer, the question again (now with the phone's answer).
    void startPhones();
    // True while any phone has not finished.
    bool phonesAnswering() const { return devicesLeft_.load() > 0; }

    // A room that is already in: each phone loads the page and keeps its device token (its page is
    // open before the question). Not timed; false with `error` when a phone got no page.
    bool joinPhones(std::string& error);
    // The joined phones start as a room's: each asks for the question every pollSeconds (as its page
    // does; the phones' moments spread evenly over that time) and answers once, at a moment drawn at
    // random within `seconds`; the requests stop after `seconds`.
    void startPacedPhones(double seconds);

    // Waits for every phone; then the times of their requests and the room's count.
    SimulatedRoomReport finish();

  private:
    // What one thread of phones saw: each thread has its own, so that timing takes no lock.
    struct PhoneThread {
        std::vector<double> requestMs;
        int failedRequests = 0;
        double cpuMs = 0.0;
        double mostLateMs = 0.0;
        std::chrono::steady_clock::time_point ended;
    };

    SimulatedRoom();
    // One thread's phones: devices first, first + stride, … below desc_.devices.
    void answerAsPhones(int first, int stride, PhoneThread& seen);
    // One thread's share of the paced requests, in the order of their moments.
    struct PacedRequest {
        double atSeconds = 0.0; // from the phones' start
        int device = 0;
        bool answer = false; // else a poll of the state
    };
    void pacePhones(const std::vector<PacedRequest>& requests, PhoneThread& seen);

    SimulatedRoomDesc desc_;
    std::unique_ptr<RoomServer> server_;
    std::vector<std::thread> threads_;
    std::vector<PhoneThread> seen_; // by thread
    std::chrono::steady_clock::time_point started_;
    std::atomic<int> devicesLeft_{0};
    std::vector<std::string> tokens_; // joinPhones: each phone's device token
};

// The question the phones answer during the bench: the current step's, in the scenario's language
// (nullopt when the step has none).
std::optional<RoomQuestion> roomQuestionOfStep(const AppState& state);
// A question with four choices, for a step that has none.
RoomQuestion madeUpRoomQuestion();

} // namespace cs
