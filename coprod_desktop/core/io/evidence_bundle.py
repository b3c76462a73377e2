"""Anonymised evidence bundles: what a member hands an advocate, and how an advocate combines
many into one group pack.

What a bundle holds: the member's evidence figures by organisation (organisations keep their
name and code, which is the point of the evidence), with exact minutes, pence and the days each
paid claim took, so group totals are true sums and group medians are over every paid claim.
What it never holds: the member's name, notes, contacts, addresses, emails, phone numbers, bank
details, or claim numbers (a claim number leads an organisation straight back to the member).
Free text (role titles, where a change of terms came from, how work was described in the
organisation's own words, activity titles, impact and feedback) only with `include_text`.

A bundle is read as untrusted input: anything that is not a well-formed bundle of a version we
know is refused with one sentence naming the file.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from decimal import InvalidOperation
from typing import Any

from coprod_desktop.core.domain.errors import UserError
from coprod_desktop.core.domain.evidence_views import (
    POWER_CHECKS,
    ClaimFigures,
    EvidenceFigures,
    EvidenceOptions,
    Hours,
    LevelCount,
    OrganisationFigures,
    OverdueClaim,
    OwnWords,
    PowerCheck,
    PowerSharing,
    TermsChange,
    TermsSide,
    YearHours,
)
from coprod_desktop.core.domain.kinds import DESCRIBED_LEVELS
from coprod_desktop.core.domain.money import Money
from coprod_desktop.core.domain.progress import Progress, no_progress
from coprod_desktop.core.reports.evidence_json import evidence_json

FORMAT = "coprod-evidence-bundle"
VERSION = 1
#: A bundle of fifteen busy years is well under a megabyte; anything far larger is not one.
MAX_BYTES = 50 * 1024 * 1024


# -- writing ------------------------------------------------------------------------------------
def anonymise(figures: EvidenceFigures, *, include_text: bool) -> EvidenceFigures:
    """The figures with everything that names or reaches the member taken out."""
    levels: dict[tuple[str, str], int] = defaultdict(int)
    for c in figures.levels:
        described = c.described
        if not include_text and described and described not in DESCRIBED_LEVELS:
            described = "other"
        levels[(described, c.judged)] += c.count
    return replace(
        figures,
        member_name="",
        reference_rate=None,
        claims=replace(
            figures.claims,
            overdue_list=tuple(replace(o, number="") for o in figures.claims.overdue_list),
        ),
        terms_changes=tuple(
            c if include_text else replace(c, role="", source="") for c in figures.terms_changes
        ),
        levels=tuple(
            LevelCount(d, j, n) for (d, j), n in sorted(levels.items(), key=lambda kv: -kv[1])
        ),
        own_words=figures.own_words if include_text else (),
    )


def bundle_json(figures: EvidenceFigures, *, include_text: bool) -> bytes:
    """The anonymised bundle as UTF-8 JSON bytes."""
    clean = anonymise(figures, include_text=include_text)
    body = evidence_json(clean, lists=True)
    body["own_words"] = [
        {
            "date": w.date.isoformat(),
            "organisation_code": w.organisation_code,
            "title": w.title,
            "impact": w.impact,
            "feedback": w.feedback,
        }
        for w in clean.own_words
    ]
    document = {
        "format": FORMAT,
        "version": VERSION,
        "include_text": include_text,
        "figures": body,
    }
    return (json.dumps(document, ensure_ascii=False, indent=1, sort_keys=False) + "\n").encode()


def export_bundle(
    services: Any,
    options: EvidenceOptions | None = None,
    *,
    include_text: bool = False,
    progress: Progress = no_progress,
) -> bytes:
    figures = services.evidence.figures(options, progress=progress)
    if include_text:
        figures = replace(figures, own_words=services.evidence.own_words(options))
    return bundle_json(figures, include_text=include_text)


# -- reading ------------------------------------------------------------------------------------
class _Bad(Exception):
    """A bundle problem, described in a few words for the one-sentence refusal."""


def read_bundle(name: str, data: bytes) -> EvidenceFigures:
    """Parse and check one bundle; refuse anything else with one sentence naming the file."""
    try:
        if len(data) > MAX_BYTES:
            raise _Bad("it is far too large to be one")
        try:
            document = json.loads(data.decode("utf-8-sig"))  # a byte-order mark is fine
        except (UnicodeDecodeError, json.JSONDecodeError):
            raise _Bad("it is not JSON") from None
        if not isinstance(document, dict) or document.get("format") != FORMAT:
            raise _Bad("it is not an evidence bundle")
        version = document.get("version")
        if not isinstance(version, int) or isinstance(version, bool):
            raise _Bad("it has no version")
        if version > VERSION:
            raise _Bad("it was made by a newer version of Coprod Desktop; update this one")
        return _figures(_obj(document.get("figures"), "figures"))
    except _Bad as bad:
        raise UserError(
            f"The bundle {name} cannot be used: {bad}; ask for a fresh copy made with "
            "'coprod export evidence-bundle'.",
            "bundle",
        ) from None
    except (
        KeyError,
        TypeError,
        ValueError,
        InvalidOperation,
        AttributeError,
        RecursionError,
        UserError,
    ):
        raise UserError(
            f"The bundle {name} cannot be used: some of its figures are missing or damaged; "
            "ask for a fresh copy made with 'coprod export evidence-bundle'.",
            "bundle",
        ) from None


def _obj(value: object, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise _Bad(f"its {where} are missing")
    return value


def _list(value: object, where: str) -> list[Any]:
    if not isinstance(value, list):
        raise _Bad(f"its {where} are missing")
    return value


def _int(value: object, where: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 10**12:
        raise _Bad(f"a count in its {where} is not a whole number")
    return value


def _money(value: object, where: str) -> Money:
    if not isinstance(value, str):
        raise _Bad(f"an amount in its {where} is not written like 14.00")
    amount = Money.parse(value, where)
    # the same range a form takes for a total (issue 17: nothing comes in that could not be
    # typed); a bundle sums a member's years, so up to £10 million
    if not 0 <= amount.pence <= 1_000_000_000:
        raise _Bad(f"an amount in its {where} is negative or beyond any member's total")
    return amount


def _text(value: object, where: str, limit: int = 100_000) -> str:
    if value is None:
        return ""
    if not isinstance(value, str) or len(value) > limit:
        raise _Bad(f"a text in its {where} is not text")
    try:
        value.encode("utf-8")  # a lone surrogate (JSON can spell one) is not text
    except UnicodeEncodeError:
        raise _Bad(f"a text in its {where} is not valid Unicode") from None
    return value


def _day(value: object, where: str) -> date | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise _Bad(f"a date in its {where} is not a date")
    return date.fromisoformat(value)


def _ints(value: object, where: str) -> tuple[int, ...]:
    return tuple(sorted(_int(v, where) for v in _list(value, where)))


def _hours(entry: dict[str, Any], where: str) -> Hours:
    minutes = _obj(entry.get("minutes"), where)
    hours = Hours(
        total_minutes=_int(minutes["total"], where),
        paid_minutes=_int(minutes["paid"], where),
        declined_minutes=_int(minutes["declined"], where),
        unpaid_minutes=_int(minutes["unpaid"], where),
        activities=_int(minutes["activities"], where),
        fees_earned=_money(entry["fees_earned"], where),
        value_of_time=_money(entry["value_of_time"], where),
        unpaid_value=_money(entry["unpaid_value"], where),
        declined_value=_money(entry["declined_value"], where),
    )
    if hours.paid_minutes + hours.declined_minutes + hours.unpaid_minutes != hours.total_minutes:
        raise _Bad(f"its {where} hours do not add up")
    return hours


def _claims(entry: dict[str, Any], where: str, overdue: tuple[OverdueClaim, ...]) -> ClaimFigures:
    c = _obj(entry, where)
    figures = ClaimFigures(
        submitted=_int(c["submitted"], where),
        paid=_int(c["paid"], where),
        overdue=_int(c["overdue"], where),
        days_to_pay=_ints(c["days_to_pay"], where),
        days_late=_ints(c["days_late"], where),
        promised_days=_ints(c["promised_days"], where),
        overdue_list=overdue,
    )
    if len(figures.days_to_pay) != figures.paid or len(figures.days_late) != figures.submitted:
        raise _Bad(f"its {where} claim counts do not match")
    return figures


def _side(entry: object, where: str) -> TermsSide:
    e = _obj(entry, where)
    rate = e.get("rate")
    return TermsSide(
        basis=_text(e["basis"], where, 40),
        classification=_text(e["classification"], where, 40),
        rate=None if rate is None else _money(rate, where),
        text=_text(e["text"], where, 2000),
    )


def _figures(f: dict[str, Any]) -> EvidenceFigures:
    period = _obj(f.get("period"), "period")
    overdue = tuple(
        OverdueClaim(
            number="",
            organisation_code=_text(o["organisation_code"], "overdue claims", 40),
            organisation_name=_text(o["organisation"], "overdue claims"),
            due_date=_day(o["due_date"], "overdue claims") or date.min,
            days_late=_int(o["days_late"], "overdue claims"),
            outstanding=_money(o["outstanding"], "overdue claims"),
        )
        for o in map(lambda x: _obj(x, "overdue claims"), _list(f["overdue"], "overdue claims"))
    )
    by_org = []
    for raw in _list(f["by_organisation"], "organisations"):
        o = _obj(raw, "organisations")
        code = _text(o["code"], "organisations", 40)
        by_org.append(
            OrganisationFigures(
                code=code,
                name=_text(o["name"], "organisations"),
                hours=_hours(o, "organisations"),
                claims=_claims(
                    o["claims"],
                    "organisations",
                    tuple(x for x in overdue if x.organisation_code == code),
                ),
                fees_received=_money(o["fees_received"], "organisations"),
            )
        )
    years = tuple(
        YearHours(_text(y["tax_year"], "tax years", 20), _hours(y, "tax years"))
        for y in map(lambda x: _obj(x, "tax years"), _list(f["by_tax_year"], "tax years"))
    )
    org_years = tuple(
        YearHours(
            _text(y["tax_year"], "tax years", 20),
            _hours(y, "tax years"),
            _text(y["organisation_code"], "tax years", 40),
        )
        for y in map(
            lambda x: _obj(x, "tax years"), _list(f["by_organisation_and_year"], "tax years")
        )
    )
    changes = []
    for raw in _list(f["terms_changes"], "terms changes"):
        c = _obj(raw, "terms changes")
        changes.append(
            TermsChange(
                date=_day(c["date"], "terms changes") or date.min,
                organisation_code=_text(c["organisation_code"], "terms changes", 40),
                organisation_name=_text(c["organisation"], "terms changes"),
                role=_text(c.get("role"), "terms changes"),
                before=_side(c["from_terms"], "terms changes"),
                after=_side(c["to_terms"], "terms changes"),
                source=_text(c.get("source"), "terms changes"),
                reclassified=bool(c["reclassified"]),
                lowered=bool(c["lowered"]),
                activities_affected=_int(c["activities_affected"], "terms changes"),
                earned=_money(c["earned"], "terms changes"),
                old_terms_fees=_money(c["old_terms_fees"], "terms changes"),
            )
        )
    levels_obj = _obj(f["levels"], "levels")
    levels = tuple(
        LevelCount(
            _text(x["described"], "levels"),
            _judged(x["judged"]),
            _int(x["count"], "levels"),
        )
        for x in map(
            lambda v: _obj(v, "levels"), _list(levels_obj["described_vs_judged"], "levels")
        )
    )
    power_obj = _obj(f["power_sharing"], "power-sharing checks")
    by_key = {
        _text(p["check"], "power-sharing checks", 40): p
        for p in map(lambda v: _obj(v, "power-sharing checks"), _list(power_obj["checks"], "x"))
    }
    checks = tuple(
        PowerCheck(
            key=key,
            label=label,
            yes=_int(by_key[key]["yes"], "power-sharing checks"),
            no=_int(by_key[key]["no"], "power-sharing checks"),
            unsure=_int(by_key[key]["not_sure"], "power-sharing checks"),
            not_recorded=_int(by_key[key]["not_recorded"], "power-sharing checks"),
        )
        for key, label in POWER_CHECKS
    )
    papers = tuple(
        (_int(pair[0], "papers"), _int(pair[1], "papers"))
        for pair in _list(power_obj["papers_days_ahead"], "papers")
        if isinstance(pair, list) and len(pair) == 2
    )
    words = tuple(
        OwnWords(
            date=_day(w["date"], "own words") or date.min,
            organisation_code=_text(w["organisation_code"], "own words", 40),
            title=_text(w["title"], "own words"),
            impact=_text(w["impact"], "own words"),
            feedback=_text(w["feedback"], "own words"),
        )
        for w in map(lambda v: _obj(v, "own words"), _list(f.get("own_words", []), "own words"))
    )
    claims = sum((o.claims for o in by_org), ClaimFigures())
    claims = replace(claims, overdue_list=overdue)
    hours = sum((o.hours for o in by_org), Hours())
    top = _claims(f["claims"], "claims", overdue)
    if (top.submitted, top.paid, top.overdue, top.days_to_pay, top.days_late) != (
        claims.submitted,
        claims.paid,
        claims.overdue,
        tuple(sorted(claims.days_to_pay)),
        tuple(sorted(claims.days_late)),
    ):
        raise _Bad("its claim totals are not the sum of its organisations")
    if _hours(f, "totals") != hours:
        raise _Bad("its totals are not the sum of its organisations")
    return EvidenceFigures(
        today=_day(period["as_of"], "period") or date.min,
        date_from=_day(period.get("from"), "period"),
        date_to=_day(period.get("to"), "period"),
        organisation_code=period.get("organisation")
        if isinstance(period.get("organisation"), str)
        else None,
        member_name="",
        members=1,
        reference_rate=None,
        hours=hours,
        by_organisation=tuple(by_org),
        by_tax_year=years,
        by_organisation_and_year=org_years,
        fees_received=_money(f["fees_received"], "totals"),
        unallocated_received=_money(f["unallocated_received"], "totals"),
        claims=claims,
        terms_changes=tuple(changes),
        levels=levels,
        power=PowerSharing(checks, papers),
        own_words=words,
    )


def _merged_side(sides: list[TermsSide]) -> TermsSide:
    """One side of a change shared by several members: as it was if they all had the same
    terms, else its classification with a note that the rates differ."""
    first = sides[0]
    if all(side == first for side in sides):
        return first
    from coprod_desktop.core.domain.kinds import Classification

    try:
        label = Classification(first.classification).label
    except ValueError:
        label = first.classification
    return replace(first, rate=None, text=f"{label} (terms differ between members)")


def _judged(value: object) -> str:
    from coprod_desktop.core.domain.kinds import Level

    text = _text(value, "levels", 20)
    if text and text not in {lv.value for lv in Level}:
        raise _Bad("a judged level in it is not one of the ladder's")
    return text


# -- combining ----------------------------------------------------------------------------------
def combine(members: Sequence[EvidenceFigures]) -> EvidenceFigures:
    """One group's figures: totals are sums of the members' figures, medians are over every
    member's paid claims, and each organisation says how many members' bundles name it.
    Organisations are matched by their short code (ask members to use the same codes)."""
    if not members:
        raise UserError("Give at least one evidence bundle to combine.", "bundle")
    orgs: dict[str, list[OrganisationFigures]] = defaultdict(list)
    years: dict[str, Hours] = defaultdict(Hours)
    org_years: dict[tuple[str, str], Hours] = defaultdict(Hours)
    changes: dict[tuple[Any, ...], list[TermsChange]] = defaultdict(list)
    levels: dict[tuple[str, str], int] = defaultdict(int)
    checks: dict[str, list[int]] = {key: [0, 0, 0, 0] for key, _ in POWER_CHECKS}
    papers: dict[int, int] = defaultdict(int)
    for member in members:
        for o in member.by_organisation:
            orgs[o.code.upper()].append(o)
        for y in member.by_tax_year:
            years[y.tax_year] += y.hours
        for y in member.by_organisation_and_year:
            org_years[(y.organisation_code.upper(), y.tax_year)] += y.hours
        for c in member.terms_changes:
            # The same change to many members' roles (each at their own rate) is one line.
            key = (
                c.date,
                c.organisation_code.upper(),
                c.before.basis,
                c.before.classification,
                c.after.basis,
                c.after.classification,
                c.role,
            )
            changes[key].append(c)
        for lv in member.levels:
            levels[(lv.described, lv.judged)] += lv.count
        for p in member.power.checks:
            tally = checks[p.key]
            for i, n in enumerate((p.yes, p.no, p.unsure, p.not_recorded)):
                tally[i] += n
        for days, n in member.power.papers_days_ahead:
            papers[days] += n
    by_org = tuple(
        sorted(
            (
                OrganisationFigures(
                    code=group[0].code,
                    name=group[0].name,
                    hours=sum((o.hours for o in group), Hours()),
                    claims=sum((o.claims for o in group), ClaimFigures()),
                    fees_received=sum((o.fees_received for o in group), Money.zero()),
                    members=len(group),
                )
                for group in orgs.values()
            ),
            key=lambda o: (-o.hours.total_minutes, o.code),
        )
    )
    claims = sum((m.claims for m in members), ClaimFigures())
    claims = replace(
        claims, overdue_list=tuple(sorted(claims.overdue_list, key=lambda o: -o.days_late))
    )
    froms = [m.date_from for m in members]
    tos = [m.date_to for m in members]
    return EvidenceFigures(
        today=max(m.today for m in members),
        date_from=None if None in froms else min(d for d in froms if d),
        date_to=None if None in tos else max(d for d in tos if d),
        organisation_code=None,
        member_name="",
        members=len(members),
        reference_rate=None,
        hours=sum((m.hours for m in members), Hours()),
        by_organisation=by_org,
        by_tax_year=tuple(YearHours(k, years[k]) for k in sorted(years)),
        by_organisation_and_year=tuple(
            YearHours(year, org_years[(code, year)], code)
            for code, year in sorted(org_years, key=lambda k: (k[1], k[0]))
        ),
        fees_received=sum((m.fees_received for m in members), Money.zero()),
        unallocated_received=sum((m.unallocated_received for m in members), Money.zero()),
        claims=claims,
        terms_changes=tuple(
            replace(
                group[0],
                before=_merged_side([c.before for c in group]),
                after=_merged_side([c.after for c in group]),
                members=len(group),
                reclassified=any(c.reclassified for c in group),
                lowered=any(c.lowered for c in group),
                activities_affected=sum(c.activities_affected for c in group),
                earned=sum((c.earned for c in group), Money.zero()),
                old_terms_fees=sum((c.old_terms_fees for c in group), Money.zero()),
            )
            for _, group in sorted(changes.items(), key=lambda kv: (kv[0][0], kv[0][1]))
        ),
        levels=tuple(
            LevelCount(d, j, n) for (d, j), n in sorted(levels.items(), key=lambda kv: -kv[1])
        ),
        power=PowerSharing(
            tuple(PowerCheck(key, label, *checks[key]) for key, label in POWER_CHECKS),
            tuple(sorted(papers.items())),
        ),
        own_words=tuple(w for m in members for w in m.own_words),
    )
