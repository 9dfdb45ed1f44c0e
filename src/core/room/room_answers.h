// The room's answers to the question on stage, as phones send them during a show: one answer per
// device per question, changeable until the reveal, counted in memory only. What leaves this class is
// never an answer but the number of answers and, from a threshold up, how many chose each choice, so
// nobody in a small group can be singled out. Pure: no sockets, no clock, no threads (the server that
// feeds it holds it behind a lock). Nothing here is ever written to disk.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace cs {

// The question the phones see: it changes with the step on stage.
struct RoomQuestion {
    std::string id; // names this question for the show (the step's key, and its text's revision)
    std::string prompt;
    std::vector<std::string> choices;
    friend bool operator==(const RoomQuestion&, const RoomQuestion&) = default;
};

// What became of one answer sent by a phone.
enum class RoomAnswerResult : std::uint8_t {
    Counted,       // a first answer from this device to this question
    Changed,       // the device changed its answer (before the reveal)
    Unchanged,     // the same answer again
    NoQuestion,    // no question is on stage
    OtherQuestion, // the phone answered a question no longer on stage (it has not followed yet)
    NotAChoice,    // a choice the question does not have
    Revealed,      // the answer is shown already: answers are closed
    BadDevice,     // not a device token a page makes
    Full,          // the room already holds kMostDevices devices
};

class RoomAnswers {
  public:
    // Fewer answers than this: the room sees no distribution (and the presenter only the count).
    static constexpr int kSmallestShownCount = 5;
    // Devices counted in one show at most: memory stays bounded whatever is sent.
    static constexpr std::size_t kMostDevices = 500;

    // The question now on stage (nullopt: none). A question asked before keeps its answers and its
    // reveal, so stepping back to it shows what the room said.
    void ask(std::optional<RoomQuestion> question);
    const std::optional<RoomQuestion>& question() const { return question_; }

    // `device` answers `questionId` with `choice` (from 1).
    RoomAnswerResult answer(std::string_view device, std::string_view questionId, int choice);
    // The device's answer to the question on stage (for its own page only), if any.
    std::optional<int> answerOf(std::string_view device) const;

    // The facilitator reveals the answer: the question on stage takes no more answers.
    void reveal();
    bool revealed() const;

    // How many devices answered the question on stage.
    int count() const;
    // How many chose each choice (index 0 = choice 1), only once at least kSmallestShownCount
    // answered; nullopt before.
    std::optional<std::vector<int>> shownDistribution() const;

    // The show ended: every answer and device is forgotten.
    void forgetAll();

  private:
    struct Asked {
        std::map<std::string, int, std::less<>> choiceOf; // device → choice (from 1)
        bool revealed = false;
    };
    const Asked* current() const;

    std::optional<RoomQuestion> question_;
    std::map<std::string, Asked, std::less<>> asked_; // by question id
    std::set<std::string, std::less<>> devices_;      // every device seen this show
};

// A device token as the participant page makes one: 16 to 64 letters, digits, '-' or '_'.
bool isDeviceToken(std::string_view token);

// The show's secret part of the room's address, from random bytes (at least 10): 16 characters of
// lower-case letters and digits without look-alikes (no o, i, l or 1), easy to type from a screen.
// "" when fewer than 10 bytes are given.
std::string showCodeFrom(std::span<const std::uint8_t> randomBytes);
// Compares a code sent by a phone with the show's in time that does not depend on where they differ.
bool sameShowCode(std::string_view sent, std::string_view show);

} // namespace cs
