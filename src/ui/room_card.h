// The live room on the audience view, in a column right of the stage: on a step with a question, how
// to join (a QR code of the room's address, and the address to type); once the answer is revealed
// (R), how the room answered, as bars, only from RoomAnswers::kSmallestShownCount answers up (fewer
// are not shown, so that nobody in a small group can be singled out).
#pragma once

#include "ui/layout_text.h"
#include "ui/panel.h"

#include <vector>

namespace cs {

struct RoomCardLayout {
    TextRun heading;
    PixelRect qr{};             // the code with its light margin; empty: not shown (revealed, or no room)
    float moduleSize = 0.0f;    // pixels per module (whole pixels: crisp edges for a camera)
    std::vector<TextRun> lines; // the address, what is kept, or the count and why bars are not shown
    struct Bar {
        TextRun label;       // "2."
        TextRun value;       // "12 · 40%"
        PixelRect track{};   // the whole length
        PixelRect fill{};    // this choice's share of the answers
        bool answer = false; // the question's answer: its label is bold (the caption says so in words)
    };
    std::vector<Bar> bars;
};

// The card's column: its width for a framebuffer and text scale (a code large enough to scan from the
// back of a room, and never more than a third of the screen).
float roomCardWidth(glm::vec2 framebuffer, float scale);

// What the card shows in `area`, for the state on stage.
RoomCardLayout layoutRoomCard(const AppState& state, const PixelRect& area, const UiFonts& fonts);

class RoomCard {
  public:
    void draw(const UiContext& ui);
};

} // namespace cs
