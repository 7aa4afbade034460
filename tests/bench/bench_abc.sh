#!/usr/bin/env bash
# SPDX-FileCopyrightText: SalesBench contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# P2: `salesbench-cli abc --format json` over twelve months of the large demo against the
# sqlite3 shell summing the same revenue per customer straight from the order lines.
# Best of SB_BENCH_RUNS each; target: cli / shell <= 0.25. See benchlib.bash for the settings.
set -euo pipefail
cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.."
source tests/bench/benchlib.bash
bench_require
db=$(bench_large_workspace)

# The twelve months ending on the demo's last order date.
to=$(sqlite3 "file:$db?mode=ro" "SELECT max(order_date) FROM orders WHERE deleted = 0;")
from=$(sqlite3 "file:$db?mode=ro" "SELECT date('$to', '-1 year', '+1 day');")
echo "workspace: $db, period $from .. $to"

run_cli()
{
    "$SB_CLI" --db "$db" abc --from "$from" --to "$to" --format json >/dev/null
}
run_shell()
{
    sqlite3 "file:$db?mode=ro" "SELECT o.customer_id, SUM(l.amount) FROM order_lines l JOIN orders o ON o.id = l.order_id
        WHERE o.status IN ('confirmed','delivered','closed') AND o.order_date BETWEEN '$from' AND '$to'
        GROUP BY o.customer_id;" >/dev/null
}

run_cli # warms the page cache for both, and fails early if the command fails
customers=$("$SB_CLI" --db "$db" abc --from "$from" --to "$to" --format csv | grep -c '^[0-9]' || true)
echo "customers ranked: $customers"
cli=$(bench_best : run_cli)
shell=$(bench_best : run_shell)
bench_report P2 "abc --format json, 12 months, large demo" "$cli" "$shell" 0.25
