// handout-notes.html: the facilitator's preparation sheet — timing plan, then per step the planned
// minutes, content note, what is on screen, notes, question with answer, prompts, pushback cards.
#include "core/handout/handout.h"

#include "core/handout/handout_document.h"
#include "core/handout/html_text.h"

namespace cs {
namespace {

using handout::HandoutContext;
using handout::Word;

// Planned minutes per step and the running total after it; a step without `minutes` adds nothing.
struct Timing {
    std::vector<std::optional<double>> planned;
    std::vector<double> runningTotal;
    double total = 0.0;
};

Timing timingOf(const Scenario& scenario) {
    Timing timing;
    for (const Step& step : scenario.steps) {
        timing.planned.push_back(step.minutes);
        timing.total += step.minutes.value_or(0.0);
        timing.runningTotal.push_back(timing.total);
    }
    return timing;
}

std::string plannedText(const HandoutContext& context, const std::optional<double>& minutes) {
    return minutes ? handout::minutesText(*minutes, context.language()) : std::string(context.word(Word::NotSet));
}

void appendNotesHeader(std::string& out, const HandoutContext& context) {
    const Scenario& scenario = context.scenario();
    out += "<header>\n<h1><span class=\"step-number\">";
    out += context.word(Word::NotesDocument);
    out += "</span><span class=\"visually-hidden\">";
    out += handout::colon(context.language());
    out += "</span>";
    handout::appendTextInline(out, context, scenario.title);
    out += "</h1>\n<div class=\"warning\" role=\"note\"><p>";
    out += context.word(Word::NotesWarning);
    out += "</p></div>\n";
    handout::appendTextBlock(out, context, scenario.summary, "summary");
    out += "</header>\n";
}

void appendContents(std::string& out, const HandoutContext& context) {
    handout::appendContentsStart(out, context);
    handout::appendContentsEntry(out, "timing", context.word(Word::TimingPlan));
    for (int i = 0; i < context.stepCount(); ++i) {
        out += "<li><a href=\"#" + handout::stepAnchor(i + 1) + "\">";
        handout::appendTextInline(out, context, context.scenario().steps[std::size_t(i)].title);
        out += "</a></li>\n";
    }
    handout::appendContentsEnd(out, context);
}

// The summary table the facilitator plans the session with: one row per step, the total at the foot.
void appendTimingTable(std::string& out, const HandoutContext& context, const Timing& timing) {
    out += "<section id=\"timing\" aria-labelledby=\"timing-title\">\n<h2 id=\"timing-title\">";
    out += context.word(Word::TimingPlan);
    out += "</h2>\n<table>\n<caption>";
    out += context.word(Word::TimingCaption);
    out += "</caption>\n<thead>\n<tr><th scope=\"col\">";
    out += context.word(Word::Step);
    out += "</th><th scope=\"col\">";
    out += context.word(Word::Title);
    out += "</th><th scope=\"col\">";
    out += context.word(Word::PlannedTime);
    out += "</th><th scope=\"col\">";
    out += context.word(Word::RunningTotal);
    out += "</th></tr>\n</thead>\n<tbody>\n";
    for (int i = 0; i < context.stepCount(); ++i) {
        const auto at = std::size_t(i);
        out += "<tr><th scope=\"row\" class=\"number\"><a href=\"#" + handout::stepAnchor(i + 1) + "\">" +
               std::to_string(i + 1) + "</a></th><td>";
        handout::appendTextInline(out, context, context.scenario().steps[at].title);
        out += "</td><td class=\"number\">";
        out += plannedText(context, timing.planned[at]);
        out += "</td><td class=\"number\">";
        out += handout::minutesText(timing.runningTotal[at], context.language());
        out += "</td></tr>\n";
    }
    out += "</tbody>\n<tfoot>\n<tr><th scope=\"row\" colspan=\"2\">";
    out += context.word(Word::Total);
    out += "</th><td class=\"number\">";
    out += handout::minutesText(timing.total, context.language());
    out += "</td><td></td></tr>\n</tfoot>\n</table>\n</section>\n";
}

void appendStep(std::string& out, const HandoutContext& context, const Timing& timing, int index) {
    const auto at = std::size_t(index);
    const Step& step = context.scenario().steps[at];
    const std::string anchor = handout::stepAnchor(index + 1);
    const std::string_view colon = handout::colon(context.language());
    out += "<section class=\"step\" id=\"" + anchor + "\" aria-labelledby=\"" + anchor + "-title\">\n";
    handout::appendStepHeading(out, context, index);
    out += "<p class=\"timing\"><strong>";
    out += context.word(Word::PlannedTime);
    out += colon;
    out += "</strong>";
    out += plannedText(context, timing.planned[at]);
    out += " \xC2\xB7 ";
    out += context.word(Word::RunningTotal);
    out += colon;
    out += handout::minutesText(timing.runningTotal[at], context.language());
    out += "</p>\n";
    // First, as on the presenter view: the facilitator decides whether to show or skip the step.
    handout::appendContentNote(out, context, step);

    out += "<h3>";
    out += context.word(Word::OnScreen);
    out += "</h3>\n";
    handout::appendPicture(out, context, index, "thumbnail");
    handout::appendTextBlock(out, context, step.text, "step-text");

    if (!handout::oneLine(context.text(step.notes).text).empty()) {
        out += "<h3>";
        out += context.word(Word::Notes);
        out += "</h3>\n";
        handout::appendTextBlock(out, context, step.notes, "notes");
    }
    if (step.question && !step.question->choices.empty()) {
        out += "<section class=\"prompt question\">\n<h3>";
        out += context.word(Word::Question);
        out += "</h3>\n";
        handout::appendQuestion(out, context, *step.question, true);
        if (!handout::oneLine(context.text(step.question->explain).text).empty()) {
            out += "<p><strong>";
            out += context.word(Word::Explanation);
            out += colon;
            out += "</strong></p>\n";
            handout::appendTextBlock(out, context, step.question->explain, "explanation");
        }
        out += "</section>\n";
    }
    handout::appendPrompt(out, context, Word::Discuss, step.discuss, "discuss");
    handout::appendPrompt(out, context, Word::Reflect, step.reflect, "reflect");
    bool anyPushback = false;
    for (const LocalText& card : step.pushback)
        anyPushback = anyPushback || !handout::oneLine(context.text(card).text).empty();
    if (anyPushback) {
        out += "<section class=\"prompt pushback\">\n<h3>";
        out += context.word(Word::Pushback);
        out += "</h3>\n<ul>\n";
        for (const LocalText& card : step.pushback) {
            if (handout::oneLine(context.text(card).text).empty()) continue;
            out += "<li>\n";
            handout::appendTextBlock(out, context, card, "card");
            out += "</li>\n";
        }
        out += "</ul>\n</section>\n";
    }
    out += "</section>\n";
}

} // namespace

std::string facilitatorNotes(const HandoutInput& input) {
    const HandoutContext context(input);
    const Timing timing = timingOf(context.scenario());
    const std::string_view title = context.text(context.scenario().title).text;
    const std::string pageTitle =
        title.empty() ? std::string(context.word(Word::NotesDocument))
                      : std::string(title) + " \xE2\x80\x94 " + std::string(context.word(Word::NotesDocument));
    std::string out;
    handout::appendDocumentStart(out, context, pageTitle);
    appendNotesHeader(out, context);
    appendContents(out, context);
    out += "<main id=\"main\">\n";
    appendTimingTable(out, context, timing);
    for (int i = 0; i < context.stepCount(); ++i)
        appendStep(out, context, timing, i);
    handout::appendClosing(out, context);
    return out;
}

} // namespace cs
