// The audience view (what a projector shows): stage labels, caption band, help and blank screens.
// During a show with one display it also carries what the presenter may ask for on this screen:
// the notes overlay (N) and its one-time "this screen may be mirrored" question.
#pragma once

#include "ui/caption_panel.h"
#include "ui/editor_panel.h"
#include "ui/help_overlay.h"
#include "ui/presenter_view.h"
#include "ui/room_card.h"
#include "ui/stage_input.h"
#include "ui/stage_labels.h"
#include "ui/stage_overlay.h"

namespace cs {

class AudienceView {
  public:
    // Draws every part of the view for this ImGui frame and returns what the user asked for.
    CommandList draw(const UiContext& ui);

    // Where the one-display notes overlay goes: the right part of the screen, full height.
    static PixelRect overlayArea(glm::vec2 framebuffer);

  private:
    // `notes`: the overlay too when it is open (not over a blanked screen).
    void presenterPrompts(const UiContext& ui, CommandList& out, bool notes);

    StageInput stageInput_;
    StageLabelsPanel labels_;
    StageOverlay overlay_;
    CaptionPanel caption_;
    RoomCard room_;
    HelpOverlay help_;
    PresenterView presenter_;
    EditorQuestions editorQuestions_; // outside a show only: e.g. quitting from this view with unsaved edits
};

} // namespace cs
