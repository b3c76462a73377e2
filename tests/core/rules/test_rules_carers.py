"""Carer's Allowance: the weekly cliff edge, the deductions, averaging and the change of limit."""

from __future__ import annotations

from datetime import date

import pytest

from coprod_desktop.core.domain.errors import UserError
from coprod_desktop.core.domain.money import Money
from coprod_desktop.core.rules.benefits import (
    EarningEvent,
    PeriodStatus,
    benefits_summary,
    reach_back,
)
from coprod_desktop.core.rules.carers import CarersDeductions, countable_earnings

GBP = Money.parse
MONDAY = date(2025, 6, 2)  # a week Monday 2 June to Sunday 8 June 2025


def one_week(uk, amount: str, carers: CarersDeductions | None = None, day: date = MONDAY):
    figures = benefits_summary(
        "carers-allowance",
        [EarningEvent(day, GBP(amount), 120)],
        day,
        day,
        uk,
        carers=carers,
    )
    assert len(figures) == 1
    return figures[0]


def test_a_week_under_the_limit_keeps_the_allowance(uk):
    week = one_week(uk, "120.00")
    assert week.limit == GBP("196.00")
    assert week.countable == GBP("120.00") and week.judged == GBP("120.00")
    assert week.status is PeriodStatus.OK


def test_exactly_the_limit_is_allowed_and_a_penny_over_loses_the_week(uk):
    assert one_week(uk, "196.00").status is PeriodStatus.NEAR
    over = one_week(uk, "196.01")
    assert over.status is PeriodStatus.OVER
    assert over.judged - over.limit == Money(1)


def test_deductions_bring_a_week_back_under_the_limit(uk):
    carers = CarersDeductions(
        income_tax=GBP("10.00"),
        national_insurance=GBP("5.00"),
        pension_contributions=GBP("20.00"),  # half of it comes off: 10.00
        care_costs=GBP("30.00"),
    )
    week = one_week(uk, "240.00", carers)
    # 240 - 15 tax and NI - 10 pension = 215 net; care 30 (under half of net) -> 185 counts
    assert week.deducted == GBP("55.00")
    assert week.countable == GBP("185.00")
    assert week.status is PeriodStatus.NEAR  # 185 is over 80% of 196, and under the limit
    assert one_week(uk, "240.00").status is PeriodStatus.OVER  # without them, over


def test_care_costs_come_off_up_to_half_of_net_earnings(uk):
    rates = uk.rates_on(MONDAY)
    carers = CarersDeductions(care_costs=GBP("500.00"))
    part = countable_earnings(GBP("100.01"), carers, rates)
    # half of 100.01 is 50.005: rounded down, so the countable figure is never too low
    assert part.care == GBP("50.00") and part.countable == GBP("50.01")
    none = countable_earnings(Money.zero(), carers, rates)
    assert none.deducted == Money.zero() and none.countable == Money.zero()
    huge = countable_earnings(GBP("10.00"), CarersDeductions(income_tax=GBP("50.00")), rates)
    assert huge.countable == Money.zero()  # deductions never make earnings negative


def test_averaging_over_five_weeks_judges_each_week_on_the_average(uk):
    # Irregular work: one big fee in week 5 of five, nothing in the four before it.
    start = date(2025, 6, 2)
    last_week = date(2025, 6, 30)
    events = [EarningEvent(last_week, GBP("600.00"), 600)]
    plain = benefits_summary("carers-allowance", events, last_week, last_week, uk)
    assert plain[0].status is PeriodStatus.OVER
    carers = CarersDeductions(averaging_weeks=5)
    assert reach_back("carers-allowance", last_week, carers) == start
    figures = benefits_summary("carers-allowance", events, last_week, last_week, uk, carers=carers)
    assert len(figures) == 1  # the four weeks before are read, not shown
    week = figures[0]
    assert week.averaged == GBP("120.00") and week.averaging_weeks == 5
    assert week.countable == GBP("600.00")
    assert week.status is PeriodStatus.OK


def test_averaging_of_regular_over_limit_earnings_is_still_over(uk):
    start = date(2025, 6, 2)
    events = [EarningEvent(date(2025, 6, 2 + 7 * i), GBP("200.00"), 60) for i in range(5)]
    figures = benefits_summary(
        "carers-allowance",
        events,
        start,
        date(2025, 7, 6),
        uk,
        carers=CarersDeductions(averaging_weeks=5),
    )
    assert [f.averaged for f in figures][-1] == GBP("200.00")
    assert figures[-1].status is PeriodStatus.OVER
    # the first week shown averages itself with four empty weeks before it
    assert figures[0].averaged == GBP("40.00")


def test_the_limit_changes_on_7_april_2025(uk):
    before = one_week(uk, "160.00", day=date(2025, 3, 31))  # week of Mon 31 Mar to Sun 6 Apr
    after = one_week(uk, "160.00", day=date(2025, 4, 7))  # week from Mon 7 Apr
    assert before.limit == GBP("151.00") and before.status is PeriodStatus.OVER
    assert after.limit == GBP("196.00") and after.status is not PeriodStatus.OVER
    assert uk.rates_on(date(2025, 4, 6)).ca_weekly_limit == GBP("151.00")
    assert uk.rates_on(date(2025, 4, 7)).ca_weekly_limit == GBP("196.00")


def test_deductions_are_checked_with_a_plain_sentence():
    with pytest.raises(UserError) as caught:
        CarersDeductions(care_costs=GBP("-1.00")).check()
    assert caught.value.field == "care_costs"
    assert "care costs" in caught.value.message
    with pytest.raises(UserError) as caught:
        CarersDeductions(averaging_weeks=0).check()
    assert caught.value.field == "averaging_weeks"
