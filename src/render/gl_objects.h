// RAII owners for OpenGL objects: each deletes its object exactly once and can be moved, not copied.
#pragma once

#include "render/gl_api.h"

#include <string_view>
#include <utility>

namespace cs::gl {

// Deleter policy: a function that deletes one GL name.
template <void (*Delete)(GLuint)> class Handle {
  public:
    Handle() = default;
    explicit Handle(GLuint name) : name_(name) {}
    ~Handle() { reset(); }
    Handle(const Handle&) = delete;
    Handle& operator=(const Handle&) = delete;
    Handle(Handle&& other) noexcept : name_(std::exchange(other.name_, 0)) {}
    Handle& operator=(Handle&& other) noexcept {
        if (this != &other) {
            reset();
            name_ = std::exchange(other.name_, 0);
        }
        return *this;
    }
    GLuint get() const { return name_; }
    explicit operator bool() const { return name_ != 0; }
    void reset() {
        if (name_ != 0) Delete(name_);
        name_ = 0;
    }

  private:
    GLuint name_ = 0;
};

namespace detail {
inline void deleteBuffer(GLuint n) {
    glDeleteBuffers(1, &n);
}
inline void deleteVertexArray(GLuint n) {
    glDeleteVertexArrays(1, &n);
}
inline void deleteTexture(GLuint n) {
    glDeleteTextures(1, &n);
}
inline void deleteFramebuffer(GLuint n) {
    glDeleteFramebuffers(1, &n);
}
inline void deleteRenderbuffer(GLuint n) {
    glDeleteRenderbuffers(1, &n);
}
inline void deleteShader(GLuint n) {
    glDeleteShader(n);
}
inline void deleteProgram(GLuint n) {
    glDeleteProgram(n);
}
} // namespace detail

using Buffer = Handle<detail::deleteBuffer>;
using VertexArray = Handle<detail::deleteVertexArray>;
using Texture = Handle<detail::deleteTexture>;
using Framebuffer = Handle<detail::deleteFramebuffer>;
using Renderbuffer = Handle<detail::deleteRenderbuffer>;
using Shader = Handle<detail::deleteShader>;
using Program = Handle<detail::deleteProgram>;

Buffer makeBuffer(std::string_view label);
VertexArray makeVertexArray(std::string_view label);
Texture makeTexture(std::string_view label);
Framebuffer makeFramebuffer(std::string_view label);
Renderbuffer makeRenderbuffer(std::string_view label);

// Names an object for debuggers (KHR_debug) when the driver supports it; a no-op otherwise.
void label(GLenum identifier, GLuint name, std::string_view text);

// Saves the GL state the scene renderer touches and restores it when it goes out of scope, so the
// UI renderer that runs after it finds what it expects.
class StateGuard {
  public:
    StateGuard();
    ~StateGuard();
    StateGuard(const StateGuard&) = delete;
    StateGuard& operator=(const StateGuard&) = delete;

  private:
    GLint program_ = 0, vao_ = 0, arrayBuffer_ = 0, drawFbo_ = 0, readFbo_ = 0, texture_ = 0, activeTexture_ = 0;
    GLint viewport_[4] = {};
    GLboolean depthTest_ = GL_FALSE, cull_ = GL_FALSE, blend_ = GL_FALSE, scissor_ = GL_FALSE;
    GLboolean depthMask_ = GL_TRUE;
    GLint frontFace_ = GL_CCW;
    GLint blendSrcRgb_ = GL_ONE, blendDstRgb_ = GL_ZERO, blendSrcA_ = GL_ONE, blendDstA_ = GL_ZERO;
};

} // namespace cs::gl
