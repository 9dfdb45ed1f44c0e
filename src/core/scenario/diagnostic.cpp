// Printing and ordering of scenario diagnostics.
#include "core/scenario/diagnostic.h"

#include <algorithm>

namespace cs {

std::string_view toString(Severity s) {
    return s == Severity::Error ? "error" : "warning";
}

std::string formatDiagnostic(const Diagnostic& d) {
    std::string out = d.file;
    if (!d.fileLevel()) {
        out += ':' + std::to_string(d.line) + ':' + std::to_string(std::max(d.column, 1));
    }
    out += ": ";
    out += toString(d.severity);
    out += ": ";
    out += d.message;
    return out;
}

int countErrors(const std::vector<Diagnostic>& diagnostics) {
    return int(std::count_if(diagnostics.begin(), diagnostics.end(),
                             [](const Diagnostic& d) { return d.severity == Severity::Error; }));
}

int countWarnings(const std::vector<Diagnostic>& diagnostics) {
    return int(diagnostics.size()) - countErrors(diagnostics);
}

void sortByPosition(std::vector<Diagnostic>& diagnostics) {
    std::stable_sort(diagnostics.begin(), diagnostics.end(), [](const Diagnostic& a, const Diagnostic& b) {
        const int la = a.fileLevel() ? 0 : a.line;
        const int lb = b.fileLevel() ? 0 : b.line;
        if (la != lb) return la < lb;
        return a.column < b.column;
    });
}

} // namespace cs
