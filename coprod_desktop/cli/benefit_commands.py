"""`coprod summary benefits`, `coprod benefits watch` and `coprod benefits show`.

The summary prints the service's plain `BenefitsReport`: every period once, each in a plain
sentence, and the notes on which money counts, when, and why the periods may reach outside the
dates asked. The app informs, never advises.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from typing import Any

from coprod_desktop.cli import options as opt
from coprod_desktop.cli.extensions import Groups
from coprod_desktop.cli.output import print_json
from coprod_desktop.core.domain.jsonable import hours_text, jsonable
from coprod_desktop.core.domain.money import Money
from coprod_desktop.core.domain.parsing import parse_int
from coprod_desktop.core.rules.benefits import BENEFIT_KINDS

CARERS_OPTIONS = (
    ("income_tax", "--income-tax", "income tax a week"),
    ("national_insurance", "--national-insurance", "National Insurance a week"),
    ("pension_contributions", "--pension", "your pension contributions a week (half comes off)"),
    ("care_costs", "--care-costs", "care costs a week while you work (up to half of net)"),
)


def out(text: object) -> None:
    sys.stdout.write(f"{text}\n")


def add_parsers(groups: Groups) -> None:
    ben = groups.top.add_parser(
        "benefits", help="the benefit limits you watch, and your Carer's Allowance deductions"
    )
    ben_sub = ben.add_subparsers(dest="action", required=True)
    p = ben_sub.add_parser("watch", help="choose the limits the dashboard and summaries watch")
    p.add_argument(
        "--kind",
        action="append",
        choices=[*BENEFIT_KINDS, "none"],
        help="a limit to watch; give it again for several (none: watch no limit)",
    )
    for _name, flag, text in CARERS_OPTIONS:
        p.add_argument(flag, dest=_name, metavar="AMOUNT", help=f"Carer's Allowance: {text}")
    p.add_argument(
        "--average-weeks",
        metavar="N",
        help="Carer's Allowance: average irregular earnings over N weeks (1: no averaging)",
    )
    p = ben_sub.add_parser("show", help="the limits you watch and your deductions")
    p.add_argument("--json", action="store_true")


def cmd_summary_benefits(sv: Any, a: argparse.Namespace) -> None:
    start, end = opt.day(a.start, "--from"), opt.day(a.end, "--to")
    report = sv.benefits.report(start, end, a.kind, False if a.by_activity_date else None)
    if a.json:
        periods = []
        for f, line in zip(report.figures, report.lines, strict=True):
            data = jsonable(f)
            data.update(hours=hours_text(f.minutes), judged=str(f.judged), words=line)
            periods.append(data)
        print_json(
            {
                "kind": report.kind,
                "title": report.title,
                "start": report.start,
                "end": report.end,
                "by_received": report.by_received,
                "periods": periods,
                "range_note": report.range_note,
                "counted_note": report.counted_note,
                "rules_note": report.rules_note,
                "closing": list(report.closing),
            }
        )
        return
    out(f"{report.title}, {report.start} to {report.end}")
    out(report.headline())
    # one line a period, whole: a table would cut the sentence that says what it means
    for f, line in zip(report.figures, report.lines, strict=True):
        out(f"{f.start} to {f.end}  {f.status.value.upper():<4}  {line}")
    for text in (report.counted_note, report.rules_note, report.range_note, *report.closing):
        if text:
            out(text)


def cmd_benefits_watch(sv: Any, a: argparse.Namespace) -> None:
    watch = sv.benefit_watch.get()
    if a.kind:
        kinds = () if a.kind == ["none"] else tuple(k for k in a.kind if k != "none")
        watch = replace(watch, kinds=kinds)
    carers = watch.carers
    for name, flag, _text in CARERS_OPTIONS:
        value = getattr(a, name)
        if value is not None:
            carers = replace(carers, **{name: Money.parse(value, flag)})
    if a.average_weeks is not None:
        weeks = parse_int(a.average_weeks, "--average-weeks", minimum=1, maximum=52)
        carers = replace(carers, averaging_weeks=weeks)
    saved = sv.benefit_watch.save(replace(watch, carers=carers))
    out(", ".join(saved.kinds) or "none")


def cmd_benefits_show(sv: Any, a: argparse.Namespace) -> None:
    watch = sv.benefit_watch.get()
    if a.json:
        print_json({"kinds": list(watch.kinds), "carers": watch.carers})
        return
    out(f"Limits watched: {', '.join(watch.kinds) or 'none'}")
    c = watch.carers
    out(
        f"Carer's Allowance deductions a week: income tax {c.income_tax.display()}, National "
        f"Insurance {c.national_insurance.display()}, pension contributions "
        f"{c.pension_contributions.display()} (half comes off), care costs while working "
        f"{c.care_costs.display()}; averaged over {c.averaging_weeks} week(s)."
    )


HANDLERS = {
    ("summary", "benefits"): cmd_summary_benefits,
    ("benefits", "watch"): cmd_benefits_watch,
    ("benefits", "show"): cmd_benefits_show,
}
