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

glm::vec3 toVec(Rgbf c) { return {c.r, c.g, c.b}; }

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

    const GLuint cp = r->coinProgram_.get();
    r->cu_ = {glGetUniformLocation(cp, "uModel"),     glGetUniformLocation(cp, "uViewProjection"),
              glGetUniformLocation(cp, "uNormalMatrix"), glGetUniformLocation(cp, "uBaseColor"),
              glGetUniformLocation(cp, "uEye"),       glGetUniformLocation(cp, "uKeyLight"),
              glGetUniformLocation(cp, "uFillLight"), glGetUniformLocation(cp, "uRadius"),
              glGetUniformLocation(cp, "uFade"),      glGetUniformLocation(cp, "uHalfway")};

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
    glBufferData(GL_ELEMENT_ARRAY_BUFFER, GLsizeiptr(mesh.indices.size() * sizeof(std::uint32_t)),
                 mesh.indices.data(), GL_STATIC_DRAW);
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
                const glm::vec3 p = view.project(glm::vec3(model * glm::vec4(radius * 1.04f * std::cos(a), y,
                                                                              radius * 1.04f * std::sin(a), 1.0f)));
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

bool StageRenderer::renderBox(const StageView& view, std::span<const CoinLook> looks, const StageTheme& theme,
                              const std::array<int, 4>& box, bool fast) {
    const int fbw = int(view.framebuffer.x), fbh = int(view.framebuffer.y);
    const Rgbf bg{theme.background.r / 255.0f, theme.background.g / 255.0f, theme.background.b / 255.0f};
    // The multisampled target only needs to hold the coins' box; it grows in steps of 256 pixels so
    // a resize or an animation does not reallocate it every frame.
    auto roundUp = [](int v) { return (v + 255) / 256 * 256; };
    std::unique_ptr<RenderTarget>& target = fast ? fastTarget_ : target_;
    if (!target || target->width() < box[2] || target->height() < box[3]) {
        const int tw = std::max(roundUp(box[2]), target ? target->width() : 0);
        const int th = std::max(roundUp(box[3]), target ? target->height() : 0);
        std::string error;
        target.reset();
        target = RenderTarget::create(tw, th, fast ? 0 : 4, error);
        if (!target) return false; // nothing sensible to draw with; the background stays
    }
    target->bind();
    // Only the box's corner of the (rounded-up) target is used: clear and resolve just that.
    glEnable(GL_SCISSOR_TEST);
    glScissor(0, 0, box[2], box[3]);
    glClearColor(bg.r, bg.g, bg.b, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT);
    glDisable(GL_SCISSOR_TEST);
    // Offsetting the viewport puts the box's corner at the target's origin.
    glViewport(-box[0], -box[1], fbw, fbh);

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

    target->resolve(box[2], box[3]); // samples → the single-sampled copy kept between frames
    shown_ = target.get();
    shownFast_ = fast;
    return true;
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
    if (box[2] <= 0 || box[3] <= 0) return;

    // A stage that has not changed since the last frame is not drawn again: the resolved picture
    // of the box is kept and copied into place. Static steps (most of a workshop) then cost almost
    // nothing, while anything that moves is drawn in full.
    std::vector<float> signature = signatureOf(view, looks, theme, box);
    const bool unchanged = shown_ && signature == lastSignature_;
    const bool adaptive = quality == StageQuality::Adaptive && softwareRenderer_;
    const bool reuse = cacheEnabled_ && unchanged && (!shownFast_ || !adaptive);
    lastDrawReused_ = reuse;
    if (!reuse) {
        // Moving (changed since last frame, or never still while caching is off): the fast path on a
        // software renderer. Still: antialiased, once, then reused.
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
    glBindTexture(GL_TEXTURE_2D, shown_->texture());
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
    glUniform1i(compositePicture_, 0);
    auto ndc = [](int v, int size) { return float(v) / float(size) * 2.0f - 1.0f; };
    glUniform4f(compositeBox_, ndc(box[0], fbw), ndc(box[1], fbh), ndc(box[0] + box[2], fbw), ndc(box[1] + box[3], fbh));
    glUniform2f(compositeUvScale_, float(box[2]) / float(shown_->width()), float(box[3]) / float(shown_->height()));
    glDrawArrays(GL_TRIANGLE_STRIP, 0, 4);
    glBindVertexArray(0);
    glBindTexture(GL_TEXTURE_2D, 0);
}

} // namespace cs
