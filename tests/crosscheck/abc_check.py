#!/usr/bin/env python3
# SPDX-FileCopyrightText: SalesBench contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""ABC segmentation (product.md "ABC segmentation") recomputed from the exported
customers, orders and order lines, compared with `salesbench-cli abc --format json`.

Rules, from the specification:
- revenue per customer over the period = amounts of the orders that are confirmed,
  delivered or closed, with an order date inside the period (both ends included);
- every customer of the workspace is ranked, also those without revenue;
- order: revenue descending, ties by customer code ascending;
- revenue method: the cumulative share *before* a customer decides its class,
  A below the A threshold, B below the B threshold, else C, so the customer that
  crosses the A threshold is still A; zero or negative revenue is always C;
- count method: top 20 % of customers A, next 30 % B, rest C.

Readings where the specification leaves room (stated here and in the report):
- count method: a customer's rank share is the share of customers ranked *before*
  it, compared like the revenue shares (A while below 20 %, B while below 50 %), so
  with N customers A holds ceil(0.2 N); customers without revenue are C in this
  method too ("customers with zero or negative revenue in the period are C"), and
  the percentages are of all customers, not only of those with revenue;
- shares are of the total of the positive revenues: a customer with negative
  revenue (returns) is C and its share is 0, so one customer's returns move
  neither the class boundaries of the others nor push a cumulative share past
  100 %; a class's revenue is the sum of its customers' revenue as it is (net),
  its revenue share the share of their positive revenue;
- the per-customer cumulative_share is the Pareto line, the share up to and
  including the customer, and 0 for everyone when the period has no revenue;
