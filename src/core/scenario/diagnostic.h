// Problems found in a scenario file, pointed at by file:line:column, and how they are printed.
#pragma once

#include <string>
#include <vector>

namespace cs {

enum class Severity { Error, Warning };

// One problem. line/column count from 1 (column in Unicode code points); 0 means the problem is
// about the whole file (empty, too large, unreadable) and is printed without a position.
struct Diagnostic {
    std::string file; // the path as the user gave it
    int line = 0;
    int column = 0;
    Severity severity = Severity::Error;
    std::string message; // says what is wrong and what to do about it
    bool operator==(const Diagnostic&) const = default;

    bool fileLevel() const { return line <= 0; }
};

// "FILE:LINE:COL: error: message", or "FILE: error: message" for a file-level problem.
std::string formatDiagnostic(const Diagnostic& d);

std::string_view toString(Severity s); // "error" / "warning"

int countErrors(const std::vector<Diagnostic>& diagnostics);
int countWarnings(const std::vector<Diagnostic>& diagnostics);

// Orders file-level problems first, then by line and column; keeps the order of equal positions.
void sortByPosition(std::vector<Diagnostic>& diagnostics);

} // namespace cs
