"""Payment lateness: due dates, days to pay, days late, and the median over paid claims.

Dates come in from the caller ("today" included): nothing here reads the wall clock, so every
figure can be tested on a fixed calendar.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from decimal import Decimal


def due_date(submitted_on: date, promised_days: int) -> date:
    """The submitted date plus the promised days (from the terms in force, else the
    organisation's default: the caller picks which)."""
    return submitted_on + timedelta(days=promised_days)


def days_to_pay(submitted_on: date, completed_on: date) -> int:
    """Days from submission to the payment that completed the claim. A claim paid before it was
    formally submitted (paid on the day, say) counts as 0, not as a negative figure."""
    return max(0, (completed_on - submitted_on).days)


def days_late(due: date, completed_on_or_today: date) -> int:
    """Days past the due date: the completion date for a paid claim, today for an unpaid one."""
    return max(0, (completed_on_or_today - due).days)


def is_overdue(due: date, today: date, *, fully_paid: bool) -> bool:
    """Not fully paid and past its due date today (on the due date itself it is not yet late)."""
    return not fully_paid and today > due


def median_days(values: Iterable[int]) -> Decimal | None:
    """The median as an exact Decimal (x.5 for an even count); None when there are no values."""
    ordered = sorted(values)
    if not ordered:
        return None
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return Decimal(ordered[middle])
    return Decimal(ordered[middle - 1] + ordered[middle]) / 2
