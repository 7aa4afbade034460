#!/usr/bin/env bash
# SPDX-FileCopyrightText: SalesBench contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The one script behind the README's quick start, on Debian 12 (bookworm):
#   packaging/setup.sh run [GUI ARGS...]  install the build packages, build the release preset, start the app
#   packaging/setup.sh test               install the build packages, build and test the dev preset
#   packaging/setup.sh asan               the same under AddressSanitizer and UndefinedBehaviorSanitizer
#   packaging/setup.sh deps               only install the packages
# Packages are installed with apt (as root, or through sudo); nothing else is downloaded.
set -euo pipefail

cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.."

# Everything the build, the tests and the screenshots need. Names are Debian 12 binary packages
# (dpkg-query must find them by these names, so no virtual packages here). Two are missing from
# the -dev packages' own dependencies: Qt6Charts' CMake config needs libqt6opengl6-dev, and
# xlsxwriter.pc links -lz, which needs zlib1g-dev. CPack finds the .deb dependencies with `file`.
PACKAGES=(
    build-essential cmake ninja-build pkg-config git ca-certificates
    qt6-base-dev qt6-charts-dev libqt6opengl6-dev libqt6sql6-sqlite qt6-svg-dev
    qt6-l10n-tools qt6-tools-dev qt6-tools-dev-tools qt6-translations-l10n
    libgl-dev libvulkan-dev
    catch2 libxlsxwriter-dev zlib1g-dev libsqlite3-dev sqlite3
    fonts-noto-cjk xvfb xauth
    python3
    appstream desktop-file-utils file
    clang-format
)

log()
{
    printf '\n== %s\n' "$*"
}

die()
{
    printf 'setup.sh: %s\n' "$*" >&2
    exit 1
}

usage()
{
    sed -n '5,10s/^# \{0,1\}//p' "$0"
}

ensure_packages()
{
    local missing=() pkg
    for pkg in "${PACKAGES[@]}"; do
        if ! dpkg-query -W -f='${db:Status-Abbrev}' "$pkg" 2>/dev/null | grep -q '^ii'; then
            missing+=("$pkg")
        fi
    done
    if [[ ${#missing[@]} -eq 0 ]]; then
        log "All ${#PACKAGES[@]} build packages are installed"
        return
    fi

    local sudo=()
    if [[ $(id -u) -ne 0 ]]; then
        command -v sudo >/dev/null || die "installing ${missing[*]} needs root; run this script as root or install sudo"
        sudo=(sudo)
    fi
    log "Installing ${#missing[@]} packages: ${missing[*]}"
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
}

# Qt and the tests handle file names and console text as UTF-8; a bare chroot or CI shell may have no locale.
ensure_utf8_locale()
{
    local charmap
    charmap=$(locale charmap 2>/dev/null || true)
    if [[ $charmap != "UTF-8" ]]; then
        export LC_ALL=C.UTF-8
    fi
}

# Runs one step and records its duration; the table is printed on exit, also after a failure.
STEP_NAMES=()
STEP_SECONDS=()
step()
{
    local name=$1
    shift
    log "$name: $*"
    local start=$SECONDS status=0
    "$@" || status=$?
    STEP_NAMES+=("$name")
    STEP_SECONDS+=("$((SECONDS - start))$([[ $status -eq 0 ]] || echo " (failed)")")
    return "$status"
}

print_timings()
{
    [[ ${#STEP_NAMES[@]} -gt 0 ]] || return 0
    local i
    printf '\n%-28s %s\n' "step" "seconds"
    for i in "${!STEP_NAMES[@]}"; do
        printf '%-28s %s\n' "${STEP_NAMES[$i]}" "${STEP_SECONDS[$i]}"
    done
    printf '%-28s %s\n' "total" "$SECONDS"
}
trap print_timings EXIT

test_preset()
{
    local preset=$1
    step "configure $preset" cmake --preset "$preset"
    step "build $preset" cmake --build --preset "$preset"
    step "ctest $preset" ctest --preset "$preset" --no-tests=error
}

# Core and the command line build and work without Qt Gui and Widgets (the layering rule):
# a build with SALESBENCH_BUILD_GUI=OFF, then the CLI on a small demo workspace.
nogui_check()
{
    step "configure nogui" cmake --preset nogui
    step "build nogui" cmake --build --preset nogui
    local cli=build/nogui/app/cli/salesbench-cli workspace
    workspace=$(mktemp -d)/nogui.salesbench
    step "nogui smoke" bash -c "'$cli' --db '$workspace' demo --scale small >/dev/null \
        && '$cli' --db '$workspace' abc --format json >/dev/null \
        && '$cli' --db '$workspace' check >/dev/null"
    rm -rf "$(dirname "$workspace")"
}

# Every C++ file as the committed .clang-format writes it.
format_check()
{
    git ls-files -z '*.cpp' '*.h' | xargs -0 clang-format --dry-run --Werror
}

mode_test()
{
    ensure_packages
    ensure_utf8_locale
    step "clang-format" format_check
    test_preset dev
    nogui_check
    print_timings
    STEP_NAMES=()
    log "All tests passed (dev preset)"
}

mode_asan()
{
    ensure_packages
    ensure_utf8_locale
    test_preset asan
    print_timings
    STEP_NAMES=()
    log "All tests passed (asan preset)"
}

mode_run()
{
    ensure_packages
    ensure_utf8_locale
    step "configure release" cmake --preset release
    step "build release" cmake --build --preset release --target salesbench salesbench-cli
    print_timings
    STEP_NAMES=()

    local app=build/release/app/gui/salesbench
    [[ -x $app ]] || die "the build did not produce $app"
    if [[ -z ${DISPLAY:-} && -z ${WAYLAND_DISPLAY:-} ]]; then
        cat <<EOF

SalesBench is built, but there is no display here (DISPLAY and WAYLAND_DISPLAY are unset),
so it was not started. From a desktop session, start it with:
    $PWD/$app
Without a display, render a window to a PNG instead:
    QT_QPA_PLATFORM=offscreen $PWD/$app --demo --screenshot /tmp/salesbench.png
or run it in a virtual X server:
    xvfb-run -a $PWD/$app --demo
The command line tool is $PWD/build/release/app/cli/salesbench-cli (try --help).
EOF
        exit 0
    fi
    log "Starting $app"
    exec "$app" "$@"
}

mode=${1:-}
[[ $# -gt 0 ]] && shift
case $mode in
    run) mode_run "$@" ;;
    test) mode_test ;;
    asan) mode_asan ;;
    deps) ensure_packages ;;
    -h | --help | help) usage ;;
    *)
        usage >&2
        exit 2
        ;;
esac
