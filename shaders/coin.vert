#version 330 core
// Coin vertex shader: object space → world and clip space; keeps object-space data for the
// procedural face ring and rim reeding in the fragment shader.
layout(location = 0) in vec3 aPosition;
layout(location = 1) in vec3 aNormal;

uniform mat4 uModel;
uniform mat4 uViewProjection;
uniform mat3 uNormalMatrix;

out vec3 vWorldPos;
out vec3 vWorldNormal;
out vec3 vObjectPos;
out vec3 vObjectNormal;

void main() {
    vec4 world = uModel * vec4(aPosition, 1.0);
    vWorldPos = world.xyz;
    vWorldNormal = uNormalMatrix * aNormal;
    vObjectPos = aPosition;
    vObjectNormal = aNormal;
    gl_Position = uViewProjection * world;
}
