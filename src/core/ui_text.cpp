// The catalogue of the app's own words.
#include "core/ui_text.h"

#include "core/french_typography.h"

#include <array>
#include <iterator>
#include <string>
#include <vector>

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
    {"mirror: the same coin seen from below", "miroir : la même pièce vue d'en dessous"},
    {"F flip \xC2\xB7 drag to turn \xC2\xB7 F1 keys",
     "F retourner \xC2\xB7 faire glisser pour tourner \xC2\xB7 F1 raccourcis"},
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
     "Hisser quelques personnes sur la face du dessus laisse la pièce en place : l'ancienne place existe "
     "toujours et la face du dessus reste non méritée. Prendre soin des personnes lésées demeure important ; "
     "c'est la cible du changement qui est mal choisie."},
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
     "Chaque personne se tient sur plusieurs pièces à la fois. Les pièces interagissent ; elles ne s'additionnent "
     "pas."},
    {"The same coin, turned over: the other face was there all along.",
     "La même pièce, retournée : l'autre face était là depuis le début."},
    {"Content note", "Avertissement de contenu"},
    {"Continue", "Continuer"},
    {"Discuss", "Discussion"},
    {"Question", "Question"},
    {"Predict first, then see the answer. Nothing is scored.",
     "Faites d'abord votre prédiction, puis voyez la réponse. Rien n'est noté."},
    {"Your prediction", "Votre prédiction"},
    {"It matches the answer.", "Elle correspond à la réponse."},
    {"It differs from the answer: worth a second look.",
     "Elle diffère de la réponse : cela vaut la peine d'y repenser."},
    {"The answer", "La réponse"},
    {"Reflect", "Réflexion"},
    {"Private: stays on this computer, never on the projector.",
     "Privé : reste sur cet ordinateur, jamais à l'écran projeté."},
}};

