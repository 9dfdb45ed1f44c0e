// Stage layout, camera framing and label anchors.
#include "core/stage_geometry.h"

#include "core/app_state.h"

#include <glm/geometric.hpp>
#include <glm/gtc/matrix_transform.hpp>
#include <glm/gtc/quaternion.hpp>
#include <glm/trigonometric.hpp>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace cs {

std::vector<float> rowPositions(int count, float spacing) {
    std::vector<float> xs;
    for (int i = 0; i < count; ++i)
        xs.push_back((float(i) - float(count - 1) * 0.5f) * spacing);
    return xs;
}

glm::vec3 StageView::project(const glm::vec3& world) const {
    const glm::vec4 clip = projection * view * glm::vec4(world, 1.0f);
    if (clip.w <= 1e-6f) return {0.0f, 0.0f, 2.0f};
    const glm::vec3 ndc = glm::vec3(clip) / clip.w;
    return {(ndc.x * 0.5f + 0.5f) * framebuffer.x, (0.5f - ndc.y * 0.5f) * framebuffer.y, ndc.z};
}

StageView computeStageView(const AppState& state, glm::vec2 fb, PixelRect rect, const StageConfig& cfg) {
    StageView v;
    const double now = state.timeline.now();
    v.framebuffer = glm::max(fb, glm::vec2(1.0f));
    rect.width = std::max(rect.width, 1.0f);
    rect.height = std::max(rect.height, 1.0f);

    const float radius = cfg.shape.radius;
    const float mirror = std::clamp(state.view.mirror.valueAt(now), 0.0f, 1.0f);
    const float elevation = std::clamp(state.view.elevationDeg.valueAt(now), -85.0f, 85.0f);
    v.mirrorAmount = mirror;
    v.mirrorPlaneY = -cfg.mirrorGap * radius;

    // The user's turn applies to each coin in place, about the screen's axes at this elevation.
    const glm::vec3 screenRight{1.0f, 0.0f, 0.0f};
    const float e = glm::radians(elevation);
    const glm::vec3 screenUp{0.0f, std::cos(e), -std::sin(e)};
    const glm::quat user = glm::angleAxis(glm::radians(state.view.yawDeg), screenUp) *
                           glm::angleAxis(glm::radians(-state.view.pitchDeg), screenRight);

    const int n = int(state.coins.size());
    // Each coin at its (sliding) place in the row, around the row's (sliding) middle.
    std::vector<float> xs;
    const float middle = state.view.rowCentre.valueAt(now);
    for (const auto& c : state.coins)
        xs.push_back((c.slot.valueAt(now) - middle) * cfg.spacing * radius);
    const float rowY = 0.0f;
    glm::mat4 reflect = glm::translate(glm::mat4(1.0f), {0.0f, v.mirrorPlaneY, 0.0f}) *
                        glm::scale(glm::mat4(1.0f), {1.0f, -1.0f, 1.0f}) *
                        glm::translate(glm::mat4(1.0f), {0.0f, -v.mirrorPlaneY, 0.0f});
    // Framing: fit the rims of every coin (and of its mirror image when the mirror is showing) both
    // as they are now and as they will be when the running animations end. A coin turning over
    // stands up on its way and would leave the picture; including the present pose pulls the camera
    // back smoothly while it turns (the needed distance changes continuously with the pose) and
    // lets it settle again on the end pose. `spread` scales the gaps of the row (see below).
    const bool mirrorAtEnd = state.view.mirror.to > 0.5f;
    auto pointsFor = [&](float spread) {
        std::vector<glm::vec3> points;
        for (int i = 0; i < n; ++i) {
            const glm::vec3 c{xs[std::size_t(i)] * spread, rowY, 0.0f};
            const auto& flipTween = state.coins[std::size_t(i)].flip;
            const float flips[2] = {flipTween.to, flipTween.valueAt(now)};
            for (int f = 0; f < (flips[0] == flips[1] ? 1 : 2); ++f) {
                const float flip = flips[f];
                // The user's own turn is left out on purpose: dragging a coin must not zoom the camera.
                const glm::mat4 pose =
                    glm::translate(glm::mat4(1.0f), c) *
                    glm::rotate(glm::mat4(1.0f), flip * std::numbers::pi_v<float>, {1.0f, 0.0f, 0.0f});
                for (int k = 0; k < 24; ++k) {
                    const float a = 2.0f * std::numbers::pi_v<float> * float(k) / 24.0f;
                    for (float y : {-cfg.shape.thickness * 0.5f, cfg.shape.thickness * 0.5f}) {
                        const glm::vec4 local{radius * std::cos(a), y, radius * std::sin(a), 1.0f};
                        points.push_back(glm::vec3(pose * local));
                        if (mirrorAtEnd) points.push_back(glm::vec3(reflect * pose * local));
                    }
                }
            }
        }
        // Room for the label of a face that cannot be seen: it sits past the rim, above or below the
        // coin. (With the mirror showing, both faces are seen and labelled on the coins themselves.)
        if (!mirrorAtEnd) {
            const bool edgeOn = std::abs(state.view.elevationDeg.to) < 15.0f;
            for (int i = 0; i < n; ++i) {
                const float x = xs[std::size_t(i)] * spread;
                points.push_back({x, rowY - 0.5f * radius, radius});              // below the front of the rim
                if (edgeOn) points.push_back({x, rowY + 0.5f * radius, -radius}); // and above, edge-on
            }
        }
        // The headings with the structures' names (and, while levels show, the plates that step off
        // the faces) are text: their room is kept in pixels by the view's layout, around the rect.
        if (points.empty()) points.push_back(glm::vec3(0.0f));
        return points;
    };
    auto centreOf = [](const std::vector<glm::vec3>& points) {
        glm::vec3 lo = points.front(), hi = points.front();
        for (const auto& p : points) {
            lo = glm::min(lo, p);
            hi = glm::max(hi, p);
        }
        return (lo + hi) * 0.5f;
    };
    const glm::vec3 dir{0.0f, std::sin(e), std::cos(e)};

    const float aspect = rect.width / rect.height;
    const float fovY = glm::radians(cfg.fovYDeg);
    const float tanY = std::tan(fovY * 0.5f);
    const float tanX = tanY * aspect;
    constexpr float kFill = 0.86f; // leave a margin inside the stage rect for label plates
    auto fits = [&](const std::vector<glm::vec3>& points, const glm::vec3& target, float dist) {
        const glm::mat4 viewM = glm::lookAt(target + dist * dir, target, {0.0f, 1.0f, 0.0f});
        for (const auto& p : points) {
            const glm::vec3 q = glm::vec3(viewM * glm::vec4(p, 1.0f));
            const float depth = -q.z;
            if (depth <= 0.05f) return false;
            if (std::abs(q.x) / depth > tanX * kFill || std::abs(q.y) / depth > tanY * kFill) return false;
        }
        return true;
    };
    auto distanceFor = [&](const std::vector<glm::vec3>& points, const glm::vec3& target) {
        float nearD = 0.5f, farD = 400.0f;
        for (int it = 0; it < 32; ++it) { // far below a pixel
            const float mid = 0.5f * (nearD + farD);
            (fits(points, target, mid) ? farD : nearD) = mid;
        }
        return farD;
    };
    std::vector<glm::vec3> points = pointsFor(1.0f);
    glm::vec3 target = centreOf(points);
    float dist = distanceFor(points, target);
    auto spreadFits = [&](float spread) {
        std::vector<glm::vec3> pts = pointsFor(spread);
        const glm::vec3 centre = centreOf(pts);
        for (float x : xs) {
            for (float side : {-0.5f, 0.5f})
                pts.push_back({x * spread + side * spread * cfg.spacing * radius, rowY, 0.0f});
        }
        return fits(pts, centre, dist * 1.001f);
    };
    if (n >= 2 && cfg.maxSpacing > cfg.spacing && spreadFits(1.02f)) {
        // A row framed by the stage's height leaves its width unused: the coins spread out (up to
        // maxSpacing) at the same size, so the labels between them have the room there is.
        // The outer coins keep half a spacing beyond their rims too, for their own labels.
        float lo = 1.02f, hi = cfg.maxSpacing / cfg.spacing;
        for (int it = 0; it < 16; ++it) {
            const float mid = 0.5f * (lo + hi);
            (spreadFits(mid) ? lo : hi) = mid;
        }
        if (lo > 1.0f) {
            for (auto& x : xs)
                x *= lo;
            points = pointsFor(1.0f);
            target = centreOf(points);
            dist = distanceFor(points, target);
        }
    }

    v.eye = target + dist * dir;
    v.view = glm::lookAt(v.eye, target, {0.0f, 1.0f, 0.0f});
    // Poses. In the both-faces view the eye sees the coin's top face from a little higher than
    // it sees the mirror image's face (perspective), which would make the bottom face look rounder,
    // bigger, heavier. A small forward tilt shares the difference out so both faces are seen
    // equally squarely: equal visual weight is part of the model, not decoration.
    for (int i = 0; i < n; ++i) {
        const float flip = state.coins[std::size_t(i)].flip.valueAt(now);
        CoinPose p;
        p.centre = {xs[std::size_t(i)], rowY, 0.0f};
        float tilt = 0.0f;
        if (mirror > 0.0f) {
            const float h = cfg.shape.thickness * 0.5f;
            const glm::vec3 topFace = p.centre + glm::vec3(0.0f, h, 0.0f);
            const glm::vec3 mirrorFace{p.centre.x, 2.0f * v.mirrorPlaneY - p.centre.y + h, p.centre.z};
            const float seenTop = std::asin(std::clamp(glm::normalize(v.eye - topFace).y, -1.0f, 1.0f));
            const float seenMirror = std::asin(std::clamp(glm::normalize(v.eye - mirrorFace).y, -1.0f, 1.0f));
            tilt = 0.5f * (seenMirror - seenTop) * mirror;
        }
        // A coin being placed grows in from 60 % (never from nothing: it stays legible as it comes).
        const float appear = std::clamp(state.coins[std::size_t(i)].appear.valueAt(now), 0.0f, 1.0f);
        const float scale = 0.6f + 0.4f * appear;
        p.model = glm::translate(glm::mat4(1.0f), p.centre) * glm::mat4_cast(user) *
                  glm::rotate(glm::mat4(1.0f), tilt, {1.0f, 0.0f, 0.0f}) *
                  glm::rotate(glm::mat4(1.0f), flip * std::numbers::pi_v<float>, {1.0f, 0.0f, 0.0f}) *
                  glm::scale(glm::mat4(1.0f), glm::vec3(scale));
        p.mirrored = reflect * p.model;
        v.coins.push_back(p);
    }

    const glm::mat4 lens = glm::perspective(fovY, aspect, 0.05f, dist * 3.0f + 10.0f);
    // Map the lens' NDC square onto the stage rect's part of the framebuffer.
    const float sx = rect.width / v.framebuffer.x;
    const float sy = rect.height / v.framebuffer.y;
    const float cx = (rect.x + rect.width * 0.5f) / v.framebuffer.x * 2.0f - 1.0f;
    const float cy = 1.0f - (rect.y + rect.height * 0.5f) / v.framebuffer.y * 2.0f;
    glm::mat4 toRect(1.0f);
    toRect[0][0] = sx;
    toRect[1][1] = sy;
    toRect[3][0] = cx;
    toRect[3][1] = cy;
    v.projection = toRect * lens;
    return v;
}

