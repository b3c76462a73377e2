"""Fees by basis, the terms in force on a date, hours figures and validation of terms."""

from __future__ import annotations

from datetime import date

import pytest

from coprod_desktop.core.domain.errors import UserError
from coprod_desktop.core.domain.kinds import Basis, PaymentMethod, TimePart
from coprod_desktop.core.domain.money import Money
from coprod_desktop.core.rules.fees import (
    FeeStatus,
    fee_for,
    hours_breakdown,
    terms_in_force,
    validate_terms,
    value_of_time,
)

GBP = Money.parse


# -- hourly -------------------------------------------------------------------------------


def test_hourly_counts_default_payable_parts_not_travel(activity, terms):
    act = activity(prep_minutes=30, contact_minutes=90, travel_minutes=60, followup_minutes=15)
    result = fee_for(act, terms(hourly_rate=GBP("25.00")))
    assert result.payable_minutes == 135
    assert result.amount == GBP("56.25")  # 25 x 135 / 60
    assert result.status is FeeStatus.PAID
    assert result.basis is Basis.HOURLY
    assert result.rate_text == "£25.00 an hour"


def test_hourly_pays_travel_when_terms_say_so(activity, terms):
    act = activity(contact_minutes=60, travel_minutes=60)
    parts = frozenset({TimePart.CONTACT, TimePart.TRAVEL})
    result = fee_for(act, terms(hourly_rate=GBP("20.00"), payable_parts=parts))
    assert result.payable_minutes == 120
    assert result.amount == GBP("40.00")


def test_hourly_rounds_half_up_once(activity, terms):
    # 19.99 x 37 / 60 = 12.32716..., and 10.01 x 1 / 60 = 0.16683 -> 0.17
    assert fee_for(activity(contact_minutes=37), terms(hourly_rate=GBP("19.99"))).amount == GBP(
        "12.33"
    )
    assert fee_for(activity(contact_minutes=1), terms(hourly_rate=GBP("10.01"))).amount == GBP(
        "0.17"
    )
    # 0.30 x 5 / 60 = 0.025 exactly: half-up gives 0.03, not banker's 0.02
    assert fee_for(activity(contact_minutes=5), terms(hourly_rate=GBP("0.30"))).amount == GBP(
        "0.03"
    )


def test_hourly_minimum_lifts_short_time(activity, terms):
    t = terms(hourly_rate=GBP("25.00"), min_minutes=60)
    short = fee_for(activity(contact_minutes=20), t)
    assert short.amount == GBP("25.00")
    assert short.billed_minutes == 60
    assert short.payable_minutes == 20
    assert fee_for(activity(contact_minutes=90), t).amount == GBP("37.50")


def test_hourly_rounds_up_to_increment_before_multiplying(activity, terms):
    t = terms(hourly_rate=GBP("24.00"), round_to_minutes=15)
    assert fee_for(activity(contact_minutes=61), t).amount == GBP("30.00")  # 75 minutes
    assert fee_for(activity(contact_minutes=75), t).amount == GBP("30.00")
    assert fee_for(activity(contact_minutes=76), t).billed_minutes == 90


def test_hourly_minimum_and_increment_together(activity, terms):
    t = terms(hourly_rate=GBP("30.00"), min_minutes=60, round_to_minutes=15)
    assert fee_for(activity(contact_minutes=10), t).billed_minutes == 60
    assert fee_for(activity(contact_minutes=70), t).billed_minutes == 75
    assert fee_for(activity(contact_minutes=70), t).amount == GBP("37.50")


def test_hourly_with_no_payable_minutes_is_zero_even_with_minimum(activity, terms):
    # Only travel recorded, travel not payable: the minimum does not invent an hour.
    result = fee_for(activity(travel_minutes=120), terms(hourly_rate=GBP("25.00"), min_minutes=60))
    assert result.amount == Money.zero()
    assert result.status is FeeStatus.UNPAID


