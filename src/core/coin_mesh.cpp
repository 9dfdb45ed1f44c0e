// Coin mesh generation: a surface of revolution whose profile runs from the top centre, across the
// top face, round the upper edge, down the rim, round the lower edge and across the bottom face.
#include "core/coin_mesh.h"

#include <glm/geometric.hpp>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace cs {
namespace {

struct ProfilePoint {
    float r;  // distance from the axis
    float y;  // height
    float nr; // profile normal, radial part
    float ny; // profile normal, vertical part
};

// The profile without the two centre points (they are added as fan apexes).
std::vector<ProfilePoint> profile(const CoinShape& s) {
    const float h = s.thickness * 0.5f;
    const float r0 = s.radius - s.bevel;
    std::vector<ProfilePoint> points;
    // Upper rounded edge: quarter circle centred at (r0, h - bevel) from straight up to straight out.
    for (int i = 0; i <= s.bevelSteps; ++i) {
        const float a = (std::numbers::pi_v<float> / 2.0f) * (1.0f - float(i) / float(s.bevelSteps));
        points.push_back({r0 + s.bevel * std::cos(a), (h - s.bevel) + s.bevel * std::sin(a), std::cos(a), std::sin(a)});
    }
    // Lower rounded edge, mirrored; its first point sits on the rim directly below the last one.
    for (int i = 0; i <= s.bevelSteps; ++i) {
        const float a = -(std::numbers::pi_v<float> / 2.0f) * float(i) / float(s.bevelSteps);
        points.push_back(
            {r0 + s.bevel * std::cos(a), -(h - s.bevel) + s.bevel * std::sin(a), std::cos(a), std::sin(a)});
    }
    return points;
}

} // namespace

CoinShape sanitized(CoinShape s) {
    auto finiteOr = [](float v, float fallback) { return std::isfinite(v) && v > 0.0f ? v : fallback; };
    s.radius = finiteOr(s.radius, 1.0f);
    s.thickness = finiteOr(s.thickness, s.radius * 0.16f);
    s.bevel = std::clamp(finiteOr(s.bevel, 0.0f), 1e-4f * s.radius, std::min(s.radius, s.thickness) * 0.49f);
    s.segments = std::clamp(s.segments, 8, 4096);
    s.bevelSteps = std::clamp(s.bevelSteps, 1, 64);
    return s;
}

CoinMesh buildCoinMesh(const CoinShape& requested) {
    const CoinShape s = sanitized(requested);
    const auto prof = profile(s);
    const auto rings = static_cast<std::uint32_t>(prof.size());
    const auto segs = static_cast<std::uint32_t>(s.segments);
    const float h = s.thickness * 0.5f;

    CoinMesh mesh;
    mesh.vertices.reserve(rings * segs + 2);
    // Ring-major layout: vertex (ring, seg) at ring * segs + seg. The seam shares vertices (modulo),
    // so the mesh is closed by index, not only by position.
    for (const auto& p : prof) {
        for (std::uint32_t j = 0; j < segs; ++j) {
            const float theta = 2.0f * std::numbers::pi_v<float> * float(j) / float(segs);
            const float c = std::cos(theta);
            const float sn = std::sin(theta);
            mesh.vertices.push_back({{p.r * c, p.y, p.r * sn}, glm::normalize(glm::vec3{p.nr * c, p.ny, p.nr * sn})});
        }
    }
    const std::uint32_t topCentre = rings * segs;
    const std::uint32_t bottomCentre = topCentre + 1;
    mesh.vertices.push_back({{0.0f, h, 0.0f}, {0.0f, 1.0f, 0.0f}});
    mesh.vertices.push_back({{0.0f, -h, 0.0f}, {0.0f, -1.0f, 0.0f}});

    auto at = [segs](std::uint32_t ring, std::uint32_t seg) { return ring * segs + seg % segs; };
    auto& idx = mesh.indices;
    idx.reserve(std::size_t(segs) * (2 * (rings - 1) + 2) * 3);
    for (std::uint32_t j = 0; j < segs; ++j) {
        // Top face fan. Theta grows from +X towards +Z, which is clockwise seen from +Y, so the
        // winding below is (centre, next, this) to face up.
        idx.insert(idx.end(), {topCentre, at(0, j + 1), at(0, j)});
        // Bands between consecutive rings (outward normals).
        for (std::uint32_t i = 0; i + 1 < rings; ++i) {
            const std::uint32_t a = at(i, j), b = at(i, j + 1), c = at(i + 1, j), d = at(i + 1, j + 1);
            idx.insert(idx.end(), {a, b, d, a, d, c});
        }
        // Bottom face fan, facing down.
        idx.insert(idx.end(), {bottomCentre, at(rings - 1, j), at(rings - 1, j + 1)});
    }
    return mesh;
}

} // namespace cs
