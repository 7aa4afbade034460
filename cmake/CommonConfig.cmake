# SPDX-FileCopyrightText: SalesBench contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# One INTERFACE target carries the project's build settings; every target links it.
add_library(salesbench_common INTERFACE)
add_library(SalesBench::common ALIAS salesbench_common)

target_compile_features(salesbench_common INTERFACE cxx_std_20)
target_compile_definitions(salesbench_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_USE_QSTRINGBUILDER
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    SALESBENCH_VERSION="${PROJECT_VERSION}")
target_compile_options(salesbench_common INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align
    -Woverloaded-virtual -Wformat=2 -Wimplicit-fallthrough)
if(SALESBENCH_WERROR)
    target_compile_options(salesbench_common INTERFACE -Werror)
endif()
if(SALESBENCH_SANITIZE)
    target_compile_options(salesbench_common INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(salesbench_common INTERFACE -fsanitize=address,undefined)
endif()
