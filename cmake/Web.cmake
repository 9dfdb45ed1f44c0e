# The web build (emscripten): the same core, render, ui and app code compiled to WebAssembly. The
# libraries the desktop finds with pkg-config come from the cache `scripts/web-deps.sh` fills with
# Debian's sources built for the web (SDL2, FreeType, zlib, Dear ImGui's sources); the targets keep
# the desktop's names, so the layers' CMakeLists stay the same. What has no web build (libepoxy,
# fontconfig, cpp-httplib, libqrencode) is an empty target: the few files that use them have web
# counterparts (see the `if(EMSCRIPTEN)` lists in each layer).
set(COINSTUDIO_WEB_DEPS "${PROJECT_SOURCE_DIR}/build/web-deps" CACHE PATH
    "Where scripts/web-deps.sh built the web's libraries")
set(_prefix ${COINSTUDIO_WEB_DEPS}/prefix)
foreach(f lib/libSDL2.a lib/libfreetype.a lib/libz.a)
  if(NOT EXISTS ${_prefix}/${f})
    message(FATAL_ERROR "${_prefix}/${f} is missing: run scripts/web-deps.sh (./web.sh does) first")
  endif()
endforeach()

# Header-only libraries from Debian's /usr/include (toml++, GLM, stb, CLI11, nlohmann-json), seen
# through a folder of their own: /usr/include itself holds the desktop's C library headers, which
# must not reach emscripten's compiler.
set(_host ${PROJECT_BINARY_DIR}/host-headers)
file(MAKE_DIRECTORY ${_host})
foreach(h toml++ glm stb CLI nlohmann)
  if(NOT EXISTS ${_host}/${h})
    file(CREATE_LINK /usr/include/${h} ${_host}/${h} SYMBOLIC)
  endif()
endforeach()
include_directories(SYSTEM ${_host})

# Exceptions are part of how the app keeps a person's work (a frame that throws is caught): the web
# build catches them too (emscripten's default is to abort).
add_compile_options(-fexceptions)
add_link_options(-fexceptions)

add_library(PkgConfig::SDL2 INTERFACE IMPORTED)
target_include_directories(PkgConfig::SDL2 INTERFACE ${_prefix}/include/SDL2)
target_link_libraries(PkgConfig::SDL2 INTERFACE ${_prefix}/lib/libSDL2.a)
add_library(PkgConfig::FREETYPE INTERFACE IMPORTED)
target_include_directories(PkgConfig::FREETYPE INTERFACE ${_prefix}/include/freetype2)
target_link_libraries(PkgConfig::FREETYPE INTERFACE ${_prefix}/lib/libfreetype.a)
add_library(ZLIB::ZLIB INTERFACE IMPORTED)
target_include_directories(ZLIB::ZLIB INTERFACE ${_prefix}/include)
target_link_libraries(ZLIB::ZLIB INTERFACE ${_prefix}/lib/libz.a)
foreach(none EPOXY FONTCONFIG HTTPLIB QRENCODE)
  add_library(PkgConfig::${none} INTERFACE IMPORTED)
endforeach()

# Dear ImGui 1.86 compiled as Debian compiles it (stb's rect packer and TrueType reader from Debian's
# libstb, the FreeType font builder), with the SDL2 and OpenGL3 backends.
set(_imgui ${COINSTUDIO_WEB_DEPS}/imgui)
add_library(coinstudio_imgui STATIC
  ${_imgui}/imgui.cpp ${_imgui}/imgui_draw.cpp ${_imgui}/imgui_tables.cpp ${_imgui}/imgui_widgets.cpp
  ${_imgui}/imgui_impl_sdl.cpp ${_imgui}/imgui_impl_opengl3.cpp ${_imgui}/imgui_freetype.cpp
  ${_imgui}/imgui_stdlib.cpp)
target_include_directories(coinstudio_imgui SYSTEM PUBLIC ${_imgui})
target_compile_definitions(coinstudio_imgui PRIVATE
  IMGUI_DISABLE_STB_RECT_PACK_IMPLEMENTATION "IMGUI_STB_RECT_PACK_FILENAME=<stb/stb_rect_pack.h>"
  IMGUI_DISABLE_STB_TRUETYPE_IMPLEMENTATION "IMGUI_STB_TRUETYPE_FILENAME=<stb/stb_truetype.h>")
target_link_libraries(coinstudio_imgui PUBLIC PkgConfig::SDL2 PkgConfig::FREETYPE)
# stb's implementations that Debian's libstb provides as a library on the desktop.
file(WRITE ${PROJECT_BINARY_DIR}/stb_implementations.c
     "#define STB_RECT_PACK_IMPLEMENTATION\n#include <stb/stb_rect_pack.h>\n"
     "#define STB_TRUETYPE_IMPLEMENTATION\n#include <stb/stb_truetype.h>\n")
target_sources(coinstudio_imgui PRIVATE ${PROJECT_BINARY_DIR}/stb_implementations.c)
