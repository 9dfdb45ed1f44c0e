# Sources of the scenario-file part of coinstudio_core (included by src/core/CMakeLists.txt).
# Paths are relative to this folder.
set(COINSTUDIO_SCENARIO_SOURCES
)
