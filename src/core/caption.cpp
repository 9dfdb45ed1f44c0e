#include "core/caption.h"

#include "core/ui_text.h"

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
                for (const auto& c : step->question->choices)
                    w.choices.push_back(state.tr(c));
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

} // namespace cs
