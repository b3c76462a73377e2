"""The one place that computes an activity's fee, its value of time, and the hours figures.

Everything here follows "Time and fees" and "Figures, defined" in the domain rules. Amounts are
worked in Decimal and rounded half-up to the penny once per activity (`Money.from_decimal`), so
a total is always the sum of its lines and a finance team can re-add a claim by hand.

Choices the domain text leaves open, made here once:

* An hourly fee with no payable minutes is zero: the minimum only lifts time that was actually
  worked (a cancelled meeting with nothing done is not an hour's pay unless the terms are
  changed, or the member records the time).
* Hourly billed minutes = max(minimum, payable minutes rounded up to the increment). The minimum
  is honoured exactly as written even if it is not a multiple of the increment.
* A zero fee is not "paid": an activity counts as paid only when its fee is above zero.
  Declined means the member turned down a fee the terms would have given; declining where the
  terms give nothing changes nothing (it stays unpaid by the organisation).
* `fee_for` validates the terms first: terms that cannot give a fee (an hourly role without a
  rate) raise `UserError` rather than quietly showing the work as unpaid.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from coprod_desktop.core.domain.errors import UserError
from coprod_desktop.core.domain.kinds import DEFAULT_PAYABLE, Basis, PaymentMethod, TimePart
from coprod_desktop.core.domain.money import Money
from coprod_desktop.core.domain.parsing import MAX_MINUTES_A_PART
from coprod_desktop.core.domain.records import Activity, Terms

_SIXTY = Decimal(60)


class FeeStatus(StrEnum):
    PAID = "paid"  # the fee is above zero
    DECLINED = "declined"  # declined by me: the terms gave a fee, the member turned it down
    UNPAID = "unpaid"  # the terms give no fee: expenses only, unpaid, no terms, or zero

    @property
    def label(self) -> str:
        return {
            "paid": "Paid",
            "declined": "Declined by me",
            "unpaid": "Unpaid by the organisation",
        }[self.value]


@dataclass(frozen=True, slots=True)
class FeeResult:
    amount: Money
    status: FeeStatus
    payable_minutes: int  # the payable parts added up (with default parts when no terms)
    basis: Basis | None  # None when no terms were in force
    rate_text: str  # for people and claim lines: "£25.00 an hour"
    via_voucher: bool
    via_payroll: bool
    billed_minutes: int = 0  # hourly: minutes after minimum and rounding; else payable_minutes


def terms_in_force(terms: Sequence[Terms], on: date) -> Terms | None:
    """The version with the latest effective date on or before `on` (None before the first).

    Ties on a date are broken by position: the later one in the sequence wins, which is the
    newer correction when versions are given oldest first."""
    chosen: Terms | None = None
    for version in terms:
        if version.effective_from <= on and (
            chosen is None or version.effective_from >= chosen.effective_from
        ):
            chosen = version
    return chosen


def payable_minutes(activity: Activity, terms: Terms | None) -> int:
    parts = terms.payable_parts if terms is not None else DEFAULT_PAYABLE
    return sum(activity.minutes(part) for part in parts)


def billed_minutes(minutes: int, terms: Terms) -> int:
    """Hourly time after rounding up to the increment and lifting to the minimum."""
    if minutes <= 0:
        return 0
    billed = minutes
    step = terms.round_to_minutes
    if step:
        billed = -(-billed // step) * step
    if terms.min_minutes:
        billed = max(billed, terms.min_minutes)
    return billed


def fee_for(activity: Activity, terms: Terms | None, *, symbol: str = "£") -> FeeResult:
    """The fee of one activity under the terms in force on its date (the caller picks them with
    `terms_in_force`). `symbol` is the locale's currency symbol for `rate_text`."""
    if terms is None:
        minutes = payable_minutes(activity, None)
        return FeeResult(
            Money.zero(), FeeStatus.UNPAID, minutes, None, "No terms", False, False, minutes
        )
    validate_terms(terms)
    minutes = payable_minutes(activity, terms)
    billed = minutes
    rate_text = _rate_text(terms, symbol)
    basis = terms.basis
    if basis is Basis.HOURLY:
        assert terms.hourly_rate is not None
        billed = billed_minutes(minutes, terms)
        amount = Money.from_decimal(terms.hourly_rate.to_decimal() * billed / _SIXTY)
    elif basis in (Basis.SESSION, Basis.VOUCHER):
        assert terms.session_fee is not None
        amount = terms.session_fee
    elif basis is Basis.DAILY:
        assert terms.day_rate is not None
        amount = terms.day_rate
        if terms.half_day_rate is not None and minutes <= terms.half_day_threshold_minutes:
            amount = terms.half_day_rate
    else:  # expenses only, unpaid
        amount = Money.zero()

    if amount.pence <= 0:
        status = FeeStatus.UNPAID
        amount = Money.zero()
    elif activity.fee_declined:
        status = FeeStatus.DECLINED
        amount = Money.zero()
    else:
        status = FeeStatus.PAID
    return FeeResult(
        amount=amount,
        status=status,
        payable_minutes=minutes,
        basis=basis,
        rate_text=rate_text,
        via_voucher=basis is Basis.VOUCHER or terms.payment_method is PaymentMethod.VOUCHER,
        via_payroll=terms.payment_method is PaymentMethod.PAYROLL,
        billed_minutes=billed,
    )


