// The ids of a scenario's items as the editor changes them: fresh ids for new items and copies, and a
// new id that the references to the old one follow.
#pragma once

#include "core/editor/field_schema.h"
#include "core/scenario/model.h"

#include <set>
#include <string>

namespace cs {

// The ids of `part`'s items.
std::set<std::string> idsOf(const Scenario& s, Part part);
// A new item's id: "structure-N" with the smallest N ≥ 1 not taken; for a step, "step-N" past the
// highest N any step has (never a deleted step's id, whose reflections learners may still keep).
std::string freshId(const Scenario& s, Part part);
// A copy's id: "ableism-copy", then "ableism-copy-2" … whichever is free first.
std::string copyId(const Scenario& s, Part part, const std::string& original);
// A persona's positions in the order of their coins' ids (as a file lists them).
void sortPositions(Persona& persona);
// Sets `id` (an item of `part` in `s`) to `newId`; the references in `s` that clearly meant that item
// (a structure's source, a step's coins and focus, a persona's positions, a step's personas) follow.
void renameId(Scenario& s, Part part, std::string& id, const std::string& newId);

} // namespace cs
