#version 330 core
// The kept frame's rectangles of one colour.
uniform vec4 uFill;
out vec4 fragColor;

void main() {
    fragColor = uFill;
}
