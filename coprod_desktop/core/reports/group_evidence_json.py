"""The group's figures as JSON (`coprod report group-evidence --json`): the same figures the
PDF shows, and nothing it withholds. Hours are strings with two decimals, money like "14.00",
months "2018-04", dates ISO."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from coprod_desktop.core.domain.evidence_views import Hours
from coprod_desktop.core.domain.group_views import JUDGED_GROUPS, GroupFigures, OrgCase
from coprod_desktop.core.domain.jsonable import jsonable
from coprod_desktop.core.reports.evidence_json import hours_json, money_json


def _month(day: Any) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def _hide(hidden: bool, value: Any) -> Any:
    """A figure only 1 or 2 members add to is null here, as it is '*' in the PDF."""
    return None if hidden else value


def _hours_and_money(h: Hours, hides: Callable[[str], bool]) -> dict[str, Any]:
    hours = hours_json(h)
    for name in ("paid", "declined", "unpaid"):
        hours[name] = _hide(hides(name), hours[name])
    money = money_json(h)
    money["fees_earned"] = _hide(hides("fees_earned"), money["fees_earned"])
    money["unpaid_value"] = _hide(hides("unpaid_value"), money["unpaid_value"])
    money["declined_value"] = _hide(hides("declined"), money["declined_value"])
    return {"hours": hours, **money}


def case_json(c: OrgCase) -> dict[str, Any]:
    return {
        "code": c.code,
        "name": c.name,
        "merged": c.merged,
        "members": c.members,
        "affected": _hide(c.hides("affected"), c.affected),
        "reclassified_members": _hide(c.hides("reclassified"), c.reclassified_members),
        "late_members": _hide(c.hides("late"), c.late_members),
        "overstated_members": _hide(c.hides("overstated"), c.overstated_members),
        **_hours_and_money(c.hours, c.hides),
        "claims": {
            "submitted": c.submitted,
            "paid": c.paid,
            "overdue": _hide(c.hides("overdue"), c.overdue),
            "outstanding": _hide(c.hides("overdue"), str(c.outstanding)),
            "members_paid": c.paid_members,
            "median_days_to_pay": jsonable(c.median_days_to_pay),
            "median_promised_days": jsonable(c.median_promised_days),
            "longest_days_to_pay": c.worst_days_to_pay,
            "days_late_bands": [
                {"band": b.label, "claims": b.claims, "members": b.members} for b in c.bands
            ],
        },
        "reclassifications": [
            {
                "from_month": _month(ch.first_month),
                "to_month": _month(ch.last_month),
                "from": ch.before,
                "to": ch.after,
                "reclassified": ch.reclassified,
                "members": ch.members,
                "sources": dict(ch.sources),
                "activities": ch.activities,
                "cost": str(ch.cost),
            }
            for ch in c.changes
        ],
        "called_coproduction": c.called_coproduction,
        "called_judged_consultation_or_less": _hide(
            c.hides("called_low") or c.called_members < 3, c.called_judged_consultation
        ),
        "described_vs_judged": [
            {
                "described": row.described,
                "total": row.total,
                "judged": {name: n for (name, _), n in zip(JUDGED_GROUPS, row.cells, strict=True)},
            }
            for row in c.levels
        ],
    }


def group_json(g: GroupFigures) -> dict[str, Any]:
    return {
        "members": g.members,
        "period": {
            "from": jsonable(g.period_start),
            "to": jsonable(g.period_end),
            "asked_from": jsonable(g.asked_from),
            "asked_to": jsonable(g.asked_to),
            "organisations": list(g.organisations_asked),
        },
        # A total less the organisations shown would give back a figure left out: left out too.
        **_hours_and_money(g.hours, lambda name: any(c.hides(name) for c in g.cases)),
        "reclassification_cost": str(g.reclassification_cost),
        "organisations": [case_json(c) for c in g.cases],
        "withheld": list(g.withheld),
    }
