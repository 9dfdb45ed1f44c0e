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
// `fallback` as LocalText::get does.
std::string describeStepPicture(const Step& step, const ResolvedStep& resolved, const Scenario& scenario,
                                const StructureLibrary& structures, std::string_view language,
                                std::string_view fallback);

} // namespace cs::handout