# -- session, voucher, daily ----------------------------------------------------------------


def test_session_fee_whatever_the_minutes(activity, terms):
    t = terms(Basis.SESSION, session_fee=GBP("60.00"))
    assert fee_for(activity(contact_minutes=15), t).amount == GBP("60.00")
    long = fee_for(activity(contact_minutes=600), t)
    assert long.amount == GBP("60.00")
    assert long.rate_text == "£60.00 a session"
    assert not long.via_voucher


def test_voucher_is_like_session_and_flagged(activity, terms):
    result = fee_for(activity(contact_minutes=60), terms(Basis.VOUCHER, session_fee=GBP("20.00")))
    assert result.amount == GBP("20.00")
    assert result.status is FeeStatus.PAID
    assert result.via_voucher
    assert "voucher" in result.rate_text


def test_half_day_threshold_edge_240_vs_241(activity, terms):
    t = terms(Basis.DAILY, day_rate=GBP("150.00"), half_day_rate=GBP("80.00"))
    assert fee_for(activity(contact_minutes=240), t).amount == GBP("80.00")
    assert fee_for(activity(contact_minutes=241), t).amount == GBP("150.00")
    assert fee_for(activity(contact_minutes=200, prep_minutes=41), t).amount == GBP("150.00")
    assert fee_for(activity(contact_minutes=240), t).rate_text == "£150.00 a day (half day £80.00)"


def test_half_day_threshold_counts_only_payable_minutes(activity, terms):
    t = terms(Basis.DAILY, day_rate=GBP("150.00"), half_day_rate=GBP("80.00"))
    # 240 payable + 120 travel (not payable): still a half day
    assert fee_for(activity(contact_minutes=240, travel_minutes=120), t).amount == GBP("80.00")


def test_day_rate_without_half_day_rate_is_always_the_day_rate(activity, terms):
    t = terms(Basis.DAILY, day_rate=GBP("150.00"))
    result = fee_for(activity(contact_minutes=60), t)
    assert result.amount == GBP("150.00")
    assert result.rate_text == "£150.00 a day"


def test_custom_half_day_threshold(activity, terms):
    t = terms(
        Basis.DAILY,
        day_rate=GBP("150.00"),
        half_day_rate=GBP("80.00"),
        half_day_threshold_minutes=180,
    )
    assert fee_for(activity(contact_minutes=180), t).amount == GBP("80.00")
    assert fee_for(activity(contact_minutes=181), t).amount == GBP("150.00")


# -- no fee, declined -----------------------------------------------------------------------


@pytest.mark.parametrize("basis", [Basis.EXPENSES_ONLY, Basis.UNPAID])
def test_no_fee_bases_are_unpaid(activity, terms, basis):
    result = fee_for(activity(contact_minutes=120), terms(basis))
    assert result.amount == Money.zero()
    assert result.status is FeeStatus.UNPAID
    assert result.basis is basis


def test_no_terms_is_unpaid(activity):
    result = fee_for(activity(contact_minutes=120, travel_minutes=30), None)
    assert result.status is FeeStatus.UNPAID
    assert result.basis is None
    assert result.amount == Money.zero()
    assert result.payable_minutes == 120


def test_zero_session_fee_is_unpaid_not_paid(activity, terms):
    result = fee_for(activity(contact_minutes=60), terms(Basis.SESSION, session_fee=GBP("0")))
    assert result.status is FeeStatus.UNPAID


def test_declined_fee_is_zero_and_marked_declined(activity, terms):
    result = fee_for(
        activity(contact_minutes=60, fee_declined=True), terms(hourly_rate=GBP("25.00"))
    )
    assert result.amount == Money.zero()
    assert result.status is FeeStatus.DECLINED
    assert result.rate_text == "£25.00 an hour"  # what was turned down stays visible


