// Look-ups on the scenario model: text in a language with fallback, the language of plain strings.
#include "core/scenario/model.h"

namespace cs {

const std::string& LocalText::get(std::string_view lang, std::string_view fallback, bool* fellBack) const {
    // A function-local constant rather than a global: "" must outlive the call for the reference.
    static const std::string kNoText;
    if (fellBack) *fellBack = false;
    if (auto it = byLang.find(std::string(lang)); it != byLang.end()) return it->second;
    if (fellBack) *fellBack = true;
    if (auto it = byLang.find(std::string(fallback)); it != byLang.end()) return it->second;
    if (!byLang.empty()) return byLang.begin()->second;
    return kNoText;
}

const std::string& Scenario::firstLanguage() const {
    static const std::string kDefaultLanguage = "en";
    return languages.empty() ? kDefaultLanguage : languages.front();
}

} // namespace cs
