#!/usr/bin/env python3
# SPDX-FileCopyrightText: SalesBench contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""The sales funnel (product.md "Opportunities and the sales funnel") recomputed
from the exported opportunities and stage history, compared with
`salesbench-cli funnel --format json`.

Rules, from the specification:
- stages in order: initial contact, needs confirmed, proposal, negotiation, won;
  lost from any open stage;
- pipeline conversion: the cohort is the opportunities created in the period; a
  deal reached a stage when it entered it or any later stage, a lost deal counts up
  to the last stage it reached; cumulative rate relative to initial contact, step
  rate stage to stage; by count or by amount;
- stage conversion: of the deals that left a stage in the period, the share that
  moved forward rather than to lost;
- win rate = won / (won + lost) among the opportunities closed in the period;
- sales cycle = days from creation to won, median and mean;
- bottleneck: the step whose rate falls furthest below the industry step rate;
- benchmarks: industry 100/40/25/12/5 %, excellent 100/60/40/25/15 %.

Readings where the specification leaves room (stated here and in the report):
- "reached" is the furthest stage a deal was ever in: every stage named in its
  history (as from or to stage) and its current stage, so a deal that went back
  from negotiation to proposal still reached negotiation, and every deal reached
  initial contact; later changes than the period's end count too (the cohort is
  fixed by creation date, its progress is what the data shows);
- the industry and excellent step rates are the ratios of consecutive benchmark
  cumulative rates;
- stage conversion counts deals, per stage: a deal that left a stage in the
  period is counted once for that stage ("left"), with the outcome of its last
  exit in the period: forward, lost, or backward to an earlier stage. The rate is
  forward / (forward + lost): "moved forward rather than to lost" sets the two
  outcomes against each other, and a deal sent back is neither (it will leave
  the stage again); without a forward or lost exit the rate is null;