def test_declining_where_terms_give_nothing_stays_unpaid(activity, terms):
    result = fee_for(activity(contact_minutes=60, fee_declined=True), terms(Basis.EXPENSES_ONLY))
    assert result.status is FeeStatus.UNPAID


def test_payroll_flag(activity, terms):
    t = terms(Basis.SESSION, session_fee=GBP("50.00"), payment_method=PaymentMethod.PAYROLL)
    result = fee_for(activity(contact_minutes=60), t)
    assert result.via_payroll
    assert not result.via_voucher


def test_other_currency_symbol_in_rate_text(activity, terms):
    result = fee_for(activity(contact_minutes=60), terms(hourly_rate=GBP("40.00")), symbol="$")
    assert result.rate_text == "$40.00 an hour"


def test_invalid_terms_raise_rather_than_show_unpaid(activity, terms):
    with pytest.raises(UserError) as caught:
        fee_for(activity(contact_minutes=60), terms(Basis.HOURLY))
    assert caught.value.field == "hourly_rate"


# -- terms in force -------------------------------------------------------------------------


def test_terms_change_mid_period(activity, terms):
    paid = terms(effective_from=date(2025, 1, 1), hourly_rate=GBP("25.00"))
    relabelled = terms(Basis.EXPENSES_ONLY, effective_from=date(2025, 9, 1))
    history = [paid, relabelled]
    before = activity(date=date(2025, 8, 31), contact_minutes=120)
    on_day = activity(date=date(2025, 9, 1), contact_minutes=120)
    assert terms_in_force(history, before.date) is paid
    assert terms_in_force(history, on_day.date) is relabelled
    assert fee_for(before, terms_in_force(history, before.date)).amount == GBP("50.00")
    after = fee_for(on_day, terms_in_force(history, on_day.date))
    assert after.amount == Money.zero()
    assert after.status is FeeStatus.UNPAID


def test_terms_in_force_before_first_and_unordered(terms):
    a = terms(effective_from=date(2025, 1, 1), hourly_rate=GBP("20.00"))
    b = terms(effective_from=date(2025, 6, 1), hourly_rate=GBP("22.00"))
    c = terms(effective_from=date(2026, 1, 1), hourly_rate=GBP("24.00"))
    assert terms_in_force([c, a, b], date(2024, 12, 31)) is None
    assert terms_in_force([c, a, b], date(2025, 7, 1)) is b
    assert terms_in_force([c, a, b], date(2030, 1, 1)) is c
    assert terms_in_force([], date(2025, 1, 1)) is None


# -- value of time and hours -----------------------------------------------------------------


def test_value_of_time_uses_all_four_parts(activity):
    act = activity(prep_minutes=10, contact_minutes=20, travel_minutes=30, followup_minutes=5)
    # 65 minutes at 18.00 = 19.50
    assert value_of_time(act, GBP("18.00")) == GBP("19.50")
    # 7 minutes at 20.00 = 2.3333 -> 2.33
    assert value_of_time(activity(contact_minutes=7), GBP("20.00")) == GBP("2.33")


def test_hours_breakdown_partitions_total_and_values(activity, terms):
    hourly = terms(hourly_rate=GBP("30.00"))
    paid = activity(contact_minutes=60, travel_minutes=30)
    declined = activity(contact_minutes=45, fee_declined=True)
    unpaid = activity(contact_minutes=120, prep_minutes=7)
    no_terms = activity(contact_minutes=20)
    items = [
        (paid, fee_for(paid, hourly)),
        (declined, fee_for(declined, hourly)),
        (unpaid, fee_for(unpaid, terms(Basis.EXPENSES_ONLY))),
        (no_terms, fee_for(no_terms, None)),
    ]
    result = hours_breakdown(items, GBP("20.00"))
    assert result.total_minutes == 90 + 45 + 127 + 20
    assert result.paid_minutes == 90
    assert result.declined_minutes == 45
    assert result.unpaid_minutes == 147
    assert result.paid_minutes + result.declined_minutes + result.unpaid_minutes == (
        result.total_minutes
    )
    assert result.fees_earned == GBP("30.00")
    # each rounded first: 30.00 + 15.00 + 42.33 + 6.67
    assert result.value_of_time == GBP("94.00")
    assert result.unpaid_value == GBP("49.00")  # 42.33 + 6.67, declined kept apart
    assert result.declined_value == GBP("15.00")
    assert result.activities == 4


