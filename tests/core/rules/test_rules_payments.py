"""Payment splitting (fees first), claim numbers, and lateness figures."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from coprod_desktop.core.domain.errors import UserError
from coprod_desktop.core.domain.money import Money
from coprod_desktop.core.rules.lateness import (
    days_late,
    days_to_pay,
    due_date,
    is_overdue,
    median_days,
)
from coprod_desktop.core.rules.payments import next_claim_number, split_payment

GBP = Money.parse


def test_part_payment_settles_fees_first():
    fee, expense, left = split_payment(GBP("100.00"), GBP("150.00"), GBP("40.00"))
    assert (fee, expense, left) == (GBP("100.00"), Money.zero(), Money.zero())


def test_payment_covering_fees_goes_on_to_expenses():
    fee, expense, left = split_payment(GBP("170.00"), GBP("150.00"), GBP("40.00"))
    assert (fee, expense, left) == (GBP("150.00"), GBP("20.00"), Money.zero())


def test_overpayment_leaves_leftover():
    fee, expense, left = split_payment(GBP("200.00"), GBP("150.00"), GBP("40.00"))
    assert (fee, expense, left) == (GBP("150.00"), GBP("40.00"), GBP("10.00"))


def test_nothing_outstanding_or_overpaid_already():
    assert split_payment(GBP("5.00"), GBP("-3.00"), Money.zero()) == (
        Money.zero(),
        Money.zero(),
        GBP("5.00"),
    )


def test_negative_payment_refused():
    with pytest.raises(UserError) as caught:
        split_payment(GBP("-1.00"), GBP("1.00"), GBP("1.00"))
    assert caught.value.field == "amount"


def test_claim_numbers_continue_after_highest_for_code_and_year():
    existing = ["NUH-2026-001", "NUH-2026-003", "NUH-2025-009", "UCL-2026-007", "nuh-2026-002"]
    assert next_claim_number("NUH", 2026, existing) == "NUH-2026-004"
    assert next_claim_number("NUH", 2025, existing) == "NUH-2025-010"
    assert next_claim_number("KCL", 2026, existing) == "KCL-2026-001"
    assert next_claim_number("nuh", 2026, []) == "NUH-2026-001"


def test_claim_numbers_ignore_lookalikes_and_grow_past_999():
    existing = ["NUH-2026-004-draft", "XNUH-2026-050", "NUH-20261-001", "NUH-2026-999"]
    assert next_claim_number("NUH", 2026, existing) == "NUH-2026-1000"
    assert next_claim_number("NU", 2026, ["NUH-2026-005"]) == "NU-2026-001"


@pytest.mark.parametrize("code", ["", "  ", "N H", "NUH-1", "../x"])
def test_claim_number_code_checked(code):
    with pytest.raises(UserError) as caught:
        next_claim_number(code, 2026, [])
    assert caught.value.field == "code"


def test_due_date_and_days():
    due = due_date(date(2026, 1, 15), 30)
    assert due == date(2026, 2, 14)
    assert days_to_pay(date(2026, 1, 15), date(2026, 3, 1)) == 45
    assert days_to_pay(date(2026, 1, 15), date(2026, 1, 10)) == 0
    assert days_late(due, date(2026, 3, 1)) == 15
    assert days_late(due, date(2026, 2, 14)) == 0
    assert days_late(due, date(2026, 2, 1)) == 0  # never below 0


def test_is_overdue_on_and_after_due_date():
    due = date(2026, 2, 14)
    assert not is_overdue(due, date(2026, 2, 14), fully_paid=False)
    assert is_overdue(due, date(2026, 2, 15), fully_paid=False)
    assert not is_overdue(due, date(2026, 6, 1), fully_paid=True)


def test_median_days_exact():
    assert median_days([]) is None
    assert median_days([40]) == Decimal(40)
    assert median_days([30, 10, 20]) == Decimal(20)
    assert median_days([10, 45, 20, 31]) == Decimal("25.5")
    assert isinstance(median_days([1, 2]), Decimal)
