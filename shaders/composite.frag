#version 330 core
// Copies the resolved stage picture (its used corner: uUvScale) unchanged.
in vec2 vUv;
uniform sampler2D uPicture;
uniform vec2 uUvScale;
out vec4 fragColor;

void main() {
    fragColor = vec4(texture(uPicture, vUv * uUvScale).rgb, 1.0);
}
