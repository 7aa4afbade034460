#!/usr/bin/env python3
# SPDX-FileCopyrightText: SalesBench contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Inventory turnover and reorder points (product.md "Orders, contracts, products
and inventory") recomputed from the exported products, orders and order lines,
compared with `salesbench-cli inventory --format json`.

Rules, from the specification:
- inventory turnover = cost of goods sold over the year / average inventory value;
  turnover days = 365 / turnover; benchmark: at least 8 turns a year;
- reorder point = average daily demand × lead time + safety stock; products at or
  below it are suggested for replenishment;
- money in minor units, amounts rounded half away from zero to the minor unit.

Readings where the specification leaves room (stated here and in the report):
- goods sold: the lines of the orders that are delivered or closed, dated by
  order date inside the calendar year, valued at the product's unit cost. Not
  the revenue orders: a confirmed order's goods have not left the stock yet (the
  workspace takes stock off on delivery), so they are still in the inventory
  value, and counting them as sold too would count the same goods twice;
- each product's cost of goods sold is its quantity sold in the year × its unit
  cost, rounded half away from zero to the minor unit like a line amount (one
  quantity × one price), and groups add up their products (rounding each line
  instead moves the demo's totals by a few minor units);
- average inventory value: the workspace records no stock movements (no entity
  in the export has them), so the only stock figure is stock on hand; its value
  (stock on hand × unit cost, rounded per product) stands in for the average, as
  the app's own formula text says. Negative stock or a negative net quantity
  sold (returns) holds no value and counts as zero;
- average daily demand: the quantity ordered on revenue orders (confirmed,
  delivered or closed: demand is what customers ordered) in the demand window
  that the JSON reports (demand_window_days, ending on as_of, both ends
  included), divided by the window's length;
- the reorder point is a number of units and is rounded up to a whole unit; "at or
  below" compares stock on hand with that whole number; a reorder point of 0 (no
  demand and no safety stock) marks a product that is not kept in stock, and it
  is not suggested;
- the suggested quantity is not in the specification; it is checked against the
  app's formula text: reorder point + cover_days of demand − stock on hand,
  rounded up, at least 0;
- turnover is null without inventory value, turnover days null without turnover,
  and whether the benchmark is met is unknown (null) without turnover.
