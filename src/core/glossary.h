// A short glossary of the model's words (Help → Glossary), in English and Canadian French.
#pragma once

#include <span>
#include <string_view>

namespace cs {

struct GlossaryEntry {
    std::string_view termEn, definitionEn;
    std::string_view termFr, definitionFr;
};

std::span<const GlossaryEntry> glossary();

} // namespace cs
