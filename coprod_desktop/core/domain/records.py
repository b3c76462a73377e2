"""The records as plain, immutable data: what services return and take.

These never hold a database session, so the window can keep them, compare them and put them on
an undo stack. `id` is None for a record not yet saved. Services validate; these only carry.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from coprod_desktop.core.domain.kinds import (
    DEFAULT_PAYABLE,
    ActivityKind,
    AttendedAs,
    Basis,
    ChaserMethod,
    ClaimStatus,
    Classification,
    ExpenseCategory,
    Level,
    LineKind,
    PaymentMethod,
    TimePart,
    Tri,
    Vehicle,
)
from coprod_desktop.core.domain.money import Money


@dataclass(frozen=True, slots=True)
class Profile:
    name: str
    preferred_name: str = ""
    pronouns: str = ""
    address: str = ""
    email: str = ""
    phone: str = ""
    bank_account_name: str = ""
    bank_sort_code: str = ""  # six digits, stored without dashes
    bank_account_number: str = ""  # eight digits
    signature_attachment_id: int | None = None
    statement: str = ""
    access_needs: str = ""
    reference_rate: Money = field(default_factory=Money.zero)
    locale: str = "uk"
    # Benefits: which test the member wants watched ("none", "esa", "uc")
    benefits_kind: str = "none"
    uc_period_start_day: int = 1
    uc_housing_costs: bool = False
    benefits_count_by_received: bool = True


@dataclass(frozen=True, slots=True)
class Organisation:
    name: str
    code: str
    department: str = ""
    contact_name: str = ""
    email: str = ""
    address: str = ""
    promised_days: int = 30
    notes: str = ""
    id: int | None = None


@dataclass(frozen=True, slots=True)
class Terms:
    """One dated version of a role agreement's terms. In force from `effective_from` until the
    next version's date."""

    effective_from: date
    basis: Basis
    classification: Classification = Classification.PAID
    hourly_rate: Money | None = None
    session_fee: Money | None = None
    day_rate: Money | None = None
    half_day_rate: Money | None = None
    half_day_threshold_minutes: int = 240
    min_minutes: int | None = None
    round_to_minutes: int | None = None
    payable_parts: frozenset[TimePart] = DEFAULT_PAYABLE
    mileage_rate: Money | None = None  # the organisation's own rate per mile; None = locale default
    expense_cap: Money | None = None  # most the organisation pays for one expense item
    receipts_required: bool = False
    promised_days: int | None = None
    payment_method: PaymentMethod = PaymentMethod.BANK
    source: str = ""  # letter, email, meeting...
    note: str = ""
    id: int | None = None
    agreement_id: int | None = None


@dataclass(frozen=True, slots=True)
class Agreement:
    organisation_id: int
    role_title: str
    start: date
    end: date | None = None
    description: str = ""
    document_attachment_id: int | None = None
    terms: tuple[Terms, ...] = ()  # oldest first
    id: int | None = None


@dataclass(frozen=True, slots=True)
class PowerSharing:
    agenda_set_jointly: Tri | None = None
    papers_in_time: Tri | None = None
    papers_days_ahead: int | None = None
    present_at_decision: Tri | None = None
    equal_say: Tri | None = None
    told_what_changed: Tri | None = None


@dataclass(frozen=True, slots=True)
class Activity:
    organisation_id: int
    date: date
    title: str
    kind: ActivityKind = ActivityKind.MEETING
    agreement_id: int | None = None
    prep_minutes: int = 0
    contact_minutes: int = 0
    travel_minutes: int = 0
    followup_minutes: int = 0
    remote: bool = False
    # in whose right the member took part; the person supported is never named by the app
    attended_as: AttendedAs = AttendedAs.SELF
    described_level: str = ""
    judged_level: Level | None = None
    power: PowerSharing = field(default_factory=PowerSharing)
    impact: str = ""
    feedback: str = ""
    skills: str = ""
    themes: str = ""
    private_notes: str = ""
    in_portfolio: bool = True
    highlight: bool = False  # picked by the member for the portfolio's highlights form
    fee_declined: bool = False
    draft: bool = False  # e.g. imported from a calendar invite, not yet confirmed
    id: int | None = None

    def minutes(self, part: TimePart) -> int:
        return {
            TimePart.PREP: self.prep_minutes,
            TimePart.CONTACT: self.contact_minutes,
            TimePart.TRAVEL: self.travel_minutes,
            TimePart.FOLLOWUP: self.followup_minutes,
        }[part]

    @property
    def total_minutes(self) -> int:
        return (
            self.prep_minutes + self.contact_minutes + self.travel_minutes + self.followup_minutes
        )


