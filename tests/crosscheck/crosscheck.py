# SPDX-FileCopyrightText: SalesBench contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Shared helpers of the cross-check scripts.

Each check recomputes one analysis of product.md from the CSV files that
`salesbench-cli export` writes and compares it, field by field, with the JSON
the CLI prints for the same workspace and options. The recomputation uses only
the exported files and the rules of the specification, never the app's code.
"""

import argparse
import csv
import datetime
import json
import math
import os
import subprocess
import sys
import tempfile
import time
from decimal import Decimal, ROUND_HALF_UP
from fractions import Fraction

# Revenue, everywhere (product.md): orders that are confirmed, delivered or closed,
# dated by order date.
REVENUE_STATUSES = frozenset({"confirmed", "delivered", "closed"})

# Ratios come out of the app as binary floating point; the recomputation is exact.
# They may differ only by the rounding of a double.
RATIO_REL_TOL = 1e-9
RATIO_ABS_TOL = 1e-12


class Cli:
    """Runs salesbench-cli on one workspace."""

    def __init__(self, path, db):
        self.path = path
        self.db = db
        self.calls = 0

    def run(self, *args):
        cmd = [self.path, "--db", self.db, *args]
        self.calls += 1
        done = subprocess.run(cmd, capture_output=True, text=True, encoding="utf-8",
                              env={**os.environ, "LC_ALL": "C.UTF-8"})
        if done.returncode != 0:
            raise SystemExit(f"FAILED: {' '.join(cmd)} exited with {done.returncode}\n"
                             f"{done.stderr.strip()}")
        return done.stdout

    def json(self, *args):
        out = self.run(*args, "--format", "json")
        try:
            return json.loads(out)
        except json.JSONDecodeError as error:
            raise SystemExit(f"FAILED: {' '.join(args)} printed invalid JSON: {error}\n{out[:400]}")

    def export(self, entity, directory):
        path = os.path.join(directory, entity + ".csv")
        self.run("export", entity, path, "--format", "csv", "--encoding", "utf-8")
        return read_csv(path)


def read_csv(path):
    # utf-8-sig also reads the default export with its byte order mark.
    with open(path, newline="", encoding="utf-8-sig") as handle:
        return list(csv.DictReader(handle))


def text(value):
    """A text cell as entered: the export neutralises cells that a spreadsheet would
    run as a formula with one leading apostrophe."""
    if len(value) >= 2 and value[0] == "'" and value[1] in "=+-@\t\r":
        return value[1:]
    return value


def decimal(value):
    value = text(value).strip()
    return Decimal(value) if value else None


def minor(value):
    """An exported amount ("1234.50") in integer minor units; the export always has
    two decimals, so this is exact."""
    number = decimal(value)
    if number is None:
        return None
    cents = number * 100
    if cents != cents.to_integral_value():
        raise SystemExit(f"FAILED: exported amount {value!r} has more than two decimals")
    return int(cents)


def round_minor(amount):
    """Rounds an exact amount in major units to minor units, half away from zero
    (product.md: line amounts)."""
    return int((Decimal(amount) * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def date(value):
    value = value.strip()
    return datetime.date.fromisoformat(value) if value else None


def in_period(day, first, last):
    return day is not None and (first is None or day >= first) and (last is None or day <= last)


def ratio(numerator, denominator):
    """An exact ratio, or None when the denominator is zero."""
    if denominator == 0:
        return None
    return Fraction(numerator) / Fraction(denominator)


class Report:
    """Collects differences; a check fails with all of them listed, not only the first."""

    def __init__(self, name):
        self.name = name
        self.checked = 0
        self.differences = []
        self.notes = []

    def fail(self, where, message):
        self.differences.append(f"{where}: {message}")

    def note(self, message):
        self.notes.append(message)

    def equal(self, where, expected, actual):
        """Exact comparison: counts, minor-unit amounts, classes, codes, dates."""
        self.checked += 1
        if expected != actual or isinstance(expected, bool) != isinstance(actual, bool):
            self.fail(where, f"expected {expected!r} (recomputed), app says {actual!r}")

    def close(self, where, expected, actual):
        """A ratio or average: exact Fraction or None against the app's float or null."""
        self.checked += 1
        if expected is None or actual is None:
            if expected is not None or actual is not None:
                self.fail(where, f"expected {_show(expected)} (recomputed), app says {actual!r}")
            return
        if isinstance(actual, bool) or not isinstance(actual, (int, float)):
            self.fail(where, f"expected a number {_show(expected)}, app says {actual!r}")
            return
        if not math.isclose(float(expected), actual, rel_tol=RATIO_REL_TOL, abs_tol=RATIO_ABS_TOL):
            self.fail(where, f"expected {_show(expected)} (recomputed), app says {actual!r}")

    def finish(self, started):
        seconds = time.monotonic() - started
        for note in self.notes:
            print(f"note: {note}")
        if self.differences:
            print(f"{self.name}: {len(self.differences)} difference(s) in {self.checked} comparisons:")
            for line in self.differences[:200]:
                print(f"  {line}")
            if len(self.differences) > 200:
                print(f"  … and {len(self.differences) - 200} more")
            print(f"{self.name}: FAILED ({seconds:.1f} s)")
            return 1
        print(f"{self.name}: all {self.checked} comparisons equal ({seconds:.1f} s)")
        return 0


