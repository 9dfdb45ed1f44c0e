#include "core/room/room_answers.h"

#include <algorithm>

namespace cs {

void RoomAnswers::ask(std::optional<RoomQuestion> question) {
    question_ = std::move(question);
}

const RoomAnswers::Asked* RoomAnswers::current() const {
    if (!question_) return nullptr;
    const auto it = asked_.find(question_->id);
    return it == asked_.end() ? nullptr : &it->second;
}

RoomAnswerResult RoomAnswers::answer(std::string_view device, std::string_view questionId, int choice) {
    if (!isDeviceToken(device)) return RoomAnswerResult::BadDevice;
    if (!question_) return RoomAnswerResult::NoQuestion;
    if (questionId != question_->id) return RoomAnswerResult::OtherQuestion;
    if (choice < 1 || choice > int(question_->choices.size())) return RoomAnswerResult::NotAChoice;
    if (const Asked* a = current(); a && a->revealed) return RoomAnswerResult::Revealed;
    const bool known = devices_.find(device) != devices_.end();
    if (!known && devices_.size() >= kMostDevices) return RoomAnswerResult::Full;
    if (!known) devices_.emplace(device);
    Asked& asked = asked_[question_->id];
    const auto it = asked.choiceOf.find(device);
    if (it == asked.choiceOf.end()) {
        asked.choiceOf.emplace(std::string(device), choice);
        return RoomAnswerResult::Counted;
    }
    if (it->second == choice) return RoomAnswerResult::Unchanged;
    it->second = choice;
    return RoomAnswerResult::Changed;
}

std::optional<int> RoomAnswers::answerOf(std::string_view device) const {
    const Asked* a = current();
    if (!a) return std::nullopt;
    const auto it = a->choiceOf.find(device);
    return it == a->choiceOf.end() ? std::nullopt : std::optional<int>(it->second);
}

void RoomAnswers::reveal() {
    if (question_) asked_[question_->id].revealed = true;
}

bool RoomAnswers::revealed() const {
    const Asked* a = current();
    return a && a->revealed;
}

int RoomAnswers::count() const {
    const Asked* a = current();
    return a ? int(a->choiceOf.size()) : 0;
}

std::optional<std::vector<int>> RoomAnswers::shownDistribution() const {
    const Asked* a = current();
    if (!a || int(a->choiceOf.size()) < kSmallestShownCount) return std::nullopt;
    std::vector<int> counts(question_->choices.size(), 0);
    for (const auto& [device, choice] : a->choiceOf)
        ++counts[std::size_t(choice - 1)];
    return counts;
}

void RoomAnswers::forgetAll() {
    question_.reset();
    asked_.clear();
    devices_.clear();
}

bool isDeviceToken(std::string_view token) {
    if (token.size() < 16 || token.size() > 64) return false;
    return std::all_of(token.begin(), token.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    });
}

std::string showCodeFrom(std::span<const std::uint8_t> randomBytes) {
    // 32 symbols: 5 bits each, 16 symbols = 80 bits from the first 10 bytes.
    static constexpr std::string_view kSymbols = "abcdefghjkmnpqrstuvwxyz023456789";
    static_assert(kSymbols.size() == 32);
    std::string code;
    std::uint32_t bits = 0;
    int have = 0;
    for (const std::uint8_t byte : randomBytes) {
        bits = (bits << 8) | byte;
        have += 8;
        while (have >= 5 && code.size() < 16) {
            code += kSymbols[(bits >> (have - 5)) & 31u];
            have -= 5;
        }
        if (code.size() == 16) break;
    }
    return code.size() == 16 ? code : std::string();
}

bool sameShowCode(std::string_view sent, std::string_view show) {
    if (sent.size() != show.size() || show.empty()) return false;
    unsigned char differ = 0;
    for (std::size_t i = 0; i < show.size(); ++i)
        differ |= static_cast<unsigned char>(sent[i] ^ show[i]);
    return differ == 0;
}

} // namespace cs
