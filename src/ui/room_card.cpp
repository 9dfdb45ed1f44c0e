// The live room's card on the audience view: the join code before the reveal, the room's answers after.
#include "ui/room_card.h"

#include "core/room/room_answers.h"
#include "core/room/room_on_stage.h"
#include "core/ui_text.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <string>

namespace cs {

float roomCardWidth(glm::vec2 fb, float scale) {
    return std::round(std::clamp(fb.y * 0.34f, 200.0f * std::max(scale, 0.5f), fb.x / 3.0f));
}

namespace {

// "40%" / "40 %" (French puts a narrow no-break space before the sign).
std::string percentText(int part, int whole, std::string_view lang) {
    const int p = whole > 0 ? int(std::lround(100.0 * part / whole)) : 0;
    return std::to_string(p) + (isFrench(lang) ? "\xE2\x80\xAF%" : "%");
}

} // namespace

RoomCardLayout layoutRoomCard(const AppState& s, const PixelRect& area, const UiFonts& fonts) {
    RoomCardLayout out;
    if (!roomCardShown(s) || area.width <= 0.0f || area.height <= 0.0f || !fonts.small || !fonts.bodyBold) return out;
    const std::string_view lang = languageOf(s);
    const float sc = fonts.scale > 0.0f ? fonts.scale : 1.0f;
    const float pad = std::round(16.0f * sc);
    const float width = area.width - 2.0f * pad;
    float y = area.y + pad;
    auto add = [&](ImFont* font, const std::string& text) {
        TextRun r = makeRun(font, text, width, {area.x + pad, y});
        y += r.size.y + 6.0f * sc;
        out.lines.push_back(std::move(r));
    };
    const RoomStatus& room = s.room;
    const Step* step = s.currentStep();
    const int answer = step && step->question ? step->question->answer : 0;
    if (!s.answerRevealed) {
        // The code comes first: as large as the card allows once the words under it fit. Words give way
        // when the card is short: the privacy line, then the address's size, then the heading.
        const std::string& a = room.shortAddress;
        const std::size_t slash = a.find('/');
        const std::string first = slash == std::string::npos ? a : a.substr(0, slash + 1);
        const std::string second = slash == std::string::npos ? std::string() : a.substr(slash + 1);
        const int modules = room.qr.size > 0 ? room.qr.size + 2 * kQrQuietModules : 0;
        const float bottom = area.y + area.height - pad;
        const float goodModule = std::max(4.0f, std::floor(4.0f * sc)); // readable from the back of a room
        const std::string heading = uiWord("Answer on your phone", lang);
        const std::string privacy = uiWord("Anonymous: no name, nothing kept.", lang);
        auto fits = [&](ImFont* f) {
            return f && makeRun(f, first, 0.0f).size.x <= width && makeRun(f, second, 0.0f).size.x <= width;
        };
        ImFont* large = fits(fonts.body) ? fonts.body : fonts.small;
        struct Plan {
            bool heading, privacy;
            ImFont* address;
        };
        const Plan plans[] = {
            {true, true, large}, {true, false, large}, {true, false, fonts.small}, {false, false, fonts.small}};
        // The height of the words around the code, and the code's side that leaves.
        auto sideWith = [&](const Plan& p) {
            float words = 10.0f * sc + linesHeight(p.address, second.empty() ? 1 : 2) + 12.0f * sc;
            if (p.heading) words += makeRun(fonts.bodyBold, heading, width).size.y + 10.0f * sc;
            if (p.privacy) words += makeRun(fonts.small, privacy, width).size.y + 6.0f * sc;
            return std::min(width, bottom - y - words);
        };
        const Plan* plan = &plans[std::size(plans) - 1];
        for (const Plan& p : plans) {
            if (modules == 0 || std::floor(sideWith(p) / float(modules)) >= goodModule) {
                plan = &p;
                break;
            }
        }
        const float side = sideWith(*plan);
        if (plan->heading) {
            out.heading = makeRun(fonts.bodyBold, heading, width, {area.x + pad, y});
            y += out.heading.size.y + 10.0f * sc;
        }
        if (modules > 0) {
            out.moduleSize = std::floor(side / float(modules));
            if (out.moduleSize >= 2.0f) {
                const float drawn = out.moduleSize * float(modules);
                out.qr = {area.x + std::round((area.width - drawn) * 0.5f), std::round(y), drawn, drawn};
                y += drawn + 10.0f * sc;
            } else {
                out.moduleSize = 0.0f; // too small to scan: the address alone
            }
        }
        add(plan->address, first);
        if (!second.empty()) add(plan->address, second);
        if (plan->privacy) add(fonts.small, privacy);
        return out;
    }
    // Revealed: how the room answered.
    out.heading = makeRun(fonts.bodyBold, uiWord("How the room answered", lang), width, {area.x + pad, y});
    y += out.heading.size.y + 10.0f * sc;
    const int n = room.answers;
    const std::string count = std::to_string(n) + " " + uiWord(n == 1 ? "answer" : "answers", lang);
    if (!room.distribution || room.distribution->empty()) {
        add(fonts.small, count);
        add(fonts.small, labelled(uiWord("Not shown", lang),
                                  uiWord("fewer than 5 answers, so that nobody can be singled out.", lang), lang));
        return out;
    }
    add(fonts.small, count);
    const std::vector<int>& d = *room.distribution;
    int most = 1;
    for (const int c : d)
        most = std::max(most, c);
    const float rowGap = 10.0f * sc;
    // Every bar's track as long as the others: the widest count and share sets where they end.
    auto valueOf = [&](int c) { return std::to_string(c) + " \xC2\xB7 " + percentText(c, n, lang); };
    float valueWidth = 0.0f;
    for (const int c : d)
        valueWidth = std::max(valueWidth, makeRun(fonts.small, valueOf(c), 0.0f).size.x);
    for (std::size_t i = 0; i < d.size(); ++i) {
        RoomCardLayout::Bar bar;
        bar.answer = answer == int(i) + 1;
        bar.label =
            makeRun(bar.answer ? fonts.bodyBold : fonts.small, std::to_string(i + 1) + ".", 0.0f, {area.x + pad, y});
        bar.value = makeRun(fonts.small, valueOf(d[i]), 0.0f);
        const float labelWidth = std::round(36.0f * sc);
        const float rowHeight = std::max(bar.label.size.y, bar.value.size.y);
        const float trackX = area.x + pad + labelWidth;
        const float trackWidth = std::max(width - labelWidth - valueWidth - 10.0f * sc, 8.0f);
        const float barHeight = std::round(rowHeight * 0.7f);
        bar.track = {trackX, y + (rowHeight - barHeight) * 0.5f, trackWidth, barHeight};
        bar.fill = bar.track;
        bar.fill.width = std::round(trackWidth * float(d[i]) / float(most));
        bar.value.pos = {trackX + trackWidth + 10.0f * sc, y + (rowHeight - bar.value.size.y) * 0.5f};
        y += rowHeight + rowGap;
        out.bars.push_back(std::move(bar));
    }
    return out;
}

void RoomCard::draw(const UiContext& ui) {
    const PixelRect& area = ui.layout.room;
    if (area.width <= 0.0f) return;
    const RoomCardLayout l = layoutRoomCard(ui.state, area, ui.fonts);
    ImDrawList* dl = ImGui::GetBackgroundDrawList();
    const float sc = ui.fonts.scale > 0.0f ? ui.fonts.scale : 1.0f;
    dl->AddRectFilled(ImVec2(area.x, area.y), ImVec2(area.x + area.width, area.y + area.height),
                      toImColor(ui.theme.captionBand), 10.0f * sc);
    const ImU32 text = toImColor(ui.theme.text), muted = toImColor(ui.theme.textMuted);
    drawRun(dl, l.heading, text);
    if (l.moduleSize > 0.0f) {
        // Dark modules on white in every theme: cameras read a dark code on a light ground.
        dl->AddRectFilled(ImVec2(l.qr.x, l.qr.y), ImVec2(l.qr.x + l.qr.width, l.qr.y + l.qr.height),
                          IM_COL32(255, 255, 255, 255));
        const QrCode& qr = ui.state.room.qr;
        const float m = l.moduleSize;
        const float x0 = l.qr.x + m * kQrQuietModules, y0 = l.qr.y + m * kQrQuietModules;
        for (int y = 0; y < qr.size; ++y) {
            // A row's dark modules side by side as one rectangle: fewer vertices, the same picture.
            for (int x = 0; x < qr.size;) {
                if (!qr.isDark(x, y)) {
                    ++x;
                    continue;
                }
                int end = x;
                while (end < qr.size && qr.isDark(end, y))
                    ++end;
                dl->AddRectFilled(ImVec2(x0 + m * float(x), y0 + m * float(y)),
                                  ImVec2(x0 + m * float(end), y0 + m * float(y + 1)), IM_COL32(0, 0, 0, 255));
                x = end;
            }
        }
    }
    for (std::size_t i = 0; i < l.lines.size(); ++i)
        drawRun(dl, l.lines[i], i + 1 == l.lines.size() ? muted : text);
    for (const auto& bar : l.bars) {
        drawRun(dl, bar.label, text);
        dl->AddRect(ImVec2(bar.track.x, bar.track.y),
                    ImVec2(bar.track.x + bar.track.width, bar.track.y + bar.track.height), muted, 0.0f, 0,
                    std::max(1.0f, sc));
        if (bar.fill.width > 0.0f)
            dl->AddRectFilled(ImVec2(bar.fill.x, bar.fill.y),
                              ImVec2(bar.fill.x + bar.fill.width, bar.fill.y + bar.fill.height), text);
        drawRun(dl, bar.value, text);
    }
}

} // namespace cs
