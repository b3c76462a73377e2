"""Anonymised evidence bundles: what a member hands an advocate, who combines many into one
group pack.

The rule (../shared/domain.md, "Group evidence: what may leave a member's PC"), applied here to
the bundle itself, since the bundle is what leaves the member's PC, and again to the group pack
(`core.services.group_evidence`):

* No per-claim dates or amounts: an organisation could match either to its own ledger and find
  the member. Claims travel as counts, one total still owed, medians and bands of days late, per
  organisation and tax year.
* Dates to the month at most: a change of terms keeps its month; everything else is kept by
  tax year (with the day tax years start, so a pack can print real dates).
* No names, notes, contacts, addresses, bank details, claim numbers, hourly rates, role titles
  or free text. How an organisation described the work is kept only as one of the list's words
  (information ... co-production), else "other". A change of terms keeps the kind of document
  it came in (letter, email, meeting, other: `terms.source_kind`), never the member's words.
  Only the member's own activity titles, impact and feedback may go, and only when the member
  ticks it (`include_text`), dated to the month.
* A figure standing for fewer than 3 members is merged into a larger group or left out of the
  group pack, and the pack says so (`SMALLEST_GROUP` in `core.domain.group_views`).
* The member sees what the bundle holds, in plain words (`describe_bundle`), before it is
  written.

Bundle version 2 follows that rule. Version 1 bundles held each overdue claim's due date and
amount and the days each claim took; they are refused with a sentence asking for a fresh one,
rather than read in part, so that nothing from them reaches a pack.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from typing import Any

from coprod_desktop.core.domain.evidence_views import EvidenceFigures, EvidenceOptions
from coprod_desktop.core.domain.group_views import DAYS_LATE_BANDS, band_key, band_of
from coprod_desktop.core.domain.jsonable import jsonable
from coprod_desktop.core.domain.kinds import DESCRIBED_LEVELS
from coprod_desktop.core.domain.money import Money
from coprod_desktop.core.domain.progress import Progress, no_progress
from coprod_desktop.core.io.evidence_bundle_read import FORMAT, VERSION, read_bundle
from coprod_desktop.core.reports.evidence_json import minutes_json, money_json
from coprod_desktop.core.rules.tax_year import tax_year_bounds, tax_year_label, tax_year_of

__all__ = [
    "FORMAT",
    "VERSION",
    "bundle_document",
    "describe_bundle",
    "export_bundle",
    "read_bundle",
]


def month_text(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def _described(words: str) -> str:
    """The organisation's description as one of the list's words, "other" or "" (none)."""
    return words if not words or words in DESCRIBED_LEVELS else "other"


def _org_years(f: EvidenceFigures, label: str) -> list[dict[str, Any]]:
    """Each organisation's figures in one tax year's evidence, as the bundle keeps them."""
    power = dict(f.power_by_organisation)
    out = []
    for o in f.by_organisation:
        c = o.claims
        bands = [0] * len(DAYS_LATE_BANDS)
        for late in c.days_late:
            bands[band_of(late)] += 1
        owed = sum(
            (x.outstanding for x in f.claims.overdue_list if x.organisation_code == o.code),
            Money.zero(),
        )
        levels: dict[tuple[str, str], int] = {}
        for lv in f.levels_by_organisation:
            if lv.organisation_code == o.code:
                key = (_described(lv.described), lv.judged)
                levels[key] = levels.get(key, 0) + lv.count
        checks = power.get(o.code)
        out.append(
            {
                "organisation_code": o.code,
                "tax_year": label,
                "minutes": minutes_json(o.hours),
                **money_json(o.hours),
                "fees_received": str(o.fees_received),
                "claims": {
                    "submitted": c.submitted,
                    "paid": c.paid,
                    "overdue": c.overdue,
                    "outstanding": str(owed),
                    "median_days_to_pay": jsonable(c.median_days_to_pay),
                    "worst_days_to_pay": max(c.days_to_pay, default=None),
                    "median_promised_days": jsonable(c.median_promised_days),
                    "days_late_bands": {
                        band_key(*band): n for band, n in zip(DAYS_LATE_BANDS, bands, strict=True)
                    },
                },
                "levels": [
                    {"described": d, "judged": j, "count": n}
                    for (d, j), n in sorted(levels.items(), key=lambda kv: (-kv[1], kv[0]))
                ],
                "power_sharing": {
                    "checks": [
                        {
                            "check": p.key,
                            "yes": p.yes,
                            "no": p.no,
                            "not_sure": p.unsure,
                            "not_recorded": p.not_recorded,
                        }
                        for p in (checks.checks if checks else ())
                    ],
                    "papers_days_ahead": [
                        [d, n] for d, n in (checks.papers_days_ahead if checks else ())
                    ],
                },
            }
        )
    return out


def bundle_document(
    services: Any,
    options: EvidenceOptions | None = None,
    *,
    include_text: bool = False,
    progress: Progress = no_progress,
) -> dict[str, Any]:
    """The bundle as a JSON-ready document, made by the rule in this module's docstring."""
    options = options or EvidenceOptions()
    evidence = services.evidence
    span = evidence.record_span(options)
    overall = evidence.figures(replace(options, organisation_code=None))
    pack = evidence.ctx.pack()
    years: list[dict[str, Any]] = []
    if span is not None:
        first, last = tax_year_of(span[0], pack), tax_year_of(span[1], pack)
        for n, year in enumerate(range(first, last + 1)):
            progress(n, last - first + 2)
            starts, ends = tax_year_bounds(year, pack)
            window = replace(
                options,
                date_from=max(starts, options.date_from or starts),
                date_to=min(ends, options.date_to or ends),
                organisation_code=None,
            )
            f = evidence.figures(window)
            years += _org_years(f, tax_year_label(year, pack))
    names = {o.code: o.name for o in overall.by_organisation}
    for change in overall.terms_changes:
        names.setdefault(change.organisation_code, change.organisation_name)
    document: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "include_text": include_text,
        "currency_symbol": overall.currency_symbol,
        # The day each tax year starts, so a pack can print real dates (not a day of the
        # member's: the locale's).
        "tax_year_starts": f"{pack.tax_year_start_month:02d}-{pack.tax_year_start_day:02d}",
        "period": {
            "from": month_text(options.date_from or span[0]) if span else None,
            "to": month_text(options.date_to or span[1]) if span else None,
        },
        "organisations": [{"code": c, "name": n} for c, n in sorted(names.items())],
        "years": years,
        "terms_changes": [
            {
                "month": month_text(c.date),
                "organisation_code": c.organisation_code,
                "from": {"basis": c.before.basis, "classification": c.before.classification},
                "to": {"basis": c.after.basis, "classification": c.after.classification},
                "source_kind": c.source_kind,
                "reclassified": c.reclassified,
                "lowered": c.lowered,
                "activities_affected": c.activities_affected,
                "earned": str(c.earned),
                "old_terms_fees": str(c.old_terms_fees),
            }
            for c in overall.terms_changes
        ],
        "own_words": [
            {
                "month": month_text(w.date),
                "organisation_code": w.organisation_code,
                "title": w.title,
                "impact": w.impact,
                "feedback": w.feedback,
            }
            for w in (evidence.own_words(options) if include_text else ())
        ],
    }
    progress(1, 1)
    return document


