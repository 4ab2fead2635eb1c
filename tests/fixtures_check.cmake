# One fixture case: run the real factline binary on CASE_DIR and compare its JSON report (and
# CSV timeline, when the case has expected.csv) with the files checked in beside the articles.
# Refresh them with tools/refresh-fixtures after reviewing the change.
execute_process(
  COMMAND ${FACTLINE} check ${CASE_DIR} --format json
  OUTPUT_VARIABLE actual RESULT_VARIABLE status ERROR_VARIABLE errors)
file(READ ${CASE_DIR}/expected.json expected)
string(FIND "${expected}" "\"conflicts\": []" no_conflicts)
if(no_conflicts EQUAL -1)
  set(expected_status 1)
else()
  set(expected_status 0)
endif()
if(NOT status EQUAL expected_status)
  message(FATAL_ERROR "exit status ${status}, expected ${expected_status}\n${errors}")
endif()
if(NOT actual STREQUAL expected)
  file(WRITE ${CMAKE_CURRENT_BINARY_DIR}/actual.json "${actual}")
  execute_process(COMMAND diff -u ${CASE_DIR}/expected.json ${CMAKE_CURRENT_BINARY_DIR}/actual.json)
  message(FATAL_ERROR "the JSON report differs from ${CASE_DIR}/expected.json")
endif()
if(EXISTS ${CASE_DIR}/expected.csv)
  execute_process(
    COMMAND ${FACTLINE} timeline ${CASE_DIR} --format csv
    OUTPUT_VARIABLE actual_csv RESULT_VARIABLE status)
  file(READ ${CASE_DIR}/expected.csv expected_csv)
  if(NOT status EQUAL 0 OR NOT actual_csv STREQUAL expected_csv)
    message(FATAL_ERROR "the CSV timeline differs from ${CASE_DIR}/expected.csv")
  endif()
endif()
