// Words for what a step's rendered picture shows (its alt text): the coins on stage, the groups on
// their faces, the unearned advantages and disadvantages, what the step's action did, the personas.
#pragma once

#include "core/scenario/model.h"
#include "core/scenario/resolve.h"

#include <string>
#include <string_view>

namespace cs {
class StructureLibrary;
}

namespace cs::handout {

// Plain text (not escaped) describing the picture of a step at the end of its action, starting
// with the step's title. `language` picks texts and words; texts missing in it fall back to
// `fallback` as LocalText::get does. The focused coin's advantages and disadvantages are spelled
// out when `itemsListedInStep` is 0; otherwise the text points to that step's picture, so a screen
// reader does not repeat the same eight phrases on every step.
std::string describeStepPicture(const Step& step, const ResolvedStep& resolved, const Scenario& scenario,
                                const StructureLibrary& structures, std::string_view language,
                                std::string_view fallback, int itemsListedInStep = 0);

// Whether the picture of `resolved` lists its focused coin's advantages and disadvantages (the
// stage shows them beside the coin in focus, except while it shows levels or once it is taken apart).
bool showsItems(const ResolvedStep& resolved, const StructureLibrary& structures);

} // namespace cs::handout
