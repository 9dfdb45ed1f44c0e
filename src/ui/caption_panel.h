// The audience view's caption band: the step's title and text in projector sizes.
#pragma once

#include "core/caption.h"
#include "ui/layout_text.h"
#include "ui/panel.h"

#include <string>
#include <vector>

namespace cs {

// Where the band's text goes: title and text on the left, prompts on the right, step dots along the
// bottom, the scenario's title and "4 / 12" in the line above the stage. Text that does not fit at the
// step text's size is set at the smaller room size; past that, after the answer is revealed the other
// choices give way, and only then a text ends in "…". Nothing is drawn smaller than a room reads.
struct CaptionLayout {
    struct Line {
        TextRun run;
        bool muted = false;
    };
    TextRun title, text, hint;
    std::vector<Line> prompts;
    TextRun scenarioTitle, progress; // the top line
    struct Dot {
        glm::vec2 centre{0.0f};
        float radius = 0.0f;
        bool current = false;
    };
    std::vector<Dot> dots;
    float needed = 0.0f; // the band height this content needs at its full sizes
    int shortened = 0;   // how many texts had to give way (choices left out, lines cut)
};

// `band`: the caption band across the bottom, or a column beside the stage (prompts then go under
// the text); `framebuffer`: the whole view (the top line spans it).
CaptionLayout layoutCaption(const CaptionWords& words, const PixelRect& band, glm::vec2 framebuffer,
                            const UiFonts& fonts, std::string_view language, bool topLine = true);
// The band height `words` need at full size across `width` (for the audience layout).
float captionHeightFor(const CaptionWords& words, float width, const UiFonts& fonts, std::string_view language);
// What the room reads in the band and the top line, each with its box (the layout tests).
std::vector<LaidOutBlock> blocksOf(const CaptionLayout& layout);
std::vector<TextRun> textRunsOf(const CaptionLayout& layout);

class CaptionPanel final : public Panel {
  public:
    void drawContent(const UiContext& ui, CommandList& out) override;
};

} // namespace cs
