#!/usr/bin/env bash
# SPDX-FileCopyrightText: SalesBench contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Builds the release preset and runs every benchmark script beside this one (tests/bench/*.sh),
# then prints one table. Usage: tests/bench/run.sh [NAME...]   (NAME: a script name without .sh)
# SB_BENCH_NO_BUILD=1 skips the build (when build/release is already up to date).
#
# Contract for a benchmark script:
#   - it is run from the repository root with SB_BUILD_DIR, SB_CLI (salesbench-cli), SB_GUI
#     (salesbench) and SB_BENCH_WORK (a scratch folder of its own, removed afterwards) set;
#   - it prints one line per figure it measures, in this form (fields separated by '|'):
#       BENCH|<id>|<what>|<measured>|<baseline>|<ratio>|<target>|<pass or fail>
#     where baseline is measured in the same run (see the quality notes), so ratios hold on a
#     noisy machine; anything else it prints goes to the log only;
#   - it exits non-zero when it could not measure.
set -euo pipefail

cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.."

self=$(basename "${BASH_SOURCE[0]}")
scripts=()
if [[ $# -gt 0 ]]; then
    for name in "$@"; do
        [[ -f tests/bench/$name.sh ]] || { echo "run.sh: no benchmark tests/bench/$name.sh" >&2; exit 2; }
        scripts+=("tests/bench/$name.sh")
    done
else
    for script in tests/bench/*.sh; do
        [[ -f $script && $(basename "$script") != "$self" ]] && scripts+=("$script")
    done
fi

if [[ ${#scripts[@]} -eq 0 ]]; then
    echo "No benchmark scripts exist yet in tests/bench/ (nothing to build or run)."
    exit 0
fi

if [[ ${SB_BENCH_NO_BUILD:-0} != 1 ]]; then
    cmake --preset release
    cmake --build --preset release
fi

export SB_BUILD_DIR=$PWD/build/release
export SB_CLI=$SB_BUILD_DIR/app/cli/salesbench-cli
export SB_GUI=$SB_BUILD_DIR/app/gui/salesbench
log_dir=$SB_BUILD_DIR/bench-logs
mkdir -p "$log_dir"

rows=()
status_rows=()
failed=0
for script in "${scripts[@]}"; do
    name=$(basename "$script" .sh)
    log=$log_dir/$name.log
    work=$(mktemp -d "${TMPDIR:-/tmp}/salesbench-bench-$name.XXXXXX")
    echo "== $name (log: $log)"
    start=$SECONDS
    if SB_BENCH_WORK=$work bash "$script" >"$log" 2>&1; then
        result=ok
    else
        result="exit $?"
        failed=1
    fi
    rm -rf "$work"
    status_rows+=("$name|$result|$((SECONDS - start))")
    while IFS= read -r line; do
        rows+=("${line#BENCH|}")
        [[ $line == *"|fail" ]] && failed=1
    done < <(grep '^BENCH|' "$log" || true)
done

print_table()
{
    # Column widths from the data, so the table lines up without external tools.
    local -a lines=("$@")
    local -a widths=()
    local line i
    local -a cells
    for line in "${lines[@]}"; do
        IFS='|' read -r -a cells <<<"$line"
        for i in "${!cells[@]}"; do
            ((${#cells[$i]} > ${widths[$i]:-0})) && widths[i]=${#cells[$i]}
        done
    done
    for line in "${lines[@]}"; do
        IFS='|' read -r -a cells <<<"$line"
        for i in "${!cells[@]}"; do
            printf '%-*s  ' "${widths[$i]}" "${cells[$i]}"
        done
        printf '\n'
    done
}

echo
print_table "script|result|seconds" "${status_rows[@]}"
echo
if [[ ${#rows[@]} -gt 0 ]]; then
    print_table "id|what|measured|baseline|ratio|target|verdict" "${rows[@]}"
else
    echo "The scripts reported no BENCH lines."
fi
exit $failed
