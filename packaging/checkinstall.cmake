# SPDX-FileCopyrightText: SalesBench contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# cmake -DBUILD_DIR=... -DPREFIX=... -DAPP_ID=... -DPROGRAMS=a;b -P checkinstall.cmake
# Installs the build into a scratch prefix and fails unless every file a desktop needs is where
# the freedesktop specifications look for it.
cmake_minimum_required(VERSION 3.25)
file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${PREFIX}"
                RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cmake --install failed (${result}):\n${output}")
endif()

set(expected
    "share/applications/${APP_ID}.desktop"
    "share/metainfo/${APP_ID}.metainfo.xml"
    "share/icons/hicolor/scalable/apps/${APP_ID}.svg")
foreach(program IN LISTS PROGRAMS)
    list(APPEND expected "bin/${program}")
endforeach()

set(missing)
foreach(path IN LISTS expected)
    if(NOT EXISTS "${PREFIX}/${path}")
        list(APPEND missing "${path}")
    endif()
endforeach()
if(missing)
    message(FATAL_ERROR "not installed under ${PREFIX}: ${missing}")
endif()

# The desktop entry must start a program that the install provides, and show the icon installed.
file(STRINGS "${PREFIX}/share/applications/${APP_ID}.desktop" exec_line REGEX "^Exec=")
string(REGEX REPLACE "^Exec=([^ ]+).*" "\\1" exec_program "${exec_line}")
if("salesbench" IN_LIST PROGRAMS AND NOT EXISTS "${PREFIX}/bin/${exec_program}")
    message(FATAL_ERROR "the desktop entry runs '${exec_program}', which is not installed in bin/")
endif()
file(STRINGS "${PREFIX}/share/applications/${APP_ID}.desktop" icon_line REGEX "^Icon=")
if(NOT icon_line STREQUAL "Icon=${APP_ID}")
    message(FATAL_ERROR "the desktop entry names '${icon_line}', not the installed icon ${APP_ID}")
endif()
list(LENGTH expected count)
message(STATUS "${count} files installed where expected under ${PREFIX}")
