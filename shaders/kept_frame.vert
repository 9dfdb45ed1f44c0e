#version 330 core
// The parts of the kept frame that are not plain background: rectangles of the window, copied from
// where their pixels are kept in the packed picture, or filled with one colour.
layout(location = 0) in vec2 aPixel; // window pixels, from the bottom left
layout(location = 1) in vec2 aKept;  // the same corner in the packed picture, in texels
uniform vec2 uSize;                  // the window in pixels
uniform vec2 uKeptSize;              // the packed picture in texels
out vec2 vUv;

void main() {
    vUv = aKept / uKeptSize;
    gl_Position = vec4(aPixel / uSize * 2.0 - 1.0, 0.0, 1.0);
}
