// Stage rendering: coin mesh upload, the two lighting passes (real and mirrored) and the mirror sheet.
#include "render/stage_renderer.h"

#include "render/shader_library.h"

#include <glm/geometric.hpp>
#include <glm/gtc/type_ptr.hpp>
#include <glm/mat3x3.hpp>
#include <glm/matrix.hpp>

#include <algorithm>
#include <cmath>
#include <cstddef>

namespace cs {
namespace {

// Light comes from the upper left, in front; a weaker fill from the right. Directions point
// towards the lights.
const glm::vec3 kKeyLight = glm::normalize(glm::vec3{-0.45f, 0.80f, 0.55f});
const glm::vec3 kFillLight = glm::normalize(glm::vec3{0.60f, 0.35f, 0.45f});

glm::vec3 toVec(Rgbf c) {
    return {c.r, c.g, c.b};
}

} // namespace

std::unique_ptr<StageRenderer> StageRenderer::create(const std::filesystem::path& shaderDir, const CoinShape& shape,
                                                     std::string& problems) {
    auto r = std::make_unique<StageRenderer>(PrivateTag{});
    r->shape_ = sanitized(shape);

    LoadedProgram coin = loadProgram(shaderDir, "coin");
    LoadedProgram composite = loadProgram(shaderDir, "composite");
    if (!coin.problems.empty()) problems += coin.problems + "\n";
    if (!composite.problems.empty()) problems += composite.problems + "\n";
    if (!coin.program || !composite.program) return nullptr;
    r->shadersFromFiles_ = coin.fromFiles && composite.fromFiles;
    r->coinProgram_ = std::move(coin.program);
    r->compositeProgram_ = std::move(composite.program);
    r->compositeBox_ = glGetUniformLocation(r->compositeProgram_.get(), "uBox");
    r->compositeUvScale_ = glGetUniformLocation(r->compositeProgram_.get(), "uUvScale");
    r->compositePicture_ = glGetUniformLocation(r->compositeProgram_.get(), "uPicture");
    r->emptyVao_ = gl::makeVertexArray("composite (no attributes)");
    const auto* renderer = reinterpret_cast<const char*>(glGetString(GL_RENDERER));
    const std::string name = renderer ? renderer : "";
    r->softwareRenderer_ = name.find("llvmpipe") != std::string::npos || name.find("softpipe") != std::string::npos ||
                           name.find("SwiftShader") != std::string::npos || name.find("Software") != std::string::npos;
    GLint maxSamples = 0;
    glGetIntegerv(GL_MAX_SAMPLES, &maxSamples);
    r->samples_ = maxSamples >= 2 ? std::min(4, int(maxSamples)) : 0;

    const GLuint cp = r->coinProgram_.get();
    r->cu_ = {glGetUniformLocation(cp, "uModel"),        glGetUniformLocation(cp, "uViewProjection"),
              glGetUniformLocation(cp, "uNormalMatrix"), glGetUniformLocation(cp, "uBaseColor"),
              glGetUniformLocation(cp, "uEye"),          glGetUniformLocation(cp, "uKeyLight"),
              glGetUniformLocation(cp, "uFillLight"),    glGetUniformLocation(cp, "uRadius"),
              glGetUniformLocation(cp, "uFade"),         glGetUniformLocation(cp, "uHalfway")};

    const CoinMesh mesh = buildCoinMesh(r->shape_);
    r->coinVao_ = gl::makeVertexArray("coin mesh");
    r->coinVertices_ = gl::makeBuffer("coin vertices");
    glBufferData(GL_ARRAY_BUFFER, GLsizeiptr(mesh.vertices.size() * sizeof(CoinVertex)), mesh.vertices.data(),
                 GL_STATIC_DRAW);
    glEnableVertexAttribArray(0);
    glVertexAttribPointer(0, 3, GL_FLOAT, GL_FALSE, sizeof(CoinVertex),
                          reinterpret_cast<const void*>(offsetof(CoinVertex, position)));
    glEnableVertexAttribArray(1);
    glVertexAttribPointer(1, 3, GL_FLOAT, GL_FALSE, sizeof(CoinVertex),
                          reinterpret_cast<const void*>(offsetof(CoinVertex, normal)));
    GLuint ib = 0;
    glGenBuffers(1, &ib);
    r->coinIndices_ = gl::Buffer(ib);
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, ib); // recorded in the VAO
    gl::label(GL_BUFFER, ib, "coin indices");
    glBufferData(GL_ELEMENT_ARRAY_BUFFER, GLsizeiptr(mesh.indices.size() * sizeof(std::uint32_t)), mesh.indices.data(),
                 GL_STATIC_DRAW);
    r->coinIndexCount_ = GLsizei(mesh.indices.size());
    glBindVertexArray(0);
    return r;
}

