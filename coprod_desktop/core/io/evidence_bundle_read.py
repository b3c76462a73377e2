"""Reading an evidence bundle: untrusted input, checked field by field.

Anything that is not a well-formed bundle of the current version is refused with one sentence
naming the file. Version 1 bundles are refused too, with their own sentence: they carried each
overdue claim's due date and amount, which must not reach a group pack (see the rule in
`core.io.evidence_bundle`).
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from coprod_desktop.core.domain.errors import UserError
from coprod_desktop.core.domain.evidence_views import (
    POWER_CHECKS,
    Hours,
    LevelCount,
    OwnWords,
    PowerCheck,
    PowerSharing,
)
from coprod_desktop.core.domain.group_views import (
    DAYS_LATE_BANDS,
    BundleChange,
    ClaimSummary,
    MemberBundle,
    OrgYear,
    band_key,
)
from coprod_desktop.core.domain.kinds import DESCRIBED_LEVELS, Level, SourceKind
from coprod_desktop.core.domain.money import Money

FORMAT = "coprod-evidence-bundle"
VERSION = 2
#: A bundle of fifteen busy years is well under a megabyte; anything far larger is not one.
MAX_BYTES = 50 * 1024 * 1024
_FRESH = "ask the member for a fresh copy made with 'coprod export evidence-bundle'"


class _Bad(Exception):
    """A bundle problem, described in a few words for the one-sentence refusal."""


def read_bundle(name: str, data: bytes) -> MemberBundle:
    """Parse and check one bundle; refuse anything else with one sentence naming the file."""
    from coprod_desktop.core.io.json_text import parse

    if len(data) > MAX_BYTES:
        raise UserError(
            f"The bundle {name} cannot be used: it is far too large to be one; {_FRESH}.", "bundle"
        )
    try:
        # one JSON reader for every file from outside: a byte-order mark is fine; deep
        # nesting, huge numbers and halves of characters are refused plainly
        document = parse(data)
    except UserError as error:
        raise UserError(f"The bundle {name} cannot be used. {error.message}", "bundle") from None
    try:
        if not isinstance(document, dict) or document.get("format") != FORMAT:
            raise _Bad("it is not an evidence bundle")
        version = document.get("version")
        if not isinstance(version, int) or isinstance(version, bool):
            raise _Bad("it has no version")
        if version > VERSION:
            raise _Bad("it was made by a newer version of Coprod Desktop; update this one")
        if version < VERSION:
            raise _Bad(
                "it was made by an older version of Coprod Desktop that put each overdue "
                "claim's date and amount in it, which a group pack must not show"
            )
        return _bundle(document)
    except _Bad as bad:
        raise UserError(f"The bundle {name} cannot be used: {bad}; {_FRESH}.", "bundle") from None
    except (KeyError, TypeError, ValueError, InvalidOperation, AttributeError, UserError):
        raise UserError(
            f"The bundle {name} cannot be used: some of its figures are missing or damaged; "
            f"{_FRESH}.",
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


_PLAIN_AMOUNT = re.compile(r"[0-9]{1,12}\.[0-9]{2}")


def _money(value: object, where: str) -> Money:
    if not isinstance(value, str):
        raise _Bad(f"an amount in its {where} is not written like 14.00")
    # A bundle writes every amount as "14.00": read those directly (200 bundles of fifteen
    # busy years hold some 80,000 of them); anything else goes through the full parser.
    if _PLAIN_AMOUNT.fullmatch(value):
        return Money(int(value.replace(".", "")))
    amount = Money.parse(value, where)
    if amount.pence < 0:
        raise _Bad(f"an amount in its {where} is below nothing")
    return amount


def _text(value: object, where: str, limit: int = 100_000) -> str:
    if value is None:
        return ""
    if not isinstance(value, str) or len(value) > limit:
        raise _Bad(f"a text in its {where} is not text")
    return value


def _days(value: object, where: str) -> Decimal | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise _Bad(f"a number of days in its {where} is not written like 30 or 30.5")
    days = Decimal(value)
    if not days.is_finite() or days < 0 or days > 100_000:
        raise _Bad(f"a number of days in its {where} is out of range")
    return days


def _month(value: object, where: str) -> date | None:
    """A month written "2018-04" (a bundle holds dates to the month, no finer)."""
    if value is None:
        return None
    text = _text(value, where, 7)
    if len(text) != 7 or text[4] != "-":
        raise _Bad(f"a month in its {where} is not written like 2018-04")
    return date(int(text[:4]), int(text[5:]), 1)


def _one_of(value: object, allowed: set[str], where: str) -> str:
    text = _text(value, where, 40)
    if text not in allowed:
        raise _Bad(f"a value in its {where} is not one of the list's")
    return text


_DESCRIBED = {"", "other", *DESCRIBED_LEVELS}
_JUDGED = {"", *(lv.value for lv in Level)}
_SOURCES = {k.value for k in SourceKind}


def _hours(e: dict[str, Any], where: str) -> Hours:
    minutes = _obj(e.get("minutes"), where)
    hours = Hours(
        total_minutes=_int(minutes["total"], where),
        paid_minutes=_int(minutes["paid"], where),
        declined_minutes=_int(minutes["declined"], where),
        unpaid_minutes=_int(minutes["unpaid"], where),
        activities=_int(minutes["activities"], where),
        fees_earned=_money(e["fees_earned"], where),
        value_of_time=_money(e["value_of_time"], where),
        unpaid_value=_money(e["unpaid_value"], where),
        declined_value=_money(e["declined_value"], where),
    )
    if hours.paid_minutes + hours.declined_minutes + hours.unpaid_minutes != hours.total_minutes:
        raise _Bad(f"its {where} hours do not add up")
    return hours


def _claims(e: dict[str, Any]) -> ClaimSummary:
    where = "claims"
    bands = _obj(e["days_late_bands"], where)
    summary = ClaimSummary(
        submitted=_int(e["submitted"], where),
        paid=_int(e["paid"], where),
        overdue=_int(e["overdue"], where),
        outstanding=_money(e["outstanding"], where),
        median_days_to_pay=_days(e["median_days_to_pay"], where),
        worst_days_to_pay=None
        if e["worst_days_to_pay"] is None
        else _int(e["worst_days_to_pay"], where),
        median_promised_days=_days(e["median_promised_days"], where),
        days_late_bands=tuple(_int(bands[band_key(*b)], where) for b in DAYS_LATE_BANDS),
    )
    if summary.paid > summary.submitted or summary.overdue > summary.submitted:
        raise _Bad("its claim counts do not match")
    if sum(summary.days_late_bands) != summary.submitted:
        raise _Bad("its bands of days late do not add up to its claims")
    return summary


def _power(e: dict[str, Any]) -> PowerSharing:
    where = "power-sharing answers"
    by_key: dict[str, dict[str, Any]] = {}
    for p in _list(e["checks"], where):
        p = _obj(p, where)
        by_key[_text(p["check"], where, 40)] = p
    checks = []
    for key, label in POWER_CHECKS:
        p = by_key.get(key)
        if p is None:
            checks.append(PowerCheck(key, label))
            continue
        counts = [p["yes"], p["no"], p["not_sure"], p["not_recorded"]]
        for n in counts:
            _int(n, where)
        checks.append(PowerCheck(key, label, *counts))
    papers = []
    for pair in _list(e["papers_days_ahead"], where):
        if not isinstance(pair, list) or len(pair) != 2:
            raise _Bad(f"its {where} are damaged")
        papers.append((_int(pair[0], where), _int(pair[1], where)))
    return PowerSharing(tuple(checks), tuple(papers))


def _year(e: dict[str, Any], codes: set[str], year_starts: tuple[int, int]) -> OrgYear:
    where = "tax years"
    code = _text(e["organisation_code"], where, 40)
    if code not in codes:
        raise _Bad("a tax year in it names an organisation it does not list")
    label = _text(e["tax_year"], where, 20)
    if len(label) < 4 or not label[:4].isdigit():
        raise _Bad("a tax year in it is not written like 2025-26")
    month, day = year_starts
    starts = date(int(label[:4]), month, day)
    ends = date(starts.year + 1, month, day) - timedelta(days=1)
    levels = tuple(
        LevelCount(
            _one_of(x["described"], _DESCRIBED, "levels"),
            _one_of(x["judged"], _JUDGED, "levels"),
            _int(x["count"], "levels"),
            code,
        )
        for x in map(lambda v: _obj(v, "levels"), _list(e["levels"], "levels"))
    )
    return OrgYear(
        code=code,
        tax_year=label,
        starts=starts,
        ends=ends,
        hours=_hours(e, where),
        fees_received=_money(e["fees_received"], where),
        claims=_claims(_obj(e["claims"], "claims")),
        levels=levels,
        power=_power(_obj(e["power_sharing"], "power-sharing answers")),
    )


def _change(e: dict[str, Any], codes: set[str]) -> BundleChange:
    where = "terms changes"
    code = _text(e["organisation_code"], where, 40)
    if code not in codes:
        raise _Bad("a change of terms in it names an organisation it does not list")
    before, after = _obj(e["from"], where), _obj(e["to"], where)
    return BundleChange(
        month=_month(e["month"], where) or date.min,
        code=code,
        before_basis=_text(before["basis"], where, 40),
        before_classification=_text(before["classification"], where, 40),
        after_basis=_text(after["basis"], where, 40),
        after_classification=_text(after["classification"], where, 40),
        source_kind=_one_of(e.get("source_kind", ""), _SOURCES, where),
        reclassified=bool(e["reclassified"]),
        lowered=bool(e["lowered"]),
        activities=_int(e["activities_affected"], where),
        earned=_money(e["earned"], where),
        old_terms_fees=_money(e["old_terms_fees"], where),
    )


def _bundle(d: dict[str, Any]) -> MemberBundle:
    period = _obj(d.get("period"), "period")
    orgs = tuple(
        (_text(o["code"], "organisations", 40), _text(o["name"], "organisations", 2000))
        for o in map(lambda v: _obj(v, "organisations"), _list(d["organisations"], "organisations"))
    )
    codes = {code for code, _ in orgs}
    starts = _text(d["tax_year_starts"], "tax years", 5)
    year_starts = (int(starts[:2]), int(starts[3:]))
    date(2000, *year_starts)  # a real day of the year, or ValueError
    include_text = d.get("include_text") is True
    words = tuple(
        OwnWords(
            date=_month(w["month"], "own words") or date.min,
            organisation_code=_text(w["organisation_code"], "own words", 40),
            title=_text(w["title"], "own words"),
            impact=_text(w["impact"], "own words"),
            feedback=_text(w["feedback"], "own words"),
        )
        for w in map(lambda v: _obj(v, "own words"), _list(d.get("own_words", []), "own words"))
    )
    if words and not include_text:
        raise _Bad("it holds the member's words though it says it does not")
    return MemberBundle(
        period_from=_month(period.get("from"), "period"),
        period_to=_month(period.get("to"), "period"),
        organisations=orgs,
        years=tuple(
            _year(_obj(y, "tax years"), codes, year_starts) for y in _list(d["years"], "tax years")
        ),
        changes=tuple(
            _change(_obj(c, "terms changes"), codes)
            for c in _list(d["terms_changes"], "terms changes")
        ),
        own_words=words,
        include_text=include_text,
    )
