// Creation helpers, debug labels and the GL state guard.
#include "render/gl_objects.h"

#include <string>

namespace cs::gl {

void label(GLenum identifier, GLuint name, std::string_view text) {
#if defined(__EMSCRIPTEN__)
    (void)identifier, (void)name, (void)text; // WebGL has no object labels
#else
    if (hasDebugLabels() && name != 0) glObjectLabel(identifier, name, GLsizei(text.size()), text.data());
#endif
}

Buffer makeBuffer(std::string_view text) {
    GLuint n = 0;
    glGenBuffers(1, &n);
    glBindBuffer(GL_ARRAY_BUFFER, n); // a buffer object only exists once bound
    label(GL_BUFFER, n, text);
    return Buffer(n);
}

VertexArray makeVertexArray(std::string_view text) {
    GLuint n = 0;
    glGenVertexArrays(1, &n);
    glBindVertexArray(n);
    label(GL_VERTEX_ARRAY, n, text);
    return VertexArray(n);
}

Texture makeTexture(std::string_view text) {
    GLuint n = 0;
    glGenTextures(1, &n);
    glBindTexture(GL_TEXTURE_2D, n);
    label(GL_TEXTURE, n, text);
    return Texture(n);
}

Framebuffer makeFramebuffer(std::string_view text) {
    GLuint n = 0;
    glGenFramebuffers(1, &n);
    glBindFramebuffer(GL_FRAMEBUFFER, n);
    label(GL_FRAMEBUFFER, n, text);
    return Framebuffer(n);
}

Renderbuffer makeRenderbuffer(std::string_view text) {
    GLuint n = 0;
    glGenRenderbuffers(1, &n);
    glBindRenderbuffer(GL_RENDERBUFFER, n);
    label(GL_RENDERBUFFER, n, text);
    return Renderbuffer(n);
}

StateGuard::StateGuard() {
    glGetIntegerv(GL_CURRENT_PROGRAM, &program_);
    glGetIntegerv(GL_VERTEX_ARRAY_BINDING, &vao_);
    glGetIntegerv(GL_ARRAY_BUFFER_BINDING, &arrayBuffer_);
    glGetIntegerv(GL_DRAW_FRAMEBUFFER_BINDING, &drawFbo_);
    glGetIntegerv(GL_READ_FRAMEBUFFER_BINDING, &readFbo_);
    glGetIntegerv(GL_VIEWPORT, viewport_);
    glGetIntegerv(GL_ACTIVE_TEXTURE, &activeTexture_);
    glActiveTexture(GL_TEXTURE0);
    glGetIntegerv(GL_TEXTURE_BINDING_2D, &texture_);
    depthTest_ = glIsEnabled(GL_DEPTH_TEST);
    cull_ = glIsEnabled(GL_CULL_FACE);
    blend_ = glIsEnabled(GL_BLEND);
    scissor_ = glIsEnabled(GL_SCISSOR_TEST);
    glGetBooleanv(GL_DEPTH_WRITEMASK, &depthMask_);
    glGetIntegerv(GL_FRONT_FACE, &frontFace_);
    glGetIntegerv(GL_BLEND_SRC_RGB, &blendSrcRgb_);
    glGetIntegerv(GL_BLEND_DST_RGB, &blendDstRgb_);
    glGetIntegerv(GL_BLEND_SRC_ALPHA, &blendSrcA_);
    glGetIntegerv(GL_BLEND_DST_ALPHA, &blendDstA_);
}

StateGuard::~StateGuard() {
    auto setCap = [](GLenum cap, GLboolean on) { on ? glEnable(cap) : glDisable(cap); };
    glUseProgram(GLuint(program_));
    glBindVertexArray(GLuint(vao_));
    glBindBuffer(GL_ARRAY_BUFFER, GLuint(arrayBuffer_));
    glBindFramebuffer(GL_DRAW_FRAMEBUFFER, GLuint(drawFbo_));
    glBindFramebuffer(GL_READ_FRAMEBUFFER, GLuint(readFbo_));
    glViewport(viewport_[0], viewport_[1], viewport_[2], viewport_[3]);
    glActiveTexture(GL_TEXTURE0);
    glBindTexture(GL_TEXTURE_2D, GLuint(texture_));
    glActiveTexture(GLenum(activeTexture_));
    setCap(GL_DEPTH_TEST, depthTest_);
    setCap(GL_CULL_FACE, cull_);
    setCap(GL_BLEND, blend_);
    setCap(GL_SCISSOR_TEST, scissor_);
    glDepthMask(depthMask_);
    glFrontFace(GLenum(frontFace_));
    glBlendFuncSeparate(GLenum(blendSrcRgb_), GLenum(blendDstRgb_), GLenum(blendSrcA_), GLenum(blendDstA_));
}

} // namespace cs::gl
