// What the presenter sees and the room does not: the presenter's own window in a show on two
// displays, the pictures of the room's frame it shows ("What the room sees", "Next") — also for the
// one-display overlay — and the presenter's screen of --screenshot --view presenter.
#pragma once

#include "app/panel_settling.h"
#include "core/app_state.h"
#include "core/image.h"
#include "render/render_target.h"
#include "render/stage_renderer.h"
#include "ui/audience_view.h"
#include "ui/fonts.h"
#include "ui/presenter_view.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace cs {

class GlWindow;
class InputRouter;
class OffscreenUi;

// The coins on stage as the renderer draws them (colour; a dismantled coin fades away).
std::vector<CoinLook> coinLooks(const AppState& state);

// The caption band of a frame: a scissored clear (far cheaper on a software renderer than a blended
// rectangle this size), under the panels that write on it. The room's window and its pictures use it.
void clearCaptionBand(const ViewLayout& layout, int framebufferHeight, Rgb8 colour);

// What the room's frame is drawn with: the room's window (its size; its GL context is the current one)
// and the look of the frame.
struct RoomLook {
    GlWindow& window;
    const UiFonts& fonts;
    const Theme& theme;
    const UiPictures* pictures;
    StageRenderer& renderer;
};

// The room's whole frame for a state (stage, labels, overlays, caption, content-note screen, black or
// white), drawn off screen at the room window's size as the audience view draws it, then scaled into a
// smaller picture. A picture only: nothing its panels ask for is carried out. It has its own ImGui
// context and audience panel, whose state is not the window's.
class RoomPicture {
  public:
    RoomPicture();
    ~RoomPicture(); // where OffscreenUi is complete (not copyable: it owns GL objects)

    void draw(RenderTarget& target, const AppState& state, const RoomLook& look);
    // Copies the `w` × `h` picture of framebuffer `from` (0: the window) into `target`, smaller. The
    // scaling goes by halves first, so that text stays sharp.
    void shrinkInto(unsigned int from, int w, int h, RenderTarget& target);

  private:
    std::unique_ptr<OffscreenUi> ui_;
    AudienceView audience_;
    std::unique_ptr<RenderTarget> frame_; // the audience's size
    std::unique_ptr<RenderTarget> half_;  // half that
};

class PresenterOutputs {
  public:
    PresenterOutputs();
    ~PresenterOutputs(); // where GlWindow is complete (not copyable: it owns a window)

    // --- the presenter's window (a show on two displays) ---
    // Opens it on `display`, sharing the room window's GL objects. False with `error` when it cannot.
    bool openWindow(int display, GlWindow& room, std::string& error);
    void closeWindow(GlWindow& room);
    GlWindow* window() const { return window_.get(); }
    // The presenter window's panels changed or may change: draw it for `frames` more frames.
    void wake(int frames);
    bool wantsFrame() const;
    // Draws and shows the presenter window's frame; returns what its panels ask for. Leaves the room
    // window's context current.
    CommandList drawWindowFrame(const AppState& state, const RoomLook& look, FontFiles& fontFiles, InputRouter& input);
    // Copies what the room window just drew (its `w` × `h` frame) into the presenter's "What the room
    // sees" (nothing without a presenter window).
    void captureRoom(int w, int h);
    // That copy, as last made (empty without a presenter window).
    Image roomPicture(GlWindow& room);

    // --- one display: the previews of the overlay (N) ---
    const PresenterPreviews& overlayPreviews(const AppState& state, const RoomLook& look);

    // --- --view presenter: the presenter's screen in the room window, as a picture ---
    CommandList drawPresenterScreen(const AppState& state, const RoomLook& look, int w, int h);

    // The room's frame of the step on stage (`next`: of the step after it, as the room will see it after
    // the next key) at `width` × `height`, as the previews draw it.
    Image roomPreview(bool next, int width, int height, const AppState& state, const RoomLook& look);

  private:
    struct Output {
        UiFonts fonts; // the presenter window's own atlas (unused for the overlay)
        bool lightStyle = false;
        PresenterView view;
        std::unique_ptr<RenderTarget> current; // a copy of what the room sees
        std::unique_ptr<RenderTarget> next;
        std::string nextKey; // what `next` shows; drawn again only when this changes
        PresenterPreviews previews;
        PanelSettling panels; // the presenter window's frames still to draw
    };

    void updatePreviews(Output& output, bool withCurrent, const AppState& state, const RoomLook& look);
    // The presenter's panels of `output` over a cleared framebuffer of `w` × `h` (ImGui's frame begun,
    // not yet rendered); returns what they ask for.
    CommandList drawView(Output& output, const AppState& state, const UiFonts& fonts, const Theme& theme,
                         const UiPictures* pictures, int w, int h);

    std::unique_ptr<GlWindow> window_;
    std::unique_ptr<Output> windowOutput_; // with window_
    std::unique_ptr<Output> overlay_;      // one display, and --view presenter
    RoomPicture room_;
};

} // namespace cs