def test_hours_breakdown_without_rate_has_zero_values(activity):
    act = activity(contact_minutes=60)
    result = hours_breakdown([(act, fee_for(act, None))])
    assert result.unpaid_minutes == 60
    assert result.value_of_time == Money.zero()


# -- validation ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("basis", "kwargs", "field", "words"),
    [
        (Basis.HOURLY, {}, "hourly_rate", "hourly rate is missing"),
        (Basis.SESSION, {}, "session_fee", "session fee is missing"),
        (Basis.VOUCHER, {}, "session_fee", "session fee is missing"),
        (Basis.DAILY, {}, "day_rate", "day rate is missing"),
        (
            Basis.SESSION,
            {"session_fee": Money(1), "half_day_rate": Money(500)},
            "day_rate",
            "half-day",
        ),
        (Basis.HOURLY, {"hourly_rate": Money(-1)}, "hourly_rate", "cannot be negative"),
        (Basis.SESSION, {"session_fee": Money(-500)}, "session_fee", "cannot be negative"),
        (
            Basis.HOURLY,
            {"hourly_rate": Money(1), "round_to_minutes": 0},
            "round_to_minutes",
            "positive",
        ),
        (
            Basis.HOURLY,
            {"hourly_rate": Money(1), "round_to_minutes": -15},
            "round_to_minutes",
            "positive",
        ),
        (Basis.HOURLY, {"hourly_rate": Money(1), "min_minutes": -1}, "min_minutes", "minimum"),
        (
            Basis.HOURLY,
            {"hourly_rate": Money(1), "payable_parts": frozenset()},
            "payable_parts",
            "payable",
        ),
        (
            Basis.DAILY,
            {"day_rate": Money(8000), "half_day_rate": Money(9000)},
            "half_day_rate",
            "more than the day rate",
        ),
        (
            Basis.DAILY,
            {"day_rate": Money(8000), "half_day_threshold_minutes": 0},
            "half_day_threshold_minutes",
            "threshold",
        ),
        (Basis.EXPENSES_ONLY, {"mileage_rate": Money(-45)}, "mileage_rate", "cannot be negative"),
        (Basis.EXPENSES_ONLY, {"promised_days": -3}, "promised_days", "cannot be negative"),
    ],
)
def test_validate_terms_names_field_and_fix(terms, basis, kwargs, field, words):
    with pytest.raises(UserError) as caught:
        validate_terms(terms(basis, **kwargs))
    assert caught.value.field == field
    assert words in caught.value.message
    assert hasattr(terms(basis), field)  # the field is a real Terms attribute
    assert caught.value.message.endswith(".")


def test_validate_terms_hourly_message_is_exact(terms):
    with pytest.raises(UserError) as caught:
        validate_terms(terms(Basis.HOURLY))
    assert caught.value.message == (
        "The hourly rate is missing: an hourly role needs a rate, for example 25.00."
    )


@pytest.mark.parametrize(
    ("basis", "kwargs"),
    [
        (Basis.HOURLY, {"hourly_rate": Money(2500), "min_minutes": 60, "round_to_minutes": 15}),
        (Basis.SESSION, {"session_fee": Money(0)}),
        (Basis.DAILY, {"day_rate": Money(15000), "half_day_rate": Money(8000)}),
        (Basis.EXPENSES_ONLY, {}),
        (Basis.UNPAID, {}),
    ],
)
def test_validate_terms_accepts_good_terms(terms, basis, kwargs):
    t = terms(basis, **kwargs)
    assert validate_terms(t) is None
