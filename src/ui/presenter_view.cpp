// Presenter view drawing.
#include "ui/presenter_view.h"

#include "core/room/room_answers.h"
#include "core/ui_text.h"
#include "ui/stage_labels.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace cs {

std::string clockText(double seconds) {
    const long total = std::lround(std::max(seconds, 0.0));
    char buf[32];
    if (total >= 3600)
        std::snprintf(buf, sizeof buf, "%ld:%02ld:%02ld", total / 3600, (total / 60) % 60, total % 60);
    else
        std::snprintf(buf, sizeof buf, "%02ld:%02ld", total / 60, total % 60);
    return buf;
}

namespace {

void picture(const UiPicture& p, float width, const char* missing) {
    const float height = width * 9.0f / 16.0f;
    if (p.texture) {
        ImGui::Image(p.texture, ImVec2(width, height), ImVec2(0, p.upsideDown ? 1.0f : 0.0f),
                     ImVec2(1, p.upsideDown ? 0.0f : 1.0f));
    } else {
        ImGui::Dummy(ImVec2(width, height));
        ImGui::GetWindowDrawList()->AddRect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax(),
                                            IM_COL32(128, 128, 128, 255));
        ImGui::GetWindowDrawList()->AddText(ImVec2(ImGui::GetItemRectMin().x + 8, ImGui::GetItemRectMin().y + 8),
                                            IM_COL32(160, 160, 160, 255), missing);
    }
}

} // namespace

void PresenterView::header(const UiContext& ui) {
    const AppState& s = ui.state;
    const std::string_view lang = languageOf(s);
    const Step* step = s.currentStep();
    ImGui::PushFont(ui.fonts.bodyBold);
    if (step) {
        ImGui::Text("%s \xC2\xB7 %s", stepOf(s.step + 1, s.scenario->stepCount(), lang).c_str(),
                    s.tr(step->title).c_str());
    } else {
        ImGui::TextUnformatted(uiWord("No scenario open", lang));
    }
    ImGui::PopFont();
    // Time: since the show began, and on this step against the plan.
    const double now = s.timeline.now();
    std::string timing = std::string(uiWord("Elapsed", lang)) + " " + clockText(now - s.presentation.startedAt) +
                         "   " + uiWord("This step", lang) + " " + clockText(now - s.presentation.stepStartedAt);
    if (step && step->minutes) timing += " / " + clockText(*step->minutes * 60.0);
    const bool over = step && step->minutes && now - s.presentation.stepStartedAt > *step->minutes * 60.0;
    if (over) ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.95f, 0.7f, 0.3f, 1.0f));
    ImGui::TextUnformatted(timing.c_str());
    if (over) {
        ImGui::SameLine();
        ImGui::TextUnformatted(uiWord("(over the plan)", lang)); // in words, not colour alone
        ImGui::PopStyleColor();
    }
    if (s.blackout || s.whiteout) {
        ImGui::SameLine();
        ImGui::TextUnformatted(uiWord(s.blackout ? "Audience view: black" : "Audience view: white", lang));
    }
    roomLine(ui);
}

void PresenterView::roomLine(const UiContext& ui) {
    const AppState& s = ui.state;
    const RoomStatus& room = s.room;
    if (!room.open) return;
    const std::string_view lang = languageOf(s);
    std::string line = labelled(uiWord("Room answers", lang), room.address, lang);
    if (!room.networkName.empty()) line += " (" + room.networkName + ")";
    ImGui::TextWrapped("%s", line.c_str());
    if (room.thisComputerOnly) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.98f, 0.75f, 0.35f, 1.0f));
        ImGui::TextWrapped("%s", uiWord("Warning: only this computer can open the page. For phones, join the room's "
                                        "Wi-Fi or start a hotspot, then present again; or let people choose silently.",
                                        lang));
        ImGui::PopStyleColor();
    }
}

