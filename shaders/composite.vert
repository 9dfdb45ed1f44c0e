#version 330 core
// Draws the cached stage picture into its box: a quad from two triangles made from the vertex id.
uniform vec4 uBox; // x0, y0, x1, y1 in normalised device coordinates
out vec2 vUv;

void main() {
    vec2 corner = vec2(float(gl_VertexID & 1), float((gl_VertexID >> 1) & 1));
    vUv = corner;
    gl_Position = vec4(mix(uBox.xy, uBox.zw, corner), 0.0, 1.0);
}
