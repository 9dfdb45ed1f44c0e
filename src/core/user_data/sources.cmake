# Sources of the user_data part of coinstudio_core (included by src/core/CMakeLists.txt), relative to this folder.
set(COINSTUDIO_USER_DATA_SOURCES
)
