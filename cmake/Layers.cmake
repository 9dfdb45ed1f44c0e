# The layers (core, render, ui, app) each expose only their own folder of src/ to what links them:
# a target sees `#include "core/…"` only when it links coinstudio_core, and so on. Each layer's public
# include directory is a folder of the build tree holding one link, <layer> → src/<layer>.
#
# Core is plain C++ (no window, no GL, no ImGui): its own sources also see a folder of stand-in
# headers for SDL, OpenGL, libepoxy and Dear ImGui that stop the build with a message saying so
# (the system's /usr/include would otherwise offer <SDL2/SDL.h> and <GL/gl.h> to anyone).

function(coinstudio_layer_includes target layer)
  set(root ${PROJECT_BINARY_DIR}/include/${layer})
  file(MAKE_DIRECTORY ${root})
  file(CREATE_LINK ${PROJECT_SOURCE_DIR}/src/${layer} ${root}/${layer} SYMBOLIC)
  target_include_directories(${target} PUBLIC ${root})
endfunction()

function(coinstudio_forbid_in_core target)
  set(root ${PROJECT_BINARY_DIR}/include/not-in-core)
  foreach(header SDL.h SDL2/SDL.h SDL_opengl.h SDL2/SDL_opengl.h GL/gl.h GL/glext.h epoxy/gl.h imgui.h imgui_internal.h
                 imgui/imgui.h)
    set(text "#error \"${header} in coinstudio_core: core is plain C++ (no window, no GL, no ImGui). Put this code in src/ui, src/render or src/app, or pass core what it needs.\"\n")
    file(CONFIGURE OUTPUT ${root}/${header} CONTENT "${text}")
  endforeach()
  target_include_directories(${target} BEFORE PRIVATE ${root})
endfunction()
