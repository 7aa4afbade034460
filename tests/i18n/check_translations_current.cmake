# SPDX-FileCopyrightText: SalesBench contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs lupdate over the sources into a copy of the .ts file and fails when the
# sources hold a message the committed file lacks or leaves untranslated, or when
# the file keeps messages the sources no longer have: someone added or changed a
# tr() without running `ninja update_translations` and translating.
# Inputs: LUPDATE, PROJECT_IN (the .lupdate/*_project.cmake), GENERATOR (Qt's
# GenerateLUpdateProject.cmake), TS_FILE, WORK_DIR.
file(MAKE_DIRECTORY "${WORK_DIR}")
set(project_json "${WORK_DIR}/project.json")
set(copy "${WORK_DIR}/current.ts")
execute_process(
    COMMAND "${CMAKE_COMMAND}" -DIN_FILE=${PROJECT_IN} -DOUT_FILE=${project_json} -P "${GENERATOR}"
    RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "Could not write the lupdate project file")
endif()
file(COPY_FILE "${TS_FILE}" "${copy}")
execute_process(
    COMMAND "${LUPDATE}" -project "${project_json}" -no-obsolete -locations none -ts "${copy}"
    OUTPUT_VARIABLE output ERROR_VARIABLE errors RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "lupdate failed:\n${output}${errors}")
endif()
file(READ "${TS_FILE}" committed)
file(READ "${copy}" current)
# Semicolons separate CMake list items: hide them while the messages are collected.
string(REPLACE ";" "<semicolon>" listed "${current}")
string(REGEX MATCHALL "<source>[^<]*</source>[ \n]*(<comment>[^<]*</comment>[ \n]*)?<translation type=\"unfinished\""
       unfinished "${listed}")
list(LENGTH unfinished unfinished_count)
if(NOT unfinished_count EQUAL 0 OR NOT committed STREQUAL current)
    list(TRANSFORM unfinished REPLACE "^<source>([^<]*)</source>.*" "  \\1")
    string(REPLACE ";" "\n" unfinished "${unfinished}")
    string(REPLACE "<semicolon>" ";" unfinished "${unfinished}")
    message(FATAL_ERROR
        "resources/translations/salesbench_zh_CN.ts is not up to date with the sources "
        "(${unfinished_count} message(s) untranslated; lupdate says:\n${output}).\n"
        "Run `ninja update_translations` and translate every unfinished message.\n${unfinished}")
endif()
message(STATUS "The Chinese catalogue matches the sources: ${output}")