void PresenterView::notes(const UiContext& ui, CommandList& out) {
    const AppState& s = ui.state;
    const std::string_view lang = languageOf(s);
    const Step* step = s.currentStep();
    if (!step) return;
    if (!step->contentNote.empty()) {
        // The note first, here on the laptop, so the step can be skipped before the room sees it.
        ImGui::PushFont(ui.fonts.bodyBold);
        ImGui::TextWrapped("%s", std::string(uiText(UiText::ContentNote, lang)).c_str());
        ImGui::PopFont();
        ImGui::TextWrapped("%s", s.tr(step->contentNote).c_str());
        if (s.contentNotePending) {
            if (ImGui::Button(uiWord("Show the step", lang))) out.push_back(cmd::AcknowledgeContentNote{});
            ImGui::SameLine();
            if (s.step + 1 < s.scenario->stepCount() && ImGui::Button(uiWord("Skip this step", lang))) {
                out.push_back(cmd::GoToStep{s.step + 2});
            }
        }
        ImGui::Separator();
    }
    ImGui::PushFont(ui.fonts.small);
    ImGui::TextDisabled("%s", uiWord("Notes (never on the projector)", lang));
    ImGui::PopFont();
    ImGui::PushFont(ui.fonts.body);
    ImGui::TextWrapped("%s", s.tr(step->notes).c_str());
    ImGui::PopFont();
    // What the room is asked, to read out or put to the groups.
    if (!step->discuss.empty()) {
        ImGui::Separator();
        ImGui::TextWrapped("%s", labelled(uiText(UiText::Discuss, lang), s.tr(step->discuss), lang).c_str());
    }
    if (!step->reflect.empty()) {
        ImGui::Separator();
        ImGui::TextWrapped(
            "%s",
            labelled(uiWord("Reflection prompt (each person, privately)", lang), s.tr(step->reflect), lang).c_str());
    }
    if (step->question) {
        const Question& q = *step->question;
        ImGui::Separator();
        ImGui::TextWrapped("%s: %s", std::string(uiText(UiText::Question, lang)).c_str(), s.tr(q.prompt).c_str());
        if (q.answer >= 1 && q.answer <= int(q.choices.size())) {
            ImGui::TextWrapped("%s: %d. %s", std::string(uiText(UiText::TheAnswer, lang)).c_str(), q.answer,
                               s.tr(q.choices[std::size_t(q.answer - 1)]).c_str());
        }
        if (!q.explain.empty()) ImGui::TextWrapped("%s", s.tr(q.explain).c_str());
        ImGui::BeginDisabled(s.answerRevealed || s.contentNotePending);
        if (ImGui::Button(uiWord("Reveal the answer to the room (R)", lang))) out.push_back(cmd::RevealAnswer{});
        ImGui::EndDisabled();
        if (s.room.open && !s.contentNotePending) {
            // For the presenter only: how many answered so far (the room sees the bars at R, from 5 up).
            std::string count = labelled(uiWord("Answers from the room", lang), std::to_string(s.room.answers), lang);
            if (s.room.answersClosed)
                count += std::string(" ") + uiWord("(closed)", lang);
            else if (s.room.answers < RoomAnswers::kSmallestShownCount)
                count += std::string(" ") + uiWord("(bars from 5 answers)", lang);
            ImGui::TextUnformatted(count.c_str());
        }
    }
    if (!step->pushback.empty()) {
        ImGui::Separator();
        ImGui::TextDisabled("%s", uiWord("If someone objects", lang));
        for (std::size_t i = 0; i < step->pushback.size(); ++i) {
            ImGui::PushID(int(i));
            ImGui::Bullet();
            ImGui::TextWrapped("%s", s.tr(step->pushback[i]).c_str());
            ImGui::PopID();
        }
    }
}

