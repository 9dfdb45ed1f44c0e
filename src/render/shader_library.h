// Loads GLSL programs from the shaders/ folder at run time, with the embedded copies as fallback.
#pragma once

#include "render/gl_objects.h"

#include <filesystem>
#include <string>
#include <string_view>

namespace cs {

struct LoadedProgram {
    gl::Program program;
    bool fromFiles = false; // false: the embedded fallback was used
    std::string problems;   // why the files were not used (empty when they were)
};

// Compiles and links "<name>.vert" + "<name>.frag". Looks in `shaderDir` first; if the files are
// missing or fail to compile, uses the embedded sources. An empty program means even those failed
// (a driver problem); `problems` then says why.
LoadedProgram loadProgram(const std::filesystem::path& shaderDir, std::string_view name);
// The same with "<vertexName>.vert" + "<fragmentName>.frag".
LoadedProgram loadProgram(const std::filesystem::path& shaderDir, std::string_view vertexName,
                          std::string_view fragmentName);

// Compiles and links from sources; returns an empty program and fills `log` on failure.
gl::Program buildProgram(std::string_view vertexSource, std::string_view fragmentSource, std::string_view label,
                         std::string& log);

} // namespace cs
