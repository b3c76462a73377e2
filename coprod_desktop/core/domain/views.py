"""Rows for lists and summaries: a record together with the figures the core computed for it.

The window shows these as they are; it never computes a fee or a total itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from coprod_desktop.core.domain.benefit_views import BenefitPosition
from coprod_desktop.core.domain.money import Money
from coprod_desktop.core.domain.records import Activity, Claim, Expense


@dataclass(frozen=True, slots=True)
class ActivityItem:
    activity: Activity
    organisation_name: str
    organisation_code: str
    fee: Money
    fee_status: str  # "paid", "declined" or "unpaid"
    payable_minutes: int
    value: Money
    claim_number: str | None = None


@dataclass(frozen=True, slots=True)
class ExpenseItem:
    expense: Expense
    organisation_name: str
    organisation_code: str
    amount: Money  # what the organisation is asked for (mileage computed, caps applied)
    approved: Money | None = None  # mileage: the HMRC approved amount
    breakdown: str = ""  # mileage: e.g. "20 mi × 45p + 20 mi × 25p"
    claim_number: str | None = None


@dataclass(frozen=True, slots=True)
class ClaimItem:
    claim: Claim
    organisation_name: str
    organisation_code: str
    paid: Money
    fee_paid: Money
    expense_paid: Money
    outstanding: Money
    promised_days: int
    due_date: date | None
    overdue: bool
    days_late: int
    days_to_pay: int | None
    completed_on: date | None


@dataclass(frozen=True, slots=True)
class ActivityFilter:
    organisation_id: int | None = None
    date_from: date | None = None
    date_to: date | None = None
    search: str = ""
    fee_status: str | None = None  # "paid" | "declined" | "unpaid"
    unclaimed_only: bool = False


@dataclass(frozen=True, slots=True)
class ExpenseFilter:
    organisation_id: int | None = None
    date_from: date | None = None
    date_to: date | None = None
    search: str = ""
    category: str | None = None
    unclaimed_only: bool = False


@dataclass(frozen=True, slots=True)
class ClaimFilter:
    organisation_id: int | None = None
    date_from: date | None = None
    date_to: date | None = None
    status: str | None = None
    overdue_only: bool = False


@dataclass(frozen=True, slots=True)
class TaxYearSummary:
    tax_year: str
    start: date
    end: date
    fee_income: Money
    payroll_income: Money
    voucher_income: Money
    trading_allowance: Money
    car_miles: str
    mileage_approved: Money
    mileage_paid: Money
    mileage_excess: Money

    @property
    def allowance_left(self) -> Money:
        left = self.trading_allowance - self.fee_income
        return left if left.pence > 0 else Money.zero()


@dataclass(frozen=True, slots=True)
class PeriodFigures:
    """Hours and money over one span (a month, a tax year) for the dashboard."""

    label: str
    start: date
    end: date
    minutes: int
    fees_earned: Money
    received: Money
    outstanding: Money


@dataclass(frozen=True, slots=True)
class BenefitsWarning:
    kind: str  # "esa" | "uc" | "carers-allowance"
    period_start: date
    period_end: date
    earnings: Money
    limit: Money
    status: str  # "near" | "over"
    message: str


@dataclass(frozen=True, slots=True)
class Dashboard:
    today: date
    this_month: PeriodFigures
    this_tax_year: PeriodFigures
    trading_allowance: Money
    tax_year_fee_income: Money
    overdue: tuple[ClaimItem, ...] = ()
    benefits_warnings: tuple[BenefitsWarning, ...] = ()
    recent: tuple[ActivityItem, ...] = field(default_factory=tuple)
    # One per limit watched (services.benefit_position.BenefitPosition), in the member's order.
    benefit_positions: tuple[BenefitPosition, ...] = ()
