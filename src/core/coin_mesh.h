// Builds the coin as a closed triangle mesh in object space: two flat faces joined by a rounded rim.
#pragma once

#include <glm/vec3.hpp>

#include <cstdint>
#include <vector>

namespace cs {

// Object space: the coin lies in the XZ plane, the top face looks along +Y, the bottom face along -Y.
struct CoinShape {
    float radius = 1.0f;
    float thickness = 0.16f; // full height from bottom face to top face
    float bevel = 0.045f;    // radius of the rounded edge between a face and the rim
    int segments = 96;       // around the coin
    int bevelSteps = 4;      // along each rounded edge
};

struct CoinVertex {
    glm::vec3 position;
    glm::vec3 normal; // unit length, smooth across the whole surface
};

struct CoinMesh {
    std::vector<CoinVertex> vertices;
    std::vector<std::uint32_t> indices; // triangles, counter-clockwise seen from outside
};

// Clamps nonsensical shapes (negative sizes, too few segments) to usable values.
CoinShape sanitized(CoinShape shape);

CoinMesh buildCoinMesh(const CoinShape& shape = {});

} // namespace cs
