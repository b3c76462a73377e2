"""Splitting a payment between a claim's fees and expenses, and numbering claims.

Fees are settled first: for benefits a part payment then counts as earnings first, the cautious
reading (see "Figures, defined"). The member can change the split afterwards; this is only the
default the window offers.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from coprod_desktop.core.domain.errors import UserError
from coprod_desktop.core.domain.money import Money


def split_payment(
    amount: Money, fee_outstanding: Money, expense_outstanding: Money
) -> tuple[Money, Money, Money]:
    """(fee part, expense part, leftover): fees first, then expenses, the rest left over.

    An outstanding figure below zero (already overpaid) is treated as nothing outstanding."""
    if amount.pence < 0:
        raise UserError("The payment amount cannot be negative: enter what you received.", "amount")
    fee = min(amount.pence, max(fee_outstanding.pence, 0))
    expense = min(amount.pence - fee, max(expense_outstanding.pence, 0))
    return Money(fee), Money(expense), Money(amount.pence - fee - expense)


def next_claim_number(code: str, year: int, existing: Iterable[str]) -> str:
    """The member's next claim number for an organisation and year, e.g. "NUH-2026-004".

    Continues after the highest sequence already used for that code and year (gaps left by
    deleted drafts are not reused, so a number sent to a finance team never means two claims).
    Codes are compared without regard to case; the code is written as given, upper-cased."""
    clean = code.strip().upper()
    if not clean:
        raise UserError(
            "The organisation's short code is missing: add one, for example NUH.", "code"
        )
    if not re.fullmatch(r"[A-Z0-9][A-Z0-9_]*", clean):
        raise UserError(
            "The organisation's short code can use only letters, digits and _, for example NUH.",
            "code",
        )
    pattern = re.compile(rf"^{re.escape(clean)}-{year}-(\d+)$", re.IGNORECASE)
    highest = 0
    for number in existing:
        match = pattern.match(number.strip())
        if match:
            highest = max(highest, int(match.group(1)))
    return f"{clean}-{year}-{highest + 1:03d}"