@dataclass(frozen=True, slots=True)
class Expense:
    organisation_id: int
    date: date
    category: ExpenseCategory
    amount: Money | None = None  # None for mileage: the rules compute it from the distance
    miles: Decimal | None = None
    vehicle: Vehicle = Vehicle.CAR
    passengers: int = 0
    activity_id: int | None = None
    description: str = ""
    reimbursable: bool = True
    receipt_ids: tuple[int, ...] = ()
    id: int | None = None


@dataclass(frozen=True, slots=True)
class Attachment:
    sha256: str
    original_name: str
    media_type: str
    size: int
    added_at: datetime
    id: int | None = None


@dataclass(frozen=True, slots=True)
class ClaimLine:
    kind: LineKind
    date: date
    description: str
    amount: Money
    activity_id: int | None = None
    expense_id: int | None = None
    minutes: int | None = None  # payable minutes, fee lines
    basis: str = ""  # e.g. "Hourly", fee lines
    rate: str = ""  # e.g. "£25.00/h", fee lines
    category: str = ""  # expense lines
    receipt_refs: tuple[str, ...] = ()  # e.g. ("R1", "R2"), expense lines
    id: int | None = None


@dataclass(frozen=True, slots=True)
class StatusChange:
    status: ClaimStatus
    on: date
    note: str = ""


@dataclass(frozen=True, slots=True)
class Chaser:
    """A chasing letter or message sent about a claim: a dated event in its history."""

    sent_on: date
    method: ChaserMethod = ChaserMethod.POST
    note: str = ""
    pdf_attachment_id: int | None = None
    id: int | None = None


@dataclass(frozen=True, slots=True)
class Claim:
    organisation_id: int
    number: str
    created_on: date
    status: ClaimStatus = ClaimStatus.DRAFT
    period_start: date | None = None
    period_end: date | None = None
    submitted_on: date | None = None
    lines: tuple[ClaimLine, ...] = ()
    history: tuple[StatusChange, ...] = ()
    pdf_attachment_id: int | None = None
    id: int | None = None
    chasers: tuple[Chaser, ...] = ()

    @property
    def fee_total(self) -> Money:
        return sum((ln.amount for ln in self.lines if ln.kind is LineKind.FEE), Money.zero())

    @property
    def expense_total(self) -> Money:
        return sum((ln.amount for ln in self.lines if ln.kind is LineKind.EXPENSE), Money.zero())

    @property
    def total(self) -> Money:
        return sum((ln.amount for ln in self.lines), Money.zero())


@dataclass(frozen=True, slots=True)
class Allocation:
    claim_id: int
    fee_amount: Money
    expense_amount: Money


@dataclass(frozen=True, slots=True)
class Payment:
    date: date
    amount: Money
    method: PaymentMethod = PaymentMethod.BANK
    reference: str = ""
    organisation_id: int | None = None
    allocations: tuple[Allocation, ...] = ()
    id: int | None = None


@dataclass(frozen=True, slots=True)
class Training:
    date: date
    title: str
    provider: str = ""
    hours: Decimal | None = None
    certificate_attachment_id: int | None = None
    notes: str = ""
    id: int | None = None


@dataclass(frozen=True, slots=True)
class Feedback:
    date: date
    quote: str
    from_whom: str = ""
    organisation_id: int | None = None
    activity_id: int | None = None
    in_portfolio: bool = True
    id: int | None = None
