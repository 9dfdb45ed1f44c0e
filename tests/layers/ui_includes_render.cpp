// Must not build: a ui file that reaches into the renderer (panels emit commands; drawing GL is render's).
#include "render/stage_renderer.h"