StageRenderer::~StageRenderer() = default;

void StageRenderer::drawCoin(const glm::mat4& model, const glm::mat4& viewProjection, const glm::vec3& eye,
                             const CoinLook& look, bool mirrored) {
    if (look.opacity <= 0.002f) return; // gone (a dismantled coin)
    // Blend only what is see-through: opaque coins stay on the faster path.
    if (look.opacity < 0.999f) {
        glEnable(GL_BLEND);
        glBlendFunc(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA);
    } else {
        glDisable(GL_BLEND);
    }
    const glm::mat3 normalMatrix = glm::transpose(glm::inverse(glm::mat3(model)));
    // The mirror images keep the real lights: a reflected bottom face points up, so it is lit
    // exactly as a top face is. Neither face may look like the lesser side.
    (void)mirrored;
    glUniformMatrix4fv(cu_.model, 1, GL_FALSE, glm::value_ptr(model));
    glUniformMatrix4fv(cu_.viewProjection, 1, GL_FALSE, glm::value_ptr(viewProjection));
    glUniformMatrix3fv(cu_.normalMatrix, 1, GL_FALSE, glm::value_ptr(normalMatrix));
    const glm::vec3 color = toVec(toLinear(look.color));
    glUniform3fv(cu_.baseColor, 1, glm::value_ptr(color));
    glUniform3fv(cu_.eye, 1, glm::value_ptr(eye));
    glUniform3fv(cu_.keyLight, 1, glm::value_ptr(kKeyLight));
    glUniform3fv(cu_.fillLight, 1, glm::value_ptr(kFillLight));
    // One highlight direction per coin (not per pixel): the view barely changes across a coin.
    const glm::vec3 toEye = glm::normalize(eye - glm::vec3(model[3]));
    const glm::vec3 halfway = glm::normalize(kKeyLight + toEye);
    glUniform3fv(cu_.halfway, 1, glm::value_ptr(halfway));
    glUniform1f(cu_.radius, shape_.radius);
    glUniform1f(cu_.fade, look.opacity);
    glDrawElements(GL_TRIANGLES, coinIndexCount_, GL_UNSIGNED_INT, nullptr);
}

std::array<int, 4> StageRenderer::coverage(const StageView& view, float radius, float thickness) {
    const float w = view.framebuffer.x, h = view.framebuffer.y;
    float x0 = w, y0 = h, x1 = 0, y1 = 0;
    auto add = [&](const glm::mat4& model) {
        for (int k = 0; k < 32; ++k) {
            const float a = 6.2831853f * float(k) / 32.0f;
            for (float y : {-thickness * 0.5f, thickness * 0.5f}) {
                // 1.04: the polygon between sample points bulges a little past the sampled rim.
                const glm::vec3 p = view.project(
                    glm::vec3(model * glm::vec4(radius * 1.04f * std::cos(a), y, radius * 1.04f * std::sin(a), 1.0f)));
                if (p.z > 1.0f) continue;
                x0 = std::min(x0, p.x);
                x1 = std::max(x1, p.x);
                y0 = std::min(y0, p.y);
                y1 = std::max(y1, p.y);
            }
        }
    };
    for (const auto& c : view.coins) {
        add(c.model);
        if (view.mirrorAmount > 0.001f) add(c.mirrored);
    }
    const int margin = 4;
    const int left = std::max(0, int(std::floor(x0)) - margin);
    const int right = std::min(int(w), int(std::ceil(x1)) + margin);
    const int top = std::max(0, int(std::floor(y0)) - margin);
    const int bottom = std::min(int(h), int(std::ceil(y1)) + margin);
    if (right <= left || bottom <= top) return {0, 0, 0, 0};
    // GL counts y from the bottom.
    return {left, int(h) - bottom, right - left, bottom - top};
}

namespace {

// Targets grow in steps of 64 pixels (a software renderer's tile) so that a resize or an animation
// does not reallocate them every frame.
int roundUp(int v) {
    return (v + 63) / 64 * 64;
}

} // namespace

