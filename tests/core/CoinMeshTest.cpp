// Coin geometry: a closed surface with unit normals, faces looking the right way.
#include "core/coin_mesh.h"

#include <glm/geometric.hpp>
#include <glm/vec2.hpp>
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <utility>

namespace cs {
namespace {

glm::vec3 triangleNormal(const CoinMesh& m, std::size_t t) {
    const auto& a = m.vertices[m.indices[t * 3]].position;
    const auto& b = m.vertices[m.indices[t * 3 + 1]].position;
    const auto& c = m.vertices[m.indices[t * 3 + 2]].position;
    return glm::cross(b - a, c - a);
}

TEST(CoinMeshTest, EveryEdgeIsSharedByExactlyTwoTrianglesInOppositeDirections) {
    const CoinMesh m = buildCoinMesh();
    ASSERT_EQ(m.indices.size() % 3, 0u);
    std::map<std::pair<std::uint32_t, std::uint32_t>, int> directed;
    for (std::size_t t = 0; t < m.indices.size() / 3; ++t) {
        for (int e = 0; e < 3; ++e) {
            const auto a = m.indices[t * 3 + std::size_t(e)], b = m.indices[t * 3 + std::size_t((e + 1) % 3)];
            ASSERT_NE(a, b) << "degenerate triangle " << t;
            ++directed[{a, b}];
        }
    }
    for (const auto& [edge, count] : directed) {
        EXPECT_EQ(count, 1) << "edge " << edge.first << "->" << edge.second << " used twice the same way";
        const auto reverse = directed.find({edge.second, edge.first});
        ASSERT_NE(reverse, directed.end()) << "open edge " << edge.first << "->" << edge.second;
    }
}

TEST(CoinMeshTest, NormalsAreUnitLength) {
    const CoinMesh m = buildCoinMesh();
    for (const auto& v : m.vertices)
        EXPECT_NEAR(glm::length(v.normal), 1.0f, 1e-5f);
}

TEST(CoinMeshTest, TrianglesFaceOutwardsAndAgreeWithVertexNormals) {
    const CoinMesh m = buildCoinMesh();
    for (std::size_t t = 0; t < m.indices.size() / 3; ++t) {
        const glm::vec3 n = triangleNormal(m, t);
        const glm::vec3 smooth = m.vertices[m.indices[t * 3]].normal + m.vertices[m.indices[t * 3 + 1]].normal +
                                 m.vertices[m.indices[t * 3 + 2]].normal;
        EXPECT_GT(glm::dot(n, smooth), 0.0f) << "triangle " << t << " winds inwards";
    }
}

TEST(CoinMeshTest, TopFaceLooksUpBottomFaceLooksDownAndTheRimOutwards) {
    const CoinShape shape;
    const CoinMesh m = buildCoinMesh(shape);
    const float h = shape.thickness * 0.5f;
    int top = 0, bottom = 0, rim = 0;
    for (const auto& v : m.vertices) {
        const float r = glm::length(glm::vec2(v.position.x, v.position.z));
        if (std::abs(v.position.y - h) < 1e-5f) {
            EXPECT_NEAR(v.normal.y, 1.0f, 1e-5f);
            ++top;
        } else if (std::abs(v.position.y + h) < 1e-5f) {
            EXPECT_NEAR(v.normal.y, -1.0f, 1e-5f);
            ++bottom;
        } else if (std::abs(r - shape.radius) < 1e-5f) {
            EXPECT_NEAR(v.normal.y, 0.0f, 1e-5f);
            EXPECT_GT(glm::dot(glm::vec2(v.normal.x, v.normal.z), glm::vec2(v.position.x, v.position.z)), 0.0f);
            ++rim;
        }
        EXPECT_LE(r, shape.radius + 1e-5f);
        EXPECT_LE(std::abs(v.position.y), h + 1e-5f);
    }
    EXPECT_GT(top, shape.segments);
    EXPECT_EQ(top, bottom); // the two faces are built the same way: equal weight starts here
    EXPECT_GE(rim, 2 * shape.segments);
}

TEST(CoinMeshTest, NonsenseShapesAreClampedNotCrashed) {
    CoinShape bad;
    bad.radius = -3.0f;
    bad.thickness = 0.0f;
    bad.segments = 1;
    bad.bevelSteps = -4;
    bad.bevel = 100.0f;
    const CoinMesh m = buildCoinMesh(bad);
    EXPECT_FALSE(m.indices.empty());
    for (auto i : m.indices)
        EXPECT_LT(i, m.vertices.size());
}

} // namespace
} // namespace cs
