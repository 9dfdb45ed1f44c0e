// The catalogue of the handout's words in English and Canadian French, and number formatting.
#include "core/handout/handout_words.h"

#include "core/french_typography.h"
#include "core/ui_text.h"

#include <array>
#include <cmath>
#include <cstddef>
#include <string>
#include <vector>

namespace cs::handout {
namespace {

struct Words {
    std::string_view en;
    std::string_view fr;
};

// In the order of `Word`; the static_assert below keeps the two in step.
constexpr std::array<Words, std::size_t(Word::Count)> kWords{{
    // documents and landmarks
    {"Handout", "Document d'accompagnement"},
    {"Facilitator notes", "Notes d'animation"},
    {"Skip to the content", "Aller au contenu"},
    {"Contents", "Table des matières"},
    {"Written by", "Rédaction"},
    {"Made with", "Créé avec"},
    {"For the facilitator only: these notes hold timings, notes and pushback cards that are not meant to "
     "be projected or handed out.",
     "Pour l'animation seulement : ces notes contiennent le minutage, des notes et des fiches d'objections "
     "qui ne doivent être ni projetées ni distribuées."},
    // steps
    {"Step", "Étape"},
    {"of", "sur"},
    {"Content note", "Avertissement sur le contenu"},
    {"Question", "Question"},
    {"Discuss", "À discuter"},
    {"Reflect", "Réflexion personnelle"},
    {"This reflection is for you alone: nobody collects what you think or write.",
     "Cette réflexion est pour vous seulement : personne ne recueille ce que vous pensez ou écrivez."},
    {"The answer is at the end of this handout, for after the discussion",
     "La réponse se trouve à la fin du document, pour après la discussion"},
    {"Answers, for after the discussion", "Réponses, pour après la discussion"},
    {"Think about each question first, on your own or in the group; these answers are here to check your "
     "thinking afterwards.",
     "Réfléchissez d'abord à chaque question, seul ou en groupe; ces réponses servent à vérifier votre "
     "raisonnement par la suite."},
    {"Answer", "Réponse"},
    {"Explanation", "Explication"},
    {"Back to step", "Retour à l'étape"},
    // facilitator notes
    {"Timing plan", "Plan du minutage"},
    {"Planned minutes for each step, with the running total", "Minutes prévues pour chaque étape, avec le cumul"},
    {"Title", "Titre"},
    {"Planned time", "Durée prévue"},
    {"Running total", "Cumul"},
    {"Total", "Total"},
    {"not set", "non précisée"},
    {"minute", "minute"},
    {"minutes", "minutes"},
    {"On screen", "À l'écran"},
    {"Text on the slide", "Texte de la diapositive"},
    {"Notes", "Notes"},
    {"Pushback cards: common objections and how to respond",
     "Fiches d'objections : objections fréquentes et façons d'y répondre"},
    {"the answer", "la bonne réponse"},
    // about the model and sources
    {"About the coin model", "À propos du modèle de la pièce de monnaie"},
    {"This handout follows the coin model of privilege and critical allyship (Nixon 2019). A coin stands for "
     "one social structure, such as racism or ableism, not for a person. The same coin hands unearned "
     "advantage to the people on its top face and unearned disadvantage to the people on its bottom face; "
     "neither face is earned. The aim is not to move people from the bottom to the top, but to take the coin "
     "apart, with people on the bottom face leading.",
     "Ce document suit le modèle de la pièce de monnaie du privilège et de l'alliance critique (Nixon, 2019). "
     "Une pièce représente une structure sociale, comme le racisme ou le capacitisme, et non une personne. "
     "La même pièce donne un avantage non mérité aux personnes sur sa face du dessus et un désavantage non "
     "mérité aux personnes sur sa face du dessous; aucune des deux faces n'est méritée. Le but n'est pas de "
     "faire passer des gens du dessous au dessus, mais de démanteler la pièce, sous la conduite des personnes "
     "de la face du dessous."},
    {"Sources", "Sources"},
    // picture descriptions (alt text)
    {"No coin on stage.", "Aucune pièce sur scène."},
    {"On stage: the coin", "Sur scène : la pièce"},
    {"On stage, coins in a row:", "Sur scène, des pièces côte à côte :"},
    {"In focus", "Au premier plan"},
    {"showing its top face", "montrant sa face du dessus"},
    {"showing its bottom face", "montrant sa face du dessous"},
    {"with both faces visible", "avec ses deux faces visibles"},
    {"seen edge-on", "vue sur la tranche"},
    {"top face", "face du dessus"},
    {"bottom face", "face du dessous"},
    {"Unearned advantages", "Avantages non mérités"},
    {"Unearned disadvantages", "Désavantages non mérités"},
    {"on the top face", "sur la face du dessus"},
    {"on the bottom face", "sur la face du dessous"},
    {"is on stage", "est sur scène"},
    {"Its unearned advantages and disadvantages are listed beside it, as in the picture of step {step}.",
     "Ses avantages et désavantages non mérités sont énumérés à côté, comme dans l'image de l'étape {step}."},
    {"The coin has been turned over.", "La pièce a été retournée."},
    {"Someone from the bottom face has been lifted to the top face; their old place is still there, and the "
     "top face is still unearned.",
     "Une personne de la face du dessous a été hissée sur la face du dessus; son ancienne place est toujours "
     "là, et le dessus reste non mérité."},
    // French: "On a hissé X" keeps the sentence free of a gendered past participle.
    {"{name} has been lifted from the bottom face to the top face; the old place is still there, and the top "
     "face is still unearned.",
     "On a hissé {name} de la face du dessous jusqu'à la face du dessus; l'ancienne place est toujours là, et "
     "le dessus reste non mérité."},
    {"The coin has been taken apart together, led by people from its bottom face. The people, and who they "
     "are, remain; the unearned advantage and disadvantage are gone.",
     "La pièce a été démantelée ensemble, sous la conduite des personnes de sa face du dessous. Les "
     "personnes, et qui elles sont, demeurent; l'avantage et le désavantage non mérités ont disparu."},
    {"The levels it acts at", "Les niveaux où elle agit"},
    {"institutional", "institutionnel"},
    {"interpersonal", "interpersonnel"},
    {"internal, on both faces", "intériorisé, sur les deux faces"},
}};

// A missing entry would shift every word after it; an array shorter than `Word::Count` leaves empty
// words at its end, which this catches at compile time.
constexpr bool everyWordFilled() {
    for (const Words& w : kWords) {
        if (w.en.empty() || w.fr.empty()) return false;
    }
    return true;
}
static_assert(everyWordFilled(), "kWords must have one English and one French entry for each Word");

} // namespace

std::string_view word(Word id, std::string_view language) {
    const auto i = std::size_t(id);
    if (i >= kWords.size()) return {};
    if (!isFrench(language)) return kWords[i].en;
    // As shown: French typography (no-break spaces before « : ; ! ? » and inside « »), set once.
    static const std::vector<std::string> shown = [] {
        std::vector<std::string> out;
        for (const Words& w : kWords)
            out.push_back(frenchTypography(w.fr));
        return out;
    }();
    return shown[i];
}

std::string filledIn(std::string_view text, std::string_view key, std::string_view value) {
    const std::string placeholder = "{" + std::string(key) + "}";
    std::string out;
    std::size_t from = 0;
    for (std::size_t at = text.find(placeholder); at != std::string_view::npos; at = text.find(placeholder, from)) {
        out.append(text.substr(from, at - from));
        out.append(value);
        from = at + placeholder.size();
    }
    out.append(text.substr(from));
    return out;
}

std::string stepOf(int number, int count, std::string_view language) {
    return std::string(word(Word::Step, language)) + " " + std::to_string(number) + " " +
           std::string(word(Word::Of, language)) + " " + std::to_string(count);
}

std::string_view colon(std::string_view language) {
    return isFrench(language) ? " : " : ": ";
}

std::string minutesText(double minutes, std::string_view language) {
    // Hundredths at most: a plan never needs more, and printing them ourselves keeps the output the
    // same on every platform and locale (no printf rounding or decimal-point surprises).
    const double clamped = std::isfinite(minutes) && minutes > 0.0 ? minutes : 0.0;
    const long long hundredths = std::llround(clamped * 100.0);
    std::string out = std::to_string(hundredths / 100);
    if (const long long fraction = hundredths % 100; fraction != 0) {
        out += isFrench(language) ? ',' : '.';
        out += char('0' + fraction / 10);
        if (fraction % 10 != 0) out += char('0' + fraction % 10);
    }
    // English: one minute is singular; French: below two (« 1,5 minute »).
    const bool singular = isFrench(language) ? hundredths < 200 : hundredths == 100;
    out += ' ';
    out += word(singular ? Word::Minute : Word::Minutes, language);
    return out;
}

std::string_view coinModelCitation() {
    return "Nixon SA. The coin model of privilege and critical allyship: implications for health. "
           "BMC Public Health. 2019;19:1637.";
}

std::string_view coinModelAddress() {
    return "https://doi.org/10.1186/s12889-019-7884-9";
}

} // namespace cs::handout
