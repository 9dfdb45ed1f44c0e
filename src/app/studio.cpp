// One frame: layout → stage view → UI panels (collect Commands) → GL stage → ImGui → apply Commands.
#include "app/studio.h"

#include "app/input.h"
#include "app/platform.h"

#include <epoxy/gl.h>
#include <imgui.h>
#include <imgui_impl_sdl.h>

#include <algorithm>
#include <cstdio>

namespace cs {

std::unique_ptr<Studio> Studio::create(GlWindow& window, StudioDesc desc, std::string& error) {
    auto s = std::make_unique<Studio>(PrivateTag{});
    s->window_ = &window;
    s->state_ = std::move(desc.initialState);
    window.makeCurrent();
    if (!findFontFiles(s->fontFiles_, error)) return nullptr;

    std::string problems;
    const auto shaderDir = desc.dataDir.empty() ? std::filesystem::path() : desc.dataDir / "shaders";
    s->renderer_ = StageRenderer::create(shaderDir, StageConfig{}.shape, problems);
    if (!s->renderer_) {
        error = "cannot build the coin shaders on this OpenGL driver: " + problems;
        return nullptr;
    }
    if (!s->renderer_->shadersFromFiles() && !problems.empty()) {
        // Not fatal: the embedded copy works. Say so once, for whoever moved the binary.
        std::fprintf(stderr, "coinstudio: note: using built-in shaders (%s)\n", problems.c_str());
    }
    if (!s->ensureFonts(window.drawableHeight())) {
        error = "cannot load the font " + s->fontFiles_.regular;
        return nullptr;
    }
    return s;
}

bool Studio::ensureFonts(int framebufferHeight) {
    const float wanted = fontScaleFor(framebufferHeight, state_.prefs.textScale);
    if (fonts_.scale == wanted) return true;
    std::string error;
    if (!bakeFonts(*ImGui::GetIO().Fonts, fontFiles_, wanted, fonts_, error)) return false;
    ImGui::GetStyle() = ImGuiStyle();
    ImGui::StyleColorsDark();
    ImGui::GetStyle().ScaleAllSizes(wanted);
    window_->reloadFontTexture();
    return true;
}

void Studio::apply(const Command& command) {
    cs::applyCommand(state_, command);
    uiSettleFrames_ = std::max(uiSettleFrames_, 2);
}

void Studio::handleEvent(const SDL_Event& e) {
    window_->makeCurrent();
    ImGui_ImplSDL2_ProcessEvent(&e);
    const ImGuiIO& io = ImGui::GetIO();
    uiSettleFrames_ = std::max(uiSettleFrames_, 2);
    switch (e.type) {
    case SDL_KEYDOWN: {
        // Global keys never steal typing or a widget's keys.
        if (io.WantTextInput || ImGui::IsAnyItemActive()) break;
        const KeyPress press = toKeyPress(e.key);
        const bool repeatable = press.ctrl && (press.key == Key::Left || press.key == Key::Right ||
                                               press.key == Key::Up || press.key == Key::Down);
        if (e.key.repeat && !repeatable) break;
        if (auto c = commandForKey(press, state_)) apply(*c);
        break;
    }
    case SDL_MOUSEBUTTONDOWN:
        if (state_.blackout || state_.whiteout) {
            apply(cmd::EndBlankScreen{});
            break;
        }
        if (e.button.button == SDL_BUTTON_LEFT && !io.WantCaptureMouse) dragging_ = true;
        break;
    case SDL_MOUSEBUTTONUP:
        if (e.button.button == SDL_BUTTON_LEFT) dragging_ = false;
        break;
    case SDL_MOUSEMOTION:
        if (dragging_ && (e.motion.state & SDL_BUTTON_LMASK)) {
            // Same turn for the same hand movement whatever the window size.
            int ww = 1, wh = 1;
            SDL_GetWindowSize(window_->sdl(), &ww, &wh);
            const float perPixel = kDragDegreesPerPixel * 1080.0f / float(std::max(wh, 1)) * 0.6f;
            apply(cmd::RotateView{float(e.motion.xrel) * perPixel, float(e.motion.yrel) * perPixel});
        }
        break;
    default: break;
    }
}

bool Studio::wantsAnotherFrame() const { return uiSettleFrames_ > 0 || state_.isAnimating(); }

void Studio::drawFrame() {
    window_->makeCurrent();
    window_->setFullscreen(state_.fullscreen);
    const int fbw = std::max(window_->drawableWidth(), 1);
    const int fbh = std::max(window_->drawableHeight(), 1);
    ensureFonts(fbh);

    window_->beginImGuiFrame();
    const glm::vec2 fb{float(fbw), float(fbh)};
    const AudienceLayout layout = computeAudienceLayout(fb, fonts_.scale);
    const StageView view = computeStageView(state_, fb, layout.stage);
    const UiContext ui{state_, view, fonts_, theme_, layout, fb};
    const CommandList commands = audience_.draw(ui);

    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    glViewport(0, 0, fbw, fbh);
    std::vector<CoinLook> looks(state_.coins.size());
    StageTheme stageTheme;
    stageTheme.background = theme_.background;
    renderer_->draw(view, looks, stageTheme);
    window_->renderImGui();

    if (uiSettleFrames_ > 0) --uiSettleFrames_;
    for (const auto& c : commands) apply(c);
}

} // namespace cs
