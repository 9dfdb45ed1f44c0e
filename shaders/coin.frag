#version 330 core
// Coin fragment shader: soft matte lighting (no metal, no shine that would make one face a prize).
// Both faces get the same colour, the same engraved ring and the same light.
// Kept cheap on purpose: the software renderer shades every sample of every coin.
in vec3 vWorldPos;
in vec3 vWorldNormal;
in vec3 vObjectPos;
in vec3 vObjectNormal;

uniform vec3 uBaseColor;    // linear RGB
uniform vec3 uEye;
uniform vec3 uKeyLight;     // unit direction towards the light, world space
uniform vec3 uFillLight;    // unit
uniform vec3 uHalfway;      // unit, between the key light and a typical view direction
uniform float uRadius;
uniform float uFade;        // 1 = fully drawn; lower values let the background through

out vec4 fragColor;

void main() {
    vec3 n = normalize(vWorldNormal);
    float faceness = abs(vObjectNormal.y);           // 1 on the faces, 0 on the rim

    // An engraved ring near the edge of each face (the same on both), and a slightly darker rim so
    // the disc reads as solid.
    float r = length(vObjectPos.xz) / uRadius;
    float ring = max(0.0, 1.0 - abs(r - 0.86) * 66.0) * step(0.95, faceness);
    vec3 base = uBaseColor * ((1.0 - 0.22 * ring) * mix(0.78, 1.0, faceness));

    float diffuse = max(dot(n, uKeyLight), 0.0) * 0.72 + max(dot(n, uFillLight), 0.0) * 0.28;
    float ambient = 0.29 + 0.07 * n.y;
    float s = max(dot(n, uHalfway), 0.0);
    s *= s; s *= s; s *= s; s *= s;                  // s^16: a broad, soft highlight
    vec3 lit = base * (ambient + diffuse) + vec3(0.08 * s);
    // Linear → sRGB (gamma 2 is close enough for a matte object and much cheaper than pow).
    fragColor = vec4(sqrt(clamp(lit, 0.0, 1.0)), uFade);
}
