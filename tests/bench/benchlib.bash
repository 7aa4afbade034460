# SPDX-FileCopyrightText: SalesBench contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# shellcheck shell=bash
#
# Shared helpers of the benchmark scripts (sourced; run.sh only runs *.sh files, so this
# one is not mistaken for a benchmark). See run.sh for the contract a script follows.
#
#   SB_CLI          salesbench-cli to time (default: build/release/app/cli/salesbench-cli)
#   SB_BENCH_WORK   scratch folder of the script (default: a new temporary folder)
#   SB_BENCH_DB     the large workspace to measure; when unset, the large demo is generated
#                   once into ${SB_BENCH_DIR:-/tmp/salesbench-bench}/large.salesbench and kept
#   SB_BENCH_RUNS   runs per measurement, the best counts (default 3)

SB_CLI=${SB_CLI:-$PWD/build/release/app/cli/salesbench-cli}
SB_BENCH_RUNS=${SB_BENCH_RUNS:-3}
if [[ -z ${SB_BENCH_WORK:-} ]]; then
    SB_BENCH_WORK=$(mktemp -d "${TMPDIR:-/tmp}/salesbench-bench.XXXXXX")
    trap 'rm -rf "$SB_BENCH_WORK"' EXIT
fi

# The demo's "today" is fixed so that the cached workspace and the periods below never drift.
readonly BENCH_TODAY=2025-06-30

bench_fail()
{
    echo "$(basename "$0"): $*" >&2
    exit 1
}

bench_require()
{
    [[ -x $SB_CLI ]] || bench_fail "salesbench-cli not found at $SB_CLI (build the release preset or set SB_CLI)"
    command -v sqlite3 >/dev/null || bench_fail "the sqlite3 shell is needed for the baseline (apt-get install sqlite3)"
}

# Prints the path of the large workspace, generating it on first use (several minutes) and
# migrating it to the current schema.
bench_large_workspace()
{
    if [[ -n ${SB_BENCH_DB:-} ]]; then
        [[ -f $SB_BENCH_DB ]] || bench_fail "SB_BENCH_DB=$SB_BENCH_DB does not exist"
        echo "$SB_BENCH_DB"
        return
    fi
    local dir=${SB_BENCH_DIR:-/tmp/salesbench-bench}
    local db=$dir/large.salesbench
    if [[ ! -f $db ]]; then
        mkdir -p "$dir"
        # Generated under another name and moved when complete: an interrupted run leaves no
        # half-filled workspace to be taken for the real one next time.
        local partial=$dir/large-partial-$$.salesbench
        echo "Generating the large demo workspace into $db (once; this takes minutes)" >&2
        "$SB_CLI" --db "$partial" demo --scale large --today "$BENCH_TODAY" >&2 \
            || { rm -f "$partial"*; bench_fail "cannot generate the large demo workspace"; }
        mv "$partial" "$db"
        rm -f "$partial"*
    fi
    # A cached workspace predates any migration added since: bring it up to date (quick when
    # it is current), since the read-only commands measured here refuse an old schema.
    "$SB_CLI" --db "$db" init >/dev/null || bench_fail "cannot bring $db up to date"
    rm -f "$db".before-migration-*.bak # the migration's safety copy: the demo can be made again
    echo "$db"
}

# Seconds since the epoch with microseconds.
bench_now()
{
    echo "${EPOCHREALTIME/,/.}"
}

# bench_best SETUP RUN: calls SETUP (untimed, may be :) then times RUN, SB_BENCH_RUNS times;
# prints the best time in seconds. RUN's failure ends the script.
bench_best()
{
    local setup=$1 run=$2 best= start end i
    for ((i = 0; i < SB_BENCH_RUNS; ++i)); do
        "$setup"
        start=$(bench_now)
        "$run" || bench_fail "the measured command failed: $run"
        end=$(bench_now)
        best=$(awk -v s="$start" -v e="$end" -v b="$best" 'BEGIN { t = e - s; if (b == "" || t < b) b = t; printf "%.3f", b }')
    done
    echo "$best"
}

# bench_report ID WHAT MEASURED BASELINE TARGET: prints the BENCH line of run.sh's contract,
# ratio = measured / baseline, pass when the ratio is at most the target.
bench_report()
{
    local id=$1 what=$2 measured=$3 baseline=$4 target=$5
    awk -v id="$id" -v what="$what" -v m="$measured" -v b="$baseline" -v t="$target" 'BEGIN {
        r = (b > 0) ? m / b : 0
        printf "BENCH|%s|%s|%.3fs|%.3fs|%.3f|<= %s|%s\n", id, what, m, b, r, t, (b > 0 && r <= t) ? "pass" : "fail"
    }'
}
