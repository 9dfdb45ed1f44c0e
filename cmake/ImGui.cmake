# Dear ImGui 1.86 from Debian's libimgui-dev: a static library that already contains the SDL2 and
# OpenGL3 backends and the FreeType font builder; only the backend headers need an extra path.
pkg_check_modules(IMGUI REQUIRED IMPORTED_TARGET imgui)
add_library(coinstudio_imgui INTERFACE)
target_link_libraries(coinstudio_imgui INTERFACE PkgConfig::IMGUI PkgConfig::SDL2 PkgConfig::FREETYPE)
target_include_directories(coinstudio_imgui SYSTEM INTERFACE /usr/include/imgui /usr/include/imgui/backends)
