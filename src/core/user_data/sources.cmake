# Sources of the user_data part of coinstudio_core (included by src/core/CMakeLists.txt), relative to this folder.
# toml++ needs no flags here either: toml_include.h sets the same macros as scenario/read_toml.cpp.
set(COINSTUDIO_USER_DATA_SOURCES
  learner_data.cpp
  recent_files.cpp
  settings.cpp
  store.cpp
  stored_file.cpp
  toml_document.cpp
)
