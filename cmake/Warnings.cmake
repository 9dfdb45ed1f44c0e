# Warning flags shared by every target of ours (not by third-party code).
function(coinstudio_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
                                           -Wcast-align -Wunused -Woverloaded-virtual
                                           -Wdouble-promotion -Wformat=2)
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
