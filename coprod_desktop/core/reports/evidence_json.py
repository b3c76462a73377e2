"""The evidence figures as JSON: the fixed `report evidence --json` shape first, then the rest.

Other tools read the fixed keys (see cli.md); everything after them is extra. Hours are
strings with two decimals, money strings like "14.00", dates ISO. Exact minutes and the days
each paid claim took are kept as well, so bundles can be combined without rounding twice.
"""

from __future__ import annotations

from typing import Any

from coprod_desktop.core.domain.evidence_views import (
    ClaimFigures,
    EvidenceFigures,
    Hours,
    TermsChange,
    TermsSide,
)
from coprod_desktop.core.domain.jsonable import hours_text, jsonable


def hours_json(h: Hours) -> dict[str, Any]:
    return {
        "total": hours_text(h.total_minutes),
        "paid": hours_text(h.paid_minutes),
        "declined": hours_text(h.declined_minutes),
        "unpaid": hours_text(h.unpaid_minutes),
    }


def minutes_json(h: Hours) -> dict[str, Any]:
    return {
        "total": h.total_minutes,
        "paid": h.paid_minutes,
        "declined": h.declined_minutes,
        "unpaid": h.unpaid_minutes,
        "activities": h.activities,
    }


def money_json(h: Hours) -> dict[str, Any]:
    return {
        "fees_earned": str(h.fees_earned),
        "value_of_time": str(h.value_of_time),
        "unpaid_value": str(h.unpaid_value),
        "declined_value": str(h.declined_value),
    }


def claims_json(c: ClaimFigures, *, lists: bool) -> dict[str, Any]:
    data: dict[str, Any] = {
        "submitted": c.submitted,
        "paid": c.paid,
        "overdue": c.overdue,
        "median_days_to_pay": jsonable(c.median_days_to_pay),
        "worst_days_late": c.worst_days_late,
        "chasers": c.chasers,
        "chased": c.chased,
        "median_promised_days": jsonable(c.median_promised_days),
    }
    if lists:
        data["days_to_pay"] = list(c.days_to_pay)
        data["days_late"] = list(c.days_late)
        data["promised_days"] = list(c.promised_days)
    return data


def side_json(side: TermsSide) -> dict[str, Any]:
    return {
        "basis": side.basis,
        "classification": side.classification,
        "rate": jsonable(side.rate),
        "text": side.text,
    }


def change_json(c: TermsChange) -> dict[str, Any]:
    return {
        "date": c.date.isoformat(),
        "organisation": c.organisation_name,
        "from": c.before.text,
        "to": c.after.text,
        "organisation_code": c.organisation_code,
        "role": c.role,
        "from_terms": side_json(c.before),
        "to_terms": side_json(c.after),
        "source": c.source,
        "reclassified": c.reclassified,
        "lowered": c.lowered,
        "activities_affected": c.activities_affected,
        "earned": str(c.earned),
        "old_terms_fees": str(c.old_terms_fees),
        "cost": str(c.cost),
        "members": c.members,
    }


def evidence_json(f: EvidenceFigures, *, lists: bool = False) -> dict[str, Any]:
    """The figures as one JSON document. `lists` adds what a bundle needs to be combined
    exactly (per-claim days, minutes by organisation and year)."""
    data: dict[str, Any] = {
        "hours": hours_json(f.hours),
        "value_of_time": str(f.hours.value_of_time),
        "fees_earned": str(f.hours.fees_earned),
        "fees_received": str(f.fees_received),
        "unpaid_value": str(f.hours.unpaid_value),
        "claims": claims_json(f.claims, lists=lists),
        "terms_changes": [change_json(c) for c in f.terms_changes],
        "levels": {
            "described_vs_judged": [
                {"described": c.described, "judged": c.judged, "count": c.count} for c in f.levels
            ],
            "overstated": f.overstated,
        },
        # -- extra keys ----------------------------------------------------------------------
        "period": {
            "from": jsonable(f.date_from),
            "to": jsonable(f.date_to),
            "organisation": f.organisation_code,
            "as_of": f.today.isoformat(),
        },
        "members": f.members,
        "reference_rate": jsonable(f.reference_rate),
        "minutes": minutes_json(f.hours),
        "declined_value": str(f.hours.declined_value),
        "unallocated_received": str(f.unallocated_received),
        "reclassification_cost": str(f.reclassification_cost),
        "overdue": [
            {
                "number": o.number,
                "organisation": o.organisation_name,
                "organisation_code": o.organisation_code,
                "due_date": o.due_date.isoformat(),
                "days_late": o.days_late,
                "outstanding": str(o.outstanding),
            }
            for o in f.claims.overdue_list
        ],
        "by_organisation": [
            {
                "code": o.code,
                "name": o.name,
                "members": o.members,
                "hours": hours_json(o.hours),
                "minutes": minutes_json(o.hours),
                **money_json(o.hours),
                "fees_received": str(o.fees_received),
                "claims": claims_json(o.claims, lists=lists),
            }
            for o in f.by_organisation
        ],
        "by_tax_year": [
            {
                "tax_year": y.tax_year,
                "hours": hours_json(y.hours),
                "minutes": minutes_json(y.hours),
                **money_json(y.hours),
            }
            for y in f.by_tax_year
        ],
        "power_sharing": {
            "checks": [
                {
                    "check": p.key,
                    "label": p.label,
                    "yes": p.yes,
                    "no": p.no,
                    "not_sure": p.unsure,
                    "not_recorded": p.not_recorded,
                }
                for p in f.power.checks
            ],
            "papers_days_ahead_median": jsonable(f.power.papers_days_median),
        },
    }
    if lists:
        data["by_organisation_and_year"] = [
            {
                "organisation_code": y.organisation_code,
                "tax_year": y.tax_year,
                "minutes": minutes_json(y.hours),
                **money_json(y.hours),
            }
            for y in f.by_organisation_and_year
        ]
        data["power_sharing"]["papers_days_ahead"] = [
            [days, count] for days, count in f.power.papers_days_ahead
        ]
    elif f.members == 1:
        # a member's own pack: hours as a carer or on someone's behalf (never in a bundle)
        data["attended_as"] = {
            "carer": hours_text(f.carer_minutes),
            "on_behalf": hours_text(f.on_behalf_minutes),
        }
    return data