def bundle_bytes(document: dict[str, Any]) -> bytes:
    return (json.dumps(document, ensure_ascii=False, indent=1) + "\n").encode()


def export_bundle(
    services: Any,
    options: EvidenceOptions | None = None,
    *,
    include_text: bool = False,
    progress: Progress = no_progress,
) -> bytes:
    """The anonymised bundle as UTF-8 JSON bytes."""
    return bundle_bytes(
        bundle_document(services, options, include_text=include_text, progress=progress)
    )


def _month_words(text: str | None) -> str:
    if not text:
        return "the start"
    year, month = (int(p) for p in text.split("-"))
    return date(year, month, 1).strftime("%B %Y")


def describe_bundle(document: dict[str, Any]) -> list[str]:
    """What the bundle holds, in plain words, for the member to read before it is written."""
    period = document["period"]
    orgs = document["organisations"]
    years = sorted({y["tax_year"] for y in document["years"]})
    changes = document["terms_changes"]
    lines = [
        f"Figures from {_month_words(period['from'])} to {_month_words(period['to'])}, kept "
        f"by tax year ({len(years)} tax year{'s' if len(years) != 1 else ''}), for "
        f"{len(orgs)} organisation{'s' if len(orgs) != 1 else ''}: "
        + (", ".join(f"{o['name']} ({o['code']})" for o in orgs) or "none")
        + ".",
        "For each organisation and tax year: hours paid, declined and unpaid; fees earned, "
        "the value of your time, unpaid value and fees received, as totals; claims as counts, "
        "the total still owed, medians and bands of days late; how the work was described "
        "against your own judgement, and your power-sharing answers, as counts.",
        (
            f"{len(changes)} change{'s' if len(changes) != 1 else ''} of terms, each with its "
            "month, the kind of terms before and after (not your rates), what it cost you, and "
            "the kind of document it came in (letter, email, meeting)."
            if changes
            else "No changes of terms."
        ),
    ]
    words = document.get("own_words") or []
    if words:
        lines.append(
            f"Because you asked: the title, impact and feedback of {len(words)} activities, "
            "each dated to the month."
        )
    lines.append(
        "It does not hold your name, address, contacts, bank details, notes, claim numbers, "
        "any claim's own date or amount, your rates, role titles"
        + (" or any other words you wrote." if words else " or any words you wrote.")
    )
    return lines