"""

import datetime
import math
import os
import sys
from fractions import Fraction

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import crosscheck as cc  # noqa: E402

BENCHMARK_TURNS = 8
# Goods sold: delivered and closed orders; demand: the revenue orders (see the module comment).
COGS_STATUSES = frozenset({"delivered", "closed"})
DEMAND_STATUSES = cc.REVENUE_STATUSES


def cost_of(quantity, unit_cost):
    return cc.round_minor(quantity * unit_cost)


def turnover_figures(cogs, value):
    turnover = cc.ratio(cogs, value)
    days = Fraction(365) / turnover if turnover else None
    return turnover, days


def compare_group(report, where, want, got):
    if not isinstance(got, dict):
        report.fail(where, f"missing from the app's output (recomputed {want})")
        return
    for field in ("products", "products_without_cost", "cogs", "average_inventory_value"):
        report.equal(f"{where} {field}", want[field], got.get(field))
    turnover, days = turnover_figures(want["cogs"], want["average_inventory_value"])
    report.close(f"{where} turnover", turnover, got.get("turnover"))
    report.close(f"{where} turnover_days", days, got.get("turnover_days"))
    report.equal(f"{where} benchmark_met", None if turnover is None else turnover >= BENCHMARK_TURNS,
                 got.get("benchmark_met"))


def check_turnover(report, label, products, sold_lines, year, actual):
    report.equal(f"{label} year", year, actual.get("year"))
    report.equal(f"{label} benchmark_turns", BENCHMARK_TURNS, actual.get("benchmark_turns"))
    groups = {}
    overall = {"products": 0, "products_without_cost": 0, "cogs": 0, "average_inventory_value": 0}
    sold = {}
    for day, sku, quantity, status in sold_lines:
        if day.year == year and status in COGS_STATUSES:
            sold[sku] = sold.get(sku, 0) + quantity
    for sku, product in products.items():
        group = groups.setdefault(product["line"], dict.fromkeys(overall, 0))
        value = cost_of(max(product["stock"], 0), product["cost"])
        cogs = cost_of(max(sold.get(sku, 0), 0), product["cost"])
        for target in (group, overall):
            target["products"] += 1
            target["products_without_cost"] += product["cost"] == 0
            target["average_inventory_value"] += value
            target["cogs"] += cogs
    compare_group(report, f"{label} overall", overall, actual.get("overall"))
    got_groups = {g.get("product_line"): g for g in actual.get("product_lines", [])}
    report.equal(f"{label} product lines", sorted(groups), sorted(got_groups, key=str))
    for line, want in sorted(groups.items()):
        compare_group(report, f"{label} product line {line}", want, got_groups.get(line))
    return overall


def check_reorder(report, label, products, sold_lines, as_of, actual):
    report.equal(f"{label} as_of", as_of.isoformat(), actual.get("as_of"))
    window = actual.get("demand_window_days")
    cover = actual.get("cover_days")
    if not isinstance(window, int) or window <= 0 or not isinstance(cover, int) or cover < 0:
        report.fail(label, f"demand_window_days {window!r} / cover_days {cover!r} are not day counts")
        return 0
    first = as_of - datetime.timedelta(days=window - 1)
    demand = {}
    for day, sku, quantity, status in sold_lines:
        if first <= day <= as_of and status in DEMAND_STATUSES:
            demand[sku] = demand.get(sku, 0) + quantity
    expected = {}
    for sku, product in products.items():
        daily = Fraction(max(demand.get(sku, 0), 0)) / window
        point = math.ceil(daily * product["lead"] + product["safety"])
        if point > 0 and product["stock"] <= point:
            expected[sku] = {
                "name": product["name"], "product_line": product["line"],
                "stock_on_hand": product["stock"], "safety_stock": product["safety"],
                "lead_time_days": product["lead"], "reorder_point": point,
                "suggested_quantity": max(0, math.ceil(point + cover * daily - product["stock"])),
                "daily_demand": daily,
            }
    got = {row.get("sku"): row for row in actual.get("replenishment", [])}
    report.equal(f"{label} products suggested for replenishment", sorted(expected), sorted(got, key=str))
    for sku, want in sorted(expected.items()):
        row = got.get(sku)
        if row is None:
            continue
        for field, value in want.items():
            if field == "daily_demand":
                report.close(f"{label} {sku} daily_demand", value, row.get(field))
            else:
                report.equal(f"{label} {sku} {field}", value, row.get(field))
    return len(expected)


def check(cli, workdir, report):
    products = {}
    for row in cli.export("products", workdir):
        products[cc.text(row["sku"])] = {
            "name": cc.text(row["name"]), "line": cc.text(row["product_line"]),
            "cost": cc.decimal(row["unit_cost"]) or 0,
            "stock": int(row["stock_on_hand"] or 0), "safety": int(row["safety_stock"] or 0),
            "lead": int(row["lead_time_days"] or 0),
        }
    orders = {o["order_number"]: o for o in cli.export("orders", workdir)}
    sold_lines = []  # (order date, sku, quantity, status) of the revenue orders' lines
    unknown = 0
    for line in cli.export("order-lines", workdir):
        order = orders.get(line["order_number"])
        if order is None:
            report.fail("order lines", f"line of an unknown order {line['order_number']!r}")
            continue
        if order["status"] not in COGS_STATUSES | DEMAND_STATUSES:
            continue
        sku = cc.text(line["sku"])
        if sku not in products:
            unknown += 1
            continue
        sold_lines.append((cc.date(order["order_date"]), sku, cc.decimal(line["quantity"]), order["status"]))
    if unknown:
        report.note(f"{unknown} sold line(s) name no exported product and carry no cost")
    if not sold_lines:
        raise SystemExit("FAILED: the workspace has no sold order lines")

    last = max(day for day, _, _, _ in sold_lines)
    cases = [  # (year, as_of)
        (last.year - 1, last),
        (last.year, last - datetime.timedelta(days=120)),
        (last.year + 2, last + datetime.timedelta(days=400)),  # nothing sold: no turnover
    ]
    for year, as_of in cases:
        label = f"inventory {year} as of {as_of}"
        actual = cli.json("inventory", "--year", str(year), "--as-of", as_of.isoformat())
        overall = check_turnover(report, label, products, sold_lines, year, actual)
        suggested = check_reorder(report, label, products, sold_lines, as_of, actual)
        report.note(f"{label}: COGS {overall['cogs']}, stock value {overall['average_inventory_value']}, "
                    f"{suggested} product(s) to reorder")


if __name__ == "__main__":
    cc.main(__doc__.splitlines()[0], check)
