# The web page: coinstudio.js + coinstudio.wasm + coinstudio.data (the app's data, packed), and the
# page around them (index.html), all written to COINSTUDIO_WEB_OUTPUT (default build/web).
set(COINSTUDIO_WEB_OUTPUT "${PROJECT_SOURCE_DIR}/build/web" CACHE PATH "Where the web page is written")
set(COINSTUDIO_WEB_FONTS /usr/share/fonts/truetype/noto CACHE PATH
    "Noto Sans (regular and bold) to pack into the page: Debian's fonts-noto-core")
foreach(f NotoSans-Regular.ttf NotoSans-Bold.ttf)
  if(NOT EXISTS ${COINSTUDIO_WEB_FONTS}/${f})
    message(FATAL_ERROR "${COINSTUDIO_WEB_FONTS}/${f} is missing: apt-get install fonts-noto-core")
  endif()
endforeach()

add_executable(coinstudio ${CMAKE_CURRENT_SOURCE_DIR}/web/web_main.cpp)
target_link_libraries(coinstudio PRIVATE coinstudio_app)
coinstudio_target_defaults(coinstudio)
set_target_properties(coinstudio PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${COINSTUDIO_WEB_OUTPUT} SUFFIX ".js")

set(_data ${PROJECT_SOURCE_DIR})
set(_page ${CMAKE_CURRENT_SOURCE_DIR}/web)
# SHELL: keeps each repeated option with its argument (CMake would merge repeated options).
target_link_options(coinstudio PRIVATE
  -sMIN_WEBGL_VERSION=2 -sMAX_WEBGL_VERSION=2 -sALLOW_MEMORY_GROWTH=1 -sINITIAL_MEMORY=67108864
  -sENVIRONMENT=web -sEXPORTED_RUNTIME_METHODS=ccall,UTF8ToString -sEXIT_RUNTIME=0 -lidbfs.js
  "SHELL:--pre-js ${_page}/pre.js"
  "SHELL:--preload-file ${_data}/shaders@/data/shaders"
  "SHELL:--preload-file ${_data}/assets/structures.toml@/data/assets/structures.toml"
  "SHELL:--preload-file ${_data}/scenarios@/data/scenarios"
  "SHELL:--preload-file ${COINSTUDIO_WEB_FONTS}/NotoSans-Regular.ttf@/data/fonts/NotoSans-Regular.ttf"
  "SHELL:--preload-file ${COINSTUDIO_WEB_FONTS}/NotoSans-Bold.ttf@/data/fonts/NotoSans-Bold.ttf")
set_property(TARGET coinstudio APPEND PROPERTY LINK_DEPENDS ${_page}/pre.js)
# The data package is rebuilt with the page when a built-in scenario, a shader or the structures change.
file(GLOB_RECURSE _packed CONFIGURE_DEPENDS ${_data}/shaders/* ${_data}/scenarios/* ${_data}/assets/structures.toml)
set_property(TARGET coinstudio APPEND PROPERTY LINK_DEPENDS ${_packed})

add_custom_command(TARGET coinstudio POST_BUILD
  COMMAND ${CMAKE_COMMAND} -E copy_if_different ${_page}/index.html ${COINSTUDIO_WEB_OUTPUT}/index.html
  COMMENT "The page around the app: ${COINSTUDIO_WEB_OUTPUT}/index.html")
