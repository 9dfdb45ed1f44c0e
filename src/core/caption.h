// What the caption band says at a moment of a walkthrough: the words only (where they go is the
// view's). What is private to a learner (their chosen answer, what they wrote) is never among them.
#pragma once

#include "core/app_state.h"

#include <string>
#include <vector>

namespace cs {

struct CaptionWords {
    std::string title;
    std::string text;
    std::string hint; // small, bottom right (e.g. where the shortcut help is)
    std::string scenarioTitle;
    std::string discuss;              // a prompt for pairs or small groups, shown to the room
    std::string reflect;              // the private reflection's prompt (never anyone's answer)
    std::string question;             // the question's prompt …
    std::vector<std::string> choices; // … its choices …
    int answer = 0;                   // … and, once revealed to the room (R), the answer (from 1)
    std::string explain;
    int stepNumber = 0; // from 1; 0 = not in a walkthrough
    int stepCount = 0;
};

// What the band says now. Until a scenario is open this introduces the coin itself.
CaptionWords captionFor(const AppState& state);

} // namespace cs