def _show(value):
    if isinstance(value, Fraction):
        return f"{float(value)!r} ({value})" if value.denominator != 1 else str(value.numerator)
    return repr(value)


def arguments(description):
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--cli", required=True, help="path of salesbench-cli")
    parser.add_argument("--db", help="an existing workspace to check (default: a new demo workspace)")
    parser.add_argument("--scale", default="small", help="demo scale when no --db is given")
    parser.add_argument("--seed", default="7", help="demo seed when no --db is given")
    parser.add_argument("--today", default="2025-06-30", help="demo date when no --db is given")
    parser.add_argument("--edge", action="store_true",
                        help="check the hand-made workspace of tests/crosscheck/edge instead of a demo")
    parser.add_argument("--workdir", help="folder for the workspace and the exports (default: a temporary one)")
    return parser.parse_args()


# The hand-made edge cases, imported in this order (references first).
EDGE_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "edge")
EDGE_FILES = ["customers", "products", "reps", "orders", "order-lines", "opportunities", "stage-history"]


def workspace(args, workdir):
    """The workspace to check: the given one, the edge cases, or a fresh deterministic demo."""
    if args.db:
        return Cli(args.cli, args.db)
    if args.edge:
        cli = Cli(args.cli, os.path.join(workdir, "edge.salesbench"))
        cli.run("init")
        for entity in EDGE_FILES:
            cli.run("import", entity, os.path.join(EDGE_DIR, entity + ".csv"), "--no-backup",
                    "--report", os.path.join(workdir, entity + "-import.csv"))
        return cli
    cli = Cli(args.cli, os.path.join(workdir, "demo.salesbench"))
    cli.run("demo", "--scale", args.scale, "--seed", str(args.seed), "--today", args.today)
    return cli


def main(description, check):
    """Runs check(cli, workdir, report) in a work folder and exits with its verdict."""
    started = time.monotonic()
    args = arguments(description)
    report = Report(os.path.splitext(os.path.basename(sys.argv[0]))[0])
    with tempfile.TemporaryDirectory(prefix="sb-crosscheck-") as scratch:
        workdir = args.workdir or scratch
        os.makedirs(workdir, exist_ok=True)
        cli = workspace(args, workdir)
        check(cli, workdir, report)
    sys.exit(report.finish(started))


def order_amounts(orders, lines, report):
    """Each order's amount in minor units, recomputed (product.md): the sum of its line
    amounts, a line amount being quantity × unit price × (1 − discount) rounded half away
    from zero; an order without lines carries its contract amount. Also checks the
    exported line and order amounts against the recomputation."""
    sums = {}
    for line in lines:
        where = f"order line {line['order_number']}/{line['line_no']}"
        discount = decimal(line["discount_pct"]) or Decimal(0)
        exact = decimal(line["quantity"]) * decimal(line["unit_price"]) * (1 - discount / 100)
        amount = round_minor(exact)
        report.equal(f"{where} amount (export)", amount, minor(line["amount"]))
        sums[line["order_number"]] = sums.get(line["order_number"], 0) + amount
    amounts = {}
    for order in orders:
        number = order["order_number"]
        if number in sums:
            amount = sums[number]
        else:
            amount = minor(order["contract_amount"]) or 0
        report.equal(f"order {number} amount (export)", amount, minor(order["amount"]))
        amounts[number] = amount
    return amounts


def last_day_of_month(day):
    following = day.replace(day=28) + datetime.timedelta(days=4)
    return following - datetime.timedelta(days=following.day)


def year_before(day):
    """The first day of the twelve months that end on day."""
    try:
        start = day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        start = day.replace(year=day.year - 1, day=28)
    return start + datetime.timedelta(days=1)