bool StageRenderer::ensurePicture(int width, int height, bool withDepth) {
    Picture& p = picture_;
    const bool grow = !p.color || p.width < width || p.height < height;
    if (!grow && (p.hasDepth || !withDepth)) return true;
    GLint previousFbo = 0;
    glGetIntegerv(GL_FRAMEBUFFER_BINDING, &previousFbo);
    if (grow) {
        p.width = std::max(roundUp(width), p.width);
        p.height = std::max(roundUp(height), p.height);
        if (!p.color) {
            p.color = gl::makeTexture("stage picture");
            p.fbo = gl::makeFramebuffer("stage picture");
        }
        glBindTexture(GL_TEXTURE_2D, p.color.get());
        glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, p.width, p.height, 0, GL_RGBA, GL_UNSIGNED_BYTE, nullptr);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
        glBindTexture(GL_TEXTURE_2D, 0);
        glBindFramebuffer(GL_FRAMEBUFFER, p.fbo.get());
        glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, p.color.get(), 0);
    }
    if (withDepth || p.hasDepth) {
        if (!p.depth) p.depth = gl::makeRenderbuffer("stage picture depth");
        glBindRenderbuffer(GL_RENDERBUFFER, p.depth.get());
        glRenderbufferStorage(GL_RENDERBUFFER, GL_DEPTH24_STENCIL8, p.width, p.height);
        glBindRenderbuffer(GL_RENDERBUFFER, 0);
        glBindFramebuffer(GL_FRAMEBUFFER, p.fbo.get());
        glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_DEPTH_STENCIL_ATTACHMENT, GL_RENDERBUFFER, p.depth.get());
        p.hasDepth = true;
    }
    const bool complete = glCheckFramebufferStatus(GL_FRAMEBUFFER) == GL_FRAMEBUFFER_COMPLETE;
    glBindFramebuffer(GL_FRAMEBUFFER, GLuint(previousFbo));
    if (!complete) picture_ = Picture{};
    return complete;
}

void StageRenderer::dropPictureDepth() {
    if (!picture_.hasDepth) return;
    GLint previousFbo = 0;
    glGetIntegerv(GL_FRAMEBUFFER_BINDING, &previousFbo);
    glBindFramebuffer(GL_FRAMEBUFFER, picture_.fbo.get());
    glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_DEPTH_STENCIL_ATTACHMENT, GL_RENDERBUFFER, 0);
    glBindFramebuffer(GL_FRAMEBUFFER, GLuint(previousFbo));
    picture_.depth.reset();
    picture_.hasDepth = false;
}

bool StageRenderer::ensureMultisampled(int width, int height) {
    Multisampled& m = msaa_;
    if (m.fbo && m.width >= width && m.height >= height) return true;
    const int w = std::max(roundUp(width), m.width);
    const int h = std::max(roundUp(height), m.height);
    GLint previousFbo = 0;
    glGetIntegerv(GL_FRAMEBUFFER_BINDING, &previousFbo);
    m = Multisampled{};
    m.fbo = gl::makeFramebuffer("stage multisampled band");
    m.color = gl::makeRenderbuffer("stage multisampled colour");
    glRenderbufferStorageMultisample(GL_RENDERBUFFER, samples_, GL_RGBA8, w, h);
    glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, m.color.get());
    m.depth = gl::makeRenderbuffer("stage multisampled depth");
    glRenderbufferStorageMultisample(GL_RENDERBUFFER, samples_, GL_DEPTH24_STENCIL8, w, h);
    glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_DEPTH_STENCIL_ATTACHMENT, GL_RENDERBUFFER, m.depth.get());
    glBindRenderbuffer(GL_RENDERBUFFER, 0);
    const bool complete = glCheckFramebufferStatus(GL_FRAMEBUFFER) == GL_FRAMEBUFFER_COMPLETE;
    glBindFramebuffer(GL_FRAMEBUFFER, GLuint(previousFbo));
    if (!complete) {
        m = Multisampled{};
        return false;
    }
    m.width = w;
    m.height = h;
    return true;
}

