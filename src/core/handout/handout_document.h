// What the participant handout and the facilitator notes share: the input made whole (defaults
// filled in), text in the chosen language, the page frame, step headings, the sources.
#pragma once

#include "core/handout/handout.h"
#include "core/handout/handout_words.h"
#include "core/scenario/model.h"
#include "core/scenario/resolve.h"
#include "core/scenario/structure_library.h"

#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cs::handout {

// A text as shown: the string and the language it is really in (the chosen one, or a fallback).
struct ShownText {
    std::string_view text;
    std::string_view language;
    bool empty() const { return text.empty(); }
};

class HandoutContext {
  public:
    explicit HandoutContext(const HandoutInput& input);
    HandoutContext(const HandoutContext&) = delete;
    HandoutContext& operator=(const HandoutContext&) = delete;

    const Scenario& scenario() const { return *scenario_; }
    const StructureLibrary& structures() const { return *structures_; }
    // The document's language (<html lang>), and the one texts fall back to.
    const std::string& language() const { return language_; }
    const std::string& fallback() const { return scenario_->firstLanguage(); }

    std::string_view word(Word id) const { return handout::word(id, language_); }
    ShownText text(const LocalText& t) const;

    int stepCount() const { return int(scenario_->steps.size()); }
    const ResolvedStep& resolved(int index) const { return resolved_[std::size_t(index)]; }
    const std::string& imageFile(int index) const { return imageFiles_[std::size_t(index)]; }
    const std::string& imageAlt(int index) const { return imageAlts_[std::size_t(index)]; }
    const std::string& generator() const { return generator_; }
    // ` width="1920" height="1080"`, or "" when the input did not give a size.
    const std::string& imageSizeAttributes() const { return imageSize_; }

    // The sources to list: the scenario's own, then those its structures cite from the library.
    std::vector<const Source*> sources() const;

  private:
    Scenario emptyScenario_; // stands in when the input has no scenario, so the output is still a page
    const Scenario* scenario_ = nullptr;
    std::optional<StructureLibrary> ownStructures_;
    const StructureLibrary* structures_ = nullptr;
    std::string language_;
    std::vector<ResolvedStep> resolved_;
    std::vector<std::string> imageFiles_;
    std::vector<std::string> imageAlts_;
    std::string generator_;
    // French texts as French typography sets them (no-break spaces), kept for the views text() returns.
    mutable std::deque<std::string> typeset_;
    std::string imageSize_;
};

// "step-3": the anchor of step 3 (numbers from 1).
std::string stepAnchor(int number);

// ` lang="fr"` when `shown` is not in the document's language, else "".
std::string languageAttribute(const HandoutContext& context, const ShownText& shown);

// <!DOCTYPE html> … <body>: metadata, inline style, no scripts, no outside resources.
void appendDocumentStart(std::string& out, const HandoutContext& context, std::string_view pageTitle);
// The footer (what made the file) and the closing tags.
void appendDocumentEnd(std::string& out, const HandoutContext& context);

// A block of scenario text as paragraphs, in a <div class="…"> that carries its language when it
// fell back. Nothing for an empty text.
void appendTextBlock(std::string& out, const HandoutContext& context, const LocalText& text, std::string_view cssClass);
// Inline scenario text (headings, list items), in a <span lang> when it fell back.
void appendTextInline(std::string& out, const HandoutContext& context, const LocalText& text);

// <h2 id="step-N"> with "Step N of M" and the title. Both documents use the same anchors.
void appendStepHeading(std::string& out, const HandoutContext& context, int index);
// The content note, marked as such; placed before the step's content.
void appendContentNote(std::string& out, const HandoutContext& context, const Step& step);
// The question's prompt and its choices in an ordered list (numbered from 1, as `answer` counts);
// with `markAnswer` the right choice says so in words.
void appendQuestion(std::string& out, const HandoutContext& context, const Question& question, bool markAnswer);
// A prompt section: <h3>heading</h3> and the text. Nothing for an empty text.
void appendPrompt(std::string& out, const HandoutContext& context, Word heading, const LocalText& text,
                  std::string_view cssClass);
// The step's rendered picture with its alt text.
void appendPicture(std::string& out, const HandoutContext& context, int index, std::string_view cssClass);

// The contents list of either document: its start (<nav>, heading, <ol>); one entry linking to
// `#anchor` (`label` is inserted as it is: app words, already safe); its end, with the entries both
// documents close with (about the model, then the sources when there are any).
void appendContentsStart(std::string& out, const HandoutContext& context);
void appendContentsEntry(std::string& out, std::string_view anchor, std::string_view label);
void appendContentsEnd(std::string& out, const HandoutContext& context);

// "About the coin model" (Nixon 2019) and the sources, each an <h2> section.
void appendAboutModel(std::string& out, const HandoutContext& context);
void appendSources(std::string& out, const HandoutContext& context);
// How both documents end: about the model, the sources, the end of <main> and of the document.
void appendClosing(std::string& out, const HandoutContext& context);

} // namespace cs::handout
