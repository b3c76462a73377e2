"""Words and numbers of the group pack: hours, shares, months, and the kinds of source, written
one way everywhere in it (as the member's own documents write them).

`group_hours` is this module's own small formatter until the shared number-format module (the
portfolio work, Babel) lands; the lead may fold it in there.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
SOURCE_WORDS = {
    "letter": ("letter", "letters"),
    "email": ("email", "emails"),
    "meeting": ("meeting", "meetings"),
    "other": ("other document", "other documents"),
    "not said": ("not said", "not said"),
}
DESCRIBED_WORDS = {
    "co-production": "Co-production",
    "co-design": "Co-design",
    "involvement": "Involvement",
    "engagement": "Engagement",
    "consultation": "Consultation",
    "information": "Information",
    "other": "Other words",
    "": "Not recorded",
    "other descriptions": "Other descriptions",
}


def group_hours(minutes: int) -> str:
    """Hours as the member's own documents write them ("48,292h 05m"): one format, from the
    shared number-format module."""
    from coprod_desktop.core.domain.formatting import hours_minutes

    return hours_minutes(minutes)


def percent(part: int, whole: int) -> str:
    if not whole:
        return "–"
    share = (Decimal(part) * 100 / whole).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    return f"{share}%"


def month_words(day: date) -> str:
    return f"{MONTHS[day.month - 1]} {day.year}"


def months_words(first: date, last: date) -> str:
    if (first.year, first.month) == (last.year, last.month):
        return month_words(first)
    return f"{month_words(first)} to {month_words(last)}"


def days_text(value: Decimal | None) -> str:
    return "–" if value is None else format(value.normalize(), "f")


def plural(n: int, one: str, many: str | None = None) -> str:
    return f"{n} {one if n == 1 else (many or one + 's')}"


def sources_text(pairs: Sequence[tuple[str, int]]) -> str:
    return ", ".join(
        plural(n, *SOURCE_WORDS.get(kind, (kind, kind))) if kind != "not said" else f"{n} not said"
        for kind, n in pairs
    )
