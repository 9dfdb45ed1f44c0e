# Builds TARGET in BUILD_DIR and succeeds only if that build fails with EXPECTED in its output.
execute_process(COMMAND ${CMAKE_COMMAND} --build ${BUILD_DIR} --target ${TARGET}
                RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(result EQUAL 0)
  message(FATAL_ERROR "${TARGET} built, but the layers should have stopped it")
endif()
string(FIND "${out}" "${EXPECTED}" at)
if(at EQUAL -1)
  message(FATAL_ERROR "${TARGET} failed to build, but not for the expected reason (${EXPECTED}):\n${out}")
endif()
message(STATUS "${TARGET}: refused as expected (${EXPECTED})")