- "closed in the period" uses the opportunity's close date (closed_on). Where it
  differs from the date of the deal's last change to won or lost in the history
  (an imported deal's history starts with one change dated at its creation), the
  script says so in a note;
- the sales cycle is over the deals won in the period (closed_on − created_on);
- the bottleneck is the step with the largest positive (industry step rate −
  step rate); when no step falls below its industry rate there is none (null);
- the owner filter keeps the opportunities whose owner is that rep, for every
  figure.
"""

import os
import statistics
import sys
from fractions import Fraction

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import crosscheck as cc  # noqa: E402

STAGES = ["initial_contact", "needs_confirmed", "proposal", "negotiation", "won"]
RANK = {stage: index for index, stage in enumerate(STAGES)}
INDUSTRY = [Fraction(1), Fraction(40, 100), Fraction(25, 100), Fraction(12, 100), Fraction(5, 100)]
EXCELLENT = [Fraction(1), Fraction(60, 100), Fraction(40, 100), Fraction(25, 100), Fraction(15, 100)]
ADVICE_TEXT = {  # the handbook's advice, per step (the destination stage)
    "needs_confirmed": "value proposition",
    "proposal": "dig deeper",
    "negotiation": "differentiation",
    "won": "decision",
}


def load(cli, workdir, report):
    opportunities = {}
    for row in cli.export("opportunities", workdir):
        opportunities[cc.text(row["code"])] = {
            "code": cc.text(row["code"]),
            "owner": cc.text(row["owner_code"]),
            "amount": cc.minor(row["amount"]) or 0,
            "created": cc.date(row["created_on"]),
            "closed": cc.date(row["closed_on"]),
            "stage": row["stage"],
            "history": [],
        }
    for row in cli.export("stage-history", workdir):
        deal = opportunities.get(cc.text(row["opportunity_code"]))
        if deal is None:
            report.fail("stage history", f"names an unknown opportunity {row['opportunity_code']!r}")
            continue
        deal["history"].append((row["changed_at"], cc.date(row["changed_on"]), row["from_stage"], row["to_stage"]))
    apart = []
    for deal in opportunities.values():
        deal["history"].sort(key=lambda change: change[0])
        ranks = [RANK[s] for _, _, *pair in deal["history"] for s in pair if s in RANK]
        if deal["stage"] in RANK:
            ranks.append(RANK[deal["stage"]])
        deal["reached"] = max(ranks, default=0)
        if deal["stage"] in ("won", "lost"):
            ends = [day for _, day, _, to in deal["history"] if to == deal["stage"]]
            if not ends or ends[-1] != deal["closed"]:
                apart.append(deal["code"])
    if apart:
        report.note(f"{len(apart)} closed opportunities have a close date other than the date of their "
                    f"last change to won or lost (e.g. {', '.join(apart[:5])}); the period uses the close date")
    return list(opportunities.values())


def bottleneck(rates):
    """rates: [(to_stage, step rate or None)] for the steps 1..4."""
    worst = None
    for stage, rate in rates:
        if rate is None:
            continue
        industry = INDUSTRY[RANK[stage]] / INDUSTRY[RANK[stage] - 1]
        gap = industry - rate
        if gap > 0 and (worst is None or gap > worst[0]):
            worst = (gap, stage, rate, industry)
    return worst


def check_bottleneck(report, label, rates, actual):
    want = bottleneck(rates)
    got = actual.get("bottleneck")
    if want is None:
        report.equal(f"{label} bottleneck", None, got)
        return
    if not isinstance(got, dict):
        report.equal(f"{label} bottleneck", f"{STAGES[RANK[want[1]] - 1]} → {want[1]}", got)
        return
    report.equal(f"{label} bottleneck from", STAGES[RANK[want[1]] - 1], got.get("from"))
    report.equal(f"{label} bottleneck to", want[1], got.get("to"))
    report.close(f"{label} bottleneck rate", want[2], got.get("rate"))
    report.close(f"{label} bottleneck industry_step", want[3], got.get("industry_step"))
    advice = got.get("advice") or ""
    report.equal(f"{label} bottleneck advice is the handbook's for {want[1]}",
                 True, ADVICE_TEXT[want[1]] in advice.lower())


def check_pipeline(report, label, deals, first, last, by, actual):
    cohort = [d for d in deals if cc.in_period(d["created"], first, last)]
    counts = [sum(1 for d in cohort if d["reached"] >= rank) for rank in range(len(STAGES))]
    amounts = [sum(d["amount"] for d in cohort if d["reached"] >= rank) for rank in range(len(STAGES))]
    measure = counts if by == "count" else amounts
    stages = actual.get("stages", [])
    report.equal(f"{label} stages", STAGES, [s.get("stage") for s in stages])
    rates = []
    for rank, got in enumerate(stages[:len(STAGES)]):
        where = f"{label} {STAGES[rank]}"
        report.equal(f"{where} reached", counts[rank], got.get("reached"))
        if by == "amount":
            report.equal(f"{where} amount", amounts[rank], got.get("amount"))
        cumulative = cc.ratio(measure[rank], measure[0])
        step = cc.ratio(measure[rank], measure[rank - 1]) if rank else None
        report.close(f"{where} cumulative_rate", cumulative, got.get("cumulative_rate"))
        report.close(f"{where} step_rate", step, got.get("step_rate"))
        report.close(f"{where} industry", INDUSTRY[rank], got.get("industry"))
        report.close(f"{where} excellent", EXCELLENT[rank], got.get("excellent"))
        report.close(f"{where} industry_step", INDUSTRY[rank] / INDUSTRY[rank - 1] if rank else None,
                     got.get("industry_step"))
        report.close(f"{where} excellent_step", EXCELLENT[rank] / EXCELLENT[rank - 1] if rank else None,
                     got.get("excellent_step"))
        if rank:
            rates.append((STAGES[rank], step))
    check_bottleneck(report, label, rates, actual)
    return len(cohort)


def check_stage(report, label, deals, first, last, actual):
    stages = actual.get("stages", [])
    report.equal(f"{label} stages", STAGES[:-1], [s.get("stage") for s in stages])
    rates = []
    for rank, got in enumerate(stages[:len(STAGES) - 1]):
        stage = STAGES[rank]
        outcome = {"forward": 0, "lost": 0, "backward": 0}
        for deal in deals:
            exits = [to for _, day, source, to in deal["history"]
                     if source == stage and cc.in_period(day, first, last)]
            if not exits:
                continue
            to = exits[-1]
            if to == "lost":
                outcome["lost"] += 1
            elif RANK.get(to, -1) > rank:
                outcome["forward"] += 1
            else:
                outcome["backward"] += 1
        left = sum(outcome.values())
        where = f"{label} {stage}"
        report.equal(f"{where} left", left, got.get("left"))
        for field, value in outcome.items():
            report.equal(f"{where} {field}", value, got.get(field))
        rate = cc.ratio(outcome["forward"], outcome["forward"] + outcome["lost"])
        report.close(f"{where} rate", rate, got.get("rate"))
        report.close(f"{where} industry_step", INDUSTRY[rank + 1] / INDUSTRY[rank], got.get("industry_step"))
        report.close(f"{where} excellent_step", EXCELLENT[rank + 1] / EXCELLENT[rank], got.get("excellent_step"))
        rates.append((STAGES[rank + 1], rate))
    check_bottleneck(report, label, rates, actual)


def check_closed(report, label, deals, first, last, actual):
    closed = [d for d in deals if d["stage"] in ("won", "lost") and cc.in_period(d["closed"], first, last)]
    won = [d for d in closed if d["stage"] == "won"]
    lost = len(closed) - len(won)
    report.equal(f"{label} won", len(won), actual.get("won"))
    report.equal(f"{label} lost", lost, actual.get("lost"))
    report.close(f"{label} win_rate", cc.ratio(len(won), len(closed)), actual.get("win_rate"))
    cycle = [(d["closed"] - d["created"]).days for d in won]
    median = Fraction(statistics.median(cycle)) if cycle else None
    mean = Fraction(sum(cycle), len(cycle)) if cycle else None
    report.close(f"{label} cycle_days_median", median, actual.get("cycle_days_median"))
    report.close(f"{label} cycle_days_mean", mean, actual.get("cycle_days_mean"))


def check(cli, workdir, report):
    deals = load(cli, workdir, report)
    if not deals:
        raise SystemExit("FAILED: the workspace has no opportunities")
    latest = max(d["created"] for d in deals)
    half = (latest.replace(month=1 if latest.month <= 6 else 7, day=1), latest)
    twelve = (cc.year_before(latest), latest)
    owners = sorted({d["owner"] for d in deals if d["owner"]})
    owner = max(owners, key=lambda code: (sum(1 for d in deals if d["owner"] == code), code))
    cases = [  # (period, owner, definition, by)
        ((None, None), None, "pipeline", "count"),
        (half, None, "pipeline", "count"),
        (half, None, "pipeline", "amount"),
        (twelve, None, "pipeline", "amount"),
        ((None, None), owner, "pipeline", "count"),
        (twelve, owner, "pipeline", "amount"),
        ((None, None), None, "stage", "count"),
        (half, None, "stage", "count"),
        (twelve, owner, "stage", "count"),
    ]
    for (first, last), rep, definition, by in cases:
        label = (f"funnel {first or 'all'}..{last or 'all'} {definition} by {by}"
                 + (f" owner {rep}" if rep else ""))
        args = ["funnel", "--definition", definition]
        if definition == "pipeline":
            args += ["--by", by]
        if first:
            args += ["--from", first.isoformat(), "--to", last.isoformat()]
        if rep:
            args += ["--owner", rep]
        actual = cli.json(*args)
        report.equal(f"{label} from", first.isoformat() if first else None, actual.get("from"))
        report.equal(f"{label} to", last.isoformat() if last else None, actual.get("to"))
        report.equal(f"{label} definition", definition, actual.get("definition"))
        selected = [d for d in deals if rep is None or d["owner"] == rep]
        if definition == "pipeline":
            report.equal(f"{label} by", by, actual.get("by"))
            size = check_pipeline(report, label, selected, first, last, by, actual)
            report.note(f"{label}: cohort of {size}")
        else:
            check_stage(report, label, selected, first, last, actual)
        check_closed(report, label, selected, first, last, actual)


if __name__ == "__main__":
    cc.main(__doc__.splitlines()[0], check)
