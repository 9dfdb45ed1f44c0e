// Must not build: a core file that reaches into the ui layer (tests/layers/CMakeLists.txt).
#include "ui/panel.h"
