"""The group's figures as JSON (`coprod report group-evidence --json`): the same figures the
PDF shows, and nothing it withholds. Hours are strings with two decimals, money like "14.00",
months "2018-04", dates ISO."""

from __future__ import annotations

from typing import Any

from coprod_desktop.core.domain.group_views import JUDGED_GROUPS, GroupFigures, OrgCase
from coprod_desktop.core.domain.jsonable import hours_text, jsonable
from coprod_desktop.core.reports.evidence_json import hours_json, money_json


def _month(day: Any) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def case_json(c: OrgCase) -> dict[str, Any]:
    return {
        "code": c.code,
        "name": c.name,
        "merged": c.merged,
        "members": c.members,
        "affected": c.affected,
        "reclassified_members": c.reclassified_members,
        "late_members": c.late_members,
        "overstated_members": c.overstated_members,
        "hours": hours_json(c.hours),
        **money_json(c.hours),
        "fees_received": str(c.fees_received),
        "claims": {
            "submitted": c.submitted,
            "paid": c.paid,
            "overdue": c.overdue,
            "outstanding": str(c.outstanding),
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
        "called_judged_consultation_or_less": c.called_judged_consultation,
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
        "hours": {
            "total": hours_text(g.hours.total_minutes),
            "paid": hours_text(g.hours.paid_minutes),
            "declined": hours_text(g.hours.declined_minutes),
            "unpaid": hours_text(g.hours.unpaid_minutes),
        },
        **money_json(g.hours),
        "fees_received": str(g.fees_received),
        "reclassification_cost": str(g.reclassification_cost),
        "organisations": [case_json(c) for c in g.cases],
        "withheld": list(g.withheld),
    }
