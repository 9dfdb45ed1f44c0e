// Composes the alt text of a step picture from the scenario, the structures and the resolved step.
#include "core/handout/stage_description.h"

#include "core/handout/handout_words.h"
#include "core/handout/html_text.h"
#include "core/scenario/structure_library.h"

#include <vector>

namespace cs::handout {
namespace {

// Ends `text` as a sentence unless it already ends like one (a title may end with "?").
void endSentence(std::string& text) {
    if (text.empty()) return;
    const std::string_view ends[] = {".", "?", "!", "\xE2\x80\xA6" /* … */, ":"};
    for (const std::string_view end : ends) {
        if (text.size() >= end.size() && text.compare(text.size() - end.size(), end.size(), end) == 0) return;
    }
    text += '.';
}

class Describer {
  public:
    Describer(const Scenario& scenario, const StructureLibrary& structures, std::string_view language,
              std::string_view fallback)
        : scenario_(scenario), structures_(structures), language_(language), fallback_(fallback) {}

    std::string text(const LocalText& t) const { return oneLine(t.get(language_, fallback_)); }
    std::string_view word(Word w) const { return handout::word(w, language_); }
    std::string_view colon() const { return handout::colon(language_); }

    // A coin's name as the audience sees it; the id when the library does not know it (never for
    // a valid scenario, but the handout must not come out empty-handed either).
    std::string coinName(const std::string& id) const {
        const Structure* s = structures_.find(id);
        return s && !s->name.empty() ? text(s->name) : id;
    }

    std::string joined(const std::vector<std::string>& items, std::string_view separator) const {
        std::string out;
        for (const std::string& item : items) {
            if (!out.empty()) out += separator;
            out += item;
        }
        return out;
    }

    std::string_view showPhrase(Show show) const {
        switch (show) {
        case Show::Top: return word(Word::ShowTop);
        case Show::Bottom: return word(Word::ShowBottom);
        case Show::Both: return word(Word::ShowBoth);
        case Show::Edge: return word(Word::ShowEdge);
        }
        return word(Word::ShowBoth);
    }

    // "Top face: Non-disabled people; bottom face: Disabled people", after the coin's name when
    // several coins are on stage ("Racism, top face: …").
    std::string faces(const std::string& id, bool named) const {
        const Structure* s = structures_.find(id);
        if (!s) return {};
        std::string topFace(word(Word::TopFace));
        if (!named && !topFace.empty()) topFace = capitalised(topFace);
        std::string out = named ? coinName(id) + ", " : std::string();
        out += topFace + std::string(colon()) + text(s->top) + "; " + std::string(word(Word::BottomFace)) +
               std::string(colon()) + text(s->bottom);
        endSentence(out);
        return out;
    }

    // The name of the persona a lift-to-top raises: the first on stage on the coin's bottom face,
    // as the stage picks them; "" when nobody on stage stands there.
    std::string liftedPersona(const ResolvedStep& resolved) const {
        for (const std::string& id : resolved.personas) {
            const Persona* p = findPersona(id);
            if (!p) continue;
            for (const auto& [structureId, face] : p->positions) {
                if (structureId == resolved.focus && face == Face::Bottom) return personaName(id);
            }
        }
        return {};
    }

    // "Unearned advantages: a; b. Unearned disadvantages: c; d." — both lists, as the stage shows them.
    std::string items(const std::string& id) const {
        const Structure* s = structures_.find(id);
        if (!s) return {};
        std::string out;
        const auto list = [&](Word heading, const std::vector<LocalText>& phrases) {
            if (phrases.empty()) return;
            std::vector<std::string> words;
            for (const LocalText& phrase : phrases)
                words.push_back(text(phrase));
            std::string sentence = std::string(word(heading)) + std::string(colon()) + joined(words, "; ");
            endSentence(sentence);
            if (!out.empty()) out += ' ';
            out += sentence;
        };
        list(Word::UnearnedAdvantages, s->advantages);
        list(Word::UnearnedDisadvantages, s->disadvantages);
        return out;
    }

    // "Dana, on the top face: Racism; on the bottom face: Sexism, Ableism." Only coins on stage count.
    std::string persona(const std::string& id, const std::vector<std::string>& coins) const {
        const Persona* p = findPersona(id);
        const std::string name = personaName(id);
        std::vector<std::string> onTop;
        std::vector<std::string> onBottom;
        for (const std::string& coin : coins) {
            if (!p) break;
            for (const auto& [structureId, face] : p->positions) {
                if (structureId != coin) continue;
                (face == Face::Top ? onTop : onBottom).push_back(coinName(coin));
            }
        }
        std::string out = name;
        if (onTop.empty() && onBottom.empty()) {
            out += ' ';
            out += word(Word::OnStage);
        }
        const auto faceList = [&](Word where, const std::vector<std::string>& names, bool first) {
            if (names.empty()) return;
            out += first ? ", " : "; ";
            out += word(where);
            out += colon();
            out += joined(names, ", ");
        };
        faceList(Word::OnTopFace, onTop, true);
        faceList(Word::OnBottomFace, onBottom, onTop.empty());
        endSentence(out);
        return out;
    }