void PresenterView::stepList(const UiContext& ui, CommandList& out) {
    const AppState& s = ui.state;
    if (!s.scenario) return;
    for (int i = 0; i < s.scenario->stepCount(); ++i) {
        const Step& st = s.scenario->scenario.steps[std::size_t(i)];
        std::string label = std::to_string(i + 1) + "  " + s.tr(st.title);
        if (!st.contentNote.empty()) label += "  [!]"; // a content note: said in the tooltip
        ImGui::PushID(i);
        if (ImGui::Selectable(label.c_str(), i == s.step)) out.push_back(cmd::GoToStep{i + 1});
        if (!st.contentNote.empty() && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", s.tr(st.contentNote).c_str());
        ImGui::PopID();
    }
}

CommandList PresenterView::draw(const UiContext& ui, const PixelRect& area, bool overlay) {
    CommandList out;
    const AppState& s = ui.state;
    const std::string_view lang = languageOf(s);
    ImGui::SetNextWindowPos(ImVec2(area.x, area.y));
    ImGui::SetNextWindowSize(ImVec2(area.width, area.height));
    if (overlay) ImGui::SetNextWindowBgAlpha(1.0f); // nothing of the stage shows through the notes
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings;
    if (ImGui::Begin("###presenter", nullptr, flags)) {
        header(ui);
        ImGui::Separator();
        const float width = ImGui::GetContentRegionAvail().x;
        const float listWidth = overlay ? 0.0f : std::min(width * 0.22f, 360.0f * ui.fonts.scale);
        const float previewWidth = overlay ? width * 0.48f : (width - listWidth) * 0.42f;
        if (ui.previews) {
            // With one display the room sees this very screen: only the next step is worth a picture.
            if (!overlay) {
                ImGui::BeginGroup();
                ImGui::TextDisabled("%s", uiWord("What the room sees", lang));
                picture(ui.previews->current, previewWidth, "");
                ImGui::EndGroup();
                ImGui::SameLine();
            }
            ImGui::BeginGroup();
            const bool last = !s.scenario || s.step + 1 >= s.scenario->stepCount();
            if (last) {
                ImGui::TextDisabled("%s", uiWord("Last step", lang));
            } else {
                const std::string next = std::string(uiWord("Next", lang)) + ": " + std::to_string(s.step + 2) + "  " +
                                         s.tr(s.scenario->scenario.steps[std::size_t(s.step + 1)].title);
                ImGui::TextDisabled("%s", next.c_str());
                picture(ui.previews->next, overlay ? previewWidth * 1.2f : previewWidth * 0.8f, "");
            }
            ImGui::EndGroup();
        }
        // Controls, all also on keys (core's key table).
        if (ImGui::Button(uiWord("< Back", lang))) out.push_back(cmd::PreviousStep{});
        ImGui::SameLine();
        if (ImGui::Button(uiWord("Next >", lang))) out.push_back(cmd::NextStep{});
        ImGui::SameLine();
        const bool blank = s.blackout || s.whiteout;
        if (ImGui::Button(uiWord(blank ? "Show the room again" : "Black out (B)", lang))) {
            out.push_back(blank ? Command{cmd::EndBlankScreen{}} : Command{cmd::Blackout{}});
        }
        ImGui::SameLine();
        if (ImGui::Button(uiWord("End the presentation", lang))) out.push_back(cmd::StopPresentation{});
        if (s.presentation.quitConfirmPending) {
            ImGui::Separator();
            ImGui::TextUnformatted(uiWord("Quit Coin Model Studio?", lang));
            ImGui::TextDisabled("%s", uiWord("Quit: Ctrl+Q again. Keep presenting: Esc.", lang));
            if (ImGui::Button(uiWord("Quit", lang))) out.push_back(cmd::ConfirmQuit{true});
            ImGui::SameLine();
            if (ImGui::Button(uiWord("Keep presenting", lang))) out.push_back(cmd::ConfirmQuit{false});
        }
        ImGui::Separator();
        const float bottom = ImGui::GetContentRegionAvail().y;
        if (ImGui::BeginChild("notes", ImVec2(width - listWidth - (listWidth > 0 ? 8.0f : 0.0f), bottom), true)) {
            notes(ui, out);
            if (overlay && s.scenario) {
                ImGui::Separator();
                if (ImGui::CollapsingHeader(uiWord("All steps", lang))) stepList(ui, out);
            }
            // Problems and reload notices come here, never to the audience view.
            for (const auto& n : s.notices)
                ImGui::TextWrapped("%s", n.c_str());
            for (const auto& d : s.problems)
                ImGui::TextWrapped("%s", formatDiagnostic(d).c_str());
        }
        ImGui::EndChild();
        if (listWidth > 0) {
            ImGui::SameLine();
            if (ImGui::BeginChild("steps", ImVec2(listWidth, bottom), true)) stepList(ui, out);
            ImGui::EndChild();
        }
    }
    ImGui::End();
    if (!overlay) help_.drawContent(ui, out);
    return out;
}

} // namespace cs
