// Where things are on the stage: coin layout in a row, the camera that frames them, the mirror that
// shows bottom faces, and screen anchors for the face labels. Pure math (GLM), shared by render and ui.
#pragma once

#include "core/coin_mesh.h"
#include "core/vocabulary.h"

#include <glm/mat4x4.hpp>
#include <glm/vec2.hpp>
#include <glm/vec3.hpp>

#include <vector>

namespace cs {

struct AppState;

// A rectangle in framebuffer pixels, origin top-left (like the UI).
struct PixelRect {
    float x = 0, y = 0, width = 0, height = 0;
    glm::vec2 centre() const { return {x + width * 0.5f, y + height * 0.5f}; }
};

struct StageConfig {
    CoinShape shape{};
    float spacing = 2.5f;    // centre-to-centre distance of neighbouring coins, in coin radii
    float maxSpacing = 6.0f; // … spread up to this when the stage is wider than the row needs
    float mirrorGap = 0.85f; // coin centres to the mirror plane
    float fovYDeg = 20.0f;   // narrow: little perspective, so both faces look the same size
};

struct CoinPose {
    glm::mat4 model{1.0f};    // object → world
    glm::mat4 mirrored{1.0f}; // object → world, reflected in the mirror plane
    glm::vec3 centre{0.0f};
};

struct StageView {
    glm::mat4 view{1.0f};
    glm::mat4 projection{1.0f}; // already maps the stage rect into the full framebuffer
    glm::vec3 eye{0.0f};
    float mirrorPlaneY = 0.0f;
    float mirrorAmount = 0.0f; // 0 hidden … 1 fully shown
    glm::vec2 framebuffer{1.0f};
    std::vector<CoinPose> coins;

    // Framebuffer pixel (origin top-left) of a world point; z > 1 or w <= 0 means behind the eye.
    glm::vec3 project(const glm::vec3& world) const;
};

// Where a face's label plate should sit on screen.
struct FaceAnchor {
    int coin = 0;
    Face face = Face::Top;
    glm::vec2 screen{0.0f}; // OnFace/InMirror: the plate's centre; BeyondRim: the point on the
                            // rim the plate's edge touches (the plate lies further out)
    enum class Placement { OnFace, InMirror, BeyondRim } placement = Placement::OnFace;
    float facing = 0.0f;     // how squarely the face looks at the viewer (1 = head on, <0 away)
    glm::vec2 outward{0.0f}; // BeyondRim only: unit screen direction away from the coin
};

// Lays out coins in a row and frames them (and their mirror images) inside `stageRect`.
StageView computeStageView(const AppState& state, glm::vec2 framebufferSize, PixelRect stageRect,
                           const StageConfig& config = {});

// One anchor per face per coin: on the face when it looks at the viewer, in the mirror when the
// mirror shows it, otherwise just beyond the rim on the side the face is on.
std::vector<FaceAnchor> faceAnchors(const StageView& view, const StageConfig& config = {});

// x positions of n coins in a row, centred on 0.
std::vector<float> rowPositions(int count, float spacing);

} // namespace cs
