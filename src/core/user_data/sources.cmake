# Sources of the user_data part of coinstudio_core (included by src/core/CMakeLists.txt), relative to this folder.
# toml++ needs no flags here either: toml_document.h includes it through core/toml_include.h, as scenario/read_toml.cpp does.
set(COINSTUDIO_USER_DATA_SOURCES
  learner_data.cpp
  recent_files.cpp
  reflections_export.cpp
  settings.cpp
  store.cpp
  stored_file.cpp
  toml_document.cpp
)
