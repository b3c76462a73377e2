"""The member's own statement of the terms on which they take part ("my terms of involvement").

It is the member's proposal, not an agreement: the organisation answers it. So it is one record
per member, kept in the settings table as JSON (no schema change), and independent of the
organisations' own dated terms, which stay the record of what was actually agreed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from coprod_desktop.core.domain.errors import UserError
from coprod_desktop.core.domain.kinds import DEFAULT_PAYABLE, Basis, TimePart
from coprod_desktop.core.domain.money import Money

#: The settings key the statement is stored under.
MY_TERMS_KEY = "my_terms"
#: Bumped when the stored shape changes, so an older copy can be read forward.
MY_TERMS_VERSION = 1

DEFAULT_NOTICE = (
    "Please give me at least a week's notice of a meeting and send the papers five working "
    "days ahead. If a session is cancelled with less than 48 hours' notice, I expect to be paid "
    "for the time I have already prepared and for any travel I cannot get back."
)
DEFAULT_RECOGNITION = (
    "Please name me (as I choose) in what my contribution helped to make, tell me afterwards "
    "what changed because of it, and tell me why if nothing did."
)
DEFAULT_OWNERSHIP = (
    "My experience and the words I share stay mine. You may use what I contribute for the "
    "purpose we agreed; please ask me before you quote me or use it for anything else."
)


@dataclass(frozen=True, slots=True)
class MyTerms:
    """What the member expects before work starts. `rate` is per hour, session or day as the
    basis says; it is None for expenses-only and unpaid."""

    basis: Basis = Basis.HOURLY
    rate: Money | None = None
    payable_parts: frozenset[TimePart] = DEFAULT_PAYABLE
    #: True: expenses are paid before the work (tickets bought for me, or an advance).
    expenses_up_front: bool = False
    #: When not up front: reimbursed within this many days of my claim.
    expenses_within_days: int = 14
    #: Fees paid within this many days of my claim.
    days_to_pay: int = 30
    access_needs: str = ""
    notice: str = DEFAULT_NOTICE
    recognition: str = DEFAULT_RECOGNITION
    ownership: str = DEFAULT_OWNERSHIP
    note: str = ""

    @property
    def has_fee(self) -> bool:
        return self.basis in (Basis.HOURLY, Basis.SESSION, Basis.DAILY, Basis.VOUCHER)


#: Free-text fields, with the names messages use for them.
TEXT_FIELDS: tuple[tuple[str, str], ...] = (
    ("access_needs", "access needs"),
    ("notice", "notice and cancellation"),
    ("recognition", "recognition"),
    ("ownership", "ownership of what you contribute"),
    ("note", "note"),
)


def rate_unit(basis: Basis) -> str:
    """How the rate of a basis is said: "an hour", "a session", "a day"."""
    return {
        Basis.HOURLY: "an hour",
        Basis.SESSION: "a session",
        Basis.DAILY: "a day",
        Basis.VOUCHER: "a session, in vouchers",
    }.get(basis, "")


def fee_text(terms: MyTerms, symbol: str = "£") -> str:
    """The fee expectation in one sentence, for the PDF, the dialog and the command."""
    if terms.basis is Basis.EXPENSES_ONLY:
        return "No fee: I take part as a volunteer, with my expenses paid."
    if terms.basis is Basis.UNPAID:
        return "No fee and no expenses."
    rate = terms.rate.display(symbol) if terms.rate is not None else "(rate not set)"
    return f"{terms.basis.label}: {rate} {rate_unit(terms.basis)}."


def to_json(terms: MyTerms) -> dict[str, Any]:
    return {
        "version": MY_TERMS_VERSION,
        "basis": terms.basis.value,
        "rate": None if terms.rate is None else str(terms.rate),
        "payable_parts": sorted(p.value for p in terms.payable_parts),
        "expenses_up_front": terms.expenses_up_front,
        "expenses_within_days": terms.expenses_within_days,
        "days_to_pay": terms.days_to_pay,
        "access_needs": terms.access_needs,
        "notice": terms.notice,
        "recognition": terms.recognition,
        "ownership": terms.ownership,
        "note": terms.note,
    }


def from_json(data: object) -> MyTerms:
    """Read a stored statement; anything malformed is a plain UserError (a hand-edited import)."""
    if not isinstance(data, dict):
        raise UserError("Your stored terms are not readable: set them again.", "my_terms")
    try:
        rate = data.get("rate")
        return MyTerms(
            basis=Basis(data.get("basis", "hourly")),
            rate=None if rate in (None, "") else Money.parse(str(rate), "rate"),
            payable_parts=frozenset(TimePart(p) for p in data.get("payable_parts", ())),
            expenses_up_front=bool(data.get("expenses_up_front", False)),
            expenses_within_days=int(data.get("expenses_within_days", 14)),
            days_to_pay=int(data.get("days_to_pay", 30)),
            access_needs=str(data.get("access_needs", "")),
            notice=str(data.get("notice", DEFAULT_NOTICE)),
            recognition=str(data.get("recognition", DEFAULT_RECOGNITION)),
            ownership=str(data.get("ownership", DEFAULT_OWNERSHIP)),
            note=str(data.get("note", "")),
        )
    except (ValueError, TypeError):
        raise UserError("Your stored terms are not readable: set them again.", "my_terms") from None
