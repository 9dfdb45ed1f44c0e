// The differences between desktop OpenGL and WebGL 2 (see gl_api.h).
#include "render/gl_api.h"

namespace cs::gl {

#if defined(__EMSCRIPTEN__)

int contextVersion() {
    return 30;
}

bool hasDebugLabels() {
    return false;
}

std::string shaderSourceForPlatform(std::string_view source) {
    constexpr std::string_view kDesktop = "#version 330 core";
    std::string out;
    out.reserve(source.size() + 64);
    std::string_view rest = source;
    if (rest.substr(0, kDesktop.size()) == kDesktop) rest.remove_prefix(kDesktop.size());
    out += "#version 300 es\nprecision highp float;\nprecision highp int;\nprecision highp sampler2D;";
    out += rest;
    return out;
}

#else

int contextVersion() {
    return epoxy_gl_version();
}

bool hasDebugLabels() {
    static const bool supported = epoxy_gl_version() >= 43 || epoxy_has_gl_extension("GL_KHR_debug");
    return supported;
}

std::string shaderSourceForPlatform(std::string_view source) {
    return std::string(source);
}

#endif

} // namespace cs::gl
