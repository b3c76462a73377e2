"""Benefit test periods and the figures in each: ESA permitted work (weekly), Carer's Allowance
(weekly, after deductions: see carers.py) and Universal Credit (monthly assessment periods).
The app informs, never advises: these figures are for the member to take to
the Benefits Advice Service or a benefits adviser.

The caller decides which date an amount counts on (received, the default in the domain rules, or
the activity date) and passes `EarningEvent`s dated accordingly.

Choices made here:

* Periods are whole: the first period is the one containing `start` and the last the one
  containing `end`, so the first and last figures may include events outside start..end.
* The figures (limits, allowance, taper) are those in force on a period's first day.
* Universal Credit periods start on the member's start day each month; when a month lacks that
  day (31 in February, say) the period starts on that month's last day, and each period ends the
  day before the next one starts (the Universal Credit Regulations 2013, regulation 21).
* "near" means at or above 80% of a limit (money, or for ESA the hours); "over" means above the
  money limit, or for ESA 16 hours or more (the rule is *under* 16 hours). Earning exactly the
  ESA limit is allowed ("up to"), so it is "near", not "over". Carer's Allowance is the same:
  countable earnings of exactly the limit keep the week's allowance; a penny more loses it.
"""

from __future__ import annotations

import bisect
import calendar
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum
from typing import Literal, NamedTuple

from coprod_desktop.core.domain.errors import UserError
from coprod_desktop.core.domain.money import Money
from coprod_desktop.core.rules.carers import CarersDeductions, averaged, countable_earnings
from coprod_desktop.core.rules.locale import LocalePack

NEAR_PERCENT = 80
BENEFIT_KINDS: tuple[str, ...] = ("esa", "uc", "carers-allowance")
BenefitKind = Literal["esa", "uc", "carers-allowance"]


class Period(NamedTuple):
    start: date
    end: date  # inclusive


class PeriodStatus(StrEnum):
    OK = "ok"
    NEAR = "near"
    OVER = "over"


@dataclass(frozen=True, slots=True)
class EarningEvent:
    date: date
    amount: Money
    minutes: int = 0


@dataclass(frozen=True, slots=True)
class PeriodFigure:
    start: date
    end: date
    earnings: Money
    minutes: int
    limit: Money  # ESA weekly limit, or the UC work allowance
    hours_limit: Decimal | None  # ESA: under this many hours; None for UC
    status: PeriodStatus
    reduction: Money | None  # UC: taper x earnings above the allowance; None for ESA
    approximate: bool = False  # a figure was taken from a later year (see locale.py)
    # Carer's Allowance only (None otherwise): the deductions taken off `earnings`, what is
    # left (`countable`), and with averaging on, the average the week is judged on.
    deducted: Money | None = None
    countable: Money | None = None
    averaged: Money | None = None
    averaging_weeks: int = 1

    @property
    def judged(self) -> Money:
        """The amount compared with the limit: the average, the countable figure, or earnings."""
        if self.averaged is not None:
            return self.averaged
        if self.countable is not None:
            return self.countable
        return self.earnings


def benefit_weeks(start: date, end: date, week_starts_on: int = 0) -> list[Period]:
    """Whole weeks covering start..end; `week_starts_on` 0 = Monday ... 6 = Sunday."""
    _check_range(start, end)
    if not 0 <= week_starts_on <= 6:
        raise UserError(
            "The benefit week must start on a day 0 (Monday) to 6 (Sunday).", "week_starts_on"
        )
    first = start - timedelta(days=(start.weekday() - week_starts_on) % 7)
    weeks = []
    while first <= end:
        weeks.append(Period(first, first + timedelta(days=6)))
        first += timedelta(days=7)
    return weeks


def assessment_periods(start: date, end: date, start_day: int) -> list[Period]:
    """Universal Credit monthly assessment periods covering start..end (see module notes)."""
    _check_range(start, end)
    if not 1 <= start_day <= 31:
        raise UserError("The assessment period start day must be from 1 to 31.", "start_day")
    year, month = start.year, start.month
    if start < _period_start(year, month, start_day):
        year, month = _previous_month(year, month)
    periods = []
    first = _period_start(year, month, start_day)
    while first <= end:
        year, month = _next_month(year, month)
        following = _period_start(year, month, start_day)
        periods.append(Period(first, following - timedelta(days=1)))
        first = following
    return periods


def reach_back(kind: str, start: date, carers: CarersDeductions | None = None) -> date:
    """The first day whose money a summary from `start` needs: with Carer's Allowance averaging,
    the weeks before the first one shown are read for its average."""
    if kind == "carers-allowance" and carers is not None and carers.averaging_weeks > 1:
        return start - timedelta(days=7 * (carers.averaging_weeks - 1))
    return start


