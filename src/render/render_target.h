// An offscreen, multisampled render target that can be read back: used by GL tests and, later, by the
// presenter's next-step preview. The window itself draws to the default framebuffer.
#pragma once

#include "core/image.h"
#include "render/gl_objects.h"

#include <memory>
#include <string>

namespace cs {

class RenderTarget {
    struct PrivateTag {
        explicit PrivateTag() = default;
    };

  public:
    explicit RenderTarget(PrivateTag) {}
    // width × height pixels with up to `samples` MSAA samples (clamped to what the driver allows;
    // 0 or 1 = no MSAA). Null and `error` filled if the framebuffer is incomplete.
    static std::unique_ptr<RenderTarget> create(int width, int height, int samples, std::string& error);

    // Binds the multisampled framebuffer for drawing and sets the viewport to the whole target.
    void bind() const;
    // Resolves the samples and returns the pixels top row first (leaves the default framebuffer bound).
    Image read() const;
    // Resolves into the texture (for the UI to show) without reading back; by default all of it,
    // else only the first width × height pixels.
    void resolve(int width = 0, int height = 0) const;

    int width() const { return width_; }
    int height() const { return height_; }
    int samples() const { return samples_; }
    GLuint texture() const { return resolvedTexture_.get(); }
    GLuint resolvedFramebuffer() const { return resolvedFbo_.get(); }

  private:
    int width_ = 0, height_ = 0, samples_ = 0;
    gl::Framebuffer msFbo_;
    gl::Renderbuffer msColor_;
    gl::Renderbuffer msDepth_;
    gl::Framebuffer resolvedFbo_;
    gl::Texture resolvedTexture_;
};

// Reads the currently bound read framebuffer's pixels (x, y from the bottom-left) into an image,
// top row first.
Image readPixels(int width, int height);

} // namespace cs