// English → Canadian French for the chrome; sorted by English for lookup.
struct Phrase {
    std::string_view en;
    const char* fr;
};
constexpr Phrase kPhrases[] = {
    {"Privately, for yourself: nobody is asked to share.",
     "En privé, pour vous-même : personne n'a à partager sa réflexion."},
    {"Quit (asks first during a presentation)", "Quitter (demande une confirmation pendant une présentation)"},
    {"(with problems to fix before it can be shown)", "(avec des problèmes à corriger avant de pouvoir le présenter)"},
    {"A built-in scenario: Save as... keeps your copy in a folder of your own.",
     "Un scénario intégré : Enregistrer sous… place votre copie dans un dossier qui vous appartient."},
    {"A new scenario from the template. Save as... gives it a folder.",
     "Un nouveau scénario à partir du modèle. Enregistrer sous… lui attribue un dossier."},
    {"Autosave failed:", "L'enregistrement automatique a échoué :"},
    {"Cannot copy the picture: too many pictures of that name.",
     "Impossible de copier l'image : trop d'images portent ce nom."},
    {"Cannot copy the picture:", "Impossible de copier l'image :"},
    {"Cannot read the picture:", "Impossible de lire l'image :"},
    {"Cannot use the folder", "Impossible d'utiliser le dossier"},
    {"Choose a new or empty folder.", "Choisissez un dossier nouveau ou vide."},
    {"Not a usable PNG or JPEG picture:", "Ce n'est pas une image PNG ou JPEG utilisable :"},
    {"Not saved:", "Non enregistré :"},
    {"Picture copied to", "Image copiée dans"},
    {"Save the scenario first: its pictures go in the images folder next to it.",
     "Enregistrez d'abord le scénario : ses images vont dans le dossier images, à côté du fichier."},
    {"Saved at", "Enregistré à"},
    {"Saved, but these pictures could not be copied:", "Enregistré, mais ces images n'ont pas pu être copiées :"},
    {"The file changed on disk. Saving will replace that version with yours.",
     "Le fichier a été modifié sur le disque. L'enregistrement remplacera cette version par la vôtre."},
    {"The file changed on disk; the editor shows the new version.",
     "Le fichier a été modifié sur le disque ; l'éditeur affiche la nouvelle version."},
    {"The file has errors: you are editing its last version that loaded.",
     "Le fichier contient des erreurs : vous modifiez la dernière version qui a pu être chargée."},
    {"The picture is larger than 16 MiB:", "L'image dépasse 16 Mio :"},
    {"The unsaved changes could not be restored:", "Les modifications non enregistrées n'ont pas pu être restaurées :"},
    {"There is already a file", "Il y a déjà un fichier"},
    {"Type the folder to save in.", "Indiquez le dossier où enregistrer."},
    {"Saved, but not safely:", "Enregistré, mais pas en sûreté :"},
    {"Save again to be sure; your changes are still here.",
     "Enregistrez de nouveau pour en être sûr ; vos modifications sont toujours là."},
    {"Your changes are still here; make room on the disk, or try Save as... on another disk.",
     "Vos modifications sont toujours là ; libérez de la place sur le disque, ou essayez Enregistrer sous… sur un "
     "autre disque."},
    {"Your changes are still here; try Save as... with another folder.",
     "Vos modifications sont toujours là ; essayez Enregistrer sous… avec un autre dossier."},
    {"Your unsaved changes were restored. Save to keep them.",
     "Vos modifications non enregistrées ont été restaurées. Enregistrez pour les garder."},
    {"Edit this scenario / close the editor", "Modifier ce scénario / fermer l'éditeur"},
    {"Save the scenario (editor)", "Enregistrer le scénario (éditeur)"},
    {"Undo (editor; Ctrl+Shift+Z redoes)", "Annuler (éditeur ; Ctrl+Maj+Z rétablit)"},
    {"Redo (editor)", "Rétablir (éditeur)"},
    {"Yes: press N again. No: Esc.", "Oui : appuyez de nouveau sur N. Non : Échap."},
    {"Yes: press F1 again. No: Esc.", "Oui : appuyez de nouveau sur F1. Non : Échap."},
    {"Quit: Ctrl+Q again. Keep presenting: Esc.", "Quitter : Ctrl+Q de nouveau. Continuer la présentation : Échap."},
    {"Cancel the export", "Annuler l'exportation"},
    {"Export", "Exporter"},
    {"Export pictures and handouts", "Exporter les images et les documents"},
    {"Export pictures and handouts...", "Exporter les images et les documents…"},
    {"Export pictures and handouts... (desktop app)", "Exporter les images et les documents… (application de bureau)"},
    {"Edit this scenario (desktop app)", "Modifier ce scénario (application de bureau)"},
    {"Present... (desktop app)", "Présenter… (application de bureau)"},
    {"Open a scenario from this device...", "Ouvrir un scénario de cet appareil…"},
    {"Open a scenario folder from this device...", "Ouvrir un dossier de scénario de cet appareil…"},
    {"The scenario editor is in the desktop app.", "L'éditeur de scénarios est dans l'application de bureau."},
    {"Presenter mode is in the desktop app: this page is for walking through a scenario on your own.",
     "Le mode présentation est dans l'application de bureau : cette page sert à parcourir un scénario par soi-même."},
    {"Pictures and handouts are exported by the desktop app.",
     "Les images et les documents sont exportés par l'application de bureau."},
    {"Scenarios are published as web pages by the desktop app.",
     "Les scénarios sont publiés comme pages Web par l'application de bureau."},
    {"Close the browser's tab to leave the page: your work is kept.",
     "Fermez l'onglet du navigateur pour quitter la page : votre travail est conservé."},
    {"In the desktop app: this page shows scenarios, it does not edit or present them.",
     "Dans l'application de bureau : cette page montre les scénarios, elle ne les modifie ni ne les présente."},
    {"Exported to", "Exporté dans"},
    {"Folder", "Dossier"},
    {"One picture per step (step-001.png ...), handout.html for participants and handout-notes.html for the "
     "facilitator.",
     "Une image par étape (step-001.png …), handout.html pour les personnes participantes et handout-notes.html pour "
     "l'animation."},
    {"Open a scenario first: its steps are what is exported.",
     "Ouvrez d'abord un scénario : ce sont ses étapes qui sont exportées."},
    {"Picture size", "Taille des images"},
    {"Replace them", "Les remplacer"},
    {"Starting the export...", "Début de l'exportation…"},
    {"The export failed:", "L'exportation a échoué :"},
    {"The export was cancelled; the folder may hold some of the pictures.",
     "L'exportation a été annulée ; le dossier peut contenir une partie des images."},
    {"These files in the folder were not written by Coin Model Studio. Exporting replaces them:",
     "Ces fichiers du dossier n'ont pas été écrits par Coin Model Studio. L'exportation les remplace :"},
    {"or choose another folder above", "ou choisissez un autre dossier ci-dessus"},
    // File → Publish as web page… (src/ui/publish_panel.cpp, the menu bar, src/app/publish_runner.cpp).
    {"Publish as web page", "Publier comme page Web"},
    {"Publish as web page...", "Publier comme page Web…"},
    {"Publish", "Publier"},
    {"Published to", "Publié dans"},
    {"Not published:", "Non publié :"},
    {"Open a scenario first: the page opens at it.", "Ouvrez d'abord un scénario : la page s'ouvre sur lui."},
    {"No web build found: run ./web.sh in the source folder first.",
     "Aucune version Web trouvée : lancez d'abord ./web.sh dans le dossier des sources."},
    {"A folder that opens this scenario in a web browser from any web server: the page (index.html and its files), "
     "the scenario and its pictures in scenario/, and published.json.",
     "Un dossier qui ouvre ce scénario dans un navigateur, depuis n'importe quel serveur Web : la page (index.html et "
     "ses fichiers), le scénario et ses images dans scenario/, et published.json."},
    {"The editor has unsaved changes: the file as last saved is published.",
     "L'éditeur contient des modifications non enregistrées : c'est le fichier tel qu'il a été enregistré qui est "
     "publié."},
    {"These files in the folder were not written by Coin Model Studio. Publishing replaces them:",
     "Ces fichiers du dossier n'ont pas été écrits par Coin Model Studio. La publication les remplace :"},
    {"Replace them?", "Les remplacer ?"},
    {"Replace", "Remplacer"},
    {"Choose another folder", "Choisir un autre dossier"},
    // The scenario editor: src/ui/editor_*.cpp and the menu bar.
    {"Move up", "Monter"},
    {"Move down", "Descendre"},
    {"error", "erreur"},
    {"errors", "erreurs"},
    {"warning", "avertissement"},
    {"warnings", "avertissements"},
    {"Add", "Ajouter"},
    {"Add image...", "Ajouter une image…"},
    {"PNG or JPEG file to copy into the scenario's images folder:",
     "Fichier PNG ou JPEG à copier dans le dossier images du scénario :"},
    {"Same as the previous step", "Comme à l'étape précédente"},
    {"Order on stage:", "Ordre sur la scène :"},
    {"No action", "Aucune action"},
    {"Minutes (the facilitator's time plan)", "Minutes (durée prévue par l'animation)"},
    {"(not set)", "(non précisé)"},
    {"Question (predict, then reveal)", "Question (prédire, puis révéler)"},
    {"Add a question", "Ajouter une question"},
    {"Remove the question", "Retirer la question"},
    {"Prompt", "Énoncé"},
    {"Choices", "Choix"},
    {"Answer", "Réponse"},
    {"Explanation (after the reveal)", "Explication (une fois la réponse révélée)"},
    {"Title", "Titre"},
    {"Text (what the audience reads)", "Texte (ce que lit l'auditoire)"},
    {"Picture beside the text", "Image à côté du texte"},
    {"Notes (facilitator only)", "Notes (pour l'animation seulement)"},
    {"Content note (shown first, presenter view first)",
     "Avertissement de contenu (affiché avant l'étape, d'abord dans la vue de présentation)"},
    {"Coins on stage", "Pièces en scène"},
    {"People on stage (fictional)", "Personnes fictives en scène"},
    {"First coin on stage", "Première pièce en scène"},
    {"Which face is shown", "Face affichée"},
    {"(not set: both)", "(non précisé : les deux)"},
    {"Action of the step", "Action de l'étape"},
    {"(not set: none)", "(non précisé : aucune)"},
    {"Discussion prompt (pairs or small groups)", "Piste de discussion (en dyades ou en petits groupes)"},
    {"If someone objects (presenter-only cards)", "En cas d'objection (fiches réservées à l'animation)"},
    {"Colour", "Couleur"},
    {"(not set: from the palette)", "(non précisé : couleur tirée de la palette)"},
    {"Levels it acts at", "Niveaux où elle agit"},
    {"institutional", "institutionnel"},
    {"interpersonal", "interpersonnel"},
    {"internal", "intériorisé"},
    {"Structure (coin)", "Structure (pièce)"},
    {"Id (used by steps and personas)", "Identifiant (utilisé par les étapes et les personnes fictives)"},
    {"Name", "Nom"},
    {"Top face: who gets unearned advantage", "Face du dessus : qui reçoit un avantage non mérité"},
    {"Bottom face: who carries unearned disadvantage", "Face du dessous : qui porte un désavantage non mérité"},
    {"Unearned advantages", "Avantages non mérités"},
    {"Unearned disadvantages", "Désavantages non mérités"},
    {"Cited source", "Source citée"},
    {"Persona (fictional)", "Personne fictive"},
    {"Id (used by steps)", "Identifiant (utilisé par les étapes)"},
    {"From a step that no longer exists", "D'une étape qui n'existe plus"},
    {"Kept on this computer and exported with your reflections; the scenario no longer has these steps, or asks "
     "them differently.",
     "Conservées sur cet ordinateur et exportées avec vos réflexions ; le scénario n'a plus ces étapes, ou les "
     "formule autrement."},
    {"Your answer", "Votre réponse"},
    {"Id (keeps learners' answers with this step)",
     "Identifiant (garde les réponses des personnes apprenantes avec cette étape)"},
    {"Description (optional)", "Description (facultative)"},
    {"Picture", "Image"},
    {"Where they stand on each coin", "Sa place sur chaque pièce"},
    {"(not on this coin)", "(pas sur cette pièce)"},
    {"Id (used by structures)", "Identifiant (utilisé par les structures)"},
    {"Reference (how to cite it)", "Référence (comment la citer)"},
    {"Link (optional)", "Lien (facultatif)"},
    {"Id", "Identifiant"},
    {"Languages (codes such as en, fr; the first is the default)",
     "Langues (codes comme en, fr ; la première est la langue par défaut)"},
    {"Summary", "Résumé"},
    {"Authors", "Autrices et auteurs"},
    {"Add source", "Ajouter une source"},
    {"Add structure", "Ajouter une structure"},
    {"Add persona", "Ajouter une personne fictive"},
    {"Add step", "Ajouter une étape"},
    {"(no title)", "(sans titre)"},
    {"Duplicate", "Dupliquer"},
    {"Drag steps to reorder, or Alt+Up / Alt+Down.",
     "Faites glisser les étapes pour changer leur ordre, ou Alt+Haut / Alt+Bas."},
    {"Personas", "Personnes fictives"},
    {"Steps", "Étapes"},
    {"Not saved yet", "Pas encore enregistré"},
    {"Unsaved changes", "Modifications non enregistrées"},
    {"Save", "Enregistrer"},
    {"Save as...", "Enregistrer sous…"},
    {"Undo", "Annuler"},
    {"Redo", "Rétablir"},
    {"Close the editor", "Fermer l'éditeur"},
    {"Checking...", "Vérification…"},
    {"The same checks as --check. Click a problem to go to its item.",
     "Les mêmes vérifications que --check. Cliquez sur un problème pour aller à son élément."},
    {"this scenario", "ce scénario"},
    {"Save the changes to %s?", "Enregistrer les modifications apportées à %s ?"},
    {"If you do not save them, they are lost.", "Si vous ne les enregistrez pas, elles seront perdues."},
    {"Don't save", "Ne pas enregistrer"},
    {"Comments in the file", "Commentaires dans le fichier"},
    {"This file has comments. Saving writes the canonical form and the comments will not be kept.",
     "Ce fichier contient des commentaires. L'enregistrement écrit la forme canonique et les commentaires ne seront "
     "pas conservés."},
    {"Save anyway", "Enregistrer quand même"},
    {"Not now", "Pas maintenant"},
    {"New scenario from the template", "Nouveau scénario à partir du modèle"},
    {"Save as", "Enregistrer sous"},
    {"Folder for the new scenario (created if missing):", "Dossier du nouveau scénario (créé s'il n'existe pas) :"},
    {"Folder to save the scenario in (created if missing; its pictures are copied along):",
     "Dossier où enregistrer le scénario (créé s'il n'existe pas ; ses images y sont copiées) :"},
    {"Empty: choose the folder when you first save.", "Vide : choisissez le dossier au premier enregistrement."},
    {"Create", "Créer"},
    {"Save here", "Enregistrer ici"},
    {"Restore unsaved changes", "Restaurer les modifications non enregistrées"},
    {"a new scenario", "un nouveau scénario"},
    {"Coin Model Studio closed with unsaved changes to %s. Restore them?",
     "Coin Model Studio s'est fermé alors que des modifications apportées à %s n'étaient pas enregistrées. Les "
     "restaurer ?"},
    {"Restore", "Restaurer"},
    {"Discard", "Abandonner"},
    {"New scenario from template...", "Nouveau scénario à partir du modèle…"},
    {"Edit this scenario", "Modifier ce scénario"},
    {"Edit", "Édition"},
    {"(none)", "(aucun)"},
    {"The open scenario:", "Le scénario ouvert :"},
    {"Autosave is off (nothing is saved on this computer): save your work yourself.",
     "L'enregistrement automatique est désactivé (rien n'est conservé sur cet ordinateur) : enregistrez vous-même "
     "votre travail."},
    {"There is already a different picture", "Il y a déjà une autre image"},
    {"Something went wrong inside the app; it carries on and your work was kept.",
     "Un problème est survenu dans l'application ; elle continue de fonctionner et votre travail a été conservé."},
    {"A note about it was written to", "Une note à ce sujet a été écrite dans"},
    {"The scenario could not be opened; its problems are listed.",
     "Le scénario n'a pas pu être ouvert ; ses problèmes sont énumérés."},
    {"All steps", "Toutes les étapes"},
    {"Automatic (not the primary display)", "Automatique (pas l'écran principal)"},
    {"Display", "Écran"},
    {"Display for the room", "Écran pour la salle"},
    {"One display: the notes are an overlay (N) you can show on it.",
     "Un seul écran : les notes peuvent s'y afficher en superposition (N)."},
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
     "Cet écran est peut-être projeté. Y afficher l'aide des raccourcis ?"},
    {"Warning: some text of these steps is not written in this language and will show in another one",
     "Attention : une partie du texte de ces étapes n'est pas écrite dans cette langue et s'affichera dans une autre"},
    {"primary", "principal"},
    {"(on stage)", "(en scène)"},
    {"(over the plan)", "(au-delà du temps prévu)"},
    {"< Back", "< Retour"},
    {"Audience view", "Vue de l'auditoire"},
    {"Audience view / workspace", "Vue de l'auditoire ou espace de travail"},
    {"Audience view: black", "Vue de l'auditoire : écran noir"},
    {"Audience view: white", "Vue de l'auditoire : écran blanc"},
    {"Black out (B)", "Écran noir (B)"},
    {"Black out the audience view (any key returns)",
     "Écran noir pour l'auditoire (n'importe quelle touche rétablit l'affichage)"},
    {"Cancel", "Annuler"},
    {"Continue at step", "Reprendre à l'étape"},
    {"Dark", "Sombre"},
    {"Delete", "Supprimer"},
    {"Delete all my data...", "Supprimer toutes mes données…"},
    {"Delete settings, recent files, answers, reflections and resume data from this computer?",
     "Supprimer de cet ordinateur les paramètres, les fichiers récents, les réponses, les réflexions et le point de "
     "reprise ?"},
    {"Dismiss", "Fermer"},
    {"Elapsed", "Temps écoulé"},
    {"End the presentation", "Terminer la présentation"},
    {"Export my reflections", "Exporter mes réflexions"},
    {"Light", "Clair"},
    {"Offer to continue where I left off", "Proposer de reprendre là où j'en étais"},
    {"Projector theme", "Thème de projection"},
    {"Recent files", "Fichiers récents"},
    {"Reduced motion (animations jump to their end)",
     "Mouvements réduits (les animations passent directement à leur état final)"},
    {"Reflections stay on this computer; they are never uploaded or shown on the projector.",
     "Les réflexions restent sur cet ordinateur ; elles ne sont jamais téléversées ni projetées."},
    {"Save nothing in this browser (shared computers)",
     "Ne rien enregistrer dans ce navigateur (ordinateurs partagés)"},
    {"Reflections stay in this browser on this device; they are never uploaded or shown on the projector.",
     "Les réflexions restent dans ce navigateur, sur cet appareil ; elles ne sont jamais téléversées ni projetées."},
    {"Delete settings, answers, reflections and resume data from this browser?",
     "Supprimer de ce navigateur les paramètres, les réponses, les réflexions et le point de reprise?"},
    {"Private: stays in this browser, never on the projector.",
     "Privé : reste dans ce navigateur, jamais à l'écran projeté."},
    {"Save nothing on this computer (shared computers)",
     "Ne rien enregistrer sur cet ordinateur (ordinateurs partagés)"},
    {"Settings...", "Paramètres…"},
    {"Start at step 1", "Commencer à l'étape 1"},
    {"Started with --no-save: nothing is written this session.",
     "Lancé avec --no-save : rien n'est enregistré pendant cette session."},
    {"Text size", "Taille du texte"},
    {"You stopped at step", "Vous en étiez à l'étape"},
    {"Click, Enter or drag onto the stage", "Cliquez, appuyez sur Entrée ou faites glisser sur la scène"},
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
    {"Fullscreen on / off", "Activer ou quitter le plein écran"},
    {"Glossary", "Glossaire"},
    {"Help", "Aide"},
    {"If someone objects", "En cas d'objection"},
    {"Keep presenting", "Continuer la présentation"},
    {"Keyboard shortcuts", "Raccourcis clavier"},
    {"Language", "Langue"},
    {"Larger text", "Texte plus grand"},
    {"Last step", "Dernière étape"},
    {"Leave fullscreen (never quits)", "Quitter le plein écran (ne ferme jamais l'application)"},
    {"Levels", "Niveaux"},
    {"Lift to top", "Hisser sur la face du dessus"},
    {"Mouse: drag the stage to turn the coins.", "Souris : faites glisser la scène pour tourner les pièces."},
    {"Move left", "Déplacer vers la gauche"},
    {"Move right", "Déplacer vers la droite"},
    {"Next", "Suivante"},
    {"Next >", "Suivant >"},
    {"Next step", "Étape suivante"},
    {"No folders or .toml files here.", "Aucun dossier ni fichier .toml ici."},
    {"No scenario open", "Aucun scénario ouvert"},
    {"Not translated: shown in another language", "Non traduit : affiché dans une autre langue"},
    {"Notes (never on the projector)", "Notes (jamais projetées)"},
    {"On stage", "En scène"},
    {"Open a scenario", "Ouvrir un scénario"},
    {"Open a scenario file...", "Ouvrir un fichier de scénario…"},
    {"Open...", "Ouvrir…"},
    {"People (fictional)", "Personnes fictives"},
    {"Present", "Présenter"},
    {"Presenter overlay", "Notes de présentation en superposition"},
    {"Previous step", "Étape précédente"},
    {"Problems", "Problèmes"},
    {"Quit", "Quitter"},
    {"Quit Coin Model Studio?", "Quitter Coin Model Studio ?"},
    {"Reduced motion", "Mouvements réduits"},
    {"Reload", "Recharger"},
    {"Remove", "Retirer"},
    {"Reset the turn of the stage", "Remettre la scène de face"},
    {"Reveal the answer to the room", "Révéler la réponse à la salle"},
    {"Answer on your phone", "Répondez avec votre téléphone"},
    {"Anonymous: no name, nothing kept.", "Anonyme : aucun nom, rien n'est conservé."},
    {"How the room answered", "Les réponses de la salle"},
    {"answer", "réponse"},
    {"answers", "réponses"},
    {"Not shown", "Non affichées"},
    {"fewer than 5 answers, so that nobody can be singled out.",
     "moins de 5 réponses, pour que personne ne puisse être reconnu."},
    {"Room answers", "Réponses de la salle"},
    {"Room answers (phones)", "Réponses de la salle (téléphones)"},
    {"Join code (live room)", "Code pour se joindre (salle en direct)"},
    {"Show the room's join code on this step, even without a question",
     "Afficher le code pour se joindre à cette étape, même sans question"},
    {"Participants answer each question from their phones on this network; only the counts are shown, from 5 "
     "answers up, and nothing is kept after the show.",
     "Les participantes et participants répondent à chaque question avec leur téléphone sur ce réseau; seuls les "
     "totaux sont affichés, à partir de 5 réponses, et rien n'est conservé après la présentation."},
    {"Warning: only this computer can open the page. For phones, join the room's Wi-Fi or start a hotspot, then "
     "present again; or let people choose silently.",
     "Attention : seul cet ordinateur peut ouvrir la page. Pour les téléphones, rejoignez le Wi-Fi de la salle ou "
     "créez un point d'accès, puis présentez de nouveau; ou laissez chaque personne choisir en silence."},
    {"Answers from the room", "Réponses de la salle"},
    {"(closed)", "(fermé)"},
    {"(bars from 5 answers)", "(barres à partir de 5 réponses)"},
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
     "Cet écran est peut-être projeté. Y afficher les notes de présentation ?"},
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
    {"White out the audience view (any key returns)",
     "Écran blanc pour l'auditoire (n'importe quelle touche rétablit l'affichage)"},
    {"What the room sees", "Ce que voit la salle"},
    {"Workspace", "Espace de travail"},
    {"both", "les deux"},
    {"bottom", "dessous"},
    {"edge", "tranche"},
    {"top", "dessus"},
    // "+ 3 more in the handout": the items a projected column has no room for.
    {"more in the handout", "autres dans le document remis"},
};

