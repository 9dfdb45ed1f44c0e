// Glossary entries, in our own words, after Nixon (2019).
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
     "Chaque pièce a deux faces. Les personnes se trouvent sur l'une ou l'autre à cause de qui elles sont, et "
     "non de ce qu'elles ont fait. Les deux faces viennent de la même pièce."},
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
    {"Levels",
     "Coins work at three connected levels: institutional (laws, policies, systems), interpersonal (between "
     "people) and internal (what we come to believe about ourselves and others, on both faces).",
     "Niveaux",
     "Les pièces agissent à trois niveaux liés : institutionnel (lois, politiques, systèmes), interpersonnel "
     "(entre les personnes) et intériorisé (ce que l'on finit par croire de soi et des autres, sur les deux faces)."},
    {"Critical allyship",
     "An ongoing practice, not an identity or a badge, for people on the top face of a coin: understand your part "
     "in upholding the structure, learn from and act in solidarity with people on the bottom face, and build "
     "insight with others on the top face to act together, following the lead of people on the bottom face.",
     "Alliance critique",
     "Une pratique continue, et non une identité ou un titre, pour les personnes sur la face du dessus : "
     "comprendre son rôle dans le maintien de la structure, apprendre des personnes de la face du dessous et agir "
     "en solidarité avec elles, et sensibiliser les autres personnes du dessus pour agir ensemble, sous la "
     "conduite des personnes de la face du dessous."},
};

} // namespace

std::span<const GlossaryEntry> glossary() { return kEntries; }

} // namespace cs
