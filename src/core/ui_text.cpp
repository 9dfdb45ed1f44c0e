// The catalogue of the app's own words.
#include "core/ui_text.h"

#include <array>
#include <string>

namespace cs {
namespace {

struct Words {
    std::string_view en;
    std::string_view fr;
};

constexpr std::array<Words, std::size_t(UiText::Count)> kWords{{
    {"Top face", "Face du dessus"},
    {"Bottom face", "Face du dessous"},
    {"unearned advantage", "avantage non mérité"},
    {"unearned disadvantage", "désavantage non mérité"},
    {"mirror: the same coin seen from below", "miroir : la même pièce vue de dessous"},
    {"F flip \xC2\xB7 drag to turn \xC2\xB7 F1 keys", "F retourner \xC2\xB7 glisser pour tourner \xC2\xB7 F1 touches"},
    {"One coin, two faces", "Une pièce, deux faces"},
    {"A coin stands for one social structure, such as racism or ableism. It gives unearned advantage to the "
     "people on its top face and unearned disadvantage to the people on its bottom face: both faces come "
     "from the same coin.",
     "Une pièce représente une structure sociale, comme le racisme ou le capacitisme. Elle donne un avantage "
     "non mérité aux personnes sur sa face du dessus et un désavantage non mérité aux personnes sur sa face "
     "du dessous : les deux faces viennent de la même pièce."},
    {"Step", "Étape"},
    {"of", "sur"},
    {"Problems", "Problèmes"},
    {"The file has errors: the last version that worked is still shown.",
     "Le fichier contient des erreurs : la dernière version valide reste affichée."},
    {"No problems.", "Aucun problème."},
    {"Click a line to copy it.", "Cliquez sur une ligne pour la copier."},
    {"Unearned advantages", "Avantages non mérités"},
    {"Unearned disadvantages", "Désavantages non mérités"},
    {"top", "dessus"},
    {"bottom", "dessous"},
    {"Lifting a few people to the top leaves the coin standing: the old place is still there and the top "
     "is still unearned. Caring for people who are harmed matters; this aims change at the wrong place.",
     "Hisser quelques personnes sur le dessus laisse la pièce debout : l'ancienne place existe toujours et "
     "le dessus reste non mérité. Prendre soin des personnes lésées compte; ceci vise le mauvais endroit."},
    {"old place, still there", "ancienne place, toujours là"},
    {"someone from the bottom face", "une personne de la face du dessous"},
    {"Taken apart together, led by people on the bottom face.",
     "Démantelée ensemble, sous la conduite des personnes de la face du dessous."},
    {"The coin is gone. The people, and who they are, remain.",
     "La pièce n'est plus là. Les personnes, et qui elles sont, demeurent."},
    {"Levels", "Niveaux"},
    {"institutional", "institutionnel"},
    {"interpersonal", "interpersonnel"},
    {"internal: internalised dominance", "intériorisé : domination intériorisée"},
    {"internal: internalised oppression", "intériorisé : oppression intériorisée"},
    {"Each person stands on many coins at once. Coins interact; they do not add up.",
     "Chaque personne se tient sur plusieurs pièces à la fois. Les pièces interagissent; elles ne s'additionnent pas."},
    {"The same coin, turned over: the other face was there all along.",
     "La même pièce, retournée : l'autre face était là depuis le début."},
    {"Content note", "Avertissement de contenu"},
    {"Continue", "Continuer"},
    {"Discuss", "Discussion"},
    {"Question", "Question"},
    {"Predict first, then see the answer. Nothing is scored.",
     "Prédisez d'abord, puis voyez la réponse. Rien n'est noté."},
    {"Your prediction", "Votre prédiction"},
    {"It matches the answer.", "Elle correspond à la réponse."},
    {"It differs from the answer: worth a second look.", "Elle diffère de la réponse : à revoir."},
    {"The answer", "La réponse"},
    {"Reflect", "Réflexion"},
    {"Private: stays on this computer, never on the projector.",
     "Privé : reste sur cet ordinateur, jamais à l'écran de projection."},
}};

bool isFrench(std::string_view language) { return language.substr(0, 2) == "fr"; }

// English → Canadian French for the chrome; sorted by English for lookup.
struct Phrase {
    std::string_view en;
    const char* fr;
};
constexpr Phrase kPhrases[] = {
    {"Quit (asks first during a presentation)", "Quitter (demande d'abord pendant une présentation)"},
    {"Yes: press N again. No: Esc.", "Oui : appuyez de nouveau sur N. Non : Échap."},
    {"Yes: press F1 again. No: Esc.", "Oui : appuyez de nouveau sur F1. Non : Échap."},
    {"Quit: Ctrl+Q again. Keep presenting: Esc.", "Quitter : Ctrl+Q de nouveau. Continuer : Échap."},
    {"Cancel the export", "Annuler l'exportation"},
    {"Export", "Exporter"},
    {"Export pictures and handouts", "Exporter les images et les documents"},
    {"Export pictures and handouts...", "Exporter les images et les documents…"},
    {"Exported to", "Exporté dans"},
    {"Folder", "Dossier"},
    {"One picture per step (step-001.png ...), handout.html for participants and handout-notes.html for the facilitator.",
     "Une image par étape (step-001.png …), handout.html pour les participants et participantes, et handout-notes.html pour l'animation."},
    {"Open a scenario first: its steps are what is exported.",
     "Ouvrez d'abord un scénario : ce sont ses étapes qui sont exportées."},
    {"Picture size", "Taille des images"},
    {"Replace them", "Les remplacer"},
    {"Starting the export...", "Début de l'exportation…"},
    {"The export failed:", "L'exportation a échoué :"},
    {"The export was cancelled; the folder may hold some of the pictures.",
     "L'exportation a été annulée; le dossier peut contenir une partie des images."},
    {"These files in the folder were not written by Coin Model Studio. Exporting replaces them:",
     "Ces fichiers du dossier n'ont pas été écrits par Coin Model Studio. L'exportation les remplace :"},
    {"or choose another folder above", "ou choisissez un autre dossier ci-dessus"},
    {"(none)", "(aucun)"},
    {"All steps", "Toutes les étapes"},
    {"Automatic (not the primary display)", "Automatique (pas l'écran principal)"},
    {"Display", "Écran"},
    {"Display for the room", "Écran pour la salle"},
    {"One display: the notes are an overlay (N) you can show on it.",
     "Un seul écran : les notes sont une superposition (N) que vous pouvez y afficher."},
    {"Present...", "Présenter…"},
    {"Present to a room", "Présenter à un groupe"},
    {"Present to a room (start screen)", "Présenter à un groupe (écran de départ)"},
    {"Reflection prompt (each person, privately)", "Piste de réflexion (chaque personne, en privé)"},
    {"Scenario", "Scénario"},
    {"Show the help here", "Afficher l'aide ici"},
    {"Start the presentation", "Commencer la présentation"},
    {"The notes open in their own window on another display.",
     "Les notes s'ouvrent dans leur propre fenêtre, sur un autre écran."},
    {"This screen may be shown on the projector. Show the shortcut help on it?",
     "Cet écran est peut-être projeté. Y afficher l'aide des raccourcis?"},
    {"Warning: some text of these steps is not written in this language and will show in another one",
     "Attention : une partie du texte de ces étapes n'est pas écrite dans cette langue et s'affichera dans une autre"},
    {"primary", "principal"},
    {"(on stage)", "(en scène)"},
    {"(over the plan)", "(au-delà du temps prévu)"},
    {"< Back", "< Retour"},
    {"Audience view", "Vue auditoire"},
    {"Audience view / workspace", "Vue auditoire / espace de travail"},
    {"Audience view: black", "Vue auditoire : écran noir"},
    {"Audience view: white", "Vue auditoire : écran blanc"},
    {"Black out (B)", "Écran noir (B)"},
    {"Black out the audience view (any key returns)", "Écran noir pour l'auditoire (toute touche revient)"},
    {"Cancel", "Annuler"},
    {"Continue at step", "Continuer à l'étape"},
    {"Dark", "Sombre"},
    {"Delete", "Supprimer"},
    {"Delete all my data...", "Supprimer toutes mes données…"},
    {"Delete settings, recent files, answers, reflections and resume data from this computer?",
     "Supprimer de cet ordinateur les paramètres, les fichiers récents, les réponses, les réflexions et le point de reprise?"},
    {"Dismiss", "Fermer"},
    {"Elapsed", "Écoulé"},
    {"End the presentation", "Terminer la présentation"},
    {"Export my reflections", "Exporter mes réflexions"},
    {"Light", "Clair"},
    {"Offer to continue where I left off", "Proposer de reprendre là où j'en étais"},
    {"Projector theme", "Thème de projection"},
    {"Recent files", "Fichiers récents"},
    {"Reduced motion (animations jump to their end)", "Mouvements réduits (les animations passent à leur fin)"},
    {"Reflections stay on this computer; they are never uploaded or shown on the projector.",
     "Les réflexions restent sur cet ordinateur; elles ne sont jamais envoyées ni projetées."},
    {"Save nothing on this computer (shared computers)", "Ne rien enregistrer sur cet ordinateur (ordinateurs partagés)"},
    {"Settings...", "Paramètres…"},
    {"Start at step 1", "Commencer à l'étape 1"},
    {"Started with --no-save: nothing is written this session.",
     "Lancé avec --no-save : rien n'est enregistré pendant cette session."},
    {"Text size", "Taille du texte"},
    {"You stopped at step", "Vous vous étiez arrêté·e à l'étape"},
    {"Click, Enter or drag onto the stage", "Cliquez, appuyez sur Entrée ou glissez sur la scène"},
    {"Close", "Fermer"},
    {"Coin in focus", "Pièce choisie"},
    {"Copy", "Copier"},
    {"Dismantle", "Démanteler"},
    {"English", "English"},
    {"File", "Fichier"},
    {"First step", "Première étape"},
    {"Flip", "Retourner"},
    {"Flip the coin in focus", "Retourner la pièce choisie"},
    {"Folder or file:", "Dossier ou fichier :"},
    {"Français", "Français"},
    {"Fullscreen", "Plein écran"},
    {"Fullscreen on / off", "Plein écran oui / non"},
    {"Glossary", "Glossaire"},
    {"Help", "Aide"},
    {"If someone objects", "Si quelqu'un objecte"},
    {"Keep presenting", "Continuer la présentation"},
    {"Keyboard shortcuts", "Raccourcis clavier"},
    {"Language", "Langue"},
    {"Larger text", "Texte plus grand"},
    {"Last step", "Dernière étape"},
    {"Leave fullscreen (never quits)", "Quitter le plein écran (ne ferme jamais l'appli)"},
    {"Levels", "Niveaux"},
    {"Lift to top", "Hisser sur le dessus"},
    {"Mouse: drag the stage to turn the coins.", "Souris : glissez sur la scène pour tourner les pièces."},
    {"Move left", "Vers la gauche"},
    {"Move right", "Vers la droite"},
    {"Next", "Suivante"},
    {"Next >", "Suivant >"},
    {"Next step", "Étape suivante"},
    {"No folders or .toml files here.", "Aucun dossier ni fichier .toml ici."},
    {"No scenario open", "Aucun scénario ouvert"},
    {"Not translated: shown in another language", "Non traduit : affiché dans une autre langue"},
    {"Notes (never on the projector)", "Notes (jamais à l'écran de projection)"},
    {"On stage", "En scène"},
    {"Open a scenario", "Ouvrir un scénario"},
    {"Open a scenario file...", "Ouvrir un fichier de scénario…"},
    {"Open...", "Ouvrir…"},
    {"People (fictional)", "Personnes (fictives)"},
    {"Present", "Présenter"},
    {"Presenter overlay", "Vue de l'animateur ou de l'animatrice"},
    {"Previous step", "Étape précédente"},
    {"Problems", "Problèmes"},
    {"Quit", "Quitter"},
    {"Quit Coin Model Studio?", "Quitter Coin Model Studio?"},
    {"Reduced motion", "Mouvements réduits"},
    {"Reload", "Recharger"},
    {"Remove", "Retirer"},
    {"Reset the turn of the stage", "Remettre la scène de face"},
    {"Reveal the answer to the room", "Révéler la réponse à la salle"},
    {"Reveal the answer to the room (R)", "Révéler la réponse à la salle (R)"},
    {"Scenarios", "Scénarios"},
    {"Settings", "Paramètres"},
    {"Shortcut help", "Aide des raccourcis"},
    {"Show the notes here", "Afficher les notes ici"},
    {"Show the room again", "Rétablir la vue de la salle"},
    {"Show the step", "Afficher l'étape"},
    {"Show", "Afficher"},
    {"Skip this step", "Passer cette étape"},
    {"This screen may be shown on the projector. Show the presenter notes on it?",
     "Cet écran est peut-être projeté. Y afficher les notes de présentation?"},
    {"This step", "Cette étape"},
    {"Six coins are on stage: remove one to place another.",
     "Six pièces sont en scène : retirez-en une pour en placer une autre."},
    {"Smaller text", "Texte plus petit"},
    {"Sources", "Sources"},
    {"Structures", "Structures"},
    {"Text size 100 %", "Taille du texte 100 %"},
    {"Text size back to 100 %", "Taille du texte à 100 %"},
    {"Tilt the stage down", "Incliner la scène vers le bas"},
    {"Tilt the stage up", "Incliner la scène vers le haut"},
    {"Turn the stage left", "Tourner la scène vers la gauche"},
    {"Turn the stage right", "Tourner la scène vers la droite"},
    {"Type a step number, then Enter to jump", "Tapez un numéro d'étape, puis Entrée pour y aller"},
    {"Up one folder", "Dossier parent"},
    {"View", "Affichage"},
    {"White out the audience view (any key returns)", "Écran blanc pour l'auditoire (toute touche revient)"},
    {"What the room sees", "Ce que voit la salle"},
    {"Workspace", "Espace de travail"},
    {"both", "les deux"},
    {"bottom", "dessous"},
    {"edge", "tranche"},
    {"top", "dessus"},
};

} // namespace

const char* uiWord(const char* english, std::string_view language) {
    if (!isFrench(language)) return english;
    const std::string_view key(english);
    for (const auto& p : kPhrases) {
        if (p.en == key) return p.fr;
    }
    return english;
}

std::vector<std::string_view> uiWordsKnown() {
    std::vector<std::string_view> out;
    for (const auto& p : kPhrases) out.push_back(p.en);
    return out;
}

std::string_view uiText(UiText id, std::string_view language) {
    const auto i = std::size_t(id);
    if (i >= kWords.size()) return {};
    return isFrench(language) ? kWords[i].fr : kWords[i].en;
}

std::string stepOf(int number, int count, std::string_view language) {
    return std::string(uiText(UiText::Step, language)) + " " + std::to_string(number) + " " +
           std::string(uiText(UiText::Of, language)) + " " + std::to_string(count);
}

std::string labelled(std::string_view label, std::string_view value, std::string_view language) {
    std::string out(label);
    out += isFrench(language) ? " : " : ": "; // French puts a space before the colon
    out += value;
    return out;
}

} // namespace cs
