#!/usr/bin/env bash
# SPDX-FileCopyrightText: SalesBench contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# P1: `salesbench-cli import order-lines` of a flat file (every line of the large demo with
# its order's columns: order_number, line_no, customer_code, order_date, status, sku,
# quantity, unit_price, discount_pct) into a workspace that already holds the customers and
# products (imported beforehand, untimed), against the sqlite3 shell's `.import --csv` of the
# same file into a plain table of a new database. Each run starts from a fresh copy.
# Best of SB_BENCH_RUNS each; target: cli / shell <= 1.25. See benchlib.bash for the settings.
set -euo pipefail
cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.."
source tests/bench/benchlib.bash
bench_require
db=$(bench_large_workspace)
work=$SB_BENCH_WORK
flat=$work/flat-order-lines.csv
echo "workspace: $db"

# The flat file, decimals written the way people's files have them.
sqlite3 -csv -header "file:$db?mode=ro" "SELECT o.number AS order_number, l.line_no, c.code AS customer_code,
    o.order_date, o.status, p.sku, l.quantity,
    printf('%d.%04d', l.unit_price / 10000, l.unit_price % 10000) AS unit_price,
    printf('%d.%02d', l.discount_bp / 100, l.discount_bp % 100) AS discount_pct
    FROM order_lines l JOIN orders o ON o.id = l.order_id JOIN customers c ON c.id = o.customer_id
    JOIN products p ON p.id = l.product_id
    WHERE l.deleted = 0 AND o.deleted = 0 ORDER BY o.number, l.line_no;" >"$flat"
echo "flat file: $(($(wc -l <"$flat") - 1)) lines, $(du -h "$flat" | cut -f1)"

# The workspace to import into: the customers (code, name and where they are: no owner or
# channel, which would need reps and their commission plans) and products of the large demo,
# untimed.
base=$work/base.salesbench
sqlite3 -csv -header "file:$db?mode=ro" "SELECT code, name, industry, region, city FROM customers
    WHERE deleted = 0 ORDER BY code;" >"$work/customers.csv"
"$SB_CLI" --db "$db" export products "$work/products.csv" >/dev/null
for entity in customers products; do
    "$SB_CLI" --db "$base" import "$entity" "$work/$entity.csv" --no-backup >/dev/null \
        || bench_fail "cannot prepare the base workspace ($entity)"
done
target=$work/target.salesbench
plain=$work/plain.db

fresh_target()
{
    rm -f "$target" "$target"-* "$target".lock
    cp "$base" "$target"
}
fresh_plain()
{
    rm -f "$plain"
}
run_cli()
{
    "$SB_CLI" --db "$target" import order-lines "$flat" --no-backup >"$work/import.log"
}
run_shell()
{
    sqlite3 "$plain" ".import --csv $flat plain"
}

cli=$(bench_best fresh_target run_cli)
sed -n '/^Rows:/,/^Result:/p' "$work/import.log"
shell=$(bench_best fresh_plain run_shell)
echo "shell rows: $(sqlite3 "$plain" 'SELECT count(*) FROM plain;')"
bench_report P1 "import flat order-lines CSV, large demo" "$cli" "$shell" 1.25
