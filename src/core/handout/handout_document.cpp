// The parts both handout documents share: input defaults, language choice, frame, headings, sources.
#include "core/handout/handout_document.h"

#include "core/french_typography.h"

#include "core/handout/handout_style.h"
#include "core/handout/html_text.h"
#include "core/handout/stage_description.h"

#include <algorithm>

namespace cs::handout {

HandoutContext::HandoutContext(const HandoutInput& input)
    : scenario_(input.scenario ? input.scenario : &emptyScenario_),
      language_(input.language.empty() ? scenario_->firstLanguage() : input.language), generator_(input.generator) {
    if (input.structures) {
        structures_ = input.structures;
    } else {
        ownStructures_ = StructureLibrary{}.mergedWith(*scenario_);
        structures_ = &*ownStructures_;
    }
    if (input.imageWidth > 0 && input.imageHeight > 0) {
        imageSize_ =
            " width=\"" + std::to_string(input.imageWidth) + "\" height=\"" + std::to_string(input.imageHeight) + "\"";
    }
    resolved_ = resolveSteps(*scenario_);
    const int count = stepCount();
    // The step whose picture first spelled out each focused coin's items (by structure id).
    std::vector<std::pair<std::string, int>> itemsListed;
    for (int i = 0; i < count; ++i) {
        const auto at = std::size_t(i);
        imageFiles_.push_back(at < input.stepImages.size() && !input.stepImages[at].empty()
                                  ? input.stepImages[at]
                                  : stepImageFileName(i + 1, count));
        // Alt text from the app wins: it knows what it drew. Otherwise it is composed from the model.
        if (at < input.stepImageAlt.size() && !oneLine(input.stepImageAlt[at]).empty()) {
            imageAlts_.push_back(oneLine(input.stepImageAlt[at]));
            continue;
        }
        int listedIn = 0;
        if (showsItems(resolved_[at], *structures_)) {
            const std::string& focus = resolved_[at].focus;
            const auto it = std::find_if(itemsListed.begin(), itemsListed.end(),
                                         [&](const auto& entry) { return entry.first == focus; });
            if (it != itemsListed.end()) {
                listedIn = it->second;
            } else {
                itemsListed.emplace_back(focus, i + 1);
            }
        }
        imageAlts_.push_back(describeStepPicture(scenario_->steps[at], resolved_[at], *scenario_, *structures_,
                                                 language_, fallback(), listedIn));
    }
}

ShownText HandoutContext::text(const LocalText& t) const {
    // As LocalText::get, but also telling which language the text is in, so it can be marked.
    const auto shown = [&](const std::string& text, const std::string& language) -> ShownText {
        if (language.substr(0, 2) != "fr") return {text, language};
        typeset_.push_back(frenchTypography(text)); // no-break spaces before « : ; ! ? » and inside « »
        return {typeset_.back(), language};
    };
    for (const std::string& language : {language_, fallback()}) {
        if (auto it = t.byLang.find(language); it != t.byLang.end()) return shown(it->second, it->first);
    }
    if (!t.byLang.empty()) return shown(t.byLang.begin()->second, t.byLang.begin()->first);
    return {};
}

std::vector<const Source*> HandoutContext::sources() const {
    std::vector<const Source*> out;
    const auto add = [&](const Source* source) {
        if (!source) return;
        const bool listed = std::any_of(out.begin(), out.end(), [&](const Source* s) { return s->id == source->id; });
        if (!listed) out.push_back(source);
    };
    for (const Source& source : scenario_->sources)
        add(&source);
    for (const std::string& id : structuresInvolved(*scenario_)) {
        if (const Structure* structure = structures_->find(id); structure && !structure->source.empty()) {
            add(structures_->findSource(structure->source));
        }
    }
    return out;
}

std::string stepAnchor(int number) {
    return "step-" + std::to_string(number);
}

std::string languageAttribute(const HandoutContext& context, const ShownText& shown) {
    if (shown.language.empty() || shown.language == context.language()) return {};
    return " lang=\"" + escapeHtml(shown.language) + "\"";
}

void appendDocumentStart(std::string& out, const HandoutContext& context, std::string_view pageTitle) {
    out += "<!DOCTYPE html>\n<html lang=\"";
    appendEscaped(out, context.language());
    out += "\">\n<head>\n<meta charset=\"utf-8\">\n";
    out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    // Scenario text is untrusted: even if something slipped past escaping, no script may run and
    // nothing may be embedded or submitted. Pictures and styles are left alone (local files).
    out += "<meta http-equiv=\"Content-Security-Policy\" content=\"script-src 'none'; object-src 'none'; "
           "base-uri 'none'; form-action 'none'\">\n";
    if (!context.generator().empty()) {
        out += "<meta name=\"generator\" content=\"";
        appendEscaped(out, oneLine(context.generator()));
        out += "\">\n";
    }
    out += "<title>";
    appendEscaped(out, oneLine(pageTitle));
    out += "</title>\n<style>\n";
    out += handoutCss(HandoutPalette{});
    out += "</style>\n</head>\n<body>\n";
    out += "<a class=\"skip-link\" href=\"#main\">";
    out += context.word(Word::SkipToContent);
    out += "</a>\n";
}

void appendDocumentEnd(std::string& out, const HandoutContext& context) {
    if (!context.generator().empty()) {
        out += "<footer>\n<p>";
        out += context.word(Word::MadeWith);
        out += ' ';
        appendEscaped(out, oneLine(context.generator()));
        out += "</p>\n</footer>\n";
    }
    out += "</body>\n</html>\n";
}

void appendTextBlock(std::string& out, const HandoutContext& context, const LocalText& text,
                     std::string_view cssClass) {
    const ShownText shown = context.text(text);
    if (oneLine(shown.text).empty()) return;
    out += "<div class=\"";
    out += cssClass;
    out += '"';
    out += languageAttribute(context, shown);
    out += ">\n";
    appendParagraphs(out, shown.text);
    out += "</div>\n";
}

void appendTextInline(std::string& out, const HandoutContext& context, const LocalText& text) {
    const ShownText shown = context.text(text);
    const std::string language = languageAttribute(context, shown);
    if (!language.empty()) out += "<span" + language + ">";
    appendInline(out, shown.text);
    if (!language.empty()) out += "</span>";
}

void appendStepHeading(std::string& out, const HandoutContext& context, int index) {
    const Step& step = context.scenario().steps[std::size_t(index)];
    const std::string anchor = stepAnchor(index + 1);
    out += "<h2 id=\"" + anchor + "-title\"><span class=\"step-number\">";
    out += stepOf(index + 1, context.stepCount(), context.language());
    // The number shows on its own line; a screen reader hears "Step 3 of 12: Title".
    out += "</span><span class=\"visually-hidden\">";
    out += colon(context.language());
    out += "</span>";
    appendTextInline(out, context, step.title);
    out += "</h2>\n";
}

void appendContentNote(std::string& out, const HandoutContext& context, const Step& step) {
    if (oneLine(context.text(step.contentNote).text).empty()) return;
    out += "<div class=\"content-note\" role=\"note\">\n<p><strong>";
    out += context.word(Word::ContentNote);
    out += "</strong></p>\n";
    appendTextBlock(out, context, step.contentNote, "content-note-text");
    out += "</div>\n";
}

void appendQuestion(std::string& out, const HandoutContext& context, const Question& question, bool markAnswer) {
    appendTextBlock(out, context, question.prompt, "question-prompt");
    if (question.choices.empty()) return;
    out += "<ol class=\"choices\">\n";
    for (std::size_t i = 0; i < question.choices.size(); ++i) {
        out += "<li>";
        appendTextInline(out, context, question.choices[i]);
        if (markAnswer && int(i) + 1 == question.answer) {
            // Said in words, not by colour or weight alone.
            out += " <strong>(";
            out += context.word(Word::RightAnswer);
            out += ")</strong>";
        }
        out += "</li>\n";
    }
    out += "</ol>\n";
}

void appendPrompt(std::string& out, const HandoutContext& context, Word heading, const LocalText& text,
                  std::string_view cssClass) {
    if (oneLine(context.text(text).text).empty()) return;
    out += "<section class=\"prompt ";
    out += cssClass;
    out += "\">\n<h3>";
    out += context.word(heading);
    out += "</h3>\n";
    appendTextBlock(out, context, text, "prompt-text");
    if (heading == Word::Reflect) {
        out += "<p class=\"private\">";
        out += context.word(Word::ReflectPrivate);
        out += "</p>\n";
    }
    out += "</section>\n";
}

void appendPicture(std::string& out, const HandoutContext& context, int index, std::string_view cssClass) {
    out += "<div class=\"picture ";
    out += cssClass;
    out += "\"><img src=\"";
    appendEscaped(out, context.imageFile(index));
    out += "\" alt=\"";
    appendEscaped(out, context.imageAlt(index));
    out += '"';
    out += context.imageSizeAttributes();
    out += "></div>\n";
}

void appendContentsStart(std::string& out, const HandoutContext& context) {
    out += "<nav aria-labelledby=\"contents-title\">\n<h2 id=\"contents-title\">";
    out += context.word(Word::Contents);
    out += "</h2>\n<ol>\n";
}

void appendContentsEntry(std::string& out, std::string_view anchor, std::string_view label) {
    out += "<li><a href=\"#";
    out += anchor;
    out += "\">";
    out += label;
    out += "</a></li>\n";
}

void appendContentsEnd(std::string& out, const HandoutContext& context) {
    appendContentsEntry(out, "about", context.word(Word::AboutModel));
    if (!context.sources().empty()) appendContentsEntry(out, "sources", context.word(Word::Sources));
    out += "</ol>\n</nav>\n";
}

void appendAboutModel(std::string& out, const HandoutContext& context) {
    out += "<section id=\"about\" aria-labelledby=\"about-title\">\n<h2 id=\"about-title\">";
    out += context.word(Word::AboutModel);
    out += "</h2>\n<p>";
    out += context.word(Word::AboutModelText);
    out += "</p>\n<p>";
    out += coinModelCitation();
    out += " <a href=\"";
    out += coinModelAddress();
    out += "\">";
    out += coinModelAddress();
    out += "</a></p>\n</section>\n";
}

void appendSources(std::string& out, const HandoutContext& context) {
    const std::vector<const Source*> sources = context.sources();
    if (sources.empty()) return;
    out += "<section id=\"sources\" aria-labelledby=\"sources-title\">\n<h2 id=\"sources-title\">";
    out += context.word(Word::Sources);
    out += "</h2>\n<ol class=\"sources\">\n";
    for (const Source* source : sources) {
        out += "<li id=\"source-";
        appendEscaped(out, source->id);
        out += "\">";
        appendTextInline(out, context, source->cite);
        if (!source->url.empty()) {
            out += ' ';
            // The address is printed as well as linked, so a paper copy keeps it.
            if (isWebAddress(source->url)) {
                out += "<a href=\"";
                appendEscaped(out, source->url);
                out += "\">";
                appendEscaped(out, source->url);
                out += "</a>";
            } else {
                appendEscaped(out, source->url);
            }
        }
        out += "</li>\n";
    }
    out += "</ol>\n</section>\n";
}

void appendClosing(std::string& out, const HandoutContext& context) {
    appendAboutModel(out, context);
    appendSources(out, context);
    out += "</main>\n";
    appendDocumentEnd(out, context);
}

} // namespace cs::handout

namespace cs {

std::string stepImageFileName(int stepNumber, int stepCount) {
    // At least three digits; more when the count (or the number) has more, so names sort in order.
    const int widest = std::max({stepNumber, stepCount, 0});
    const std::size_t width = std::max<std::size_t>(3, std::to_string(widest).size());
    std::string digits = std::to_string(std::max(stepNumber, 0));
    if (digits.size() < width) digits.insert(0, width - digits.size(), '0');
    return "step-" + digits + ".png";
}

} // namespace cs
