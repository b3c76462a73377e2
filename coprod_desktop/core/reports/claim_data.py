"""What a claim PDF and CSV need, already worked out by the services.

Plain data: the reports never compute a fee, a total or a status; they print what they are
given, so the PDF always agrees with the window.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from coprod_desktop.core.domain.money import Money

DEFAULT_DECLARATION = (
    "I declare that the work and expenses claimed here are true and accurate, that I took part "
    "in the activities listed on the dates shown, that the expenses were incurred wholly for "
    "this work, and that I have not claimed them from anyone else."
)


@dataclass(frozen=True, slots=True)
class Claimant:
    name: str
    address: str = ""
    email: str = ""
    phone: str = ""


@dataclass(frozen=True, slots=True)
class Addressee:
    organisation: str
    department: str = ""
    contact_name: str = ""
    address: str = ""
    email: str = ""


@dataclass(frozen=True, slots=True)
class FeeLine:
    date: date
    activity: str
    time_text: str  # e.g. "2h 30m"
    basis_text: str  # e.g. "Hourly"
    rate_text: str  # e.g. "£25.00 an hour"
    amount: Money


@dataclass(frozen=True, slots=True)
class ExpenseLine:
    date: date
    category: str
    description: str
    receipt_refs: tuple[str, ...]  # e.g. ("R1",)
    amount: Money


@dataclass(frozen=True, slots=True)
class BankDetails:
    account_name: str
    sort_code: str  # six digits, dashes optional
    account_number: str  # eight digits


@dataclass(frozen=True, slots=True)
class Receipt:
    """A receipt file to append: PNG or JPEG images get a page each; a PDF adds its pages."""

    reference: str  # "R1"
    filename: str
    media_type: str  # "image/png", "image/jpeg", "application/pdf"
    data: bytes = field(repr=False)


@dataclass(frozen=True, slots=True)
class ClaimDocument:
    """Everything the claim PDF and CSV show."""

    claimant: Claimant
    addressee: Addressee
    claim_number: str
    claim_date: date
    status: str  # a label, e.g. "Draft", "Submitted"
    fee_lines: tuple[FeeLine, ...]
    expense_lines: tuple[ExpenseLine, ...]
    fee_total: Money
    expense_total: Money
    total: Money
    period_start: date | None = None
    period_end: date | None = None
    declaration: str = DEFAULT_DECLARATION
    signature_image: bytes | None = field(default=None, repr=False)
    bank: BankDetails | None = None
    show_bank_details: bool = False
    mask_bank: bool = True
    receipts: tuple[Receipt, ...] = ()
    large_print: bool = False
    currency_symbol: str = "£"


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def format_date(value: date | None) -> str:
    """`7 Mar 2026`: unambiguous in every English-speaking country, and independent of the
    process locale so the bytes do not change with the machine."""
    if value is None:
        return ""
    return f"{value.day} {_MONTHS[value.month - 1]} {value.year}"


def masked_sort_code(sort_code: str) -> str:
    """`**-**-56`: enough for the member to recognise the account, useless to anyone else."""
    digits = "".join(c for c in sort_code if c.isdigit())
    return f"**-**-{digits[-2:]}" if digits else ""


def masked_account_number(number: str) -> str:
    """`****1234`."""
    digits = "".join(c for c in number if c.isdigit())
    return f"****{digits[-4:]}" if digits else ""


def formatted_sort_code(sort_code: str) -> str:
    digits = "".join(c for c in sort_code if c.isdigit())
    if len(digits) == 6:
        return f"{digits[0:2]}-{digits[2:4]}-{digits[4:6]}"
    return sort_code
