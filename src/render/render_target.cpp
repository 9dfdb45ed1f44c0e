// Multisampled framebuffer objects with a resolve step.
#include "render/render_target.h"

#include <algorithm>

namespace cs {

std::unique_ptr<RenderTarget> RenderTarget::create(int width, int height, int samples, std::string& error) {
    GLint maxSamples = 0;
    glGetIntegerv(GL_MAX_SAMPLES, &maxSamples);
    GLint maxSize = 0;
    glGetIntegerv(GL_MAX_RENDERBUFFER_SIZE, &maxSize);
    if (width <= 0 || height <= 0 || width > maxSize || height > maxSize) {
        error = "render target " + std::to_string(width) + "x" + std::to_string(height) +
                " is outside what this GL driver allows (up to " + std::to_string(maxSize) + ")";
        return nullptr;
    }
    auto t = std::make_unique<RenderTarget>(PrivateTag{});
    t->width_ = width;
    t->height_ = height;
    t->samples_ = std::clamp(samples, 0, int(maxSamples));

    GLint previousFbo = 0;
    glGetIntegerv(GL_FRAMEBUFFER_BINDING, &previousFbo);

    t->msFbo_ = gl::makeFramebuffer("stage target (multisampled)");
    t->msColor_ = gl::makeRenderbuffer("stage colour");
    glRenderbufferStorageMultisample(GL_RENDERBUFFER, t->samples_, GL_RGBA8, width, height);
    glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, t->msColor_.get());
    t->msDepth_ = gl::makeRenderbuffer("stage depth");
    glRenderbufferStorageMultisample(GL_RENDERBUFFER, t->samples_, GL_DEPTH24_STENCIL8, width, height);
    glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_DEPTH_STENCIL_ATTACHMENT, GL_RENDERBUFFER, t->msDepth_.get());
    const GLenum msStatus = glCheckFramebufferStatus(GL_FRAMEBUFFER);

    t->resolvedFbo_ = gl::makeFramebuffer("stage target (resolved)");
    t->resolvedTexture_ = gl::makeTexture("stage resolved colour");
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, width, height, 0, GL_RGBA, GL_UNSIGNED_BYTE, nullptr);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, t->resolvedTexture_.get(), 0);
    const GLenum resolvedStatus = glCheckFramebufferStatus(GL_FRAMEBUFFER);
    glBindFramebuffer(GL_FRAMEBUFFER, GLuint(previousFbo));

    if (msStatus != GL_FRAMEBUFFER_COMPLETE || resolvedStatus != GL_FRAMEBUFFER_COMPLETE) {
        error = "offscreen framebuffer incomplete (status " + std::to_string(msStatus) + ", " +
                std::to_string(resolvedStatus) + ")";
        return nullptr;
    }
    return t;
}

void RenderTarget::bind() const {
    glBindFramebuffer(GL_FRAMEBUFFER, msFbo_.get());
    glViewport(0, 0, width_, height_);
}

void RenderTarget::resolve(int width, int height) const {
    const int w = width > 0 ? std::min(width, width_) : width_;
    const int h = height > 0 ? std::min(height, height_) : height_;
    glBindFramebuffer(GL_READ_FRAMEBUFFER, msFbo_.get());
    glBindFramebuffer(GL_DRAW_FRAMEBUFFER, resolvedFbo_.get());
    glBlitFramebuffer(0, 0, w, h, 0, 0, w, h, GL_COLOR_BUFFER_BIT, GL_NEAREST);
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
}

Image RenderTarget::read() const {
    resolve();
    glBindFramebuffer(GL_READ_FRAMEBUFFER, resolvedFbo_.get());
    Image img = readPixels(width_, height_);
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    return img;
}

Image readPixels(int width, int height) {
    Image img;
    img.width = width;
    img.height = height;
    img.rgba.resize(std::size_t(width) * std::size_t(height) * 4);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadPixels(0, 0, width, height, GL_RGBA, GL_UNSIGNED_BYTE, img.rgba.data());
    flipVertically(img);
    // The framebuffer's alpha is not meaningful for a picture of the screen.
    for (std::size_t i = 3; i < img.rgba.size(); i += 4)
        img.rgba[i] = 255;
    return img;
}

} // namespace cs
