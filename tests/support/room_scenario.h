// A two-step scenario for the live room's tests: step 1 asks a question with three choices (the third
// is the answer), step 2 asks none.
#pragma once

namespace cs::testing {

inline constexpr const char* kRoomQuestionScenario = R"(format = 1
id = "live-room"
title = "Live room"

[[step]]
title = "Asked"
coins = ["racism"]
[step.question]
prompt = "What is the coin?"
choices = ["A person", "A group", "A structure"]
answer = 3

[[step]]
title = "Not asked"
)";

} // namespace cs::testing
