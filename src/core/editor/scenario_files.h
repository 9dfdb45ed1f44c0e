// The names of the files the editor makes for a scenario: its own file, and the pictures it copies
// into the scenario's images/ folder.
#pragma once

#include "core/scenario/model.h"

#include <cstdint>
#include <filesystem>
#include <span>
#include <string>
#include <vector>

namespace cs {

// "<id>.toml" from the scenario's id, keeping only the characters an id may use (letters, digits, '-' and
// '_': safe in any file system and in a TOML string); "scenario.toml" when none is left.
std::string scenarioFileName(const Scenario& scenario);

// Every picture the scenario names (its people's and its steps'), relative to its folder, sorted, once each.
std::vector<std::string> picturesOf(const Scenario& scenario);

// The name a picture copied from `source` gets in images/: its name's characters an id may use (others
// become '-'; "picture" when none is left), ".jpg"/".jpeg" kept, else ".png" or ".jpg" as its bytes say.
std::string pictureFileName(const std::filesystem::path& source, std::span<const std::uint8_t> bytes);

} // namespace cs
