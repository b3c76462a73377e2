"""Mileage: the 10,000-mile threshold across organisations and tax years, vehicles, own rates."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from coprod_desktop.core.domain.errors import UserError
from coprod_desktop.core.domain.kinds import Vehicle
from coprod_desktop.core.domain.money import Money
from coprod_desktop.core.rules.mileage import Journey, mileage_amounts

D = Decimal
GBP = Money.parse


def test_domain_example_9980_then_40_miles_is_14_pounds(uk):
    result = mileage_amounts([Journey(1, date(2025, 7, 1), D("40"))], uk, {2025: D("9980")})[1]
    assert result.approved == GBP("14.00")
    assert result.paid == GBP("14.00")
    assert result.miles_at_high == 20
    assert result.miles_at_low == 20
    assert result.breakdown == "20 mi × 45p + 20 mi × 25p"
    assert result.excess == Money.zero()


def test_same_example_built_from_earlier_journeys_of_other_organisations(uk):
    # 9,980 miles over earlier journeys (any organisation: journeys carry no organisation).
    earlier = [Journey(k, date(2025, 5, k), D("998")) for k in range(1, 11)]
    results = mileage_amounts([*earlier, Journey(99, date(2025, 7, 1), D("40"))], uk)
    assert sum(r.approved for r in results.values()) == GBP("4491.00") + GBP("14.00")
    assert results[99].approved == GBP("14.00")


def test_counted_in_date_order_not_given_order(uk):
    late = Journey(1, date(2025, 12, 1), D("100"))
    early = Journey(2, date(2025, 5, 1), D("100"))
    results = mileage_amounts([late, early], uk, {2025: D("9900")})
    assert results[2].approved == GBP("45.00")  # took the last 100 miles at 45p
    assert results[1].approved == GBP("25.00")


def test_same_day_ordered_by_key(uk):
    a = Journey(7, date(2025, 5, 1), D("10"))
    b = Journey(3, date(2025, 5, 1), D("10"))
    results = mileage_amounts([a, b], uk, {2025: D("9990")})
    assert results[3].approved == GBP("4.50")
    assert results[7].approved == GBP("2.50")


def test_counter_resets_on_6_april(uk):
    journeys = [
        Journey(1, date(2026, 4, 5), D("40")),  # last day of 2025-26
        Journey(2, date(2026, 4, 6), D("40")),  # first day of 2026-27
    ]
    results = mileage_amounts(journeys, uk, {2025: D("9980")})
    assert results[1].approved == GBP("14.00")
    assert results[2].approved == GBP("18.00")  # 40 x 45p, fresh year
    assert results[2].miles_at_low == 0


def test_band_split_within_a_year_then_reset(uk):
    journeys = [
        Journey(1, date(2025, 4, 6), D("9990")),
        Journey(2, date(2026, 3, 1), D("20")),
        Journey(3, date(2026, 4, 6), D("20")),
    ]
    results = mileage_amounts(journeys, uk)
    assert results[1].approved == GBP("4495.50")
    assert (results[2].miles_at_high, results[2].miles_at_low) == (10, 10)
    assert results[2].approved == GBP("7.00")
    assert results[3].approved == GBP("9.00")


def test_motorcycle_and_bicycle_are_flat_and_do_not_use_the_car_count(uk):
    journeys = [
        Journey(1, date(2025, 6, 1), D("50"), Vehicle.MOTORCYCLE),
        Journey(2, date(2025, 6, 2), D("10"), Vehicle.BICYCLE),
        Journey(3, date(2025, 6, 3), D("20"), Vehicle.CAR),
    ]
    results = mileage_amounts(journeys, uk, {2025: D("9990")})
    assert results[1].approved == GBP("12.00")
    assert results[1].breakdown == "50 mi × 24p"
    assert results[2].approved == GBP("2.00")
    assert results[2].breakdown == "10 mi × 20p"
    assert results[3].approved == GBP("7.00")  # motorcycle miles did not use up the 45p band
    assert results[1].miles_at_high == 0


def test_passengers_add_5p_a_mile_each_and_do_not_count(uk):
    journeys = [
        Journey(1, date(2025, 6, 1), D("30"), passengers=2),
        Journey(2, date(2025, 6, 2), D("10")),
    ]
    results = mileage_amounts(journeys, uk, {2025: D("9960")})
    assert results[1].approved == GBP("16.50")  # 30 x 45p + 30 x 5p x 2
    assert results[1].breakdown == "30 mi × 45p + 30 mi × 5p × 2 passengers"
    assert results[2].approved == GBP("4.50")  # 10 miles still at 45p: passengers didn't count
    one = mileage_amounts([Journey(1, date(2025, 6, 1), D("10"), Vehicle.BICYCLE, 1)], uk)[1]
    assert one.approved == GBP("2.50")
    assert one.breakdown.endswith("× 1 passenger")


def test_own_rate_excess_over_approved(uk):
    j = Journey(1, date(2025, 6, 1), D("100"), own_rate=GBP("0.50"))
    result = mileage_amounts([j], uk, {2025: D("9950")})[1]
    assert result.approved == GBP("35.00")  # 50 x 45p + 50 x 25p
    assert result.paid == GBP("50.00")
    assert result.excess == GBP("15.00")
    assert result.breakdown == "100 mi × 50p (own rate)"
    assert result.approved_breakdown == "50 mi × 45p + 50 mi × 25p"


def test_own_rate_below_approved_has_no_excess_and_still_counts(uk):
    journeys = [
        Journey(1, date(2025, 6, 1), D("20"), own_rate=GBP("0.30"), passengers=1),
        Journey(2, date(2025, 6, 2), D("10")),
    ]
    results = mileage_amounts(journeys, uk, {2025: D("9980")})
    assert results[1].paid == GBP("7.00")  # 20 x 30p + 20 x 5p
    assert results[1].approved == GBP("10.00")  # 20 x 45p + 20 x 5p
    assert results[1].excess == Money.zero()
    assert results[2].approved == GBP("2.50")  # own-rate car miles still used up the band


def test_fractional_miles_rounded_once_per_journey(uk):
    result = mileage_amounts([Journey(1, date(2025, 6, 1), D("12.3"))], uk)[1]
    assert result.approved == GBP("5.54")  # 5.535 half-up
    assert result.breakdown == "12.3 mi × 45p"


def test_zero_miles_is_zero(uk):
    result = mileage_amounts([Journey(1, date(2025, 6, 1), D("0"))], uk)[1]
    assert result.approved == Money.zero()
    assert result.breakdown == "0 mi × 45p"


def test_refuses_float_negative_and_duplicate(uk):
    with pytest.raises(TypeError):
        mileage_amounts([Journey(1, date(2025, 6, 1), 12.5)], uk)  # type: ignore[arg-type]
    with pytest.raises(UserError) as caught:
        mileage_amounts([Journey(1, date(2025, 6, 1), D("-1"))], uk)
    assert caught.value.field == "miles"
    with pytest.raises(ValueError):
        mileage_amounts(
            [Journey(1, date(2025, 6, 1), D("1")), Journey(1, date(2025, 6, 2), D("1"))], uk
        )


def test_overridden_rate_used_from_its_date(uk):
    pack = uk.with_overrides({"mileage_car_high": [{"from": "2026-04-06", "value": "0.55"}]})
    results = mileage_amounts(
        [Journey(1, date(2026, 4, 5), D("10")), Journey(2, date(2026, 4, 6), D("10"))], pack
    )
    assert results[1].approved == GBP("4.50")
    assert results[2].approved == GBP("5.50")
    assert results[2].breakdown == "10 mi × 55p"