def benefits_summary(
    kind: BenefitKind,
    events: Sequence[EarningEvent],
    start: date,
    end: date,
    pack: LocalePack,
    housing_costs: bool = False,
    *,
    week_starts_on: int = 0,
    start_day: int = 1,
    carers: CarersDeductions | None = None,
) -> list[PeriodFigure]:
    """Earnings and minutes in each ESA or Carer's Allowance week or UC assessment period,
    against the limit. For Carer's Allowance, `events` should reach back to `reach_back(...)`."""
    if kind == "carers-allowance":
        return _carers_summary(
            events, start, end, pack, carers or CarersDeductions(), week_starts_on
        )
    if kind == "esa":
        periods = benefit_weeks(start, end, week_starts_on)
    elif kind == "uc":
        periods = assessment_periods(start, end, start_day)
    else:
        raise UserError(
            f"The benefit '{str(kind)[:20]}' is not one of: esa, uc, carers-allowance.",
            "benefits_kind",
        )

    pence, minutes = _totals(periods, events)
    figures = []
    for period, earned_pence, worked in zip(periods, pence, minutes, strict=True):
        rates = pack.rates_on(period.start)
        earnings = Money(earned_pence)
        if kind == "esa":
            limit = rates.esa_weekly_limit
            hours = rates.esa_weekly_hours
            over = earnings > limit or worked >= hours * 60
            near = _near(earnings, limit) or (
                hours > 0 and worked * 100 >= hours * 60 * NEAR_PERCENT
            )
            reduction = None
            approximate = bool({"esa_weekly_limit", "esa_weekly_hours"} & rates.approximate)
        else:
            key = "uc_work_allowance_housing" if housing_costs else "uc_work_allowance_no_housing"
            limit = getattr(rates, key)
            hours = None
            over = earnings > limit
            near = _near(earnings, limit)
            above = (earnings - limit).to_decimal() if over else Decimal(0)
            reduction = Money.from_decimal(above * rates.uc_taper)
            approximate = bool({key, "uc_taper"} & rates.approximate)
        status = PeriodStatus.OVER if over else PeriodStatus.NEAR if near else PeriodStatus.OK
        figures.append(
            PeriodFigure(
                start=period.start,
                end=period.end,
                earnings=earnings,
                minutes=worked,
                limit=limit,
                hours_limit=hours,
                status=status,
                reduction=reduction,
                approximate=approximate,
            )
        )
    return figures


def _totals(
    periods: Sequence[Period], events: Sequence[EarningEvent]
) -> tuple[list[int], list[int]]:
    """Pence and minutes in each period; events outside every period are left out."""
    starts = [p.start for p in periods]
    pence = [0] * len(periods)
    minutes = [0] * len(periods)
    for event in events:
        index = bisect.bisect_right(starts, event.date) - 1
        if index < 0 or event.date > periods[index].end:
            continue
        pence[index] += event.amount.pence
        minutes[index] += event.minutes
    return pence, minutes


def _carers_summary(
    events: Sequence[EarningEvent],
    start: date,
    end: date,
    pack: LocalePack,
    carers: CarersDeductions,
    week_starts_on: int,
) -> list[PeriodFigure]:
    """Carer's Allowance weeks: countable earnings (after deductions, averaged if asked) against
    the weekly limit in force on each week's first day (see carers.py)."""
    carers.check()
    shown = benefit_weeks(start, end, week_starts_on)
    earlier = carers.averaging_weeks - 1
    first = shown[0].start - timedelta(days=7 * earlier)
    weeks = [Period(first + timedelta(days=7 * i), first + timedelta(days=7 * i + 6))
             for i in range(earlier)] + shown  # fmt: skip
    pence, minutes = _totals(weeks, events)
    parts = [
        countable_earnings(Money(p), carers, pack.rates_on(week.start))
        for week, p in zip(weeks, pence, strict=True)
    ]
    averages = averaged([part.countable for part in parts], carers.averaging_weeks)
    figures = []
    for index in range(earlier, len(weeks)):
        week, part = weeks[index], parts[index]
        rates = pack.rates_on(week.start)
        limit = rates.ca_weekly_limit
        average = averages[index] if carers.averaging_weeks > 1 else None
        judged = average if average is not None else part.countable
        over = judged > limit
        status = (
            PeriodStatus.OVER
            if over
            else PeriodStatus.NEAR
            if _near(judged, limit)
            else PeriodStatus.OK
        )
        figures.append(
            PeriodFigure(
                start=week.start,
                end=week.end,
                earnings=part.gross,
                minutes=minutes[index],
                limit=limit,
                hours_limit=None,
                status=status,
                reduction=None,
                approximate=bool(
                    {"ca_weekly_limit", "ca_pension_share", "ca_care_cost_cap_share"}
                    & rates.approximate
                ),
                deducted=part.deducted,
                countable=part.countable,
                averaged=average,
                averaging_weeks=carers.averaging_weeks,
            )
        )
    return figures


def _near(earnings: Money, limit: Money) -> bool:
    return limit.pence > 0 and earnings.pence * 100 >= limit.pence * NEAR_PERCENT


def _check_range(start: date, end: date) -> None:
    if end < start:
        raise UserError(
            "The end date is before the start date: swap them or pick a later end.", "end"
        )


def _period_start(year: int, month: int, start_day: int) -> date:
    return date(year, month, min(start_day, calendar.monthrange(year, month)[1]))


def _next_month(year: int, month: int) -> tuple[int, int]:
    return (year + 1, 1) if month == 12 else (year, month + 1)


def _previous_month(year: int, month: int) -> tuple[int, int]:
    return (year - 1, 12) if month == 1 else (year, month - 1)
