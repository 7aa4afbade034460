# SPDX-FileCopyrightText: SalesBench contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# cmake -DBUILD_DIR=... -DOUT_DIR=... -DPROGRAMS=a;b -P checkdeb.cmake
# Builds the Debian package with CPack and fails unless it holds the programs and the desktop files
# and depends on the Qt runtime, the plugins Qt loads at run time and a CJK font.
cmake_minimum_required(VERSION 3.25)
file(REMOVE_RECURSE "${OUT_DIR}")
file(MAKE_DIRECTORY "${OUT_DIR}")
execute_process(COMMAND cpack --config "${BUILD_DIR}/CPackConfig.cmake" -B "${OUT_DIR}"
                RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cpack failed (${result}):\n${output}")
endif()
file(GLOB debs "${OUT_DIR}/salesbench_*.deb")
list(LENGTH debs count)
if(NOT count EQUAL 1)
    message(FATAL_ERROR "expected one salesbench_*.deb in ${OUT_DIR}, found: ${debs}\n${output}")
endif()

execute_process(COMMAND dpkg-deb --contents ${debs} OUTPUT_VARIABLE contents COMMAND_ERROR_IS_FATAL ANY)
execute_process(COMMAND dpkg-deb --field ${debs} Package Depends
                OUTPUT_VARIABLE fields COMMAND_ERROR_IS_FATAL ANY)

set(expected_files
    ./usr/share/applications/io.github.salesbench.SalesBench.desktop
    ./usr/share/metainfo/io.github.salesbench.SalesBench.metainfo.xml
    ./usr/share/icons/hicolor/scalable/apps/io.github.salesbench.SalesBench.svg)
foreach(program IN LISTS PROGRAMS)
    list(APPEND expected_files ./usr/bin/${program})
endforeach()
foreach(path IN LISTS expected_files)
    string(FIND "${contents}" " ${path}\n" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "the package lacks ${path}; it holds:\n${contents}")
    endif()
endforeach()

set(expected_fields "Package: salesbench" "libqt6core6" "libqt6sql6-sqlite" "qt6-qpa-plugins" "fonts-noto-cjk")
if("salesbench" IN_LIST PROGRAMS)
    list(APPEND expected_fields "libqt6widgets6")
endif()
foreach(needle IN LISTS expected_fields)
    string(FIND "${fields}" "${needle}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "the package's control fields lack '${needle}':\n${fields}")
    endif()
endforeach()
message(STATUS "${debs}: ${fields}")
