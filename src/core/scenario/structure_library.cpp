// The structure library: built-in coins, scenario overrides, look-ups.
#include "core/scenario/structure_library.h"

#include "core/scenario/parser.h"

#include <algorithm>
#include <array>

namespace cs {

namespace detail {
std::string_view builtInStructuresText(); // generated from assets/structures.toml at configure time
} // namespace detail

namespace {

template <typename T> void mergeById(std::vector<T>& into, const std::vector<T>& from) {
    for (const T& item : from) {
        auto same = std::find_if(into.begin(), into.end(), [&](const T& t) { return t.id == item.id; });
        if (same != into.end()) {
            *same = item;
        } else {
            into.push_back(item);
        }
    }
}

} // namespace

std::string_view StructureLibrary::builtInText() {
    return detail::builtInStructuresText();
}

StructureLibrary StructureLibrary::builtIn() {
    ParseOptions options;
    options.displayName = "assets/structures.toml (built in)";
    ParseResult result = parseScenario(builtInText(), options);
    // The built-in file is checked by StructureLibraryTest; an empty library is the safe fallback.
    return result.scenario ? fromScenario(*result.scenario) : StructureLibrary{};
}

StructureLibrary StructureLibrary::fromScenario(const Scenario& scenario) {
    StructureLibrary library;
    library.structures_ = scenario.structures;
    library.sources_ = scenario.sources;
    return library;
}

std::optional<StructureLibrary> StructureLibrary::load(const std::filesystem::path& path,
                                                       std::vector<Diagnostic>* diagnostics) {
    ParseResult result = loadScenarioFile(path);
    if (diagnostics) *diagnostics = result.diagnostics;
    if (!result.scenario) return std::nullopt;
    return fromScenario(*result.scenario);
}

StructureLibrary StructureLibrary::mergedWith(const Scenario& scenario) const {
    StructureLibrary merged = *this;
    mergeById(merged.structures_, scenario.structures);
    mergeById(merged.sources_, scenario.sources);
    return merged;
}

const Structure* StructureLibrary::find(std::string_view id) const {
    auto it = std::find_if(structures_.begin(), structures_.end(), [&](const Structure& s) { return s.id == id; });
    return it == structures_.end() ? nullptr : &*it;
}

const Source* StructureLibrary::findSource(std::string_view id) const {
    auto it = std::find_if(sources_.begin(), sources_.end(), [&](const Source& s) { return s.id == id; });
    return it == sources_.end() ? nullptr : &*it;
}

std::vector<std::string> StructureLibrary::ids() const {
    std::vector<std::string> out;
    out.reserve(structures_.size());
    for (const Structure& s : structures_)
        out.push_back(s.id);
    return out;
}

Rgb8 StructureLibrary::colorOf(std::string_view id) const {
    static constexpr std::array kPalette{okabe_ito::blue,       okabe_ito::orange,        okabe_ito::bluishGreen,
                                         okabe_ito::vermillion, okabe_ito::reddishPurple, okabe_ito::skyBlue,
                                         okabe_ito::yellow,     okabe_ito::grey};
    auto it = std::find_if(structures_.begin(), structures_.end(), [&](const Structure& s) { return s.id == id; });
    if (it == structures_.end()) return okabe_ito::grey;
    if (it->color) return *it->color;
    return kPalette[std::size_t(it - structures_.begin()) % kPalette.size()];
}

} // namespace cs
