#include "core/editor/scenario_files.h"

#include <algorithm>
#include <cctype>

namespace cs {

namespace {

bool nameCharacter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
}

} // namespace

std::string scenarioFileName(const Scenario& scenario) {
    std::string name;
    for (char c : scenario.id) {
        if (nameCharacter(c)) name += c;
    }
    if (name.empty()) name = "scenario";
    return name + ".toml";
}

std::vector<std::string> picturesOf(const Scenario& scenario) {
    std::vector<std::string> images;
    for (const auto& p : scenario.personas) {
        if (!p.image.empty()) images.push_back(p.image);
    }
    for (const auto& s : scenario.steps) {
        if (!s.image.empty()) images.push_back(s.image);
    }
    std::sort(images.begin(), images.end());
    images.erase(std::unique(images.begin(), images.end()), images.end());
    return images;
}

std::string pictureFileName(const std::filesystem::path& source, std::span<const std::uint8_t> bytes) {
    std::string stem;
    for (char ch : source.stem().string())
        stem += nameCharacter(ch) ? ch : '-';
    if (stem.empty()) stem = "picture";
    std::string ext = source.extension().string();
    for (auto& ch : ext)
        ch = char(std::tolower(static_cast<unsigned char>(ch)));
    if (ext != ".jpg" && ext != ".jpeg") ext = bytes.size() > 2 && bytes[0] == 0xFF ? ".jpg" : ".png";
    return stem + ext;
}

} // namespace cs
