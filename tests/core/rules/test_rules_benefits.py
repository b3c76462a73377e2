"""ESA weeks, Universal Credit assessment periods, and the figures against their limits."""

from __future__ import annotations

import itertools
from datetime import date, timedelta
from decimal import Decimal

import pytest

from coprod_desktop.core.domain.errors import UserError
from coprod_desktop.core.domain.money import Money
from coprod_desktop.core.rules.benefits import (
    EarningEvent,
    Period,
    PeriodStatus,
    assessment_periods,
    benefit_weeks,
    benefits_summary,
)

GBP = Money.parse


def test_benefit_weeks_cover_range_in_whole_weeks():
    weeks = benefit_weeks(date(2025, 6, 4), date(2025, 6, 20))  # a Wednesday to a Friday
    assert weeks[0] == Period(date(2025, 6, 2), date(2025, 6, 8))  # Monday to Sunday
    assert weeks[-1] == Period(date(2025, 6, 16), date(2025, 6, 22))
    assert len(weeks) == 3
    for earlier, later in itertools.pairwise(weeks):
        assert later.start == earlier.end + timedelta(days=1)


def test_benefit_weeks_other_start_day():
    weeks = benefit_weeks(date(2025, 6, 4), date(2025, 6, 4), week_starts_on=3)  # Thursday
    assert weeks == [Period(date(2025, 5, 29), date(2025, 6, 4))]
    with pytest.raises(UserError):
        benefit_weeks(date(2025, 6, 4), date(2025, 6, 4), week_starts_on=7)


def test_assessment_periods_plain_day():
    periods = assessment_periods(date(2025, 6, 1), date(2025, 8, 20), 15)
    assert periods == [
        Period(date(2025, 5, 15), date(2025, 6, 14)),
        Period(date(2025, 6, 15), date(2025, 7, 14)),
        Period(date(2025, 7, 15), date(2025, 8, 14)),
        Period(date(2025, 8, 15), date(2025, 9, 14)),
    ]


def test_assessment_periods_start_day_31_in_february():
    periods = assessment_periods(date(2026, 1, 31), date(2026, 5, 1), 31)
    assert periods == [
        Period(date(2026, 1, 31), date(2026, 2, 27)),
        Period(date(2026, 2, 28), date(2026, 3, 30)),  # February has no 31st: its last day
        Period(date(2026, 3, 31), date(2026, 4, 29)),
        Period(date(2026, 4, 30), date(2026, 5, 30)),  # April has no 31st either
    ]


def test_assessment_periods_leap_year_and_year_end():
    periods = assessment_periods(date(2023, 12, 31), date(2024, 3, 1), 30)
    assert periods[0] == Period(date(2023, 12, 30), date(2024, 1, 29))
    assert periods[1] == Period(date(2024, 1, 30), date(2024, 2, 28))
    assert periods[2] == Period(date(2024, 2, 29), date(2024, 3, 29))


def test_assessment_period_argument_checks():
    with pytest.raises(UserError) as caught:
        assessment_periods(date(2025, 1, 1), date(2025, 2, 1), 0)
    assert caught.value.field == "start_day"
    with pytest.raises(UserError) as caught:
        assessment_periods(date(2025, 2, 1), date(2025, 1, 1), 1)
    assert caught.value.field == "end"


def test_esa_weekly_ok_near_over(uk):
    events = [
        EarningEvent(date(2025, 6, 3), GBP("100.00"), 300),  # week 1: ok
        EarningEvent(date(2025, 6, 10), GBP("156.40"), 120),  # week 2: 80% of 195.50 = near
        EarningEvent(date(2025, 6, 17), GBP("195.50"), 60),  # week 3: exactly the limit: near
        EarningEvent(date(2025, 6, 24), GBP("195.51"), 60),  # week 4: over by a penny
        EarningEvent(date(2025, 7, 1), GBP("10.00"), 960),  # week 5: 16 hours: over
        EarningEvent(date(2025, 7, 8), GBP("10.00"), 768),  # week 6: 80% of 16 hours: near
        EarningEvent(date(2025, 7, 15), GBP("156.39"), 0),  # week 7: just under 80%: ok
    ]
    figures = benefits_summary("esa", events, date(2025, 6, 2), date(2025, 7, 20), uk)
    assert [f.status for f in figures] == [
        PeriodStatus.OK,
        PeriodStatus.NEAR,
        PeriodStatus.NEAR,
        PeriodStatus.OVER,
        PeriodStatus.OVER,
        PeriodStatus.NEAR,
        PeriodStatus.OK,
    ]
    assert figures[0].limit == GBP("195.50")
    assert figures[0].hours_limit == Decimal(16)
    assert figures[0].reduction is None
    assert figures[0].earnings == GBP("100.00")
    assert figures[0].minutes == 300