- resource shares are the defaults 60/30/10.
"""

import datetime
import os
import sys
from fractions import Fraction

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import crosscheck as cc  # noqa: E402

RESOURCE_SHARES = {"A": Fraction(6, 10), "B": Fraction(3, 10), "C": Fraction(1, 10)}


def segment(customers, revenue_of, method, a_pct, b_pct):
    """The expected JSON content, with exact Fractions for the shares."""
    ranked = sorted(customers, key=lambda c: (-revenue_of.get(c["code"], 0), c["code"]))
    total = sum(max(revenue_of.get(c["code"], 0), 0) for c in ranked)
    count = len(ranked)
    rows = []
    cumulative = 0
    for index, customer in enumerate(ranked):
        revenue = revenue_of.get(customer["code"], 0)
        before = cumulative
        cumulative += max(revenue, 0)
        if revenue <= 0:
            klass = "C"
        elif method == "revenue":
            # share before < threshold, in exact arithmetic: before / total < pct / 100
            if before * 100 < Fraction(a_pct) * total:
                klass = "A"
            elif before * 100 < Fraction(b_pct) * total:
                klass = "B"
            else:
                klass = "C"
        else:
            if Fraction(index, count) < Fraction(20, 100):
                klass = "A"
            elif Fraction(index, count) < Fraction(50, 100):
                klass = "B"
            else:
                klass = "C"
        rows.append({"code": customer["code"], "name": customer["name"], "revenue": revenue,
                     "cumulative_share": Fraction(cumulative, total) if total else Fraction(0),
                     "class": klass})
    classes = []
    for klass in "ABC":
        members = [row for row in rows if row["class"] == klass]
        revenue = sum(row["revenue"] for row in members)
        positive = sum(max(row["revenue"], 0) for row in members)
        classes.append({"class": klass, "customers": len(members),
                        "customer_share": Fraction(len(members), count) if count else Fraction(0),
                        "revenue": revenue,
                        "revenue_share": Fraction(positive, total) if total else Fraction(0),
                        "resource_share": RESOURCE_SHARES[klass]})
    return classes, rows


def compare(report, label, expected_classes, expected_rows, actual):
    got_classes = actual.get("classes", [])
    report.equal(f"{label} classes", ["A", "B", "C"], [c.get("class") for c in got_classes])
    for want, got in zip(expected_classes, got_classes):
        where = f"{label} class {want['class']}"
        report.equal(f"{where} customers", want["customers"], got.get("customers"))
        report.equal(f"{where} revenue", want["revenue"], got.get("revenue"))
        for field in ("customer_share", "revenue_share", "resource_share"):
            report.close(f"{where} {field}", want[field], got.get(field))
    got_rows = actual.get("customers", [])
    report.equal(f"{label} number of customers listed", len(expected_rows), len(got_rows))
    for position, (want, got) in enumerate(zip(expected_rows, got_rows), start=1):
        where = f"{label} rank {position}"
        report.equal(f"{where} code", want["code"], got.get("code"))
        if want["code"] != got.get("code"):
            continue  # the rest of this row compares different customers
        report.equal(f"{where} ({want['code']}) name", want["name"], got.get("name"))
        report.equal(f"{where} ({want['code']}) revenue", want["revenue"], got.get("revenue"))
        report.equal(f"{where} ({want['code']}) class", want["class"], got.get("class"))
        report.close(f"{where} ({want['code']}) cumulative_share", want["cumulative_share"],
                     got.get("cumulative_share"))


def check(cli, workdir, report):
    customers = [{"code": cc.text(c["code"]), "name": cc.text(c["name"])}
                 for c in cli.export("customers", workdir)]
    orders = cli.export("orders", workdir)
    lines = cli.export("order-lines", workdir)
    amounts = cc.order_amounts(orders, lines, report)
    known = {c["code"] for c in customers}
    revenue_orders = [o for o in orders if o["status"] in cc.REVENUE_STATUSES]
    if not revenue_orders:
        raise SystemExit("FAILED: the workspace has no revenue orders to segment")
    strangers = {cc.text(o["customer_code"]) for o in orders} - known
    if strangers:
        report.fail("orders", f"refer to customers missing from the customer export: {sorted(strangers)[:5]}")

    last = max(cc.date(o["order_date"]) for o in revenue_orders)
    twelve = (cc.year_before(last), last)
    month = (last.replace(day=1), cc.last_day_of_month(last))
    calendar = (datetime.date(last.year - 1, 1, 1), datetime.date(last.year - 1, 12, 31))
    empty = (last + datetime.timedelta(days=400), last + datetime.timedelta(days=430))
    everything = (min(cc.date(o["order_date"]) for o in revenue_orders), last)
    cases = [
        ("revenue", everything, 80, 95),
        ("count", everything, 80, 95),
        ("revenue", twelve, 80, 95),
        ("revenue", calendar, 80, 95),
        ("revenue", month, 80, 95),
        ("revenue", twelve, 70, 90),
        ("revenue", empty, 80, 95),
        ("count", twelve, 80, 95),
        ("count", month, 80, 95),
    ]
    for method, (first, to), a_pct, b_pct in cases:
        label = f"abc {method} {first}..{to} a={a_pct} b={b_pct}"
        revenue_of = {}
        for order in revenue_orders:
            if cc.in_period(cc.date(order["order_date"]), first, to):
                code = cc.text(order["customer_code"])
                revenue_of[code] = revenue_of.get(code, 0) + amounts[order["order_number"]]
        args = ["abc", "--from", first.isoformat(), "--to", to.isoformat(), "--method", method]
        if (a_pct, b_pct) != (80, 95):
            args += ["-a", str(a_pct), "-b", str(b_pct)]
        actual = cli.json(*args)
        report.equal(f"{label} from", first.isoformat(), actual.get("from"))
        report.equal(f"{label} to", to.isoformat(), actual.get("to"))
        report.equal(f"{label} method", method, actual.get("method"))
        report.equal(f"{label} thresholds", {"a": a_pct, "b": b_pct}, actual.get("thresholds"))
        classes, rows = segment(customers, revenue_of, method, a_pct, b_pct)
        compare(report, label, classes, rows, actual)
        positive = sum(1 for value in revenue_of.values() if value > 0)
        report.note(f"{label}: {positive} of {len(customers)} customers with revenue, "
                    f"A/B/C = {'/'.join(str(c['customers']) for c in classes)}")


if __name__ == "__main__":
    cc.main(__doc__.splitlines()[0], check)
