# Sources of the handout part of coinstudio_core (included by src/core/CMakeLists.txt), relative to this folder.
set(COINSTUDIO_HANDOUT_SOURCES
  facilitator_notes.cpp
  handout_document.cpp
  handout_style.cpp
  handout_words.cpp
  html_text.cpp
  participant_handout.cpp
  stage_description.cpp
)
