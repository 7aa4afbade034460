#!/usr/bin/env bash
# SPDX-FileCopyrightText: SalesBench contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# P4: `salesbench-cli export order-lines FILE` of the large demo against `sqlite3 -csv`
# writing the same rows and columns with the same joins and order as the export (order
# number, SKU by join; the shell writes raw integers where the export writes decimals).
# Best of SB_BENCH_RUNS each; target: cli / shell <= 1.0. See benchlib.bash for the settings.
set -euo pipefail
cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.."
source tests/bench/benchlib.bash
bench_require
db=$(bench_large_workspace)
out=$SB_BENCH_WORK/order-lines.csv
echo "workspace: $db"

run_cli()
{
    "$SB_CLI" --db "$db" export order-lines "$out" >/dev/null
}
run_shell()
{
    sqlite3 -csv -header "file:$db?mode=ro" "SELECT l.id, o.number AS order_number, l.line_no, p.sku, l.quantity,
        l.unit_price, l.discount_bp, l.amount FROM order_lines l JOIN orders o ON o.id = l.order_id
        LEFT JOIN products p ON p.id = l.product_id WHERE l.deleted = 0 AND o.deleted = 0
        ORDER BY o.number, l.line_no;" >"$out"
}

run_cli
echo "rows: $(($(wc -l <"$out") - 1)), $(du -h "$out" | cut -f1)"
cli=$(bench_best : run_cli)
shell=$(bench_best : run_shell)
echo "shell rows: $(($(wc -l <"$out") - 1))"
bench_report P4 "export order-lines CSV, large demo" "$cli" "$shell" 1.0
