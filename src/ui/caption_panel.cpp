// Caption band drawing: the step's title and text, its place in the walkthrough, the scenario title.
#include "ui/caption_panel.h"

#include "core/ui_text.h"
#include "ui/stage_labels.h"

#include <string>

#include <imgui.h>

#include <cstdio>

namespace cs {

CaptionWords captionFor(const AppState& state) {
    const std::string_view lang = languageOf(state);
    CaptionWords w;
    if (const Step* step = state.currentStep()) {
        if (state.contentNotePending) {
            // The note first; the step's own words wait until it has been read.
            w.title = uiText(UiText::ContentNote, lang);
            w.text = state.tr(step->contentNote);
        } else {
            w.title = state.tr(step->title);
            w.text = state.tr(step->text);
            if (!step->discuss.empty()) w.discuss = state.tr(step->discuss);
            // The prompt is projected too (people who do not hear it, or hear it in a second language,
            // can read it); what anyone writes never is.
            if (!step->reflect.empty()) w.reflect = state.tr(step->reflect);
            if (step->question) {
                w.question = state.tr(step->question->prompt);
                for (const auto& c : step->question->choices) w.choices.push_back(state.tr(c));
                if (state.answerRevealed) {
                    // In the room only what R revealed: a learner's own choice is never projected.
                    w.answer = step->question->answer;
                    w.explain = state.tr(step->question->explain);
                }
            }
        }
        w.scenarioTitle = state.tr(state.scenario->scenario.title);
        w.stepNumber = state.step + 1;
        w.stepCount = state.scenario->stepCount();
        return w;
    }
    if (state.scenario) {
        w.title = state.tr(state.scenario->scenario.title);
        w.text = state.tr(state.scenario->scenario.summary);
        return w;
    }
    w.title = uiText(UiText::StartTitle, lang);
    w.text = uiText(UiText::StartText, lang);
    w.hint = uiText(UiText::KeysHint, lang);
    return w;
}

namespace {

std::string word(UiText id, const AppState& s) { return std::string(uiText(id, languageOf(s))); }

} // namespace

void CaptionPanel::drawPrompts(const UiContext& ui, const CaptionWords& words, const PixelRect& area) {
    ImDrawList* dl = ImGui::GetBackgroundDrawList();
    const float s = ui.fonts.scale;
    ImFont* bold = ui.fonts.bodyBold;
    const float wrap = area.width - 20.0f * s;
    const float top = area.y + 30.0f * s;
    // The room reads the prompts from afar: the step text's size, unless they would not fit the band.
    auto lay = [&](ImFont* text, bool draw) {
        float y = top;
        auto line = [&](ImFont* f, const std::string& t, Rgb8 colour, float indent = 0.0f) {
            if (draw) dl->AddText(f, f->FontSize, ImVec2(area.x + indent, y), toImColor(colour), t.c_str(), nullptr, wrap - indent);
            y += f->CalcTextSizeA(f->FontSize, 1e9f, wrap - indent, t.c_str()).y + 6.0f * s;
        };
        if (!words.discuss.empty()) {
            line(bold, word(UiText::Discuss, ui.state), ui.theme.text);
            line(text, words.discuss, ui.theme.text);
            y += 8.0f * s;
        }
        if (!words.reflect.empty()) {
            line(bold, word(UiText::Reflect, ui.state), ui.theme.text);
            line(text, words.reflect, ui.theme.text);
            line(ui.fonts.small, uiWord("Privately, for yourself: nobody is asked to share.", languageOf(ui.state)),
                 ui.theme.textMuted);
            y += 8.0f * s;
        }
        if (!words.question.empty()) {
            line(bold, word(UiText::Question, ui.state), ui.theme.text);
            line(text, words.question, ui.theme.text);
            for (std::size_t i = 0; i < words.choices.size(); ++i) {
                const bool answer = words.answer == int(i) + 1;
                std::string t = std::to_string(i + 1) + ". " + words.choices[i];
                if (answer) t += "  \xE2\x80\x94 " + word(UiText::TheAnswer, ui.state); // said in words, not colour only
                line(answer ? (text == ui.fonts.body ? ui.fonts.bodyBold : bold) : text, t, ui.theme.text, 16.0f * s);
            }
            if (words.answer > 0 && !words.explain.empty()) line(text, words.explain, ui.theme.textMuted);
        }
        return y - top;
    };
    const float room = area.height - 30.0f * s - 34.0f * s; // above the step dots
    ImFont* font = lay(ui.fonts.body, false) <= room ? ui.fonts.body : ui.fonts.small;
    lay(font, true);
}

void CaptionPanel::drawContent(const UiContext& ui, CommandList&) {
    ImDrawList* dl = ImGui::GetBackgroundDrawList();
    const PixelRect& r = ui.layout.caption;
    const float s = ui.fonts.scale;
    // The band's colour is painted by the frame before the UI (a scissored clear: far cheaper on a
    // software renderer than a blended rectangle this size); see Studio::drawFrame.
    const CaptionWords words = captionFor(ui.state);
    const float margin = 60.0f * s;
    // Prompts (discussion, question) take the right part of the band.
    const bool prompts = !words.discuss.empty() || !words.question.empty() || !words.reflect.empty();
    const float promptsWidth = prompts ? r.width * 0.42f : 0.0f;
    const float wrap = r.width - 2.0f * margin - promptsWidth;
    if (prompts) drawPrompts(ui, words, {r.x + r.width - promptsWidth - margin * 0.5f, r.y, promptsWidth, r.height});
    float y = r.y + 30.0f * s;
    ImFont* title = ui.fonts.title;
    dl->AddText(title, title->FontSize, ImVec2(r.x + margin, y), toImColor(ui.theme.text), words.title.c_str(),
                nullptr, wrap);
    y += title->CalcTextSizeA(title->FontSize, 1e9f, wrap, words.title.c_str()).y + 14.0f * s;
    ImFont* body = ui.fonts.body;
    dl->AddText(body, body->FontSize, ImVec2(r.x + margin, y), toImColor(ui.theme.text), words.text.c_str(), nullptr,
                wrap);
    ImFont* small = ui.fonts.small;
    if (!words.hint.empty()) {
        const ImVec2 t = small->CalcTextSizeA(small->FontSize, 1e9f, 0.0f, words.hint.c_str());
        dl->AddText(small, small->FontSize, ImVec2(r.x + r.width - margin - t.x, r.y + r.height - t.y - 18.0f * s),
                    toImColor(ui.theme.textMuted), words.hint.c_str());
    }
    if (words.stepCount > 0) {
        // Where we are: dots along the bottom of the band (the current one larger and filled),
        // and "4 / 12" with the scenario's title at the top of the screen.
        const float dot = 7.0f * s, gap = 22.0f * s;
        const float total = gap * float(words.stepCount - 1);
        const float cy = r.y + r.height - 26.0f * s;
        const bool fits = total < r.width - 2.0f * margin;
        for (int i = 0; fits && i < words.stepCount; ++i) {
            const ImVec2 c(r.x + r.width * 0.5f - total * 0.5f + gap * float(i), cy);
            if (i + 1 == words.stepNumber) {
                dl->AddCircleFilled(c, dot * 1.35f, toImColor(ui.theme.text));
            } else {
                dl->AddCircleFilled(c, dot, toImColor(ui.theme.textMuted, 0.55f));
            }
        }
        char progress[32];
        std::snprintf(progress, sizeof progress, "%d / %d", words.stepNumber, words.stepCount);
        const ImVec2 p = small->CalcTextSizeA(small->FontSize, 1e9f, 0.0f, progress);
        const float top = 18.0f * s;
        dl->AddText(small, small->FontSize, ImVec2(ui.framebuffer.x - margin - p.x, top), toImColor(ui.theme.textMuted),
                    progress);
        dl->AddText(small, small->FontSize, ImVec2(margin, top), toImColor(ui.theme.textMuted),
                    words.scenarioTitle.c_str(), nullptr, ui.framebuffer.x * 0.6f);
    }
}

} // namespace cs
