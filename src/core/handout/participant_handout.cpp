// handout.html: what participants take home — pictures, texts, questions and prompts, sources.
// Facilitator notes, timings and pushback cards never appear here (workshop safety: facilitators' material stays off
// what participants take home).
#include "core/handout/handout.h"

#include "core/handout/handout_document.h"
#include "core/handout/html_text.h"

namespace cs {
namespace {

using handout::HandoutContext;
using handout::Word;

bool hasQuestion(const Step& step) {
    return step.question && !step.question->choices.empty();
}

void appendHandoutHeader(std::string& out, const HandoutContext& context) {
    const Scenario& scenario = context.scenario();
    out += "<header>\n<h1>";
    handout::appendTextInline(out, context, scenario.title);
    out += "</h1>\n";
    handout::appendTextBlock(out, context, scenario.summary, "summary");
    if (!scenario.authors.empty()) {
        out += "<p class=\"meta\">";
        out += context.word(Word::WrittenBy);
        out += handout::colon(context.language());
        for (std::size_t i = 0; i < scenario.authors.size(); ++i) {
            if (i > 0) out += ", ";
            handout::appendEscaped(out, handout::oneLine(scenario.authors[i]));
        }
        out += "</p>\n";
    }
    out += "</header>\n";
}

void appendContents(std::string& out, const HandoutContext& context, bool anyQuestion) {
    handout::appendContentsStart(out, context);
    for (int i = 0; i < context.stepCount(); ++i) {
        const Step& step = context.scenario().steps[std::size_t(i)];
        out += "<li><a href=\"#" + handout::stepAnchor(i + 1) + "\">";
        handout::appendTextInline(out, context, step.title);
        out += "</a>";
        // Flagged here too, so a reader can choose before opening the step.
        if (!handout::oneLine(context.text(step.contentNote).text).empty()) {
            out += " (";
            out += context.word(Word::ContentNote);
            out += ")";
        }
        out += "</li>\n";
    }
    if (anyQuestion) handout::appendContentsEntry(out, "answers", context.word(Word::AnswersHeading));
    handout::appendContentsEnd(out, context);
}

void appendStep(std::string& out, const HandoutContext& context, int index) {
    const Step& step = context.scenario().steps[std::size_t(index)];
    const std::string anchor = handout::stepAnchor(index + 1);
    out += "<section class=\"step\" id=\"" + anchor + "\" aria-labelledby=\"" + anchor + "-title\">\n";
    handout::appendStepHeading(out, context, index);
    // Before anything of the step's content, so a reader can decide whether to go on.
    handout::appendContentNote(out, context, step);
    handout::appendPicture(out, context, index, "step-picture");
    handout::appendTextBlock(out, context, step.text, "step-text");
    if (hasQuestion(step)) {
        out += "<section class=\"prompt question\">\n<h3>";
        out += context.word(Word::Question);
        out += "</h3>\n";
        handout::appendQuestion(out, context, *step.question, false);
        out += "<p><a href=\"#answer-" + std::to_string(index + 1) + "\">";
        out += context.word(Word::AnswerLink);
        out += "</a></p>\n</section>\n";
    }
    handout::appendPrompt(out, context, Word::Discuss, step.discuss, "discuss");
    // The prompt only: learners' answers live on their own machines and never reach a handout.
    handout::appendPrompt(out, context, Word::Reflect, step.reflect, "reflect");
    out += "</section>\n";
}

// The answers sit in their own section after the steps rather than under each question. A handout
// is read alone as well as in the room, so learners need the answer and its explanation to check
// their thinking; but printed right under the question it would spoil predict-then-reveal. An end
// section keeps the reveal a deliberate step and, unlike a <details> box, works on paper (many
// browsers print a closed <details> without its content). Never a score: just the answer and why.
void appendAnswers(std::string& out, const HandoutContext& context) {
    out += "<section id=\"answers\" aria-labelledby=\"answers-title\">\n<h2 id=\"answers-title\">";
    out += context.word(Word::AnswersHeading);
    out += "</h2>\n<p>";
    out += context.word(Word::AnswersIntro);
    out += "</p>\n";
    const std::string_view colon = handout::colon(context.language());
    for (int i = 0; i < context.stepCount(); ++i) {
        const Step& step = context.scenario().steps[std::size_t(i)];
        if (!hasQuestion(step)) continue;
        const Question& question = *step.question;
        const std::string number = std::to_string(i + 1);
        out += "<section class=\"answer\" id=\"answer-" + number + "\">\n<h3>";
        out += context.word(Word::Step);
        out += ' ' + number;
        out += colon;
        handout::appendTextInline(out, context, step.title);
        out += "</h3>\n";
        handout::appendTextBlock(out, context, question.prompt, "question-prompt");
        out += "<p><strong>";
        out += context.word(Word::Answer);
        out += colon;
        out += "</strong>";
        if (question.answer >= 1 && question.answer <= int(question.choices.size())) {
            out += std::to_string(question.answer) + ". ";
            handout::appendTextInline(out, context, question.choices[std::size_t(question.answer - 1)]);
        }
        out += "</p>\n";
        if (!handout::oneLine(context.text(question.explain).text).empty()) {
            out += "<p><strong>";
            out += context.word(Word::Explanation);
            out += colon;
            out += "</strong></p>\n";
            handout::appendTextBlock(out, context, question.explain, "explanation");
        }
        out += "<p><a href=\"#" + handout::stepAnchor(i + 1) + "\">";
        out += context.word(Word::BackToStep);
        out += ' ' + number + "</a></p>\n</section>\n";
    }
    out += "</section>\n";
}

} // namespace

std::string participantHandout(const HandoutInput& input) {
    const HandoutContext context(input);
    const std::string title = context.text(context.scenario().title).text.empty()
                                  ? std::string(context.word(Word::HandoutDocument))
                                  : std::string(context.text(context.scenario().title).text) + " \xE2\x80\x94 " +
                                        std::string(context.word(Word::HandoutDocument));
    bool anyQuestion = false;
    for (const Step& step : context.scenario().steps)
        anyQuestion = anyQuestion || hasQuestion(step);

    std::string out;
    handout::appendDocumentStart(out, context, title);
    appendHandoutHeader(out, context);
    appendContents(out, context, anyQuestion);
    out += "<main id=\"main\">\n";
    for (int i = 0; i < context.stepCount(); ++i)
        appendStep(out, context, i);
    if (anyQuestion) appendAnswers(out, context);
    handout::appendClosing(out, context);
    return out;
}

} // namespace cs
