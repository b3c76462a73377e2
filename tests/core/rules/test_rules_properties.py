"""Properties: fees are exact, mileage adds up, a split payment never loses a penny."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from coprod_desktop.core.domain.kinds import Basis, TimePart, Vehicle
from coprod_desktop.core.domain.money import Money
from coprod_desktop.core.domain.records import Activity, Terms
from coprod_desktop.core.rules.fees import FeeStatus, fee_for, hours_breakdown
from coprod_desktop.core.rules.locale import load_locale
from coprod_desktop.core.rules.mileage import Journey, mileage_amounts
from coprod_desktop.core.rules.payments import split_payment
from coprod_desktop.core.rules.tax_year import tax_year_of

UK = load_locale("uk")
minutes = st.integers(min_value=0, max_value=600)
pence = st.integers(min_value=0, max_value=50_000)
parts = st.frozensets(st.sampled_from(list(TimePart)), min_size=1)


def _pounds_half_up(value: Decimal) -> int:
    """Independent rounding: whole pence, half away from zero, from an exact fraction."""
    return int((value * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))


@settings(max_examples=300, deadline=None)
@given(
    rate=pence,
    prep=minutes,
    contact=minutes,
    travel=minutes,
    followup=minutes,
    payable=parts,
    minimum=st.none() | st.integers(min_value=0, max_value=240),
    step=st.none() | st.integers(min_value=1, max_value=60),
    declined=st.booleans(),
)
def test_hourly_fee_is_exact(
    rate, prep, contact, travel, followup, payable, minimum, step, declined
):
    act = Activity(
        1,
        date(2025, 6, 1),
        "x",
        prep_minutes=prep,
        contact_minutes=contact,
        travel_minutes=travel,
        followup_minutes=followup,
        fee_declined=declined,
    )
    terms = Terms(
        date(2025, 1, 1),
        Basis.HOURLY,
        hourly_rate=Money(rate),
        payable_parts=payable,
        min_minutes=minimum,
        round_to_minutes=step,
    )
    result = fee_for(act, terms)

    worked = sum(
        {"prep": prep, "contact": contact, "travel": travel, "followup": followup}[p]
        for p in payable
    )
    billed = 0
    if worked:
        billed = worked if not step else ((worked + step - 1) // step) * step
        billed = max(billed, minimum or 0)
    # independent: pence x minutes / 60, as an exact fraction, then half-up
    expected = (rate * billed * 2 + 60) // 120  # floor((x/60) + 1/2) for x >= 0
    assert expected == _pounds_half_up(Decimal(rate) * billed / 6000)
    assert result.payable_minutes == worked
    if expected == 0:
        assert result.status is FeeStatus.UNPAID
        assert result.amount == Money.zero()
    elif declined:
        assert result.status is FeeStatus.DECLINED
        assert result.amount == Money.zero()
    else:
        assert result.status is FeeStatus.PAID
        assert result.amount.pence == expected


@settings(max_examples=200, deadline=None)
@given(
    day=pence,
    half=st.none() | pence,
    worked=minutes,
    threshold=st.integers(min_value=1, max_value=600),
)
def test_daily_fee_picks_half_day_exactly_at_threshold(day, half, worked, threshold):
    half = None if half is None else min(half, day)
    terms = Terms(
        date(2025, 1, 1),
        Basis.DAILY,
        day_rate=Money(day),
        half_day_rate=None if half is None else Money(half),
        half_day_threshold_minutes=threshold,
    )
    result = fee_for(Activity(1, date(2025, 6, 1), "x", contact_minutes=worked), terms)
    expected = half if half is not None and worked <= threshold else day
    assert result.amount.pence == expected


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.tuples(
            minutes,
            minutes,
            st.booleans(),
            st.sampled_from([Basis.HOURLY, Basis.SESSION, Basis.UNPAID]),
        ),
        max_size=20,
    )
)
def test_hours_always_partition(rows):
    items = []
    for contact, travel, declined, basis in rows:
        act = Activity(
            1,
            date(2025, 6, 1),
            "x",
            contact_minutes=contact,
            travel_minutes=travel,
            fee_declined=declined,
        )
        terms = Terms(date(2025, 1, 1), basis, hourly_rate=Money(2000), session_fee=Money(5000))
        items.append((act, fee_for(act, terms)))
    result = hours_breakdown(items, Money(1500))
    assert result.paid_minutes + result.declined_minutes + result.unpaid_minutes == (
        result.total_minutes
    )
    assert result.total_minutes == sum(a.total_minutes for a, _ in items)
    assert result.paid_value + result.declined_value + result.unpaid_value == result.value_of_time
    assert result.fees_earned == sum((r.amount for _, r in items), Money.zero())


journey_rows = st.lists(
    st.tuples(
        st.integers(min_value=0, max_value=900),  # day offset from 2025-03-01 (crosses 6 April)
        st.integers(min_value=0, max_value=3000),  # whole miles
    ),
    max_size=25,
)


@settings(max_examples=200, deadline=None)
@given(rows=journey_rows, start=st.integers(min_value=0, max_value=12_000))
def test_car_mileage_total_matches_independent_band_computation(rows, start):
    base = date(2025, 3, 1)
    journeys = [
        Journey(k, base + timedelta(days=off), Decimal(m)) for k, (off, m) in enumerate(rows)
    ]
    starting = {
        2024: Decimal(start),
        2025: Decimal(start),
        2026: Decimal(start),
        2027: Decimal(start),
    }
    results = mileage_amounts(journeys, UK, starting)
    assert set(results) == {j.key for j in journeys}

    # independent: per tax year, total miles split once at 10,000 (whole miles: no rounding)
    by_year: dict[int, int] = {}
    for j in journeys:
        by_year[tax_year_of(j.date, UK)] = by_year.get(tax_year_of(j.date, UK), 0) + int(j.miles)
    expected = 0
    for miles in by_year.values():
        high = max(0, min(miles, 10_000 - start))
        expected += high * 45 + (miles - high) * 25
    assert sum((r.approved for r in results.values()), Money.zero()).pence == expected
    for j in journeys:
        r = results[j.key]
        assert r.miles_at_high + r.miles_at_low == j.miles


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.integers(min_value=0, max_value=400),
            st.decimals(min_value=0, max_value=500, places=2, allow_nan=False),
            st.sampled_from(list(Vehicle)),
            st.integers(min_value=0, max_value=3),
            st.none() | st.integers(min_value=0, max_value=80),
        ),
        max_size=20,
    ),
    st.integers(min_value=9_000, max_value=10_200),
)
def test_each_journey_is_its_bands_rounded_once(rows, start):
    base = date(2025, 4, 6)
    journeys = [
        Journey(
            k, base + timedelta(days=off), miles, vehicle, pas, None if own is None else Money(own)
        )
        for k, (off, miles, vehicle, pas, own) in enumerate(rows)
    ]
    results = mileage_amounts(journeys, UK, {2025: Decimal(start), 2026: Decimal(start)})
    flat = {Vehicle.MOTORCYCLE: Decimal("0.24"), Vehicle.BICYCLE: Decimal("0.20")}
    for j in journeys:
        r = results[j.key]
        passengers = j.miles * j.passengers * Decimal("0.05")
        if j.vehicle is Vehicle.CAR:
            assert r.miles_at_high + r.miles_at_low == j.miles
            band = r.miles_at_high * Decimal("0.45") + r.miles_at_low * Decimal("0.25")
        else:
            band = j.miles * flat[j.vehicle]
        assert r.approved.pence == _pounds_half_up(band + passengers)
        if j.own_rate is None:
            assert r.paid == r.approved
        else:
            assert r.paid.pence == _pounds_half_up(j.miles * j.own_rate.to_decimal() + passengers)
        assert r.excess == max(r.paid - r.approved, Money.zero())
    # car miles at 45p in a tax year never exceed what was left below 10,000
    for year in (2025, 2026):
        high = sum(
            (
                results[j.key].miles_at_high
                for j in journeys
                if j.vehicle is Vehicle.CAR and tax_year_of(j.date, UK) == year
            ),
            Decimal(0),
        )
        assert high <= max(0, 10_000 - start)


@settings(max_examples=500, deadline=None)
@given(pence, st.integers(-1000, 50_000), st.integers(-1000, 50_000))
def test_split_payment_parts_sum_to_amount(amount, fee_out, exp_out):
    fee, expense, left = split_payment(Money(amount), Money(fee_out), Money(exp_out))
    assert fee + expense + left == Money(amount)
    assert min(fee.pence, expense.pence, left.pence) >= 0
    assert fee.pence <= max(fee_out, 0)
    assert expense.pence <= max(exp_out, 0)
    if expense.pence > 0:  # fees first: expenses get money only once fees are settled
        assert fee.pence == max(fee_out, 0)
    assert left.pence == max(0, amount - max(fee_out, 0) - max(exp_out, 0))
