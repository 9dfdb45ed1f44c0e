// Draws the stage: every coin, and their mirror images when the mirror shows.
#pragma once

#include "core/coin_mesh.h"
#include "core/color.h"
#include "core/stage_geometry.h"
#include "render/gl_objects.h"
#include "render/render_target.h"

#include <algorithm>
#include <array>
#include <filesystem>
#include <memory>
#include <span>
#include <string>
#include <vector>

namespace cs {

struct CoinLook {
    Rgb8 color = okabe_ito::blue;
    float opacity = 1.0f;
};

struct StageTheme {
    Rgb8 background{0x1C, 0x1D, 0x22};
};

// How the stage is antialiased. Final: 4x MSAA. Adaptive: on a software renderer (where every MSAA
// sample is shaded on the CPU) a stage that is moving is drawn without MSAA, and the first frame it
// stands still is drawn again with MSAA and kept; on a GPU it is always MSAA.
enum class StageQuality { Adaptive, Final };

class StageRenderer {
    struct PrivateTag {
        explicit PrivateTag() = default;
    };

  public:
    explicit StageRenderer(PrivateTag) {}
    // Needs a current GL 3.3 core context. Returns null and fills `problems` if the shaders cannot be
    // built at all; shader files that fail but have a working embedded copy only add to `problems`.
    static std::unique_ptr<StageRenderer> create(const std::filesystem::path& shaderDir, const CoinShape& shape,
                                                 std::string& problems);
    ~StageRenderer();
    StageRenderer(const StageRenderer&) = delete;
    StageRenderer& operator=(const StageRenderer&) = delete;

    // Clears the bound framebuffer (view.framebuffer pixels) to the theme background and draws the
    // stage into it, antialiased: the coins are drawn into a multisampled target just big enough
    // for them, which is then resolved into place. `looks` has one entry per coin of `view`
    // (missing entries use the default look).
    void draw(const StageView& view, std::span<const CoinLook> looks, const StageTheme& theme,
              StageQuality quality = StageQuality::Adaptive);

    // True when draw() with these arguments would copy the kept picture of the stage without drawing
    // the coins (nothing about the stage changed since the last draw).
    bool wouldReuse(const StageView& view, std::span<const CoinLook> looks, const StageTheme& theme,
                    StageQuality quality = StageQuality::Adaptive) const;

    // True when the last frame showed a moving (not yet antialiased) stage: draw one more frame.
    bool needsRefinement() const { return cacheEnabled_ && shownFast_; }
    bool softwareRenderer() const { return softwareRenderer_; }

    // Reusing an unchanged stage is on by default; --bench turns it off to measure full redraws.
    void setCaching(bool on) { cacheEnabled_ = on; }
    // How many pixels one multisampled band of a software renderer holds (tests: one band for all).
    void setBandPixels(int pixels) { bandPixels_ = std::max(pixels, 1); }
    bool lastDrawReused() const { return lastDrawReused_; }

    // Samples per pixel of the stage's antialiasing at rest (0 when the driver has no MSAA).
    int msaaSamples() const { return samples_; }

    // Framebuffer pixels (x, y from the bottom left, width, height) the coins of `view` can cover.
    static std::array<int, 4> coverage(const StageView& view, float radius, float thickness);

    bool shadersFromFiles() const { return shadersFromFiles_; }

  private:
    bool renderBox(const StageView& view, std::span<const CoinLook> looks, const StageTheme& theme,
                   const std::array<int, 4>& box, bool fast);
    bool ensurePicture(int width, int height, bool withDepth);
    void dropPictureDepth();
    bool ensureMultisampled(int width, int height);
    void drawCoins(const StageView& view, std::span<const CoinLook> looks);
    static std::vector<float> emptySignature(const StageView& view, const StageTheme& theme);
    static std::vector<float> signatureOf(const StageView& view, std::span<const CoinLook> looks,
                                          const StageTheme& theme, const std::array<int, 4>& box);
    void drawCoin(const glm::mat4& model, const glm::mat4& viewProjection, const glm::vec3& eye, const CoinLook& look,
                  bool mirrored);

    gl::Program coinProgram_;
    gl::Program compositeProgram_; // copies the cached picture into place
    gl::VertexArray emptyVao_;     // core profile needs a VAO even for attribute-less draws
    GLint compositeBox_ = -1, compositeUvScale_ = -1, compositePicture_ = -1;
    gl::VertexArray coinVao_;
    gl::Buffer coinVertices_;
    gl::Buffer coinIndices_;
    GLsizei coinIndexCount_ = 0;
    // The stage's picture, kept between frames and copied into place. The moving stage (software GL)
    // is drawn straight into it with a depth buffer of its own; the stage at rest is drawn with MSAA
    // in bands and each band resolved into it. One picture for both: no second copy, no extra blit.
    struct Picture {
        gl::Texture color;
        gl::Framebuffer fbo;
        gl::Renderbuffer depth; // only once the fast path has been used
        int width = 0, height = 0;
        bool hasDepth = false;
    } picture_;
    // The multisampled band (colour and depth). On a software renderer it holds a band of rows, not
    // the whole box: its samples are most of the stage's memory, and each band is resolved in turn.
    struct Multisampled {
        gl::Framebuffer fbo;
        gl::Renderbuffer color, depth;
        int width = 0, height = 0;
    } msaa_;
    int samples_ = 0;          // MSAA samples at rest (0: the driver has none)
    int bandPixels_ = 1 << 17; // a band: 4 MiB of colour and depth at 4 samples, whatever the stage's size
    bool hasPicture_ = false;  // picture_ shows the stage of lastSignature_
    bool shownFast_ = false;
    bool softwareRenderer_ = false;
    std::vector<float> lastSignature_;
    bool cacheEnabled_ = true;
    bool lastDrawReused_ = false;
    CoinShape shape_;
    bool shadersFromFiles_ = false;

    struct CoinUniforms {
        GLint model = -1, viewProjection = -1, normalMatrix = -1, baseColor = -1, eye = -1, keyLight = -1,
              fillLight = -1, radius = -1, fade = -1, halfway = -1;
    } cu_;
};

} // namespace cs
