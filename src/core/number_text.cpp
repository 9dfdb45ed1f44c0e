#include "core/number_text.h"

#include <cstdio>
#include <cstdlib>

namespace cs {
namespace {

// The fewest significant digits (up to `maxDigits`, enough for any value of the type) that read back
// exactly. "%g" writes a '.' as the decimal point: the app never changes LC_NUMERIC from "C".
template <class T, class Read> std::string shortest(T value, int maxDigits, Read read) {
    char buffer[64];
    for (int digits = 1; digits <= maxDigits; ++digits) {
        std::snprintf(buffer, sizeof buffer, "%.*g", digits, double(value));
        if (read(buffer) == value) break;
    }
    return buffer;
}

} // namespace

std::string shortestText(double value) {
    return shortest(value, 17, [](const char* t) { return std::strtod(t, nullptr); });
}

std::string shortestText(float value) {
    return shortest(value, 9, [](const char* t) { return std::strtof(t, nullptr); });
}

} // namespace cs