// The French words as they are shown: French typography (no-break spaces before « : ; ! ? » and inside
// « »), set once.
const std::vector<std::string>& shownPhrases() {
    static const std::vector<std::string> shown = [] {
        std::vector<std::string> out;
        for (const auto& p : kPhrases)
            out.push_back(frenchTypography(p.fr));
        return out;
    }();
    return shown;
}

const std::vector<std::string>& shownWords() {
    static const std::vector<std::string> shown = [] {
        std::vector<std::string> out;
        for (const auto& w : kWords)
            out.push_back(frenchTypography(w.fr));
        return out;
    }();
    return shown;
}

} // namespace

const char* uiWord(const char* english, std::string_view language) {
    if (!isFrench(language)) return english;
    const std::string_view key(english);
    for (std::size_t i = 0; i < std::size(kPhrases); ++i) {
        if (kPhrases[i].en == key) return shownPhrases()[i].c_str();
    }
    return english;
}

std::vector<std::string_view> uiWordsKnown() {
    std::vector<std::string_view> out;
    for (const auto& p : kPhrases)
        out.push_back(p.en);
    return out;
}

std::string_view uiText(UiText id, std::string_view language) {
    const auto i = std::size_t(id);
    if (i >= kWords.size()) return {};
    return isFrench(language) ? std::string_view(shownWords()[i]) : kWords[i].en;
}

std::string stepOf(int number, int count, std::string_view language) {
    return std::string(uiText(UiText::Step, language)) + " " + std::to_string(number) + " " +
           std::string(uiText(UiText::Of, language)) + " " + std::to_string(count);
}

std::string labelled(std::string_view label, std::string_view value, std::string_view language) {
    std::string out(label);
    out += isFrench(language) ? "\u00A0: " : ": "; // French puts a (no-break) space before the colon
    out += value;
    return out;
}

bool isFrench(std::string_view language) {
    return language.substr(0, 2) == "fr";
}

} // namespace cs
