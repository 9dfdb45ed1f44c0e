// Numbers as the shortest text that reads back as the same number ("0.1", not "0.10000000149"), the
// way std::to_chars writes them. Written here because the web build's C++ library (emscripten 3.1.6)
// has no std::to_chars for floating point.
#pragma once

#include <string>

namespace cs {

std::string shortestText(double value);
std::string shortestText(float value);

} // namespace cs