def value_of_time(activity: Activity, reference_rate: Money) -> Money:
    """All four parts of the activity's time at the member's own hourly rate, to the penny."""
    return Money.from_decimal(reference_rate.to_decimal() * activity.total_minutes / _SIXTY)


@dataclass(frozen=True, slots=True)
class HoursBreakdown:
    """Hours and values as "Figures, defined" says. paid + declined + unpaid == total, always."""

    total_minutes: int
    paid_minutes: int
    declined_minutes: int
    unpaid_minutes: int
    fees_earned: Money
    value_of_time: Money  # every activity, each rounded first
    paid_value: Money
    declined_value: Money
    unpaid_value: Money  # activities whose terms gave no fee (declined ones apart)
    activities: int


def hours_breakdown(
    items: Iterable[tuple[Activity, FeeResult]], reference_rate: Money | None = None
) -> HoursBreakdown:
    """Add up hours by paid / declined / unpaid; values are zero without a reference rate."""
    rate = reference_rate if reference_rate is not None else Money.zero()
    minutes = {status: 0 for status in FeeStatus}
    values = {status: 0 for status in FeeStatus}
    fees = 0
    count = 0
    for activity, result in items:
        count += 1
        minutes[result.status] += activity.total_minutes
        values[result.status] += value_of_time(activity, rate).pence
        fees += result.amount.pence
    return HoursBreakdown(
        total_minutes=sum(minutes.values()),
        paid_minutes=minutes[FeeStatus.PAID],
        declined_minutes=minutes[FeeStatus.DECLINED],
        unpaid_minutes=minutes[FeeStatus.UNPAID],
        fees_earned=Money(fees),
        value_of_time=Money(sum(values.values())),
        paid_value=Money(values[FeeStatus.PAID]),
        declined_value=Money(values[FeeStatus.DECLINED]),
        unpaid_value=Money(values[FeeStatus.UNPAID]),
        activities=count,
    )