std::vector<FaceAnchor> faceAnchors(const StageView& view, const StageConfig& cfg) {
    std::vector<FaceAnchor> out;
    const float h = cfg.shape.thickness * 0.5f;
    for (int i = 0; i < int(view.coins.size()); ++i) {
        const CoinPose& pose = view.coins[std::size_t(i)];
        for (Face face : kAllFaces) {
            const float sign = face == Face::Top ? 1.0f : -1.0f;
            const glm::vec3 centre = glm::vec3(pose.model * glm::vec4(0.0f, sign * h, 0.0f, 1.0f));
            const glm::vec3 normal = glm::normalize(glm::vec3(pose.model * glm::vec4(0.0f, sign, 0.0f, 0.0f)));
            const float facing = glm::dot(normal, glm::normalize(view.eye - centre));
            FaceAnchor a;
            a.coin = i;
            a.face = face;
            a.facing = facing;
            if (facing > 0.15f) {
                a.placement = FaceAnchor::Placement::OnFace;
                a.screen = glm::vec2(view.project(centre));
            } else {
                const glm::vec3 mCentre = glm::vec3(pose.mirrored * glm::vec4(0.0f, sign * h, 0.0f, 1.0f));
                const glm::vec3 mNormal = glm::normalize(glm::vec3(pose.mirrored * glm::vec4(0.0f, sign, 0.0f, 0.0f)));
                const float mFacing = glm::dot(mNormal, glm::normalize(view.eye - mCentre));
                if (view.mirrorAmount > 0.5f && mFacing > 0.15f) {
                    a.placement = FaceAnchor::Placement::InMirror;
                    a.facing = mFacing;
                    a.screen = glm::vec2(view.project(mCentre));
                } else {
                    // Hidden: sit just past the rim, on the side the face points to on screen.
                    a.placement = FaceAnchor::Placement::BeyondRim;
                    const glm::vec2 c = glm::vec2(view.project(pose.centre));
                    const glm::vec2 tip = glm::vec2(view.project(pose.centre + normal * cfg.shape.radius));
                    glm::vec2 dir = tip - c;
                    if (glm::length(dir) < 1e-3f) dir = {0.0f, face == Face::Top ? -1.0f : 1.0f};
                    dir = glm::normalize(dir);
                    // Distance to the rim on screen along dir: project a rim point in that direction.
                    const glm::vec2 rimX = glm::vec2(view.project(pose.centre + glm::vec3{cfg.shape.radius, 0, 0})) - c;
                    const glm::vec2 rimZ = glm::vec2(view.project(pose.centre + glm::vec3{0, 0, cfg.shape.radius})) - c;
                    const float reach = std::max(std::abs(glm::dot(rimX, dir)), std::abs(glm::dot(rimZ, dir)));
                    a.screen = c + dir * (reach + 0.06f * glm::length(rimX));
                    a.outward = dir;
                }
            }
            out.push_back(a);
        }
    }
    return out;
}

} // namespace cs
