# Sources of the handout part of coinstudio_core (included by src/core/CMakeLists.txt), relative to this folder.
set(COINSTUDIO_HANDOUT_SOURCES
)