def validate_terms(terms: Terms) -> None:
    """Refuse terms that cannot give a sensible fee, naming the field (a Terms attribute)."""
    for name, label in (
        ("hourly_rate", "hourly rate"),
        ("session_fee", "session fee"),
        ("day_rate", "day rate"),
        ("half_day_rate", "half-day rate"),
        ("mileage_rate", "mileage rate"),
        ("expense_cap", "expense cap"),
    ):
        value = getattr(terms, name)
        if value is not None and value.pence < 0:
            raise UserError(f"The {label} cannot be negative: enter 0 or more.", name)
    basis = terms.basis
    if basis is Basis.HOURLY and terms.hourly_rate is None:
        raise UserError(
            "The hourly rate is missing: an hourly role needs a rate, for example 25.00.",
            "hourly_rate",
        )
    if basis in (Basis.SESSION, Basis.VOUCHER) and terms.session_fee is None:
        kind = "a voucher" if basis is Basis.VOUCHER else "a session"
        raise UserError(
            f"The session fee is missing: {kind} role needs a fee, for example 60.00.",
            "session_fee",
        )
    if terms.half_day_rate is not None and terms.day_rate is None:
        raise UserError(
            "The day rate is missing: a half-day rate needs a day rate beside it.", "day_rate"
        )
    if basis is Basis.DAILY and terms.day_rate is None:
        raise UserError(
            "The day rate is missing: a daily role needs a rate, for example 150.00.", "day_rate"
        )
    if (
        terms.half_day_rate is not None
        and terms.day_rate is not None
        and terms.half_day_rate > terms.day_rate
    ):
        raise UserError(
            "The half-day rate is more than the day rate: check the two figures.", "half_day_rate"
        )
    if not 0 < terms.half_day_threshold_minutes <= 24 * 60:
        raise UserError(
            "The half-day threshold must be between 1 and 1440 minutes, for example 240.",
            "half_day_threshold_minutes",
        )
    if terms.min_minutes is not None and not 0 <= terms.min_minutes <= MAX_MINUTES_A_PART:
        raise UserError(
            "The minimum time must be 0 or more minutes, for example 60, or left blank.",
            "min_minutes",
        )
    if terms.round_to_minutes is not None and not 0 < terms.round_to_minutes <= 24 * 60:
        raise UserError(
            "The rounding must be a positive number of minutes, for example 15, or left blank.",
            "round_to_minutes",
        )
    if basis is Basis.HOURLY and not terms.payable_parts:
        raise UserError(
            "No time is payable: an hourly role needs at least one payable part, such as contact.",
            "payable_parts",
        )
    if not all(isinstance(part, TimePart) for part in terms.payable_parts):
        raise UserError(
            "The payable time can only be preparation, contact, travel or follow-up.",
            "payable_parts",
        )
    if terms.promised_days is not None and terms.promised_days < 0:
        raise UserError(
            "The promised days to pay cannot be negative: enter 0 or more, for example 30.",
            "promised_days",
        )


def _rate_text(terms: Terms, symbol: str) -> str:
    def show(money: Money | None) -> str:
        return (money or Money.zero()).display(symbol)

    basis = terms.basis
    if basis is Basis.HOURLY:
        return f"{show(terms.hourly_rate)} an hour"
    if basis is Basis.SESSION:
        return f"{show(terms.session_fee)} a session"
    if basis is Basis.VOUCHER:
        return f"{show(terms.session_fee)} a session, in vouchers"
    if basis is Basis.DAILY:
        text = f"{show(terms.day_rate)} a day"
        if terms.half_day_rate is not None:
            text += f" (half day {show(terms.half_day_rate)})"
        return text
    if basis is Basis.EXPENSES_ONLY:
        return "Expenses only"
    return "Unpaid"


def describe_terms(terms: Terms, symbol: str = "£") -> str:
    """One line for people: "Paid role: £25.00 an hour; paid for prep, contact, follow-up"."""
    from coprod_desktop.core.domain.kinds import TimePart

    text = f"{terms.classification.label}: {_rate_text(terms, symbol)}"
    if terms.basis in (Basis.HOURLY, Basis.DAILY):
        parts = [p.label.lower() for p in TimePart if p in terms.payable_parts]
        text += "; paid for " + ", ".join(parts)
    if terms.promised_days is not None:
        text += f"; pays within {terms.promised_days} days"
    return text
