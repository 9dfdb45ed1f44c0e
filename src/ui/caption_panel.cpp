// Caption band drawing: the step's title and text, its place in the walkthrough, the scenario title.
#include "ui/caption_panel.h"

#include "core/ui_text.h"
#include "ui/stage_labels.h"

#include <string>

#include <imgui.h>

#include <algorithm>
#include <cstdio>

namespace cs {

namespace {

constexpr float kMargin = 60.0f;  // left and right, at scale 1
constexpr float kTopPad = 30.0f;  // above the title
constexpr float kDotsRow = 46.0f; // the step dots along the bottom
constexpr float kTopLine = 18.0f; // the scenario's title and the step number, above the stage

// The prompts (discussion, reflection, question) in `font`, from y = 0 at `width`. `otherChoices`:
// keep the choices that are not the answer once it is revealed.
std::vector<CaptionLayout::Line> layPrompts(const CaptionWords& w, const UiFonts& fonts, ImFont* font, float width,
                                            bool otherChoices, std::string_view lang, float s) {
    std::vector<CaptionLayout::Line> out;
    ImFont* bold = fonts.bodyBold;
    float y = 0.0f;
    auto line = [&](ImFont* f, const std::string& t, bool muted, float indent = 0.0f) {
        out.push_back({makeRun(f, t, width - indent, {indent, y}), muted});
        y += out.back().run.size.y + 6.0f * s;
    };
    if (!w.discuss.empty()) {
        line(bold, std::string(uiText(UiText::Discuss, lang)), false);
        line(font, w.discuss, false);
        y += 8.0f * s;
    }
    if (!w.reflect.empty()) {
        line(bold, std::string(uiText(UiText::Reflect, lang)), false);
        line(font, w.reflect, false);
        line(fonts.small, uiWord("Privately, for yourself: nobody is asked to share.", lang), true);
        y += 8.0f * s;
    }
    if (!w.question.empty()) {
        line(bold, std::string(uiText(UiText::Question, lang)), false);
        line(font, w.question, false);
        for (std::size_t i = 0; i < w.choices.size(); ++i) {
            const bool answer = w.answer == int(i) + 1;
            if (!answer && w.answer > 0 && !otherChoices) continue;
            std::string t = std::to_string(i + 1) + ". " + w.choices[i];
            // Said in words, not by colour only.
            if (answer) t += "  \xE2\x80\x94 " + std::string(uiText(UiText::TheAnswer, lang));
            line(answer ? (font == fonts.body ? fonts.bodyBold : bold) : font, t, false, 16.0f * s);
        }
        if (w.answer > 0 && !w.explain.empty()) line(font, w.explain, true);
    }
    return out;
}

float heightOf(const std::vector<CaptionLayout::Line>& lines) {
    float h = 0.0f;
    for (const auto& l : lines)
        h = std::max(h, l.run.pos.y + l.run.size.y);
    return h;
}

// Keeps the lines that fit in `room`; the first that does not is cut to the lines that do, ending in
// "…" (when not even one line of it fits, it goes).
void fitLines(std::vector<CaptionLayout::Line>& lines, float room, float width) {
    for (std::size_t i = 0; i < lines.size(); ++i) {
        TextRun& r = lines[i].run;
        if (r.pos.y + r.size.y <= room + 0.5f) continue;
        const int fit = int((room - r.pos.y) / std::max(r.font->FontSize, 1.0f));
        lines.resize(fit >= 1 ? i + 1 : i);
        if (fit >= 1) {
            const std::string original = r.text;
            std::string flat = original;
            std::replace(flat.begin(), flat.end(), '\n', ' ');
            r = makeRunAtMost(r.font, flat, width - r.pos.x, fit, r.pos);
        }
        return;
    }
}

void offset(std::vector<CaptionLayout::Line>& lines, glm::vec2 by) {
    for (auto& l : lines)
        l.run.pos += by;
}

} // namespace

CaptionLayout layoutCaption(const CaptionWords& w, const PixelRect& r, glm::vec2 fb, const UiFonts& fonts,
                            std::string_view lang, bool topLine) {
    CaptionLayout out;
    const float s = fonts.scale;
    // A band across the screen has the prompts on its right; a column beside the stage (a short
    // screen at a large text size) has them under the text.
    const bool stacked = r.width < fb.x * 0.75f;
    const float margin = (stacked ? 32.0f : kMargin) * s;
    const bool prompts = !w.discuss.empty() || !w.question.empty() || !w.reflect.empty();
    const float promptsWidth = prompts && !stacked ? r.width * 0.42f : 0.0f;
    const float wrap = r.width - 2.0f * margin - promptsWidth;
    const float pw = stacked ? wrap : promptsWidth - 20.0f * s;
    const bool bottomRow = w.stepCount > 0 || !w.hint.empty();
    const float top = r.y + kTopPad * s;
    const float room = r.height - kTopPad * s - (bottomRow ? kDotsRow : 16.0f) * s;
    const float x = r.x + margin;

    // The title, then the text at the step text's size, else at the room size, else cut.
    out.title = makeRun(fonts.title, w.title, wrap, {x, top});
    const float textTop = top + out.title.size.y + 14.0f * s;
    auto textAt = [&](ImFont* font) { return makeRun(font, w.text, wrap, {x, textTop}); };
    out.text = textAt(fonts.body);
    const float fullLeft = textTop + out.text.size.y - top;
    // The prompts: at the text's size, else the room size, then (once revealed) the answer without
    // the other choices, then cut.
    std::vector<CaptionLayout::Line> lines;
    float fullPrompts = 0.0f;
    if (prompts) {
        lines = layPrompts(w, fonts, fonts.body, pw, true, lang, s);
        fullPrompts = heightOf(lines);
    }
    const float promptsGap = 20.0f * s;
    auto tooTall = [&] {
        if (!stacked) return textTop + out.text.size.y > top + room || heightOf(lines) > room;
        return textTop + out.text.size.y + (lines.empty() ? 0.0f : promptsGap + heightOf(lines)) > top + room;
    };
    auto textTooTall = [&] { return stacked ? tooTall() : textTop + out.text.size.y > top + room; };
    auto promptsTooTall = [&] { return stacked ? tooTall() : heightOf(lines) > room; };
    if (promptsTooTall() && prompts) lines = layPrompts(w, fonts, fonts.small, pw, true, lang, s);
    if (textTooTall()) out.text = textAt(fonts.small);
    if (promptsTooTall() && prompts && w.answer > 0) {
        lines = layPrompts(w, fonts, fonts.small, pw, false, lang, s);
        ++out.shortened;
    }
    // Last: lines cut, ending in "…" (the prompts first when they share the column with the text).
    auto cutText = [&](float bottom) {
        if (textTop + out.text.size.y <= bottom) return;
        const int fit = int((bottom - textTop) / std::max(fonts.small->FontSize, 1.0f));
        out.text = fit >= 1 ? makeRunAtMost(out.text.font, w.text, wrap, fit, {x, textTop}) : TextRun{};
        ++out.shortened;
    };
    if (!stacked) {
        cutText(top + room);
        if (heightOf(lines) > room) {
            fitLines(lines, room, pw);
            ++out.shortened;
        }
        offset(lines, {r.x + r.width - promptsWidth - margin * 0.5f, top});
    } else {
        const float textBottom = textTop + out.text.size.y;
        const float left = top + room - textBottom - promptsGap;
        if (!lines.empty() && heightOf(lines) > left) {
            if (left >= fonts.small->FontSize * 3.0f) {
                fitLines(lines, left, pw);
            } else {
                cutText(top + room * 0.5f); // the text and the prompts share the column
                fitLines(lines, top + room - (textTop + out.text.size.y) - promptsGap, pw);
            }
            ++out.shortened;
        }
        cutText(top + room);
        offset(lines, {x, textTop + out.text.size.y + promptsGap});
    }
    out.prompts = std::move(lines);

    ImFont* small = fonts.small;
    if (!w.hint.empty()) {
        out.hint = makeRun(small, w.hint, r.width - 2.0f * margin);
        out.hint.pos = {r.x + r.width - margin - out.hint.size.x, r.y + r.height - out.hint.size.y - 10.0f * s};
    }
    if (w.stepCount > 0) {
        // Where we are: dots along the bottom of the band (the current one larger and filled).
        const float dot = 7.0f * s, gap = 22.0f * s;
        const float total = gap * float(w.stepCount - 1);
        const float cy = r.y + r.height - 26.0f * s;
        if (total < r.width - 2.0f * margin) {
            for (int i = 0; i < w.stepCount; ++i) {
                const bool current = i + 1 == w.stepNumber;
                out.dots.push_back(
                    {{r.x + r.width * 0.5f - total * 0.5f + gap * float(i), cy}, current ? dot * 1.35f : dot, current});
            }
        }
        // "4 / 12" and the scenario's title in the line above the stage.
        if (topLine) {
            char progress[32];
            std::snprintf(progress, sizeof progress, "%d / %d", w.stepNumber, w.stepCount);
            out.progress = makeRun(small, progress, 0.0f);
            out.progress.pos = {fb.x - kMargin * s - out.progress.size.x, kTopLine * s};
            out.scenarioTitle =
                makeRunAtMost(small, w.scenarioTitle, fb.x - 2.0f * kMargin * s - out.progress.size.x - 30.0f * s, 1,
                              {kMargin * s, kTopLine * s});
        }
    }
    out.needed = kTopPad * s +
                 (stacked ? fullLeft + (prompts ? promptsGap + fullPrompts : 0.0f) : std::max(fullLeft, fullPrompts)) +
                 (bottomRow ? kDotsRow : 16.0f) * s;
    return out;
}

float captionHeightFor(const CaptionWords& words, float width, const UiFonts& fonts, std::string_view language) {
    return layoutCaption(words, {0.0f, 0.0f, width, 1e6f}, {width, 1e6f}, fonts, language).needed;
}

std::vector<LaidOutBlock> blocksOf(const CaptionLayout& l) {
    std::vector<LaidOutBlock> out;
    auto add = [&](const char* what, const TextRun& r) {
        if (!r.empty()) out.push_back({std::string(what) + ": " + r.text.substr(0, 40), r.rect()});
    };
    add("title", l.title);
    add("text", l.text);
    add("hint", l.hint);
    for (const auto& p : l.prompts)
        add("prompt", p.run);
    add("scenario title", l.scenarioTitle);
    add("progress", l.progress);
    if (!l.dots.empty()) {
        PixelRect dots{};
        for (const auto& d : l.dots)
            dots = unionOf(dots, boxAround(d.centre, glm::vec2(2.0f * d.radius)));
        out.push_back({"step dots", dots});
    }
    return out;
}

std::vector<TextRun> textRunsOf(const CaptionLayout& l) {
    std::vector<TextRun> out{l.title, l.text, l.hint, l.scenarioTitle, l.progress};
    for (const auto& p : l.prompts)
        out.push_back(p.run);
    std::erase_if(out, [](const TextRun& r) { return r.empty(); });
    return out;
}

void CaptionPanel::drawContent(const UiContext& ui, CommandList&) {
    ImDrawList* dl = ImGui::GetBackgroundDrawList();
    // The band's colour is painted by the frame before the UI (a scissored clear: far cheaper on a
    // software renderer than a blended rectangle this size); see Studio::drawFrame.
    const CaptionLayout l = layoutCaption(captionFor(ui.state), ui.layout.caption, ui.framebuffer, ui.fonts,
                                          languageOf(ui.state), ui.layout.topLine);
    const ImU32 text = toImColor(ui.theme.text), muted = toImColor(ui.theme.textMuted);
    drawRun(dl, l.title, text);
    drawRun(dl, l.text, text);
    drawRun(dl, l.hint, muted);
    for (const auto& p : l.prompts)
        drawRun(dl, p.run, p.muted ? muted : text);
    for (const auto& d : l.dots) {
        dl->AddCircleFilled(ImVec2(d.centre.x, d.centre.y), d.radius,
                            d.current ? text : toImColor(ui.theme.textMuted, 0.55f));
    }
    drawRun(dl, l.progress, muted);
    drawRun(dl, l.scenarioTitle, muted);
}

} // namespace cs
