// Must not build: a core file that uses SDL (tests/layers/CMakeLists.txt).
#include <SDL2/SDL.h>
