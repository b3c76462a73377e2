"""The benefits figures in plain words, one place for the command, the PDF and the dashboard.

Why one place: the summary used to say "42.27 hours of work is not under the limit of 16 hours"
in one spot and "Over the limit" in another. Each sentence here says the figure, the limit and
how far apart they are, with no double negative, hours as "42h 16m" everywhere. The app informs,
never advises: each note ends by pointing to a benefits adviser.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from coprod_desktop.core.domain.money import Money
from coprod_desktop.core.domain.parsing import format_minutes
from coprod_desktop.core.rules.benefits import PeriodFigure, PeriodStatus
from coprod_desktop.core.rules.carers import CarersDeductions

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
BENEFIT_TITLES = {
    "esa": "ESA permitted work (weekly)",
    "uc": "Universal Credit work allowance (monthly assessment periods)",
    "carers-allowance": "Carer's Allowance earnings limit (weekly, after deductions)",
}
NOT_ADVICE_BENEFITS = (
    "This is information, not advice: before you decide anything, talk to a benefits adviser or "
    "the Benefits Advice Service for involvement. Check the limits each April: they change."
)
CARERS_CLIFF = "A week over the limit loses that whole week's Carer's Allowance."
CARERS_CHANGE = (
    "If your earnings change, report a change of circumstances to the Carer's Allowance Unit, "
    "and talk to a benefits adviser before you take on more paid work."
)


def long_date(day: date) -> str:
    return f"{day.day} {day:%B %Y}"


def short_span(start: date, end: date) -> str:
    return f"{start.day} {start:%b} to {end.day} {end:%b %Y}"


def hours_limit_text(hours: Decimal) -> str:
    return f"{hours.normalize():f}-hour"


def money_gap(amount: Money, limit: Money, what: str = "limit") -> str:
    """'£75.50 under the £195.50 limit', 'exactly the £196.00 limit', '£0.01 over ...'."""
    if amount == limit:
        return f"exactly the {limit.display()} {what}"
    if amount > limit:
        return f"{(amount - limit).display()} over the {limit.display()} {what}"
    return f"{(limit - amount).display()} under the {limit.display()} {what}"


def hours_words(minutes: int, hours: Decimal) -> str:
    """'42h 16m of work: over the 16-hour limit'; the rule is *under* 16 hours."""
    limit_minutes = int(hours * 60)
    worked = f"{format_minutes(minutes)} of work"
    if minutes > limit_minutes:
        return f"{worked}: over the {hours_limit_text(hours)} limit"
    if minutes == limit_minutes:
        return f"{worked}: reaches the {hours_limit_text(hours)} limit (work must stay under it)"
    left = format_minutes(limit_minutes - minutes)
    return f"{worked}: {left} under the {hours_limit_text(hours)} limit"


def period_words(kind: str, f: PeriodFigure) -> str:
    """One plain sentence for a period: its figures against the limit, and what follows."""
    if kind == "carers-allowance":
        countable = f.countable if f.countable is not None else f.earnings
        said = f"countable earnings {countable.display()}"
        if f.deducted:
            said += f" ({f.earnings.display()} less {f.deducted.display()} deductions)"
        if f.averaged is not None:
            said += f"; {f.averaging_weeks}-week average {f.averaged.display()}"
        text = f"{said}: {money_gap(f.judged, f.limit)}"
        if f.status is PeriodStatus.OVER:
            text += " — this week's Carer's Allowance is lost"
        return _sentence(text)
    if kind == "uc":
        gap = money_gap(f.earnings, f.limit, "work allowance")
        text = f"earnings {f.earnings.display()}: {gap}"
        if f.status is PeriodStatus.OVER and f.reduction is not None:
            text += f"; the taper could reduce Universal Credit by {f.reduction.display()}"
        return _sentence(text)
    parts = []
    if f.hours_limit is not None:
        parts.append(hours_words(f.minutes, f.hours_limit))
    parts.append(f"earnings {f.earnings.display()}: {money_gap(f.earnings, f.limit)}")
    return _sentence("; ".join(parts))


def status_word(f: PeriodFigure) -> str:
    return {
        PeriodStatus.OVER: "Over",
        PeriodStatus.NEAR: "Near",
        PeriodStatus.OK: "Within",
    }[f.status]


def range_note(
    kind: str, start: date, end: date, figures: Sequence[PeriodFigure], *, week_starts_on: int = 0
) -> str:
    """Why the periods shown reach outside the dates asked for, or "" when they do not."""
    if not figures:
        return ""
    first, last = figures[0].start, figures[-1].end
    if first >= start and last <= end:
        return ""
    if kind == "uc":
        why = (
            f"Assessment periods run from day {first.day} of a month to the day before it "
            "the next month"
        )
        unit = "period"
    else:
        day_from = WEEKDAYS[week_starts_on]
        day_to = WEEKDAYS[(week_starts_on + 6) % 7]
        why = f"The weeks run {day_from} to {day_to} and are counted whole"
        unit = "week"
    reach = []
    if first < start:
        reach.append(f"the first {unit} starts on {long_date(first)}")
    if last > end:
        reach.append(f"the last {unit} ends on {long_date(last)}")
    return (
        f"{why}, so {' and '.join(reach)}: those {unit}s include days outside "
        f"{long_date(start)} to {long_date(end)}, and their figures count every day of them."
    )


def counted_note(kind: str, by_received: bool) -> str:
    """Which earnings count, and on which date (the member's choice in Settings)."""
    unit = "assessment period" if kind == "uc" else "week"
    when = (
        f"Fees count in the {unit} you received them (payments you recorded)"
        if by_received
        else f"Fees count in the {unit} of the work they were for (the activity's date)"
    )
    return (
        f"{when}; change this in Settings or with --by-activity-date. Expenses repaid are not "
        "earnings. Hours count on the date of the activity."
    )


def carers_note(carers: CarersDeductions) -> str:
    """The deductions taken off, and averaging, in words."""
    parts = [
        f"income tax {carers.income_tax.display()}",
        f"National Insurance {carers.national_insurance.display()}",
        f"half of pension contributions of {carers.pension_contributions.display()}",
        f"care costs while working {carers.care_costs.display()} (up to half of net earnings)",
    ]
    text = (
        "Earnings count after the deductions the rules allow, taken off in a week you earn: "
        + ", ".join(parts)
        + " a week."
    )
    if carers.averaging_weeks > 1:
        text += (
            f" Your earnings are averaged: each week is judged on the average of it and the "
            f"{carers.averaging_weeks - 1} weeks before it ({carers.averaging_weeks} weeks)."
        )
    else:
        text += " Each week is judged on its own (no averaging)."
    return f"{text} {CARERS_CLIFF}"


def _sentence(text: str) -> str:
    text = text[:1].upper() + text[1:]
    return text if text.endswith(".") else text + "."
