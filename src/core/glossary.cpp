// Glossary entries, in our own words. Each entry names where its idea comes from: most from Nixon (2019);
// intersectionality from Crenshaw (1989); cultural safety from Papps & Ramsden (1996).
//
// French follows docs/scenario-format.md, "Writing in French": epicene wording or full doublets, and an
// ordinary space before « : ; ! ? » and inside « » (the display turns it into the right no-break space).
#include "core/glossary.h"

namespace cs {
namespace {

constexpr GlossaryEntry kEntries[] = {
    {"Coin",
     "A social structure that produces and keeps up inequality, such as racism, ableism or settler colonialism. "
     "A coin is not a person and not a group of people.",
     "Pièce de monnaie (pièce)",
     "Une structure sociale qui produit et maintient des inégalités, comme le racisme, le capacitisme ou le "
     "colonialisme de peuplement. Une pièce n'est ni une personne ni un groupe de personnes."},
    {"Face",
     "Each coin has two faces. People stand on one face or the other because of who they happen to be, not "
     "because of anything they did. Both faces come from the same coin.",
     "Face",
     "Chaque pièce a deux faces : la face du dessus et la face du dessous. Les personnes se trouvent sur l'une "
     "ou l'autre en raison de qui elles sont, et non de ce qu'elles ont fait. Les deux faces viennent de la même "
     "pièce."},
    {"Unearned advantage",
     "What the top face gives: benefits that come from the structure, not from effort or merit. The top face is "
     "not a neutral norm.",
     "Avantage non mérité",
     "Ce que donne la face du dessus : des bénéfices qui viennent de la structure, et non de l'effort ou du "
     "mérite. La face du dessus n'est pas une norme neutre."},
    {"Unearned disadvantage",
     "What the bottom face carries: harms and barriers that come from the structure, not from the people who "
     "carry them.",
     "Désavantage non mérité",
     "Ce que porte la face du dessous : des torts et des obstacles qui viennent de la structure, et non des "
     "personnes qui les subissent."},
    {"Privilege",
     "Nixon's word for unearned advantage: what a coin hands to the people on its top face because of who they "
     "happen to be. It describes how a structure works, not whether someone is a good person, and the people who "
     "have it often do not notice it (Nixon 2019).",
     "Privilège",
     "Le mot qu'emploie Nixon pour l'avantage non mérité : ce qu'une pièce accorde aux personnes de la face du "
     "dessus en raison de qui elles sont. Il décrit le fonctionnement d'une structure, et non la valeur d'une "
     "personne ; souvent, les personnes qui en profitent ne le remarquent même pas (Nixon 2019)."},
    {"Oppression",
     "Nixon's word for unearned disadvantage: the harms and barriers a coin puts on the people on its bottom "
     "face. The cause lies in the structure, not in those people; labels such as \"vulnerable\" or \"high-risk\" "
     "hide the coin that produces them (Nixon 2019).",
     "Oppression",
     "Le mot qu'emploie Nixon pour le désavantage non mérité : les torts et les obstacles qu'une pièce impose aux "
     "personnes de la face du dessous. La cause se trouve dans la structure, et non chez ces personnes ; des "
     "étiquettes comme « vulnérables » ou « à risque » cachent la pièce qui produit ces torts (Nixon 2019)."},
    {"Levels",
     "Coins work at three connected levels: institutional (laws, policies, systems), interpersonal (between "
     "people) and internal (what we come to believe about ourselves and others, on both faces).",
     "Niveaux",
     "Les pièces agissent à trois niveaux liés : institutionnel (lois, politiques, systèmes), interpersonnel "
     "(entre les personnes) et intériorisé (ce que l'on finit par croire de soi et des autres, sur les deux faces)."},
    {"Intersectionality",
     "Each person stands on many coins at once: on the top face of some and the bottom face of others. The coins "
     "act on one another; they do not add up to a total, and nothing here ranks people. The term comes from the "
     "Black feminist legal scholar Kimberlé Crenshaw (1989); the coin model uses it to read several coins "
     "together (Nixon 2019).",
     "Intersectionnalité",
     "Chaque personne se tient sur plusieurs pièces à la fois : sur la face du dessus de certaines et sur la face "
     "du dessous d'autres. Les pièces agissent les unes sur les autres ; elles ne s'additionnent pas, et rien ici "
     "ne classe les personnes. Le terme vient de la juriste féministe noire Kimberlé Crenshaw (1989) ; le modèle "
     "de la pièce s'en sert pour lire plusieurs pièces ensemble (Nixon 2019)."},
    {"Settler colonialism",
     "A structure in which newcomers came to stay, took Indigenous lands and put their own laws and institutions "
     "in place. It is still at work, not only history. Read as a coin, its top face holds non-Indigenous people "
     "(settlers) and its bottom face Indigenous peoples: First Nations, Inuit and Métis, distinct peoples with "
     "many nations.",
     "Colonialisme de peuplement",
     "Une structure par laquelle des personnes venues s'installer pour de bon ont pris les terres autochtones et "
     "imposé leurs propres lois et institutions. Elle agit encore aujourd'hui ; ce n'est pas seulement de "
     "l'histoire. Vue comme une pièce, elle place les personnes non autochtones (allochtones) sur la face du "
     "dessus et les peuples autochtones sur la face du dessous : Premières Nations, Inuit et Métis, des peuples "
     "distincts qui comptent de nombreuses nations."},
    {"Critical allyship",
     "Allyship as the coin model frames it: an ongoing practice, not an identity or a badge, for people on the "
     "top face of a coin. Understand your part in upholding the structure, learn from and act in solidarity with "
     "people on the bottom face, and build insight with others on the top face to act together, following the "
     "lead of people on the bottom face (Nixon 2019). Whether someone is an ally is for the community to say.",
     "Alliance critique",
     "L'alliance telle que la conçoit le modèle de la pièce : une pratique continue, et non une identité ou un "
     "titre, pour les personnes de la face du dessus. Comprendre son rôle dans le maintien de la structure, "
     "apprendre des personnes de la face du dessous et agir en solidarité avec elles, et sensibiliser les autres "
     "personnes de la face du dessus pour agir ensemble, sous la conduite des personnes de la face du dessous "
     "(Nixon 2019). C'est à la communauté de dire qui sont les personnes alliées."},
    {"Cultural safety",
     "Care in which people, Indigenous patients first of all, do not meet racism, discrimination or disrespect "
     "for who they are. Whether care is culturally safe is judged by the person who receives it, not by the "
     "provider or the institution. It asks providers to examine their own culture and power rather than to "
     "master someone else's. The idea comes from Māori nurses in Aotearoa New Zealand (Papps & Ramsden 1996).",
     "Sécurisation culturelle",
     "Des soins dans lesquels les personnes, à commencer par les patientes et patients autochtones, ne subissent "
     "ni racisme, ni discrimination, ni mépris de ce qu'elles sont. C'est la personne qui reçoit les soins qui "
     "juge s'ils sont culturellement sécuritaires, et non le personnel soignant ni l'établissement. L'approche "
     "demande au personnel d'examiner sa propre culture et son pouvoir, plutôt que de chercher à « maîtriser » "
     "la culture des autres. L'idée vient du personnel infirmier maori d'Aotearoa (Nouvelle-Zélande) "
     "(Papps et Ramsden 1996)."},
};

} // namespace

std::span<const GlossaryEntry> glossary() {
    return kEntries;
}

} // namespace cs
