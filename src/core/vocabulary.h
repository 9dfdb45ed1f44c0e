// The model's closed vocabularies: faces, what is shown, step actions, levels.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

namespace cs {

enum class Face : std::uint8_t { Top, Bottom };
enum class Show : std::uint8_t { Top, Bottom, Both, Edge };
enum class Action : std::uint8_t { None, Flip, LiftToTop, Dismantle, Levels };
enum class Level : std::uint8_t { Institutional, Interpersonal, Internal };

// The spelling used in scenario files, e.g. Action::LiftToTop ⇄ "lift-to-top".
std::string_view toString(Face f);
std::string_view toString(Show s);
std::string_view toString(Action a);
std::string_view toString(Level l);

std::optional<Face> parseFace(std::string_view text);
std::optional<Show> parseShow(std::string_view text);
std::optional<Action> parseAction(std::string_view text);
std::optional<Level> parseLevel(std::string_view text);

inline constexpr std::array kAllFaces{Face::Top, Face::Bottom};
inline constexpr std::array kAllShows{Show::Top, Show::Bottom, Show::Both, Show::Edge};
inline constexpr std::array kAllActions{Action::None, Action::Flip, Action::LiftToTop, Action::Dismantle,
                                        Action::Levels};
inline constexpr std::array kAllLevels{Level::Institutional, Level::Interpersonal, Level::Internal};

inline Face opposite(Face f) {
    return f == Face::Top ? Face::Bottom : Face::Top;
}

} // namespace cs
