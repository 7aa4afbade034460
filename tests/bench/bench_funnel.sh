#!/usr/bin/env bash
# SPDX-FileCopyrightText: SalesBench contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# P3: `salesbench-cli funnel --format json` over the whole large demo (no period: every
# opportunity is in the cohort) against the sqlite3 shell counting the same table by stage.
# Best of SB_BENCH_RUNS each (default 5 here); target: cli / shell <= 1.0. See benchlib.bash
# for the settings.
set -euo pipefail
cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.."
SB_BENCH_RUNS=${SB_BENCH_RUNS:-5}
source tests/bench/benchlib.bash
bench_require
db=$(bench_large_workspace)

live=$(sqlite3 "file:$db?mode=ro" "SELECT count(*) FROM opportunities WHERE deleted = 0;")
echo "workspace: $db, $live live opportunities"

run_cli()
{
    "$SB_CLI" --db "$db" funnel --format json >/dev/null
}
run_shell()
{
    sqlite3 "file:$db?mode=ro" "SELECT stage, count(*) FROM opportunities GROUP BY stage;" >/dev/null
}

# Warms the page cache for both, fails early if the command fails, and checks that the
# cohort is the whole book (the reached count of the first stage is every live opportunity).
json=$("$SB_CLI" --db "$db" funnel --format json)
cohort=$(grep -o '"stage": "initial_contact", "reached": [0-9]*' <<<"$json" | grep -o '[0-9]*$' || true)
[[ $cohort == "$live" ]] || bench_fail "funnel counted ${cohort:-nothing} at initial contact, not $live"
"$SB_CLI" --db "$db" funnel # the funnel itself, for the log

cli=$(bench_best : run_cli)
shell=$(bench_best : run_shell)
echo "funnel: ${cli}s, sqlite3 count by stage: ${shell}s"
bench_report P3 "funnel --format json, whole large demo" "$cli" "$shell" 1.0
