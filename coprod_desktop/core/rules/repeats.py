"""The dates of a standing meeting: weekly, fortnightly, or monthly on a date or a weekday.

Why not the calendar import's RRULE code: a member's own repeat is one of three plain choices,
and "monthly" needs the member's two readings (the 31st, or the second Tuesday), with the
month end and the fifth weekday handled the way people mean them: the 31st falls on a shorter
month's last day, and a fifth Thursday becomes the month's last Thursday.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from enum import StrEnum

from coprod_desktop.core.domain.errors import UserError

MAX_OCCURRENCES = 120
MAX_SPAN_DAYS = 3 * 366


class Every(StrEnum):
    WEEKLY = "weekly"
    FORTNIGHTLY = "fortnightly"
    MONTHLY = "monthly"


class MonthlyBy(StrEnum):
    DATE = "date"  # the same day of the month (the 31st → the month's last day)
    WEEKDAY = "weekday"  # the same weekday of the month (2nd Tuesday; 5th → last)


def _month_add(year: int, month: int, n: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + n
    return index // 12, index % 12 + 1


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> date:
    """The nth (1-4) weekday of the month, or the last one for nth 5."""
    days = calendar.monthrange(year, month)[1]
    matching = [d for d in range(1, days + 1) if date(year, month, d).weekday() == weekday]
    return date(year, month, matching[min(nth, len(matching)) - 1] if nth < 5 else matching[-1])


def repeat_dates(
    first: date, every: Every, until: date, monthly_by: MonthlyBy = MonthlyBy.DATE
) -> list[date]:
    """The dates after `first` up to and including `until` (`first` itself is not included)."""
    if until <= first:
        raise UserError(
            f"The repeat's end date {until.isoformat()} must be after the first meeting "
            f"({first.isoformat()}).",
            "until",
        )
    if (until - first).days > MAX_SPAN_DAYS:
        raise UserError(
            "Repeats can run for up to three years: choose an earlier end date.", "until"
        )
    out: list[date] = []
    if every in (Every.WEEKLY, Every.FORTNIGHTLY):
        step = timedelta(days=7 if every is Every.WEEKLY else 14)
        day = first + step
        while day <= until:
            out.append(day)
            day += step
    else:
        nth = (first.day - 1) // 7 + 1
        n = 1
        while True:
            year, month = _month_add(first.year, first.month, n)
            if monthly_by is MonthlyBy.DATE:
                day = date(year, month, min(first.day, calendar.monthrange(year, month)[1]))
            else:
                day = _nth_weekday(year, month, first.weekday(), nth)
            if day > until:
                break
            out.append(day)
            n += 1
    if len(out) > MAX_OCCURRENCES:
        raise UserError(
            f"That makes {len(out)} meetings; at most {MAX_OCCURRENCES} can be made at once: "
            "choose an earlier end date.",
            "until",
        )
    return out