  private:
    const Persona* findPersona(const std::string& id) const {
        for (const Persona& candidate : scenario_.personas) {
            if (candidate.id == id) return &candidate;
        }
        return nullptr;
    }
    std::string personaName(const std::string& id) const {
        const Persona* p = findPersona(id);
        return p && !p->name.empty() ? text(p->name) : id;
    }
    // The first letter in upper case; ASCII only, which the words that need it start with.
    static std::string capitalised(std::string word) {
        if (!word.empty() && word[0] >= 'a' && word[0] <= 'z') word[0] = char(word[0] - 'a' + 'A');
        return word;
    }

    const Scenario& scenario_;
    const StructureLibrary& structures_;
    std::string_view language_;
    std::string_view fallback_;
};

} // namespace

bool showsItems(const ResolvedStep& resolved, const StructureLibrary& structures) {
    if (resolved.focus.empty() || resolved.action == Action::Dismantle || resolved.action == Action::Levels) {
        return false;
    }
    const Structure* s = structures.find(resolved.focus);
    return s && (!s->advantages.empty() || !s->disadvantages.empty());
}

std::string describeStepPicture(const Step& step, const ResolvedStep& resolved, const Scenario& scenario,
                                const StructureLibrary& structures, std::string_view language,
                                std::string_view fallback, int itemsListedInStep) {
    const Describer d(scenario, structures, language, fallback);
    std::vector<std::string> sentences;
    const auto add = [&](std::string sentence) {
        endSentence(sentence);
        if (!sentence.empty()) sentences.push_back(std::move(sentence));
    };

    add(d.text(step.title));
    const bool dismantled = resolved.action == Action::Dismantle;
    // The picture shows the end of the step's action, so a flipped coin shows its new face.
    const std::string shown = dismantled ? std::string() : ", " + std::string(d.showPhrase(resolved.endShow));
    if (resolved.coins.empty()) {
        add(std::string(d.word(Word::NoCoin)));
    } else if (resolved.coins.size() == 1) {
        add(std::string(d.word(Word::OneCoin)) + " " + d.coinName(resolved.coins.front()) + shown);
        add(d.faces(resolved.coins.front(), false));
    } else {
        std::vector<std::string> names;
        for (const std::string& coin : resolved.coins)
            names.push_back(d.coinName(coin));
        add(std::string(d.word(Word::CoinsInRow)) + " " + d.joined(names, ", "));
        if (!resolved.focus.empty()) {
            add(std::string(d.word(Word::InFocus)) + std::string(d.colon()) + d.coinName(resolved.focus) + shown);
        }
        for (const std::string& coin : resolved.coins)
            add(d.faces(coin, true));
    }

    if (showsItems(resolved, structures)) {
        add(itemsListedInStep > 0 ? filledIn(d.word(Word::ItemsAsBefore), "step", std::to_string(itemsListedInStep))
                                  : d.items(resolved.focus));
    }
    // Where the personas stand, then what the action changed: the order things happen in the step.
    for (const std::string& persona : resolved.personas)
        add(d.persona(persona, resolved.coins));

    switch (resolved.action) {
    case Action::None: break;
    case Action::Flip: add(std::string(d.word(Word::FlipDone))); break;
    case Action::LiftToTop:
        if (const std::string lifted = d.liftedPersona(resolved); !lifted.empty()) {
            add(filledIn(d.word(Word::LiftDoneNamed), "name", lifted));
        } else {
            add(std::string(d.word(Word::LiftDone)));
        }
        break;
    case Action::Dismantle: add(std::string(d.word(Word::DismantleDone))); break;
    case Action::Levels:
        // The stage lists all three levels for each face, whatever the structure's own list says.
        add(std::string(d.word(Word::LevelsShown)) + std::string(d.colon()) +
            std::string(d.word(Word::LevelInstitutional)) + ", " + std::string(d.word(Word::LevelInterpersonal)) +
            ", " + std::string(d.word(Word::LevelInternal)));
        break;
    }

    std::string out;
    for (const std::string& sentence : sentences) {
        if (!out.empty()) out += ' ';
        out += sentence;
    }
    return out;
}

} // namespace cs::handout
