// Shader sources compiled into the binary (generated from shaders/ at build time), used when the
// shader files cannot be found or do not compile.
#pragma once

#include <span>
#include <string_view>

namespace cs {

struct EmbeddedFile {
    std::string_view name;
    std::string_view text;
};

std::span<const EmbeddedFile> embeddedShaders();

} // namespace cs
