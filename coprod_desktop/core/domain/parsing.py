"""Reading what a member types: dates, durations, whole numbers. Each failure names the field."""

from __future__ import annotations

import calendar
import re
from datetime import date

from coprod_desktop.core.domain.errors import UserError

_DURATION = re.compile(r"^\s*(?:(\d+)\s*h)?\s*(?:(\d+)\s*m(?:in)?)?\s*$", re.IGNORECASE)
MAX_MINUTES_A_PART = 24 * 60 * 7  # a week: anything larger in one part is a typing slip


_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def parse_date(text: str, field: str = "date") -> date:
    """ISO `YYYY-MM-DD`, the form the command and JSON use (unambiguous in scripts).

    The day itself is read by `parse_typed_date`, the window's reader, so an impossible day
    gets the same sentence in both ("February 2026 has 28 days")."""
    raw = text.strip() if isinstance(text, str) else ""
    if not _ISO.match(raw):
        raise UserError(
            f"The {field} '{str(text)[:40]}' is not a date: write it as YYYY-MM-DD, "
            "for example 2026-03-14.",
            field,
        )
    return parse_typed_date(raw, field)


def parse_uk_date(text: str, field: str = "date") -> date:
    """`14/03/2026` or `14/3/26` as UK spreadsheets write them, or ISO."""
    raw = str(text).strip()
    m = re.match(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$", raw)
    if not m:
        return parse_date(raw, field)
    day, month, year = (int(g) for g in m.groups())
    if year < 100:
        year += 2000
    try:
        return date(year, month, day)
    except ValueError:
        raise UserError(
            f"The {field} '{raw}' is not a real date (day/month/year).", field
        ) from None


#: Month names and their usual short forms, as people type them (one table for every reader).
MONTH_NUMBERS: dict[str, int] = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
_NUMERIC = re.compile(r"^(\d{1,4})\s*[/.\-\s]\s*(\d{1,2})\s*[/.\-\s]\s*(\d{1,4})$")
_NAMED = re.compile(r"^(\d{1,2})\s+([a-z]+)\.?,?\s+(\d{2}|\d{4})$", re.IGNORECASE)
_MONTH_NAMES = [
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
]


def _full_year(text: str) -> int:
    year = int(text)
    return year + 2000 if len(text) <= 2 else year


def _real_date(year: int, month: int, day: int, raw: str, field: str) -> date:
    """The date, or a sentence saying why that day does not exist (never a nearby day)."""
    if not 1 <= month <= 12:
        raise UserError(f"The {field} '{raw}' has no month {month}: the month is 1 to 12.", field)
    try:
        return date(year, month, day)
    except ValueError:
        last = calendar.monthrange(year, month)[1] if 1 <= year <= 9999 else 31
        raise UserError(
            f"The {field} '{raw}' is not a real date: {_MONTH_NAMES[month - 1]} {year} "
            f"has {last} days.",
            field,
        ) from None


def parse_typed_date(text: str, field: str = "date", order: str = "DMY") -> date:
    """A whole date as a member types it: `31/12/2026`, `31/12/26`, `31.12.2026`,
    `2026-12-31`, `31 Dec 2026`, or in `order` (the locale's, "DMY" or "MDY").

    One reader for the window and the command, so a date typed in one is read the same in the
    other. An impossible day (31/02/2026) is refused with a sentence, never moved to a real
    one; when the locale's order makes the month over 12 and the other order reads a real
    date, that is the only sensible reading and is taken (12/31/2026 in a day-first locale).
    """
    raw = str(text).strip()
    if not raw:
        raise UserError(f"The {field} is empty: type a date such as 31/12/2026.", field)
    named = _NAMED.match(raw)
    if named is not None:
        month = MONTH_NUMBERS.get(named.group(2).lower())
        if month is None:
            raise UserError(
                f"The {field} '{raw[:40]}' has a month name that is not one: "
                "write it like 31 Dec 2026 or 31/12/2026.",
                field,
            )
        return _real_date(_full_year(named.group(3)), month, int(named.group(1)), raw, field)
    numeric = _NUMERIC.match(raw)
    if numeric is None:
        raise UserError(
            f"The {field} '{raw[:40]}' is not a date: type it as day/month/year, "
            "for example 31/12/2026, or as 2026-12-31.",
            field,
        )
    first, second, third = numeric.groups()
    if len(first) >= 3:
        return _real_date(int(first), int(second), int(third), raw, field)
    if len(third) == 3:
        raise UserError(
            f"The {field} '{raw}' has a three-digit year: type the year as 2026 or 26.", field
        )
    year = _full_year(third)
    a, b = int(first), int(second)
    day, month = (b, a) if order == "MDY" else (a, b)
    if month > 12 and day <= 12:
        day, month = month, day
    return _real_date(year, month, day, raw, field)


def parse_minutes(text: str | int, field: str = "minutes") -> int:
    """`90`, `1h30m`, `2h`, `45m` -> whole minutes."""
    if isinstance(text, int) and not isinstance(text, bool):
        minutes = text
    else:
        raw = str(text).strip()
        if raw.isdigit():
            minutes = int(raw)
        else:
            m = _DURATION.match(raw)
            if not raw or not m or not any(m.groups()):
                raise UserError(
                    f"The {field} '{raw[:40]}' is not a length of time: write minutes (90) "
                    "or hours and minutes (1h30m).",
                    field,
                )
            minutes = int(m.group(1) or 0) * 60 + int(m.group(2) or 0)
    check_minutes(minutes, field)
    return minutes


def check_minutes(minutes: int, field: str, label: str | None = None) -> None:
    """`field` names the record attribute; `label` is how the member sees it."""
    label = label or field
    if minutes < 0:
        raise UserError(f"The {label} cannot be negative.", field)
    if minutes > MAX_MINUTES_A_PART:
        raise UserError(f"The {label} is more than a week of minutes: check the figure.", field)


def parse_int(text: str | int, field: str, *, minimum: int = 0, maximum: int = 10**9) -> int:
    try:
        value = int(str(text).strip())
    except ValueError:
        raise UserError(f"The {field} '{str(text)[:40]}' is not a whole number.", field) from None
    if value < minimum or value > maximum:
        raise UserError(f"The {field} must be between {minimum} and {maximum}.", field)
    return value


def format_minutes(minutes: int) -> str:
    """`1h 30m`, `45m`, `2h`, `1,204h 05m` for people: see `domain.formatting`."""
    from coprod_desktop.core.domain.formatting import hours_minutes

    return hours_minutes(minutes)
