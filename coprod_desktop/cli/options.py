"""Command-line words to typed values; each failure is a plain UserError naming the option."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from coprod_desktop.core.domain.errors import UserError
from coprod_desktop.core.domain.kinds import (
    Basis,
    Classification,
    PaymentMethod,
    TimePart,
)
from coprod_desktop.core.domain.money import Money, parse_decimal
from coprod_desktop.core.domain.parsing import parse_date, parse_int, parse_minutes


def money(text: str | None, option: str) -> Money | None:
    return None if text is None else Money.parse(text, option)


def day(text: str | None, option: str) -> date | None:
    return None if text is None else parse_date(text, option)


def minutes(text: str | None, option: str) -> int:
    return 0 if text is None else parse_minutes(text, option)


def whole(text: str | None, option: str, *, minimum: int = 0, maximum: int = 10**6) -> int | None:
    return None if text is None else parse_int(text, option, minimum=minimum, maximum=maximum)


def miles(text: str, option: str = "--miles") -> Decimal:
    return parse_decimal(text, option, places=2, minimum=Decimal("0.01"))


def payable(text: str) -> frozenset[TimePart]:
    parts = set()
    for word in text.split(","):
        word = word.strip().lower().replace("-", "").replace("_", "")
        if word == "preparation":
            word = "prep"
        if word == "follow":
            word = "followup"
        try:
            parts.add(TimePart(word))
        except ValueError:
            raise UserError(
                f"The --payable part '{word}' is not one of: prep, contact, travel, followup.",
                "--payable",
            ) from None
    return frozenset(parts)


def classification_for(basis: Basis) -> Classification:
    """The usual classification of a basis, when the member does not say."""
    if basis is Basis.EXPENSES_ONLY:
        return Classification.VOLUNTARY
    if basis is Basis.UNPAID:
        return Classification.UNPAID
    return Classification.PAID


def terms_changes(args: Any) -> dict[str, Any]:
    """The terms options that were given (for a new version, the rest carry over)."""
    changes: dict[str, Any] = {}
    for attr, field, option in (
        ("rate", "hourly_rate", "--rate"),
        ("session_fee", "session_fee", "--session-fee"),
        ("day_rate", "day_rate", "--day-rate"),
        ("half_day_rate", "half_day_rate", "--half-day-rate"),
        ("mileage_rate", "mileage_rate", "--mileage-rate"),
        ("expense_cap", "expense_cap", "--expense-cap"),
    ):
        value = getattr(args, attr, None)
        if value is not None:
            changes[field] = Money.parse(value, option)
    for attr, field, option in (
        ("min_minutes", "min_minutes", "--min-minutes"),
        ("round_to", "round_to_minutes", "--round-to"),
        ("promised_days", "promised_days", "--promised-days"),
        ("half_day_threshold", "half_day_threshold_minutes", "--half-day-threshold"),
    ):
        value = getattr(args, attr, None)
        if value is not None:
            changes[field] = parse_int(value, option, minimum=0, maximum=100_000)
    if getattr(args, "payable", None) is not None:
        changes["payable_parts"] = payable(args.payable)
    if getattr(args, "payment_method", None) is not None:
        changes["payment_method"] = PaymentMethod(args.payment_method)
    if getattr(args, "receipts_required", False):
        changes["receipts_required"] = True
    if getattr(args, "source", None) is not None:
        changes["source"] = args.source
    if getattr(args, "note", None) is not None:
        changes["note"] = args.note
    return changes


def read_file(path_text: str, option: str) -> tuple[str, bytes]:
    """A file named on the command line: an ordinary file only, its size counted while read."""
    from coprod_desktop.core.io.bounded_read import read_regular_file

    if option == "--receipt":
        from coprod_desktop.core.io.attachments import MAX_BYTES

        data = read_regular_file(path_text, option, MAX_BYTES, "receipt")
    else:
        data = read_regular_file(path_text, option, 200 * 1024 * 1024, "file")
    return Path(path_text).name, data
