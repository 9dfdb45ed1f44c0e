// The two HTML documents `--export` writes next to the step pictures: handout.html for
// participants and handout-notes.html for the facilitator. Pure text generation: no files, no GL.
#pragma once

#include <string>
#include <vector>

namespace cs {

struct Scenario;
class StructureLibrary;

struct HandoutInput {
    const Scenario* scenario = nullptr; // parsed and valid
    // Built-ins merged with the scenario's own (StructureLibrary::mergedWith); null: its own only.
    const StructureLibrary* structures = nullptr;
    std::string language; // the chosen language; "" = the scenario's first language
    // File names of the rendered pictures, one per step, relative to the HTML files. Missing or
    // empty entries are filled with stepImageFileName(n, steps), the names `--export` writes.
    std::vector<std::string> stepImages;
    // Optional alt text per step written by the app; missing or empty entries are composed from
    // the scenario and the structures (the step title, the coins on stage and their faces).
    std::vector<std::string> stepImageAlt;
    // The pictures' size in pixels (--size), written on each <img> so browsers reserve the space
    // before the picture loads; 0: left out.
    int imageWidth = 0;
    int imageHeight = 0;
    std::string generator; // e.g. "Coin Model Studio 0.1.0"; shown in the footer when not empty
};

// handout.html: pictures, titles, texts, questions, discussion and reflection prompts, sources.
// Never the facilitator's notes, timings or pushback cards. Same input, same bytes.
std::string participantHandout(const HandoutInput& input);

// handout-notes.html: a timing table, then per step the planned minutes with a running total,
// content notes, notes, pushback cards, the question with its answer, the prompts, and the sources.
std::string facilitatorNotes(const HandoutInput& input);

// "step-001.png" for step 1; three digits at least, more once the step count needs them
// ("step-0001.png" … "step-1000.png" for 1000 steps), so the names sort in step order.
std::string stepImageFileName(int stepNumber, int stepCount);

} // namespace cs