void StageRenderer::drawCoins(const StageView& view, std::span<const CoinLook> looks) {
    const glm::mat4 viewProjection = view.projection * view.view;
    auto lookOf = [&](std::size_t i) { return i < looks.size() ? looks[i] : CoinLook{}; };

    glEnable(GL_DEPTH_TEST);
    glDepthFunc(GL_LESS);
    glDepthMask(GL_TRUE);
    glEnable(GL_CULL_FACE);
    glCullFace(GL_BACK);
    glUseProgram(coinProgram_.get());
    glBindVertexArray(coinVao_.get());

    if (view.mirrorAmount > 0.001f) {
        // Mirror images: reflection flips the winding.
        glFrontFace(GL_CW);
        for (std::size_t i = 0; i < view.coins.size(); ++i) {
            CoinLook look = lookOf(i);
            look.opacity *= view.mirrorAmount;
            drawCoin(view.coins[i].mirrored, viewProjection, view.eye, look, true);
        }
    }

    glFrontFace(GL_CCW);
    for (std::size_t i = 0; i < view.coins.size(); ++i) {
        drawCoin(view.coins[i].model, viewProjection, view.eye, lookOf(i), false);
    }
    glBindVertexArray(0);
}

bool StageRenderer::renderBox(const StageView& view, std::span<const CoinLook> looks, const StageTheme& theme,
                              const std::array<int, 4>& box, bool fast) {
    const int fbw = int(view.framebuffer.x), fbh = int(view.framebuffer.y);
    const Rgbf bg{theme.background.r / 255.0f, theme.background.g / 255.0f, theme.background.b / 255.0f};
    // Without MSAA from the driver the direct path is the only one (and its picture is final).
    const bool direct = fast || samples_ < 2;
    hasPicture_ = false;
    if (!ensurePicture(box[2], box[3], direct)) return false; // nothing sensible to draw with; the background stays
    glClearColor(bg.r, bg.g, bg.b, 1.0f);
    // Whole-target clears: only the box's corner of the (rounded-up) targets is used, but a scissored
    // clear is a draw with a shader of its own on a software renderer (compiled at the first frame);
    // a whole clear is a memset.
    if (direct) {
        glBindFramebuffer(GL_FRAMEBUFFER, picture_.fbo.get());
        glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT);
        // Offsetting the viewport puts the box's corner at the picture's origin.
        glViewport(-box[0], -box[1], fbw, fbh);
        drawCoins(view, looks);
    } else {
        // A GPU draws the whole box in one band. On a software renderer a band of rows at a time keeps
        // the multisampled memory small; the coins are drawn again for each band (cheap: few vertices).
        // There the stage is antialiased once per rest: the moving picture's depth buffer is not needed
        // until it moves again, nor the band after this frame, so neither is kept and the two are never
        // in memory together.
        if (softwareRenderer_) dropPictureDepth();
        const int rows =
            softwareRenderer_ ? std::min(box[3], std::max(64, bandPixels_ / std::max(box[2], 1) / 64 * 64)) : box[3];
        if (!ensureMultisampled(box[2], rows)) return false;
        for (int y = 0; y < box[3]; y += rows) {
            const int h = std::min(rows, box[3] - y);
            glBindFramebuffer(GL_FRAMEBUFFER, msaa_.fbo.get());
            glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT);
            glViewport(-box[0], -(box[1] + y), fbw, fbh);
            drawCoins(view, looks);
            // Samples → this band of the picture kept between frames.
            glBindFramebuffer(GL_READ_FRAMEBUFFER, msaa_.fbo.get());
            glBindFramebuffer(GL_DRAW_FRAMEBUFFER, picture_.fbo.get());
            glBlitFramebuffer(0, 0, box[2], h, 0, y, box[2], y + h, GL_COLOR_BUFFER_BIT, GL_NEAREST);
        }
        if (softwareRenderer_) msaa_ = Multisampled{};
    }
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    hasPicture_ = true;
    shownFast_ = fast;
    return true;
}

std::vector<float> StageRenderer::emptySignature(const StageView& view, const StageTheme& theme) {
    return {-1.0f,
            view.framebuffer.x,
            view.framebuffer.y,
            float(theme.background.r),
            float(theme.background.g),
            float(theme.background.b)};
}

std::vector<float> StageRenderer::signatureOf(const StageView& view, std::span<const CoinLook> looks,
                                              const StageTheme& theme, const std::array<int, 4>& box) {
    std::vector<float> sig;
    auto addMat = [&](const glm::mat4& m) {
        const float* p = glm::value_ptr(m);
        sig.insert(sig.end(), p, p + 16);
    };
    addMat(view.view);
    addMat(view.projection);
    sig.insert(sig.end(), {view.mirrorAmount, view.framebuffer.x, view.framebuffer.y, float(box[0]), float(box[1]),
                           float(box[2]), float(box[3]), float(theme.background.r), float(theme.background.g),
                           float(theme.background.b), float(view.coins.size())});
    for (std::size_t i = 0; i < view.coins.size(); ++i) {
        addMat(view.coins[i].model);
        const CoinLook look = i < looks.size() ? looks[i] : CoinLook{};
        sig.insert(sig.end(), {float(look.color.r), float(look.color.g), float(look.color.b), look.opacity});
    }
    return sig;
}

