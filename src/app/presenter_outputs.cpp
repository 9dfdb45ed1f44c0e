#include "app/presenter_outputs.h"

#include "app/input_router.h"
#include "app/platform.h"
#include "app/window_fonts.h"
#include "core/action_stages.h"
#include "core/room_view.h"
#include "ui/stage_labels.h"

#include "render/gl_api.h"
#include <imgui.h>

#include <algorithm>
#include <cstdint>

namespace cs {

std::vector<CoinLook> coinLooks(const AppState& state) {
    std::vector<CoinLook> looks;
    for (const auto& coin : state.coins) {
        CoinLook look;
        if (!coin.structureId.empty() && state.structures) look.color = state.structures->colorOf(coin.structureId);
        look.opacity = coinPresence(state, int(looks.size())).coin; // a dismantled coin fades away
        looks.push_back(look);
    }
    return looks;
}

void clearCaptionBand(const ViewLayout& layout, int framebufferHeight, Rgb8 colour) {
    if (layout.caption.height <= 0.0f) return;
    const PixelRect& band = layout.caption;
    glEnable(GL_SCISSOR_TEST);
    glScissor(int(band.x), int(float(framebufferHeight) - band.y - band.height), int(band.width + 0.5f),
              int(band.height + 0.5f));
    glClearColor(colour.r / 255.0f, colour.g / 255.0f, colour.b / 255.0f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    glDisable(GL_SCISSOR_TEST);
}

// --- the room's picture ------------------------------------------------------------------------------

RoomPicture::RoomPicture() = default;
RoomPicture::~RoomPicture() = default;

void RoomPicture::draw(RenderTarget& target, const AppState& state, const RoomLook& look) {
    const int w = std::max(look.window.drawableWidth(), 1), h = std::max(look.window.drawableHeight(), 1);
    std::string error;
    if (!frame_ || frame_->width() != w || frame_->height() != h) frame_ = RenderTarget::create(w, h, 0, error);
    if (!frame_ || !look.fonts.small) return;
    if (!ui_) ui_ = std::make_unique<OffscreenUi>(look.window);
    const std::optional<AppState> veiled = veiledUntilTheNoteIsRead(state);
    const AppState& shown = veiled ? *veiled : state;
    const glm::vec2 fb{float(w), float(h)};
    const ViewLayout layout =
        withStageColumns(computeAudienceLayout(fb, look.fonts.scale), shown, look.fonts.small->FontSize);
    const StageView view = computeStageView(shown, fb, layout.stage);
    ui_->begin(w, h);
    const UiContext ui{shown, view, look.fonts, look.theme, layout, fb, look.pictures, nullptr};
    (void)audience_.draw(ui); // a picture: what it asks for is not done
    frame_->bind();
    StageTheme stageTheme;
    stageTheme.background = look.theme.background;
    look.renderer.draw(view, coinLooks(shown), stageTheme);
    clearCaptionBand(layout, h, look.theme.captionBand);
    ui_->render();
    frame_->resolve();
    shrinkInto(frame_->resolvedFramebuffer(), w, h, target);
}

void RoomPicture::shrinkInto(GLuint from, int w, int h, RenderTarget& target) {
    // Down by half first when the target is at most half as large (a 2×2 average, so that text does
    // not sparkle), then the rest with one linear blit.
    int fw = w, fh = h;
    if (target.width() * 2 <= w && target.height() * 2 <= h) {
        std::string error;
        const int hw = std::max(w / 2, 1), hh = std::max(h / 2, 1);
        if (!half_ || half_->width() != hw || half_->height() != hh) half_ = RenderTarget::create(hw, hh, 0, error);
        if (half_) {
            glBindFramebuffer(GL_READ_FRAMEBUFFER, from);
            glBindFramebuffer(GL_DRAW_FRAMEBUFFER, half_->resolvedFramebuffer());
            glBlitFramebuffer(0, 0, w, h, 0, 0, hw, hh, GL_COLOR_BUFFER_BIT, GL_LINEAR);
            from = half_->resolvedFramebuffer();
            fw = hw;
            fh = hh;
        }
    }
    glBindFramebuffer(GL_READ_FRAMEBUFFER, from);
    glBindFramebuffer(GL_DRAW_FRAMEBUFFER, target.resolvedFramebuffer());
    glBlitFramebuffer(0, 0, fw, fh, 0, 0, target.width(), target.height(), GL_COLOR_BUFFER_BIT, GL_LINEAR);
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
}

// --- the presenter's window and previews ---------------------------------------------------------------

PresenterOutputs::PresenterOutputs() = default;
PresenterOutputs::~PresenterOutputs() = default;

bool PresenterOutputs::openWindow(int display, GlWindow& room, std::string& error) {
    WindowDesc desc;
    desc.title = "Coin Model Studio - presenter";
    desc.width = 1280;
    desc.height = 800;
    window_ = GlWindow::createSharing(desc, room, error);
    if (!window_) {
        room.makeCurrent();
        return false;
    }
    window_->moveToDisplay(display, false);
    SDL_MaximizeWindow(window_->sdl());
    windowOutput_ = std::make_unique<Output>();
    window_->makeCurrent();
    // The cursor is the app's to show or hide during a show (the backend would show it every frame).
    ImGui::GetIO().ConfigFlags |= ImGuiConfigFlags_NoMouseCursorChange;
    room.makeCurrent();
    return true;
}

void PresenterOutputs::closeWindow(GlWindow& room) {
    windowOutput_.reset();
    window_.reset();
    room.makeCurrent();
}

void PresenterOutputs::wake(int frames) {
    if (windowOutput_) windowOutput_->panels.wake(frames);
}

bool PresenterOutputs::wantsFrame() const {
    return windowOutput_ && windowOutput_->panels.wantsFrame();
}

void PresenterOutputs::updatePreviews(Output& p, bool withCurrent, const AppState& state, const RoomLook& look) {
    // The next step's frame, drawn once per step change (not every frame).
    const int next = state.hasSteps() ? state.step + 1 : -1;
    // Everything the room's picture of that step depends on.
    const std::string key =
        next >= 0 && next < state.scenario->stepCount()
            ? std::to_string(next) + ":" + std::to_string(state.scenario->revision) + ":" + state.scenario->language +
                  (state.prefs.lightTheme ? "l" : "d") + ":" + std::to_string(look.fonts.scale) + ":" +
                  std::to_string(look.window.drawableWidth()) + "x" + std::to_string(look.window.drawableHeight())
            : "";
    std::string error;
    if (!p.next) p.next = RenderTarget::create(480, 270, 0, error);
    if (withCurrent && !p.current) p.current = RenderTarget::create(640, 360, 0, error);
    if (key != p.nextKey && p.next) {
        p.nextKey = key;
        if (const std::optional<AppState> preview = nextStepAsTheRoomWillSeeIt(state))
            room_.draw(*p.next, *preview, look);
    }
    auto picture = [](const std::unique_ptr<RenderTarget>& t) {
        return t ? UiPicture{reinterpret_cast<void*>(static_cast<std::intptr_t>(t->texture())), t->width(), t->height(),
                             true}
                 : UiPicture{};
    };
    p.previews.next = key.empty() ? UiPicture{} : picture(p.next);
    p.previews.current = withCurrent ? picture(p.current) : UiPicture{};
}

CommandList PresenterOutputs::drawView(Output& p, const AppState& state, const UiFonts& fonts, const Theme& theme,
                                       const UiPictures* pictures, int fbw, int fbh) {
    const glm::vec2 fb{float(fbw), float(fbh)};
    const ViewLayout layout = computeAudienceLayout(fb, fonts.scale);
    const StageView view = computeStageView(state, fb, layout.stage);
    const UiContext ui{state, view, fonts, theme, layout, fb, pictures, &p.previews};
    CommandList commands = p.view.draw(ui, {0.0f, 0.0f, fb.x, fb.y}, false);
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    glViewport(0, 0, fbw, fbh);
    glClearColor(0.12f, 0.12f, 0.14f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    return commands;
}

CommandList PresenterOutputs::drawWindowFrame(const AppState& state, const RoomLook& look, FontFiles& fontFiles,
                                              InputRouter& input) {
    if (!window_ || !windowOutput_) return {};
    Output& p = *windowOutput_;
    window_->makeCurrent();
    const int fbw = std::max(window_->drawableWidth(), 1);
    const int fbh = std::max(window_->drawableHeight(), 1);
    ensureWindowFonts(*window_, p.fonts, p.lightStyle, fontFiles, state.prefs, fbh);
    window_->beginImGuiFrame();
    updatePreviews(p, true, state, look);
    CommandList commands = drawView(p, state, p.fonts, look.theme, look.pictures, fbw, fbh);
    const bool uiChanged = window_->renderImGui();
    input.releaseEscapedField();
    window_->swap();
    p.panels.frameDrawn(uiChanged);
    look.window.makeCurrent();
    return commands;
}

void PresenterOutputs::captureRoom(int w, int h) {
    if (!windowOutput_ || !windowOutput_->current) return;
    room_.shrinkInto(0, w, h, *windowOutput_->current);
}

Image PresenterOutputs::roomPicture(GlWindow& room) {
    if (!windowOutput_ || !windowOutput_->current) return {};
    room.makeCurrent();
    const RenderTarget& current = *windowOutput_->current;
    glBindFramebuffer(GL_READ_FRAMEBUFFER, current.resolvedFramebuffer());
    Image image = readPixels(current.width(), current.height());
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    return image;
}

const PresenterPreviews& PresenterOutputs::overlayPreviews(const AppState& state, const RoomLook& look) {
    if (!overlay_) overlay_ = std::make_unique<Output>();
    updatePreviews(*overlay_, false, state, look);
    return overlay_->previews;
}

CommandList PresenterOutputs::drawPresenterScreen(const AppState& state, const RoomLook& look, int fbw, int fbh) {
    // The previews: the current step's frame drawn the way the room sees it, and the next step's.
    if (!overlay_) overlay_ = std::make_unique<Output>();
    Output& p = *overlay_;
    updatePreviews(p, true, state, look);
    if (p.current) room_.draw(*p.current, state, look);
    look.window.beginImGuiFrame();
    CommandList commands = drawView(p, state, look.fonts, look.theme, look.pictures, fbw, fbh);
    look.window.renderImGui();
    return commands;
}

Image PresenterOutputs::roomPreview(bool next, int width, int height, const AppState& state, const RoomLook& look) {
    look.window.makeCurrent();
    std::string error;
    const auto target = RenderTarget::create(width, height, 0, error);
    const std::optional<AppState> shown = next ? nextStepAsTheRoomWillSeeIt(state) : std::optional<AppState>(state);
    if (!target || !shown) return {};
    room_.draw(*target, *shown, look);
    glBindFramebuffer(GL_READ_FRAMEBUFFER, target->resolvedFramebuffer()); // drawn there, not resolved into
    Image image = readPixels(width, height);
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    return image;
}

} // namespace cs
