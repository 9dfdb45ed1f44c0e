// Draws the stage: every coin, and their mirror images when the mirror shows.
#pragma once

#include "core/color.h"
#include "core/coin_mesh.h"
#include "core/stage_geometry.h"
#include "render/gl_objects.h"
#include "render/render_target.h"

#include <filesystem>
#include <memory>
#include <array>
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

    // True when the last frame showed a moving (not yet antialiased) stage: draw one more frame.
    bool needsRefinement() const { return cacheEnabled_ && shownFast_; }
    bool softwareRenderer() const { return softwareRenderer_; }

    // Reusing an unchanged stage is on by default; --bench turns it off to measure full redraws.
    void setCaching(bool on) { cacheEnabled_ = on; }
    bool lastDrawReused() const { return lastDrawReused_; }

    // Samples per pixel of the stage's antialiasing at rest (0 when the driver has no MSAA).
    int msaaSamples() const { return target_ ? target_->samples() : 0; }

    // Framebuffer pixels (x, y from the bottom left, width, height) the coins of `view` can cover.
    static std::array<int, 4> coverage(const StageView& view, float radius, float thickness);

    bool shadersFromFiles() const { return shadersFromFiles_; }

private:
    bool renderBox(const StageView& view, std::span<const CoinLook> looks, const StageTheme& theme,
                   const std::array<int, 4>& box, bool fast);
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
    std::unique_ptr<RenderTarget> target_;     // 4x MSAA: the stage at rest
    std::unique_ptr<RenderTarget> fastTarget_; // no MSAA: the stage while it moves (software GL)
    RenderTarget* shown_ = nullptr;            // the target whose picture is on screen
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
