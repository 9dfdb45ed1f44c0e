#include "core/commands.h"

#include <type_traits>
#include <utility>

namespace cs {

#define COINSTUDIO_COMMAND_CONSTRUCTOR(Name)                                                                           \
    Command::Command(cmd::Name command) : variant_(std::in_place_type<cmd::Name>, std::move(command)) {}
COINSTUDIO_COMMANDS(COINSTUDIO_COMMAND_CONSTRUCTOR)
#undef COINSTUDIO_COMMAND_CONSTRUCTOR

Command::Command(const Command& other) = default;
Command::Command(Command&& other) noexcept = default;
Command& Command::operator=(const Command& other) = default;
Command& Command::operator=(Command&& other) noexcept = default;
Command::~Command() = default;

const char* commandName(const Command& command) {
    // Each kName is a string literal: its data ends with the terminating zero.
    return std::visit([](const auto& c) { return std::decay_t<decltype(c)>::kName.data(); }, command.variant());
}

} // namespace cs