def test_esa_uses_figure_in_force_at_week_start_and_adds_events(uk):
    events = [
        EarningEvent(date(2025, 3, 31), GBP("100.00")),
        EarningEvent(date(2025, 4, 2), GBP("90.00")),
    ]
    figures = benefits_summary("esa", events, date(2025, 3, 31), date(2025, 4, 13), uk)
    assert figures[0].limit == GBP("183.50")  # week of 31 March: 2024-25 figure
    assert figures[0].earnings == GBP("190.00")
    assert figures[0].status is PeriodStatus.OVER
    assert figures[1].limit == GBP("195.50")  # week of 7 April
    assert figures[1].earnings == Money.zero()
    assert figures[1].status is PeriodStatus.OK


def test_uc_reduction_is_55p_above_allowance(uk):
    events = [
        EarningEvent(date(2025, 6, 3), GBP("500.00")),
        EarningEvent(date(2025, 6, 20), GBP("400.00")),
        EarningEvent(date(2025, 7, 5), GBP("300.00")),
    ]
    no_housing = benefits_summary(
        "uc", events, date(2025, 6, 1), date(2025, 7, 31), uk, start_day=1
    )
    assert no_housing[0].earnings == GBP("900.00")
    assert no_housing[0].limit == GBP("684.00")
    assert no_housing[0].reduction == GBP("118.80")  # (900 - 684) x 0.55
    assert no_housing[0].status is PeriodStatus.OVER
    assert no_housing[0].hours_limit is None
    assert no_housing[1].reduction == Money.zero()
    assert no_housing[1].status is PeriodStatus.OK

    housing = benefits_summary("uc", events, date(2025, 6, 1), date(2025, 7, 31), uk, True)
    assert housing[0].limit == GBP("411.00")
    assert housing[0].reduction == GBP("268.95")  # (900 - 411) x 0.55
    assert housing[1].status is PeriodStatus.OK  # 300 is below 80% of 411 (328.80)


def test_uc_reduction_rounds_half_up_once(uk):
    events = [EarningEvent(date(2025, 6, 3), GBP("684.01"))]
    figures = benefits_summary("uc", events, date(2025, 6, 1), date(2025, 6, 30), uk)
    assert figures[0].reduction == GBP("0.01")  # 0.0055 -> 0.01
    assert figures[0].status is PeriodStatus.OVER


def test_uc_periods_follow_start_day_and_near_threshold(uk):
    events = [
        EarningEvent(date(2025, 6, 14), GBP("547.20")),  # in period 15 May - 14 June
        EarningEvent(date(2025, 6, 15), GBP("547.19")),  # in period 15 June - 14 July
    ]
    figures = benefits_summary("uc", events, date(2025, 6, 1), date(2025, 7, 1), uk, start_day=15)
    assert [(f.start, f.end) for f in figures] == [
        (date(2025, 5, 15), date(2025, 6, 14)),
        (date(2025, 6, 15), date(2025, 7, 14)),
    ]
    assert figures[0].status is PeriodStatus.NEAR  # exactly 80% of 684.00
    assert figures[1].status is PeriodStatus.OK


def test_unknown_benefit_kind(uk):
    with pytest.raises(UserError) as caught:
        benefits_summary("jsa", [], date(2025, 1, 1), date(2025, 2, 1), uk)  # type: ignore[arg-type]
    assert caught.value.field == "benefits_kind"


def test_figures_before_shipped_entries_are_flagged_approximate(uk):
    figures = benefits_summary("esa", [], date(2020, 6, 1), date(2020, 6, 7), uk)
    assert figures[0].approximate
    assert figures[0].limit == GBP("183.50")
