// Composition of the audience view's panels.
#include "ui/audience_view.h"

#include "core/ui_text.h"
#include "ui/stage_labels.h"

#include <imgui.h>

#include <algorithm>

namespace cs {

PixelRect AudienceView::overlayArea(glm::vec2 fb) {
    const float width = std::clamp(fb.x * 0.42f, std::min(fb.x, 360.0f), fb.x);
    return {fb.x - width, 0.0f, width, fb.y};
}

namespace {

// A small centred box for a question to the presenter (one display only: there is no other screen).
bool beginPrompt(const char* id, const UiContext& ui) {
    ImGui::SetNextWindowPos(ImVec2(ui.framebuffer.x * 0.5f, ui.framebuffer.y * 0.5f), ImGuiCond_Always,
                            ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSizeConstraints(ImVec2(0, 0), ImVec2(ui.framebuffer.x * 0.6f, ui.framebuffer.y * 0.8f));
    // Opaque: the slide's boxes and words must not show through the question's words.
    ImGui::SetNextWindowBgAlpha(1.0f);
    const bool open =
        ImGui::Begin(id, nullptr,
                     ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoMove |
                         ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoCollapse);
    ImGui::PushFont(ui.fonts.body);
    return open;
}

} // namespace

void AudienceView::presenterPrompts(const UiContext& ui, CommandList& out, bool notes) {
    const PresentationState& p = ui.state.presentation;
    const std::string_view lang = languageOf(ui.state);
    if (p.overlayVisible && notes) {
        CommandList asked = presenter_.draw(ui, overlayArea(ui.framebuffer), true);
        out.insert(out.end(), asked.begin(), asked.end());
        return; // the quit question is inside the overlay
    }
    if (p.overlayConfirmPending) {
        if (beginPrompt("###mirrorConfirm", ui)) {
            ImGui::PushTextWrapPos(ui.framebuffer.x * 0.5f);
            ImGui::TextUnformatted(uiWord(
                p.helpAfterConfirm ? "This screen may be shown on the projector. Show the shortcut help on it?"
                                   : "This screen may be shown on the projector. Show the presenter notes on it?",
                lang));
            ImGui::PopTextWrapPos();
            ImGui::TextDisabled(
                "%s",
                uiWord(p.helpAfterConfirm ? "Yes: press F1 again. No: Esc." : "Yes: press N again. No: Esc.", lang));
            if (ImGui::Button(uiWord(p.helpAfterConfirm ? "Show the help here" : "Show the notes here", lang))) {
                out.push_back(cmd::ConfirmPresenterOverlay{true});
            }
            ImGui::SameLine();
            if (ImGui::Button(uiWord("Cancel", lang))) out.push_back(cmd::ConfirmPresenterOverlay{false});
        }
        ImGui::PopFont();
        ImGui::End();
    }
    if (p.quitConfirmPending) {
        if (beginPrompt("###quitConfirm", ui)) {
            ImGui::TextUnformatted(uiWord("Quit Coin Model Studio?", lang));
            ImGui::TextDisabled("%s", uiWord("Quit: Ctrl+Q again. Keep presenting: Esc.", lang));
            if (ImGui::Button(uiWord("Quit", lang))) out.push_back(cmd::ConfirmQuit{true});
            ImGui::SameLine();
            if (ImGui::Button(uiWord("Keep presenting", lang))) out.push_back(cmd::ConfirmQuit{false});
        }
        ImGui::PopFont();
        ImGui::End();
    }
}

CommandList AudienceView::draw(const UiContext& ui) {
    CommandList out;
    const PresentationState& p = ui.state.presentation;
    const bool oneDisplayShow = p.active && p.singleDisplay;
    if (ui.state.blackout || ui.state.whiteout) {
        // Nothing of the show may peek through a blanked screen.
        const Rgb8 c = ui.state.blackout ? Rgb8{0, 0, 0} : Rgb8{255, 255, 255};
        ImGui::GetForegroundDrawList()->AddRectFilled(ImVec2(0, 0), ImVec2(ui.framebuffer.x, ui.framebuffer.y),
                                                      toImColor(c));
        // One display: a question asked of the presenter (quitting) still has to be seen.
        if (oneDisplayShow && (p.quitConfirmPending || p.overlayConfirmPending)) presenterPrompts(ui, out, false);
        return out;
    }
    stageInput_.drawContent(ui, out);
    labels_.drawContent(ui, out);
    overlay_.drawContent(ui, out);
    caption_.drawContent(ui, out);
    room_.draw(ui);
    // With a presenter window, help and every question go there; the room sees only the show.
    if (!p.active || oneDisplayShow) help_.drawContent(ui, out);
    if (oneDisplayShow) presenterPrompts(ui, out, true);
    // Not in a show (F2 on the laptop): the editor's questions must still be seen, or quitting
    // with unsaved changes would seem to do nothing. During a show they are never drawn.
    if (!p.active) editorQuestions_.drawContent(ui, out);
    return out;
}

} // namespace cs
