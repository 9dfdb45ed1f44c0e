#version 330 core
// A plain copy, one texel to one pixel (nearest): the simplest shader there is, which a software
// renderer runs on its fastest path.
in vec2 vUv;
uniform sampler2D uPicture;
out vec4 fragColor;

void main() {
    fragColor = texture(uPicture, vUv);
}
