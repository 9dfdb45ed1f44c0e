// Spellings of the model's vocabularies in scenario files.
#include "core/vocabulary.h"

namespace cs {

std::string_view toString(Face f) {
    return f == Face::Top ? "top" : "bottom";
}

std::string_view toString(Show s) {
    switch (s) {
    case Show::Top: return "top";
    case Show::Bottom: return "bottom";
    case Show::Both: return "both";
    case Show::Edge: return "edge";
    }
    return "both";
}

std::string_view toString(Action a) {
    switch (a) {
    case Action::None: return "none";
    case Action::Flip: return "flip";
    case Action::LiftToTop: return "lift-to-top";
    case Action::Dismantle: return "dismantle";
    case Action::Levels: return "levels";
    }
    return "none";
}

std::string_view toString(Level l) {
    switch (l) {
    case Level::Institutional: return "institutional";
    case Level::Interpersonal: return "interpersonal";
    case Level::Internal: return "internal";
    }
    return "institutional";
}

namespace {
template <typename E, std::size_t N> std::optional<E> parseFrom(const std::array<E, N>& all, std::string_view text) {
    for (E e : all) {
        if (toString(e) == text) return e;
    }
    return std::nullopt;
}
} // namespace

std::optional<Face> parseFace(std::string_view t) {
    return parseFrom(kAllFaces, t);
}
std::optional<Show> parseShow(std::string_view t) {
    return parseFrom(kAllShows, t);
}
std::optional<Action> parseAction(std::string_view t) {
    return parseFrom(kAllActions, t);
}
std::optional<Level> parseLevel(std::string_view t) {
    return parseFrom(kAllLevels, t);
}

} // namespace cs