bool StageRenderer::wouldReuse(const StageView& view, std::span<const CoinLook> looks, const StageTheme& theme,
                               StageQuality quality) const {
    const auto box = coverage(view, shape_.radius, shape_.thickness);
    if (box[2] <= 0 || box[3] <= 0) return cacheEnabled_ && lastSignature_ == emptySignature(view, theme);
    const bool adaptive = quality == StageQuality::Adaptive && softwareRenderer_;
    return cacheEnabled_ && hasPicture_ && (!shownFast_ || !adaptive) &&
           signatureOf(view, looks, theme, box) == lastSignature_;
}

void StageRenderer::draw(const StageView& view, std::span<const CoinLook> looks, const StageTheme& theme,
                         StageQuality quality) {
    gl::StateGuard guard;
    GLint targetFbo = 0;
    glGetIntegerv(GL_DRAW_FRAMEBUFFER_BINDING, &targetFbo);
    const int fbw = int(view.framebuffer.x), fbh = int(view.framebuffer.y);
    const Rgbf bg{theme.background.r / 255.0f, theme.background.g / 255.0f, theme.background.b / 255.0f};
    glDisable(GL_SCISSOR_TEST);
    glViewport(0, 0, fbw, fbh);
    glClearColor(bg.r, bg.g, bg.b, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);

    const auto box = coverage(view, shape_.radius, shape_.thickness);
    if (box[2] <= 0 || box[3] <= 0) {
        // No coin in sight: the background is the whole stage (remembered as such, not as a picture).
        lastSignature_ = emptySignature(view, theme);
        lastDrawReused_ = false;
        return;
    }

    // A stage that has not changed since the last frame is not drawn again: the resolved picture
    // of the box is kept and copied into place. Static steps (most of a workshop) then cost almost
    // nothing, while anything that moves is drawn in full.
    std::vector<float> signature = signatureOf(view, looks, theme, box);
    const bool unchanged = hasPicture_ && signature == lastSignature_;
    const bool adaptive = quality == StageQuality::Adaptive && softwareRenderer_;
    const bool reuse = cacheEnabled_ && unchanged && (!shownFast_ || !adaptive);
    lastDrawReused_ = reuse;
    if (!reuse) {
        // Moving (changed since the last frame, seen for the first time, or never still while caching
        // is off): the fast path on a software renderer. Still: antialiased, once, then reused.
        const bool fast = adaptive && (!cacheEnabled_ || !unchanged);
        lastSignature_.clear();
        if (!renderBox(view, looks, theme, box, fast)) return;
        lastSignature_ = std::move(signature);
    }

    // Into place with a textured quad: on the software renderer this is several times faster than
    // glBlitFramebuffer into the window's framebuffer.
    glBindFramebuffer(GL_DRAW_FRAMEBUFFER, GLuint(targetFbo));
    glViewport(0, 0, fbw, fbh);
    glDisable(GL_DEPTH_TEST);
    glDisable(GL_CULL_FACE);
    glDisable(GL_BLEND);
    glUseProgram(compositeProgram_.get());
    glBindVertexArray(emptyVao_.get());
    glActiveTexture(GL_TEXTURE0);
    glBindTexture(GL_TEXTURE_2D, picture_.color.get());
    glUniform1i(compositePicture_, 0);
    auto ndc = [](int v, int size) { return float(v) / float(size) * 2.0f - 1.0f; };
    glUniform4f(compositeBox_, ndc(box[0], fbw), ndc(box[1], fbh), ndc(box[0] + box[2], fbw),
                ndc(box[1] + box[3], fbh));
    glUniform2f(compositeUvScale_, float(box[2]) / float(picture_.width), float(box[3]) / float(picture_.height));
    glDrawArrays(GL_TRIANGLE_STRIP, 0, 4);
    glBindVertexArray(0);
    glBindTexture(GL_TEXTURE_2D, 0);
}

} // namespace cs
