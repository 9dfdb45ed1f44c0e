# What every target of ours shares (not third-party code): the warnings, and the unity build.
#
# Unity build: the compiler reads a few sources at once (one generated file including them), so the
# standard library, GLM, ImGui and the app's headers are parsed once per batch instead of once per file;
# a build from scratch takes about a fifth less time (5m45 to 4m40 on two cores, release), which CI
# pays twice (release and sanitizers). Files of one target therefore share a translation unit: two
# helpers of the same name in the anonymous namespaces of two files collide ("redefinition of …"):
# give one of them a name of its own, or share it.
# Files with compile options of their own are compiled alone (CMake leaves them out of the batches).
# A batch size of 0 puts all of a target's files in one: a way to find every such clash at once.
option(COINSTUDIO_UNITY_BUILD "Compile a few sources of a target at once (faster builds)" ON)
set(COINSTUDIO_UNITY_BATCH_SIZE 8 CACHE STRING "Sources per unity batch (0: all of a target's)")
function(coinstudio_target_defaults target)
  if(COINSTUDIO_UNITY_BUILD)
    set_target_properties(${target} PROPERTIES UNITY_BUILD ON UNITY_BUILD_BATCH_SIZE ${COINSTUDIO_UNITY_BATCH_SIZE})
  endif()
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
                                           -Wcast-align -Wunused -Woverloaded-virtual
                                           -Wdouble-promotion -Wformat=2)
  if(EMSCRIPTEN)
    # EM_ASM's JavaScript names its arguments $0, $1… (the web build's JavaScript bridges).
    target_compile_options(${target} PRIVATE -Wno-dollar-in-identifier-extension)
  endif()
  if(COINSTUDIO_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()

# Test programs compile GoogleTest's headers and the app's state once per program instead of once
# per file (a large share of the build time, twice over in CI: release and asan). Extra headers
# (the program's own common ones) may follow the target.
function(coinstudio_test_pch target)
  target_precompile_headers(${target} PRIVATE <gtest/gtest.h> <filesystem> <string> <vector> <map>
                                              <memory> <optional> <functional> <algorithm>
                                              "${PROJECT_SOURCE_DIR}/src/core/app_state.h" ${ARGN})
endfunction()
