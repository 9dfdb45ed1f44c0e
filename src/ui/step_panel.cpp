// Step panel drawing: the walkthrough for a learner (content note first, then the step's words,
// picture, discussion prompt, predict-then-reveal question and a private reflection box).
#include "ui/step_panel.h"

#include "core/build_platform.h"

#include "core/ui_text.h"
#include "ui/caption_panel.h"
#include "ui/stage_labels.h"

#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <filesystem>

namespace cs {
namespace {

std::string word(UiText id, const AppState& s) {
    return std::string(uiText(id, languageOf(s)));
}

void stepDots(const AppState& s, CommandList& out) {
    const int n = s.scenario->stepCount();
    for (int i = 0; i < n; ++i) {
        ImGui::PushID(i);
        if (i > 0) ImGui::SameLine(0.0f, 4.0f);
        const bool current = i == s.step;
        char label[16];
        std::snprintf(label, sizeof label, "%d", i + 1);
        if (current) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
        if (ImGui::SmallButton(label) && !current) out.push_back(cmd::GoToStep{i + 1});
        if (current) ImGui::PopStyleColor();
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip("%s", s.tr(s.scenario->scenario.steps[std::size_t(i)].title).c_str());
        // Wrap the row of numbers to the panel's width.
        const float next =
            ImGui::GetItemRectMax().x + 4.0f + ImGui::CalcTextSize("00").x + 2 * ImGui::GetStyle().FramePadding.x;
        if (next > ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x) ImGui::NewLine();
        ImGui::PopID();
    }
}

// A text in the scenario's language, marked when it had to fall back to another one (the author
// sees it here; the audience view never shows the marker).
void wrappedText(const AppState& s, const LocalText& text) {
    bool fellBack = false;
    const std::string& t = text.get(s.scenario->language, s.scenario->scenario.firstLanguage(), &fellBack);
    ImGui::TextWrapped("%s", t.c_str());
    if (fellBack && !text.empty()) {
        ImGui::SameLine();
        ImGui::TextDisabled("[%s]", text.has(s.scenario->scenario.firstLanguage())
                                        ? s.scenario->scenario.firstLanguage().c_str()
                                        : text.byLang.begin()->first.c_str());
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip("%s", uiWord("Not translated: shown in another language", languageOf(s)));
    }
}

void question(const AppState& s, const Step& step, CommandList& out, const UiFonts& fonts) {
    const Question& q = *step.question;
    ImGui::Spacing();
    ImGui::Separator();
    ImGui::PushFont(fonts.bodyBold);
    ImGui::TextUnformatted(word(UiText::Question, s).c_str());
    ImGui::PopFont();
    wrappedText(s, q.prompt);
    const auto chosen = s.answers.find(s.step);
    const bool shown = s.answerShown();
    if (!shown) ImGui::TextDisabled("%s", word(UiText::Predict, s).c_str());
    for (int i = 0; i < int(q.choices.size()); ++i) {
        ImGui::PushID(i);
        const bool isChosen = chosen != s.answers.end() && chosen->second == i + 1;
        const bool isAnswer = shown && q.answer == i + 1;
        // A radio button per choice (keyboard-reachable), its words wrapped beside it; the answer
        // is marked in words as well as colour.
        if (ImGui::RadioButton(std::to_string(i + 1).c_str(), isChosen))
            out.push_back(cmd::ChooseAnswer{s.step, i + 1});
        ImGui::SameLine();
        std::string label = s.tr(q.choices[std::size_t(i)]);
        if (isAnswer) label += "  \xE2\x80\x94 " + word(UiText::TheAnswer, s);
        if (isAnswer) ImGui::PushFont(fonts.bodyBold);
        ImGui::TextWrapped("%s", label.c_str());
        if (isAnswer) ImGui::PopFont();
        ImGui::PopID();
    }
    if (shown) {
        if (chosen != s.answers.end()) {
            ImGui::TextWrapped(
                "%s", word(chosen->second == q.answer ? UiText::MatchesAnswer : UiText::DiffersFromAnswer, s).c_str());
        }
        if (!q.explain.empty()) wrappedText(s, q.explain);
    }
}

} // namespace

void StepPanel::drawContent(const UiContext& ui, CommandList& out) {
    if (beginPinnedWindow("###Step", ui.layout.side)) {
        const AppState& s = ui.state;
        const std::string_view lang = languageOf(s);
        const CaptionWords words = captionFor(s);
        // Notices for the person at the laptop (the workspace is never the audience view).
        if (!s.notices.empty()) {
            for (const auto& n : s.notices)
                ImGui::TextWrapped("%s", n.c_str());
            if (ImGui::SmallButton(uiWord("Dismiss", lang))) out.push_back(cmd::DismissNotices{});
            ImGui::Separator();
        }
        if (s.resumeOffer) {
            ImGui::TextWrapped("%s %d.", uiWord("You stopped at step", lang), *s.resumeOffer + 1);
            if (ImGui::Button((std::string(uiWord("Continue at step", lang)) + " " + std::to_string(*s.resumeOffer + 1))
                                  .c_str())) {
                out.push_back(cmd::AnswerResume{true});
            }
            ImGui::SameLine();
            if (ImGui::Button(uiWord("Start at step 1", lang))) out.push_back(cmd::AnswerResume{false});
            ImGui::Separator();
        }
        if (s.scenario) {
            ImGui::TextDisabled("%s", s.tr(s.scenario->scenario.title).c_str());
        }
        if (words.stepCount > 0) {
            ImGui::TextDisabled("%s", stepOf(words.stepNumber, words.stepCount, languageOf(s)).c_str());
        }
        ImGui::Spacing();
        const Step* step = s.currentStep();
        if (step && s.contentNotePending) {
            // The note comes first; the step's content waits until it has been read.
            ImGui::PushFont(ui.fonts.bodyBold);
            ImGui::TextWrapped("%s", word(UiText::ContentNote, s).c_str());
            ImGui::PopFont();
            wrappedText(s, step->contentNote);
            ImGui::Spacing();
            if (ImGui::Button(word(UiText::Continue, s).c_str())) out.push_back(cmd::AcknowledgeContentNote{});
        } else {
            ImGui::PushFont(ui.fonts.bodyBold);
            ImGui::TextWrapped("%s", words.title.c_str());
            ImGui::PopFont();
            ImGui::Spacing();
            if (step)
                wrappedText(s, step->text);
            else
                ImGui::TextWrapped("%s", words.text.c_str());
            if (step) {
                if (const UiPicture* pic = ui.picture("step:" + std::to_string(s.step))) {
                    const float w = ImGui::GetContentRegionAvail().x;
                    const float h = w * float(pic->height) / float(std::max(pic->width, 1));
                    ImGui::Image(pic->texture, ImVec2(w, std::min(h, ui.layout.side.height * 0.35f)));
                }
                if (!step->discuss.empty()) {
                    ImGui::Spacing();
                    ImGui::Separator();
                    ImGui::PushFont(ui.fonts.bodyBold);
                    ImGui::TextUnformatted(word(UiText::Discuss, s).c_str());
                    ImGui::PopFont();
                    wrappedText(s, step->discuss);
                }
                if (step->question) question(s, *step, out, ui.fonts);
                if (!step->reflect.empty()) {
                    ImGui::Spacing();
                    ImGui::Separator();
                    ImGui::PushFont(ui.fonts.bodyBold);
                    ImGui::TextUnformatted(word(UiText::Reflect, s).c_str());
                    ImGui::PopFont();
                    wrappedText(s, step->reflect);
                    if (kWebPage)
                        ImGui::TextDisabled(
                            "%s", uiWord("Private: stays in this browser, never on the projector.", languageOf(s)));
                    else
                        ImGui::TextDisabled("%s", word(UiText::ReflectPrivate, s).c_str());
                    // The text field edits its own buffer (a widget's editing state); every change
                    // goes out as a Command, and a new step or a reload refills it from the state.
                    const auto it = s.reflections.find(s.step);
                    const std::string& saved = it == s.reflections.end() ? std::string() : it->second;
                    if (reflectionStep_ != s.step || reflectionShown_ != saved) {
                        reflectionStep_ = s.step;
                        reflectionShown_ = saved;
                        std::snprintf(reflection_.data(), reflection_.size(), "%s", saved.c_str());
                    }
                    if (ImGui::InputTextMultiline("##reflection", reflection_.data(), reflection_.size(),
                                                  ImVec2(-1.0f, ImGui::GetTextLineHeight() * 6.0f))) {
                        reflectionShown_ = reflection_.data();
                        out.push_back(cmd::SetReflection{s.step, reflectionShown_});
                    }
                }
            }
        }
        // No room for the items beside the coins (a narrow window): list them here.
        if (ui.layout.items.width <= 0.0f && !s.coins.empty() && s.focus < int(s.coins.size())) {
            if (const Structure* st = s.structureOf(s.coins[std::size_t(s.focus)])) {
                ImGui::Spacing();
                ImGui::TextUnformatted(word(UiText::UnearnedAdvantages, s).c_str());
                for (const auto& item : st->advantages)
                    ImGui::BulletText("%s", s.tr(item).c_str());
                ImGui::TextUnformatted(word(UiText::UnearnedDisadvantages, s).c_str());
                for (const auto& item : st->disadvantages)
                    ImGui::BulletText("%s", s.tr(item).c_str());
            }
        }
        if (words.stepCount > 0) {
            ImGui::Spacing();
            ImGui::Separator();
            const float w = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
            ImGui::BeginDisabled(words.stepNumber <= 1);
            if (ImGui::Button(uiWord("< Back", lang), ImVec2(w, 0))) out.push_back(cmd::PreviousStep{});
            ImGui::EndDisabled();
            ImGui::SameLine();
            ImGui::BeginDisabled(words.stepNumber >= words.stepCount && !s.contentNotePending);
            if (ImGui::Button(uiWord("Next >", lang), ImVec2(w, 0))) out.push_back(cmd::NextStep{});
            ImGui::EndDisabled();
            stepDots(s, out);
        } else if (!s.scenario) {
            // The start screen: the scenarios that come with the app, then any file.
            ImGui::Spacing();
            ImGui::Separator();
            ImGui::TextUnformatted(uiWord("Scenarios", lang));
            const bool french = isFrench(languageOf(s));
            for (const auto& b : s.builtInScenarios) {
                const std::string& title = french && !b.titleFr.empty() ? b.titleFr : b.titleEn;
                if (ImGui::Button((title + "##" + b.path).c_str(), ImVec2(-1.0f, 0.0f)))
                    out.push_back(cmd::OpenFile{b.path});
            }
            if (!s.recentFiles.empty()) {
                ImGui::Spacing();
                ImGui::TextUnformatted(uiWord("Recent files", lang));
                for (const auto& f : s.recentFiles) {
                    const std::string name = std::filesystem::path(f).filename().string();
                    if (ImGui::Selectable((name + "##" + f).c_str())) out.push_back(cmd::OpenFile{f});
                    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", f.c_str());
                }
            }
            ImGui::Spacing();
            if (kWebPage) {
                // The page's files are the person's device's, through the browser's picker.
                if (ImGui::Button(uiWord("Open a scenario from this device...", lang)))
                    out.push_back(cmd::PickFromDevice{false});
                if (ImGui::Button(uiWord("Open a scenario folder from this device...", lang)))
                    out.push_back(cmd::PickFromDevice{true});
            } else if (ImGui::Button(uiWord("Open a scenario file...", lang))) {
                out.push_back(cmd::OpenFileBrowser{});
            }
        }
    }
    ImGui::End();
}

} // namespace cs
