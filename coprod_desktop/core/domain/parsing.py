"""Reading what a member types: dates, durations, whole numbers. Each failure names the field."""

from __future__ import annotations

import re
from datetime import date

from coprod_desktop.core.domain.errors import UserError

_DURATION = re.compile(r"^\s*(?:(\d+)\s*h)?\s*(?:(\d+)\s*m(?:in)?)?\s*$", re.IGNORECASE)
MAX_MINUTES_A_PART = 24 * 60 * 7  # a week: anything larger in one part is a typing slip


def parse_date(text: str, field: str = "date") -> date:
    """ISO `YYYY-MM-DD`, the form the command and JSON use."""
    try:
        return date.fromisoformat(text.strip())
    except (ValueError, AttributeError):
        raise UserError(
            f"The {field} '{str(text)[:40]}' is not a date: write it as YYYY-MM-DD, "
            "for example 2026-03-14.",
            field,
        ) from None


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
