// The `--export` handouts: what each document holds and leaves out, accessibility structure, both
// languages, hostile scenario text, picture names; built-in scenarios read through the real parser.
#include "ScenarioTestSupport.h"
#include "scenario_text.h"

#include "core/french_typography.h"
#include "core/handout/handout.h"
#include "core/handout/handout_style.h"
#include "core/handout/handout_words.h"
#include "core/handout/html_text.h"
#include "core/scenario/resolve.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

namespace cs {
namespace {

// --- a small HTML reader for checking the generated documents --------------------------------------
// The generator writes a narrow, regular subset of HTML; this reader accepts exactly that subset and
// reports anything else, which is how a tag or attribute smuggled in by scenario text would show.

struct Element {
    std::string name;
    std::map<std::string, std::string> attributes;
    std::size_t offset = 0; // where its '<' is in the document
};

struct Reading {
    std::vector<Element> elements; // start tags in document order
    std::vector<std::string> problems;
    std::string text; // character data outside tags, tags replaced by a space

    std::vector<const Element*> named(std::string_view name) const {
        std::vector<const Element*> out;
        for (const Element& e : elements) {
            if (e.name == name) out.push_back(&e);
        }
        return out;
    }
};

// Constant tables (no run-time initialisation): the tags and attributes the generator may write.
constexpr std::string_view kAllowedTags[] = {
    "html",   "head", "meta",  "title",   "style", "body",  "header", "nav", "main", "footer", "section",
    "div",    "h1",   "h2",    "h3",      "p",     "br",    "ol",     "ul",  "li",   "a",      "img",
    "strong", "span", "table", "caption", "thead", "tbody", "tfoot",  "tr",  "th",   "td",
};
constexpr std::string_view kVoidTags[] = {"meta", "img", "br"};
constexpr std::string_view kAllowedAttributes[] = {
    "lang", "charset", "name", "content",         "http-equiv", "class",   "id",    "href",
    "src",  "alt",     "role", "aria-labelledby", "scope",      "colspan", "width", "height",
};

template <std::size_t N> bool among(const std::string_view (&list)[N], std::string_view name) {
    return std::find(std::begin(list), std::end(list), name) != std::end(list);
}

Reading readHtml(std::string_view html) {
    Reading r;
    std::vector<std::string> open;
    const std::string doctype = "<!DOCTYPE html>\n";
    if (html.substr(0, doctype.size()) != doctype) r.problems.push_back("no <!DOCTYPE html> first");
    std::size_t i = html.substr(0, doctype.size()) == doctype ? doctype.size() : 0;
    while (i < html.size()) {
        const char c = html[i];
        if (c == '>') r.problems.push_back("raw '>' in text at " + std::to_string(i));
        if (c != '<') {
            r.text += c;
            ++i;
            continue;
        }
        r.text += ' ';
        const std::size_t start = i++;
        const bool closing = i < html.size() && html[i] == '/';
        if (closing) ++i;
        std::string name;
        while (i < html.size() && std::isalnum(static_cast<unsigned char>(html[i])))
            name += html[i++];
        if (!among(kAllowedTags, name))
            r.problems.push_back("unexpected tag '" + name + "' at " + std::to_string(start));
        Element element{name, {}, start};
        while (i < html.size() && html[i] != '>') {
            if (html[i] == ' ') {
                ++i;
                continue;
            }
            std::string attribute;
            while (i < html.size() && (std::islower(static_cast<unsigned char>(html[i])) || html[i] == '-'))
                attribute += html[i++];
            if (attribute.empty() || closing) {
                r.problems.push_back("unreadable tag at " + std::to_string(start));
                break;
            }
            if (!among(kAllowedAttributes, attribute)) {
                r.problems.push_back("unexpected attribute '" + attribute + "' at " + std::to_string(start));
            }
            std::string value;
            if (i + 1 < html.size() && html[i] == '=' && html[i + 1] == '"') {
                const std::size_t end = html.find('"', i + 2);
                if (end == std::string_view::npos) break;
                value = std::string(html.substr(i + 2, end - i - 2));
                i = end + 1;
            }
            if (value.find_first_of("<>") != std::string::npos) r.problems.push_back("raw < or > in an attribute");
            if (element.attributes.count(attribute)) r.problems.push_back("repeated attribute " + attribute);
            element.attributes[attribute] = value;
        }
        if (i >= html.size()) {
            r.problems.push_back("unclosed tag at " + std::to_string(start));
            break;
        }
        ++i; // '>'
        if (closing) {
            if (open.empty() || open.back() != name) {
                r.problems.push_back("</" + name + "> does not close <" + (open.empty() ? "" : open.back()) + ">");
            } else {
                open.pop_back();
            }
            continue;
        }
        r.elements.push_back(element);
        if (!among(kVoidTags, name)) open.push_back(name);
        if (name == "style") { // raw text up to </style>
            const std::size_t end = html.find("</style>", i);
            if (end == std::string_view::npos) {
                r.problems.push_back("unclosed <style>");
                break;
            }
            i = end;
        }
    }
    if (!open.empty()) r.problems.push_back("unclosed <" + open.back() + ">");
    return r;
}

std::string joined(const std::vector<std::string>& lines) {
    std::string out;
    for (const std::string& line : lines)
        out += line + "\n";
    return out;
}

// The document's headings as levels (1 for <h1> …), in order.
std::vector<int> headingLevels(const Reading& r) {
    std::vector<int> levels;
    for (const Element& e : r.elements) {
        if (e.name.size() == 2 && e.name[0] == 'h' && e.name[1] >= '1' && e.name[1] <= '6')
            levels.push_back(e.name[1] - '0');
    }
    return levels;
}

// One <h1> first; each heading at most one level deeper than the one before it.
void expectHeadingsInOrder(const Reading& r, const std::string& what) {
    const std::vector<int> levels = headingLevels(r);
    ASSERT_FALSE(levels.empty()) << what;
    EXPECT_EQ(levels.front(), 1) << what;
    EXPECT_EQ(std::count(levels.begin(), levels.end(), 1), 1) << what;
    for (std::size_t i = 1; i < levels.size(); ++i) {
        EXPECT_LE(levels[i], levels[i - 1] + 1) << what << ": heading " << i << " skips a level";
    }
}

// Landmarks, a title, the language, unique ids and in-page links that land somewhere.
void expectAccessibleFrame(const Reading& r, const std::string& language, const std::string& what) {
    EXPECT_TRUE(r.problems.empty()) << what << ":\n" << joined(r.problems);
    ASSERT_FALSE(r.named("html").empty()) << what;
    EXPECT_EQ(r.named("html").front()->attributes.at("lang"), language) << what;
    EXPECT_EQ(r.named("title").size(), 1u) << what;
    EXPECT_EQ(r.named("header").size(), 1u) << what;
    EXPECT_EQ(r.named("main").size(), 1u) << what;
    EXPECT_EQ(r.named("nav").size(), 1u) << what;
    std::set<std::string> ids;
    for (const Element& e : r.elements) {
        if (auto it = e.attributes.find("id"); it != e.attributes.end()) {
            EXPECT_TRUE(ids.insert(it->second).second) << what << ": id '" << it->second << "' twice";
        }
    }
    for (const Element* a : r.named("a")) {
        const std::string& href = a->attributes.at("href");
        if (href.rfind('#', 0) == 0) {
            EXPECT_TRUE(ids.count(href.substr(1))) << what << ": link to missing " << href;
        } else {
            EXPECT_TRUE(href.rfind("https://", 0) == 0 || href.rfind("http://", 0) == 0) << what << ": " << href;
        }
    }
    for (const Element* img : r.named("img")) {
        ASSERT_TRUE(img->attributes.count("alt")) << what;
        EXPECT_FALSE(handout::oneLine(img->attributes.at("alt")).empty()) << what;
    }
}

// A recognisable piece of a scenario text as it appears in the HTML: its first words, escaped.
// A text as the handout shows it: French with French typography's no-break spaces.
std::string shownIn(const std::string& text, const std::string& language) {
    return language.rfind("fr", 0) == 0 ? frenchTypography(text) : text;
}

std::string distinctive(const std::string& text) {
    const std::string line = handout::oneLine(text.substr(0, text.find('\n')));
    std::size_t cut = line.size();
    if (cut > 60) cut = line.rfind(' ', 60);
    return handout::escapeHtml(line.substr(0, cut));
}

struct ParsedBuiltIn {
    Scenario scenario;
    StructureLibrary structures;
};

ParsedBuiltIn loadBuiltIn(const std::filesystem::path& path) {
    const StructureLibrary library = StructureLibrary::builtIn();
    ParseOptions options;
    options.library = &library;
    const ParseResult result = loadScenarioFile(path, options);
    EXPECT_TRUE(result.ok()) << path << "\n" << test::describe(result.diagnostics);
    if (!result.ok()) return {};
    return {*result.scenario, library.mergedWith(*result.scenario)};
}

HandoutInput inputFor(const ParsedBuiltIn& loaded, const std::string& language) {
    HandoutInput input;
    input.scenario = &loaded.scenario;
    input.structures = &loaded.structures;
    input.language = language;
    input.generator = "Coin Model Studio 0.1.0";
    return input;
}

std::size_t occurrences(std::string_view haystack, std::string_view needle) {
    std::size_t count = 0;
    for (std::size_t at = haystack.find(needle); at != std::string_view::npos; at = haystack.find(needle, at + 1))
        ++count;
    return count;
}

// --- built-in scenarios ----------------------------------------------------------------------------

TEST(HandoutTest, BuiltInScenariosGiveWellFormedAccessibleDocumentsInEveryLanguage) {
    const auto files = testing::builtInScenarioFiles(testing::WithTemplate::Yes);
    ASSERT_GE(files.size(), 5u);
    for (const auto& file : files) {
        const ParsedBuiltIn loaded = loadBuiltIn(file);
        for (const std::string& language : loaded.scenario.languages) {
            const std::string what = file.filename().string() + " (" + language + ")";
            const HandoutInput input = inputFor(loaded, language);
            const std::string handout = participantHandout(input);
            const std::string notes = facilitatorNotes(input);
            const Reading h = readHtml(handout);
            const Reading n = readHtml(notes);
            expectAccessibleFrame(h, language, what + " handout");
            expectAccessibleFrame(n, language, what + " notes");
            expectHeadingsInOrder(h, what + " handout");
            expectHeadingsInOrder(n, what + " notes");

            // One <h2> per step, plus the contents and the closing sections.
            const auto steps = loaded.scenario.steps.size();
            EXPECT_GE(h.named("h2").size(), steps + 2) << what;

            // Each step's picture exactly once, in step order, with alt text.
            const auto images = h.named("img");
            ASSERT_EQ(images.size(), steps) << what;
            for (std::size_t i = 0; i < steps; ++i) {
                const std::string name = stepImageFileName(int(i) + 1, int(steps));
                EXPECT_EQ(images[i]->attributes.at("src"), name) << what;
                EXPECT_EQ(occurrences(handout, "src=\"" + name + "\""), 1u) << what;
                const std::string title = distinctive(loaded.scenario.steps[i].title.get(language));
                EXPECT_EQ(images[i]->attributes.at("alt").rfind(title, 0), 0u)
                    << what << ": alt text of step " << i + 1 << " starts with its title";
            }

            // Same input, same bytes.
            EXPECT_EQ(handout, participantHandout(input)) << what;
            EXPECT_EQ(notes, facilitatorNotes(input)) << what;
        }
    }
}

TEST(HandoutTest, SourcesAreCitedWithLinksInBothDocuments) {
    for (const auto& file : testing::builtInScenarioFiles(testing::WithTemplate::Yes)) {
        const ParsedBuiltIn loaded = loadBuiltIn(file);
        const HandoutInput input = inputFor(loaded, loaded.scenario.firstLanguage());
        const std::string handout = participantHandout(input);
        const std::string notes = facilitatorNotes(input);
        // The built-in walkthroughs cite; the educators' template may not.
        if (file.filename().string().front() != 't') {
            ASSERT_FALSE(loaded.scenario.sources.empty()) << file;
        }
        for (const Source& source : loaded.scenario.sources) {
            const std::string cite = handout::escapeHtml(source.cite.get(loaded.scenario.firstLanguage()));
            EXPECT_NE(handout.find(cite), std::string::npos) << file << ": " << source.id;
            EXPECT_NE(notes.find(cite), std::string::npos) << file << ": " << source.id;
            if (!source.url.empty()) {
                EXPECT_NE(handout.find("<a href=\"" + handout::escapeHtml(source.url) + "\">"), std::string::npos)
                    << file << ": " << source.url;
            }
        }
        // The coin model's own source, whatever the scenario cites.
        EXPECT_NE(handout.find(std::string(handout::coinModelCitation())), std::string::npos) << file;
        EXPECT_NE(handout.find("id=\"about\""), std::string::npos) << file;
    }
}

TEST(HandoutTest, FacilitatorMaterialStaysOutOfTheParticipantHandout) {
    int notesChecked = 0;
    int pushbackChecked = 0;
    for (const auto& file : testing::builtInScenarioFiles(testing::WithTemplate::Yes)) {
        const ParsedBuiltIn loaded = loadBuiltIn(file);
        for (const std::string& language : loaded.scenario.languages) {
            const std::string what = file.filename().string() + " (" + language + ")";
            const HandoutInput input = inputFor(loaded, language);
            const std::string handout = participantHandout(input);
            const std::string notes = facilitatorNotes(input);
            for (const Step& step : loaded.scenario.steps) {
                if (!step.notes.empty()) {
                    const std::string note = distinctive(shownIn(step.notes.get(language), language));
                    EXPECT_EQ(handout.find(note), std::string::npos) << what << ": note in handout: " << note;
                    EXPECT_NE(notes.find(note), std::string::npos) << what << ": note missing: " << note;
                    ++notesChecked;
                }
                for (const LocalText& card : step.pushback) {
                    const std::string text = distinctive(shownIn(card.get(language), language));
                    EXPECT_EQ(handout.find(text), std::string::npos) << what << ": pushback in handout: " << text;
                    EXPECT_NE(notes.find(text), std::string::npos) << what << ": pushback missing: " << text;
                    ++pushbackChecked;
                }
            }
            // Timings: neither the table, nor the per-step line, nor its words.
            EXPECT_EQ(handout.find("id=\"timing\""), std::string::npos) << what;
            EXPECT_EQ(handout.find("class=\"timing\""), std::string::npos) << what;
            EXPECT_EQ(handout.find(std::string(handout::word(handout::Word::PlannedTime, language))), std::string::npos)
                << what;
            EXPECT_EQ(handout.find(std::string(handout::word(handout::Word::RunningTotal, language))),
                      std::string::npos)
                << what;
            EXPECT_EQ(handout.find("pushback"), std::string::npos) << what;
            EXPECT_NE(notes.find("id=\"timing\""), std::string::npos) << what;
        }
    }
    EXPECT_GT(notesChecked, 20);
    EXPECT_GT(pushbackChecked, 5);
}

TEST(HandoutTest, StepContentReachesTheRightDocument) {
    for (const auto& file : testing::builtInScenarioFiles(testing::WithTemplate::Yes)) {
        const ParsedBuiltIn loaded = loadBuiltIn(file);
        const std::string language = loaded.scenario.firstLanguage();
        const HandoutInput input = inputFor(loaded, language);
        const std::string handout = participantHandout(input);
        const std::string notes = facilitatorNotes(input);
        for (std::size_t i = 0; i < loaded.scenario.steps.size(); ++i) {
            const Step& step = loaded.scenario.steps[i];
            const std::string what = file.filename().string() + " step " + std::to_string(i + 1);
            const std::size_t section =
                handout.find("<section class=\"step\" id=\"step-" + std::to_string(i + 1) + "\"");
            ASSERT_NE(section, std::string::npos) << what;
            const std::size_t picture = handout.find("<img ", section);
            for (const LocalText* text : {&step.text, &step.discuss, &step.reflect}) {
                if (!text->empty()) {
                    EXPECT_NE(handout.find(distinctive(text->get(language))), std::string::npos) << what;
                }
            }
            if (!step.contentNote.empty()) {
                // Marked, and before the step's picture and text.
                const std::size_t note = handout.find(distinctive(step.contentNote.get(language)), section);
                ASSERT_NE(note, std::string::npos) << what;
                EXPECT_LT(note, picture) << what;
                const std::size_t label = handout.find("class=\"content-note\"", section);
                EXPECT_LT(label, note) << what;
                EXPECT_NE(notes.find(distinctive(step.contentNote.get(language))), std::string::npos) << what;
            }
            if (step.question) {
                EXPECT_NE(handout.find(distinctive(step.question->prompt.get(language)), section), std::string::npos);
                for (const LocalText& choice : step.question->choices) {
                    EXPECT_NE(handout.find(distinctive(choice.get(language)), section), std::string::npos) << what;
                }
                // The explanation waits in the answers section, after every step.
                if (!step.question->explain.empty()) {
                    const std::size_t explain = handout.find(distinctive(step.question->explain.get(language)));
                    EXPECT_GT(explain, handout.find("id=\"answers\"")) << what;
                    EXPECT_NE(notes.find(distinctive(step.question->explain.get(language))), std::string::npos);
                }
                EXPECT_NE(notes.find("(" + std::string(handout::word(handout::Word::RightAnswer, language)) + ")"),
                          std::string::npos);
            }
        }
    }
}

TEST(HandoutTest, TimingTableHasRunningTotals) {
    const ParsedBuiltIn loaded = loadBuiltIn(test::sourceDir() / "scenarios/02-ableism.toml");
    const std::string notes = facilitatorNotes(inputFor(loaded, "en"));
    double total = 0.0;
    for (const Step& step : loaded.scenario.steps)
        total += step.minutes.value_or(0.0);
    ASSERT_GT(total, 10.0);
    const std::size_t table = notes.find("<table>");
    const std::size_t firstStep = notes.find("<section class=\"step\"");
    ASSERT_NE(table, std::string::npos);
    EXPECT_LT(table, firstStep) << "the timing table comes first";
    const std::size_t foot = notes.find("<tfoot>");
    EXPECT_NE(notes.find(handout::minutesText(total, "en"), foot), std::string::npos);
    // Per step: its planned time and the running total.
    double running = 0.0;
    std::size_t from = firstStep;
    for (const Step& step : loaded.scenario.steps) {
        running += step.minutes.value_or(0.0);
        const std::string line = "Planned time: </strong>" + handout::minutesText(step.minutes.value_or(0.0), "en") +
                                 " \xC2\xB7 Running total: " + handout::minutesText(running, "en");
        const std::size_t at = notes.find(line, from);
        EXPECT_NE(at, std::string::npos) << line;
        from = at;
    }
}

TEST(HandoutTest, FrenchUsesFrenchWords) {
    const ParsedBuiltIn loaded = loadBuiltIn(test::sourceDir() / "scenarios/02-ableism.toml");
    const std::string handout = participantHandout(inputFor(loaded, "fr"));
    const std::string notes = facilitatorNotes(inputFor(loaded, "fr"));
    EXPECT_NE(handout.find("<html lang=\"fr\">"), std::string::npos);
    EXPECT_NE(notes.find("<html lang=\"fr\">"), std::string::npos);
    for (const std::string_view word :
         {"Étape 1 sur 10", "Table des matières", "Avertissement sur le contenu", "Question", "À discuter",
          "Réflexion personnelle", "Sources", "À propos du modèle de la pièce de monnaie"}) {
        EXPECT_NE(handout.find(word), std::string::npos) << word;
    }
    for (const std::string_view word : {"Plan du minutage", "Durée prévue", "Cumul", "3 minutes", "Notes",
                                        "Fiches d'objections", "la bonne réponse"}) {
        EXPECT_NE(notes.find(word), std::string::npos) << word;
    }
    for (const std::string_view word : {"Step 1 of", "Contents", "Discuss", "Reflect", "Content note"}) {
        EXPECT_EQ(handout.find(word), std::string::npos) << word;
    }
    // Scenario texts in French too.
    EXPECT_NE(handout.find(handout::escapeHtml(loaded.scenario.steps[1].title.get("fr"))), std::string::npos);
    // "fr-CA" is French as well; an unknown language gets English words.
    EXPECT_NE(participantHandout(inputFor(loaded, "fr-CA")).find("Étape 1 sur 10"), std::string::npos);
    EXPECT_NE(participantHandout(inputFor(loaded, "de")).find("Step 1 of 10"), std::string::npos);
}

TEST(HandoutTest, AltTextSaysWhatIsOnStage) {
    const ParsedBuiltIn loaded = loadBuiltIn(test::sourceDir() / "scenarios/04-intersections.toml");
    const Reading h = readHtml(participantHandout(inputFor(loaded, "en")));
    const auto images = h.named("img");
    const std::vector<ResolvedStep> resolved = resolveSteps(loaded.scenario);
    ASSERT_EQ(images.size(), resolved.size());
    for (std::size_t i = 0; i < resolved.size(); ++i) {
        const std::string& alt = images[i]->attributes.at("alt");
        for (const std::string& coin : resolved[i].coins) {
            const Structure* s = loaded.structures.find(coin);
            ASSERT_NE(s, nullptr);
            EXPECT_NE(alt.find(handout::escapeHtml(s->name.get("en"))), std::string::npos) << i + 1 << ": " << alt;
            EXPECT_NE(alt.find(handout::escapeHtml(s->top.get("en"))), std::string::npos) << i + 1 << ": " << alt;
            EXPECT_NE(alt.find(handout::escapeHtml(s->bottom.get("en"))), std::string::npos) << i + 1 << ": " << alt;
        }
        for (const std::string& persona : resolved[i].personas) {
            for (const Persona& p : loaded.scenario.personas) {
                if (p.id == persona) {
                    EXPECT_NE(alt.find(p.name.get("en")), std::string::npos) << alt;
                }
            }
        }
        if (resolved[i].coins.empty()) {
            EXPECT_NE(alt.find("No coin on stage."), std::string::npos) << alt;
        }
    }

    // Actions are described at their end state: lifted persona named, dismantled coin gone.
    const ParsedBuiltIn ableism = loadBuiltIn(test::sourceDir() / "scenarios/02-ableism.toml");
    const Reading ableismHtml = readHtml(participantHandout(inputFor(ableism, "en"))); // kept: named() points into it
    const auto pictures = ableismHtml.named("img");
    const std::vector<ResolvedStep> steps = resolveSteps(ableism.scenario);
    for (std::size_t i = 0; i < steps.size(); ++i) {
        const std::string& alt = pictures[i]->attributes.at("alt");
        if (steps[i].action == Action::LiftToTop) {
            EXPECT_NE(alt.find("Robin has been lifted"), std::string::npos) << alt;
        }
        if (steps[i].action == Action::Dismantle) {
            EXPECT_NE(alt.find("taken apart"), std::string::npos) << alt;
        }
        if (steps[i].action == Action::Flip) {
            EXPECT_NE(alt.find("turned over"), std::string::npos) << alt;
        }
    }
}

// --- input from the app ----------------------------------------------------------------------------

TEST(HandoutTest, PictureNamesAndAltTextFromTheAppAreUsed) {
    const ParsedBuiltIn loaded = loadBuiltIn(test::sourceDir() / "scenarios/02-ableism.toml");
    HandoutInput input = inputFor(loaded, "en");
    input.stepImages = {"pictures/one.png", ""};                          // second: the default name
    input.stepImageAlt = {"The app's own words <b>", "", "Third & last"}; // escaped like any text
    input.imageWidth = 1920;
    input.imageHeight = 1080;
    const std::string handout = participantHandout(input);
    const Reading h = readHtml(handout);
    EXPECT_TRUE(h.problems.empty()) << joined(h.problems);
    const auto images = h.named("img");
    ASSERT_GE(images.size(), 3u);
    EXPECT_EQ(images[0]->attributes.at("src"), "pictures/one.png");
    EXPECT_EQ(images[0]->attributes.at("alt"), "The app&#39;s own words &lt;b&gt;");
    EXPECT_EQ(images[1]->attributes.at("src"), "step-002.png");
    EXPECT_EQ(images[1]->attributes.at("alt").rfind("Meet Robin.", 0), 0u);
    EXPECT_EQ(images[2]->attributes.at("alt"), "Third &amp; last");
    EXPECT_EQ(images[2]->attributes.at("width"), "1920");
    EXPECT_EQ(images[2]->attributes.at("height"), "1080");
    // The generator is named in the footer and the metadata; without one, neither.
    EXPECT_NE(handout.find("<meta name=\"generator\" content=\"Coin Model Studio 0.1.0\">"), std::string::npos);
    input.generator.clear();
    EXPECT_EQ(participantHandout(input).find("<footer>"), std::string::npos);
}

TEST(HandoutTest, SelfContainedWithoutScriptsOrOutsideResources) {
    const ParsedBuiltIn loaded = loadBuiltIn(test::sourceDir() / "scenarios/03-settler-colonialism.toml");
    for (const std::string& document :
         {participantHandout(inputFor(loaded, "en")), facilitatorNotes(inputFor(loaded, "fr"))}) {
        const Reading r = readHtml(document);
        EXPECT_TRUE(r.named("script").empty());
        EXPECT_TRUE(r.problems.empty()) << joined(r.problems);
        for (const Element* img : r.named("img")) {
            EXPECT_EQ(img->attributes.at("src").find(':'), std::string::npos) << "pictures are local files";
        }
        for (const std::string_view outside : {"<link", "@import", "url(", "<iframe", "<object", "<script"}) {
            EXPECT_EQ(document.find(outside), std::string::npos) << outside;
        }
        EXPECT_NE(document.find("<meta charset=\"utf-8\">"), std::string::npos);
        EXPECT_NE(document.find("@media print"), std::string::npos);
    }
}

TEST(HandoutTest, TextInAFallbackLanguageIsMarkedWithItsLanguage) {
    const std::string text = "format = 1\nid = \"mixed\"\ntitle = { en = \"Mixed\", fr = \"Mélange\" }\n"
                             "languages = [\"en\", \"fr\"]\n"
                             "[[step]]\ntitle = \"Only in English\"\ntext = { en = \"Line one\\nLine two\\n\\nNext\", "
                             "fr = \"Ligne un\\nLigne deux\\n\\nSuite\" }\n";
    const StructureLibrary library = StructureLibrary::builtIn();
    const ParseResult r = test::parseText(text, &library);
    ASSERT_TRUE(r.ok()) << test::describe(r.diagnostics);
    const StructureLibrary merged = library.mergedWith(*r.scenario);
    HandoutInput input;
    input.scenario = &*r.scenario;
    input.structures = &merged;
    input.language = "fr";
    const std::string handout = participantHandout(input);
    EXPECT_NE(handout.find("<span lang=\"en\">Only in English</span>"), std::string::npos) << handout;
    EXPECT_NE(handout.find("<title>Mélange \xE2\x80\x94 Document d&#39;accompagnement</title>"), std::string::npos);
    // Line breaks kept: one as <br>, a blank line as a new paragraph.
    EXPECT_NE(handout.find("<p>Ligne un<br>\nLigne deux</p>\n<p>Suite</p>"), std::string::npos) << handout;
}

// --- hostile scenario text -------------------------------------------------------------------------

// A scenario built in memory, past the parser's checks, so every field can carry markup.
Scenario hostileScenario() {
    const std::string attack = "<script>alert(1)</script>\" onload=\"alert(2)' onerror='x' &amp; &lt;b&gt; <img src=x>";
    const LocalText text("en", attack);
    Scenario s;
    s.id = "hostile";
    s.title = LocalText("en", "Title " + attack);
    s.languages = {"en"};
    s.summary = text;
    s.authors = {"Author " + attack};
    s.sources.push_back({"src\"<x>", LocalText("en", "Cite " + attack), "javascript:alert(3)", {}});
    s.sources.push_back({"ok", LocalText("en", "Fine"), "https://example.org/?a=1&b=2", {}});
    s.sources.push_back({"tricky", LocalText("en", "Tricky"), "https://example.org/\" onclick=\"x", {}});
    Structure structure;
    structure.id = "evil";
    structure.name = LocalText("en", "Name " + attack);
    structure.top = text;
    structure.bottom = text;
    structure.advantages = {text};
    structure.disadvantages = {text};
    s.structures.push_back(structure);
    Persona persona;
    persona.id = "p";
    persona.name = LocalText("en", "Persona " + attack);
    persona.positions = {{"evil", Face::Bottom}};
    s.personas.push_back(persona);
    Step step;
    step.title = LocalText("en", "Step " + attack);
    step.text = LocalText("en", attack + "\n\n" + attack);
    step.notes = text;
    step.coins = std::vector<std::string>{"evil"};
    step.personas = std::vector<std::string>{"p"};
    step.action = Action::LiftToTop;
    step.question = Question{text, {text, LocalText("en", "second " + attack)}, 2, text};
    step.reflect = text;
    step.discuss = text;
    step.minutes = 2.5;
    step.contentNote = text;
    step.pushback = {text};
    s.steps.push_back(step);
    s.steps.push_back(step);
    // Controls and broken UTF-8 that a hand-made model could hold.
    s.steps.back().text = LocalText("en", std::string("bell\x07 nul") + '\0' + " c1\xC2\x85 bad\xFF\xFE end\r\nnext");
    return s;
}

TEST(HandoutTest, HostileTextsAreEscaped) {
    const Scenario scenario = hostileScenario();
    const StructureLibrary structures = StructureLibrary{}.mergedWith(scenario);
    for (const std::string& language : {std::string("en"), std::string("fr\"><script>x</script>")}) {
        HandoutInput input;
        input.scenario = &scenario;
        input.structures = &structures;
        input.language = language;
        input.generator = "Gen <script>";
        for (const std::string& document : {participantHandout(input), facilitatorNotes(input)}) {
            const Reading r = readHtml(document);
            EXPECT_TRUE(r.problems.empty()) << joined(r.problems);
            std::string lower = document;
            std::transform(lower.begin(), lower.end(), lower.begin(),
                           [](unsigned char c) { return char(std::tolower(c)); });
            EXPECT_EQ(lower.find("<script"), std::string::npos);
            EXPECT_EQ(lower.find("<img src=x"), std::string::npos);
            EXPECT_NE(document.find("&lt;script&gt;alert(1)&lt;/script&gt;&quot; onload=&quot;alert(2)&#39;"),
                      std::string::npos);
            EXPECT_NE(document.find("&amp;amp; &amp;lt;b&amp;gt;"), std::string::npos)
                << "already-escaped text stays text";
            // No link to anything but http(s), and addresses stay inside their attribute.
            for (const Element* a : r.named("a")) {
                const std::string& href = a->attributes.at("href");
                EXPECT_TRUE(href.rfind('#', 0) == 0 || href.rfind("https://", 0) == 0) << href;
                for (const auto& attribute : a->attributes) {
                    EXPECT_TRUE(attribute.first == "href" || attribute.first == "class") << attribute.first;
                }
            }
            EXPECT_NE(document.find("<a href=\"https://example.org/?a=1&amp;b=2\">"), std::string::npos);
            EXPECT_NE(document.find(" https://example.org/&quot; onclick=&quot;x</li>"), std::string::npos)
                << "an address with a quote is shown, not linked";
            EXPECT_EQ(document.find("href=\"javascript"), std::string::npos);
            EXPECT_NE(document.find("javascript:alert(3)"), std::string::npos) << "shown as text";
            // Controls dropped, broken bytes replaced, CRLF kept as a line break.
            EXPECT_NE(document.find("bell nul c1 bad\xEF\xBF\xBD\xEF\xBF\xBD end<br>\nnext"), std::string::npos);
            for (const char c : document) {
                const auto byte = static_cast<unsigned char>(c);
                EXPECT_TRUE(byte >= 0x20 || c == '\n' || c == '\t') << int(byte);
                if (byte < 0x20 && c != '\n' && c != '\t') break;
            }
            for (const Element* img : r.named("img"))
                EXPECT_FALSE(img->attributes.at("alt").empty());
        }
    }
}

TEST(HandoutTest, MissingInputStillGivesAPage) {
    HandoutInput input; // no scenario, no structures
    const Reading h = readHtml(participantHandout(input));
    EXPECT_TRUE(h.problems.empty()) << joined(h.problems);
    EXPECT_TRUE(h.named("img").empty());
    const Reading n = readHtml(facilitatorNotes(input));
    EXPECT_TRUE(n.problems.empty()) << joined(n.problems);
}

// --- picture names and many steps -------------------------------------------------------------------

TEST(HandoutTest, StepImageFileNamesGrowPast999) {
    EXPECT_EQ(stepImageFileName(1, 1), "step-001.png");
    EXPECT_EQ(stepImageFileName(1, 12), "step-001.png");
    EXPECT_EQ(stepImageFileName(12, 12), "step-012.png");
    EXPECT_EQ(stepImageFileName(999, 999), "step-999.png");
    EXPECT_EQ(stepImageFileName(1, 1000), "step-0001.png");
    EXPECT_EQ(stepImageFileName(1000, 1000), "step-1000.png");
    EXPECT_EQ(stepImageFileName(42, 12345), "step-00042.png");
    EXPECT_EQ(stepImageFileName(1001, 1000), "step-1001.png") << "never shorter than the number";
}

TEST(HandoutTest, ThousandStepsReferenceEveryPictureOnce) {
    Scenario scenario;
    scenario.id = "long";
    scenario.title = LocalText("en", "Long");
    scenario.languages = {"en"};
    for (int i = 1; i <= 1000; ++i) {
        Step step;
        step.title = LocalText("en", "Step title " + std::to_string(i));
        if (i == 1) step.coins = std::vector<std::string>{"racism"};
        step.minutes = 0.5;
        scenario.steps.push_back(step);
    }
    const StructureLibrary structures = StructureLibrary::builtIn().mergedWith(scenario);
    HandoutInput input;
    input.scenario = &scenario;
    input.structures = &structures;
    input.language = "en";
    const std::string handout = participantHandout(input);
    const Reading h = readHtml(handout);
    EXPECT_TRUE(h.problems.empty()) << joined(h.problems);
    const auto images = h.named("img");
    ASSERT_EQ(images.size(), 1000u);
    EXPECT_EQ(images.front()->attributes.at("src"), "step-0001.png");
    EXPECT_EQ(images.back()->attributes.at("src"), "step-1000.png");
    std::set<std::string> names;
    for (const Element* img : images)
        names.insert(img->attributes.at("src"));
    EXPECT_EQ(names.size(), 1000u);
    EXPECT_NE(handout.find("Step 1000 of 1000"), std::string::npos);
    EXPECT_NE(facilitatorNotes(input).find("500 minutes"), std::string::npos);
}

// --- words, numbers, colours -------------------------------------------------------------------------

TEST(HandoutTest, MinutesAreWrittenForEachLanguage) {
    EXPECT_EQ(handout::minutesText(3, "en"), "3 minutes");
    EXPECT_EQ(handout::minutesText(1, "en"), "1 minute");
    EXPECT_EQ(handout::minutesText(2.5, "en"), "2.5 minutes");
    EXPECT_EQ(handout::minutesText(0.25, "en"), "0.25 minutes");
    EXPECT_EQ(handout::minutesText(2.5, "fr"), "2,5 minutes");
    EXPECT_EQ(handout::minutesText(1.5, "fr-CA"), "1,5 minute");
    EXPECT_EQ(handout::minutesText(600, "fr"), "600 minutes");
    EXPECT_EQ(handout::minutesText(-1, "en"), "0 minutes");
}

TEST(HandoutTest, EveryWordHasBothLanguages) {
    for (int i = 0; i < int(handout::Word::Count); ++i) {
        const auto id = handout::Word(i);
        EXPECT_FALSE(handout::word(id, "en").empty()) << i;
        EXPECT_FALSE(handout::word(id, "fr").empty()) << i;
        // No markup in the words: they go into the page as they are.
        EXPECT_EQ(handout::word(id, "en").find_first_of("<>&\""), std::string_view::npos) << i;
        EXPECT_EQ(handout::word(id, "fr").find_first_of("<>&\""), std::string_view::npos) << i;
        // Nothing ranks or rewards people : no scores, badges or certificates in our words.
        for (const std::string_view language : {"en", "fr"}) {
            std::string lower(handout::word(id, language));
            std::transform(lower.begin(), lower.end(), lower.begin(),
                           [](unsigned char c) { return char(std::tolower(c)); });
            for (const std::string_view banned : {"score", "badge", "certificat", "points", "you are an ally"}) {
                EXPECT_EQ(lower.find(banned), std::string::npos) << i << ": " << banned;
            }
        }
    }
    EXPECT_EQ(handout::stepOf(3, 12, "fr"), "Étape 3 sur 12");
    EXPECT_EQ(handout::filledIn("{name} and {name}", "name", "Sam"), "Sam and Sam");
}

TEST(HandoutTest, TextColoursReachSevenToOne) {
    const handout::HandoutPalette palette;
    for (const auto& pair : handout::textColourPairs(palette)) {
        EXPECT_GE(contrastRatio(pair.foreground, pair.background), 7.0f)
            << toHex(pair.foreground) << " on " << pair.what << " " << toHex(pair.background);
    }
    // Lines and borders: at least 3:1 against the page (WCAG non-text contrast).
    for (const Rgb8 line : {palette.rule, palette.noteBorder, palette.promptBorder, palette.warningBorder}) {
        EXPECT_GE(contrastRatio(line, palette.page), 3.0f) << toHex(line);
    }
    const std::string css = handout::handoutCss(palette);
    EXPECT_NE(css.find("color:" + toHex(palette.text)), std::string::npos);
    EXPECT_NE(css.find("font-size:1.125rem"), std::string::npos);
}

} // namespace
} // namespace cs
