#!/usr/bin/env python3
# SPDX-FileCopyrightText: SalesBench contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""The cross-checks must be able to fail: each one runs on the edge-case workspace
through a stand-in for salesbench-cli that changes one figure of the analysis'
JSON by a little, and must then report exactly that figure. (That they pass on
the unchanged output is what the crosscheck_*_edge tests show.)"""

import argparse
import concurrent.futures
import os
import stat
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))

# The stand-in: runs the real program, then applies the mutation named in
# SB_CROSSCHECK_MUTATION to the JSON of the analyses.
WRAPPER = r'''#!{python}
import json, os, subprocess, sys
real = {cli!r}
done = subprocess.run([real, *sys.argv[1:]], capture_output=True, text=True, encoding="utf-8")
sys.stderr.write(done.stderr)
command = next((a for a in sys.argv[1:] if a in ("abc", "funnel", "inventory")), None)
mutation = os.environ.get("SB_CROSSCHECK_MUTATION", "")
if done.returncode != 0 or command is None or not mutation.startswith(command + ":"):
    sys.stdout.write(done.stdout)
    sys.exit(done.returncode)
data = json.loads(done.stdout)
name = mutation.split(":", 1)[1]
if name == "last-a-becomes-b":
    rows = [r for r in data["customers"] if r["class"] == "A"]
    if rows:
        rows[-1]["class"] = "B"
elif name == "cumulative-share":
    data["customers"][0]["cumulative_share"] += 1e-6
elif name == "class-revenue":
    data["classes"][2]["revenue"] += 1
elif name == "reached":
    if "reached" in data["stages"][2]:
        data["stages"][2]["reached"] += 1
elif name == "median":
    if data["cycle_days_median"] is not None:
        data["cycle_days_median"] += 0.5
elif name == "cogs":
    data["overall"]["cogs"] += 1
elif name == "reorder-dropped":
    data["replenishment"] = data["replenishment"][1:]
json.dump(data, sys.stdout)
'''

# (check script, mutation, text the report must contain)
CASES = [
    ("abc_check.py", "abc:last-a-becomes-b", " class: expected 'A'"),
    ("abc_check.py", "abc:cumulative-share", "cumulative_share"),
    ("abc_check.py", "abc:class-revenue", "class C revenue"),
    ("funnel_check.py", "funnel:reached", "proposal reached"),
    ("funnel_check.py", "funnel:median", "cycle_days_median"),
    ("inventory_check.py", "inventory:cogs", "overall cogs"),
    ("inventory_check.py", "inventory:reorder-dropped", "products suggested for replenishment"),
]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cli", required=True)
    args = parser.parse_args()
    started = time.monotonic()
    failures = []
    with tempfile.TemporaryDirectory(prefix="sb-crosscheck-self-") as scratch:
        wrapper = os.path.join(scratch, "salesbench-cli")
        with open(wrapper, "w", encoding="utf-8") as handle:
            handle.write(WRAPPER.format(python=sys.executable, cli=os.path.abspath(args.cli)))
        os.chmod(wrapper, os.stat(wrapper).st_mode | stat.S_IXUSR)
        def run(case):
            script, mutation, _ = case
            return subprocess.run([sys.executable, os.path.join(HERE, script), "--cli", wrapper, "--edge"],
                                  capture_output=True, text=True, encoding="utf-8",
                                  env={**os.environ, "SB_CROSSCHECK_MUTATION": mutation})

        # Two at a time: each check mostly waits for the program it runs.
        with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
            results = list(pool.map(run, CASES))
        for (script, mutation, expected), done in zip(CASES, results):
            what = f"{script} with {mutation}"
            ok = done.returncode == 1 and expected in done.stdout
            print(f"{'ok  ' if ok else 'FAIL'} {what}: exit {done.returncode}")
            if not ok:
                failures.append(f"{what}:\n{done.stdout[-2000:]}{done.stderr[-2000:]}")
    for failure in failures:
        print(failure)
    print(f"selftest: {len(CASES) - len(failures)} of {len(CASES)} as expected "
          f"({time.monotonic() - started:.1f} s)")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
