# Sources of the scenario-file part of coinstudio_core (included by src/core/CMakeLists.txt).
# Paths are relative to this folder.
#
# toml++ needs no special flags here: read_toml.cpp includes it through core/toml_include.h, which
# defines TOML_ASSERT itself (see the note there), so every preset builds the parser the same way.

# The built-in structure library, assets/structures.toml, is compiled in as a string so the app
# and `--check` never depend on finding the data folder. Regenerated when the file changes.
set(_coinstudio_structures_toml "${PROJECT_SOURCE_DIR}/assets/structures.toml")
set(_coinstudio_structures_cpp "${CMAKE_CURRENT_BINARY_DIR}/scenario/builtin_structures.cpp")
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${_coinstudio_structures_toml}")
file(READ "${_coinstudio_structures_toml}" _coinstudio_structures_text)
string(FIND "${_coinstudio_structures_text}" ")coinstudio_toml\"" _coinstudio_delimiter_at)
if(NOT _coinstudio_delimiter_at EQUAL -1)
  message(FATAL_ERROR "assets/structures.toml contains the raw-string delimiter )coinstudio_toml\"")
endif()
file(WRITE "${_coinstudio_structures_cpp}.tmp"
  "// Generated from assets/structures.toml by src/core/scenario/sources.cmake: do not edit.\n"
  "#include <string_view>\n\nnamespace cs::detail {\n\n"
  "std::string_view builtInStructuresText();\n\n"
  "std::string_view builtInStructuresText() {\n"
  "    static constexpr char kText[] = R\"coinstudio_toml(${_coinstudio_structures_text})coinstudio_toml\";\n"
  "    return {kText, sizeof kText - 1};\n}\n\n} // namespace cs::detail\n")
file(COPY_FILE "${_coinstudio_structures_cpp}.tmp" "${_coinstudio_structures_cpp}" ONLY_IF_DIFFERENT)
file(REMOVE "${_coinstudio_structures_cpp}.tmp")
# The list below is made relative to this folder by the includer, so name the generated file that way.
file(RELATIVE_PATH _coinstudio_structures_cpp_rel "${CMAKE_CURRENT_LIST_DIR}" "${_coinstudio_structures_cpp}")

set(COINSTUDIO_SCENARIO_SOURCES
  assets.cpp
  check.cpp
  diagnostic.cpp
  model.cpp
  parser.cpp
  read_toml.cpp
  resolve.cpp
  structure_library.cpp
  text_util.cpp
  validate.cpp
  watcher.cpp
  writer.cpp
  ${_coinstudio_structures_cpp_rel}
)
