// The OpenGL the app draws with, one header for both platforms: desktop OpenGL 3.3 core through
// libepoxy, or OpenGL ES 3.0 (WebGL 2) in the browser through emscripten's headers. The few things
// that differ between the two are asked here, so the rest of the code is the same on both.
#pragma once

#if defined(__EMSCRIPTEN__)
#include <GLES3/gl3.h>
// The kinds of object a debug label names (KHR_debug): the code labels its objects on both platforms;
// in the browser label() does nothing with them.
#ifndef GL_BUFFER
#define GL_BUFFER 0x82E0
#endif
#ifndef GL_PROGRAM
#define GL_PROGRAM 0x82E2
#endif
#ifndef GL_VERTEX_ARRAY
#define GL_VERTEX_ARRAY 0x8074
#endif
#else
#include <epoxy/gl.h>
#endif

#include <string>
#include <string_view>

namespace cs::gl {

// True in the browser: OpenGL ES 3.0 as WebGL 2 (no texture swizzle, no GL_MULTISAMPLE switch, no
// debug labels; shaders in GLSL ES 3.00).
#if defined(__EMSCRIPTEN__)
inline constexpr bool kEmbedded = true;
#else
inline constexpr bool kEmbedded = false;
#endif

// The context's version as major × 10 + minor (33 for 3.3; 30 for ES 3.0).
int contextVersion();
// Whether objects can carry debug labels (KHR_debug).
bool hasDebugLabels();

// A shader's source for this platform. The sources are written once, in GLSL 3.30 core; in the
// browser their `#version 330 core` line becomes `#version 300 es` with default precisions, which
// is all GLSL ES 3.00 needs of them.
std::string shaderSourceForPlatform(std::string_view source);

} // namespace cs::gl
