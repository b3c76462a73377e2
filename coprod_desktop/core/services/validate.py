"""Checks on what a member typed, each failing with one plain sentence naming the field."""

from __future__ import annotations

import re
from datetime import date

from coprod_desktop.core.domain.errors import UserError
from coprod_desktop.core.domain.money import Money

MAX_TEXT = 1_000_000  # a megabyte of text in one field is kept; more is a pasted file
_CODE = re.compile(r"^[A-Z0-9]{2,12}$")
EARLIEST = date(1950, 1, 1)
LATEST = date(2100, 12, 31)


def clean_text(value: str, field: str, *, required: bool = False, limit: int = MAX_TEXT) -> str:
    """Strip NUL and edge spaces; refuse absurdly long text instead of storing it."""
    if value is None:
        value = ""
    text = str(value).replace("\x00", "").strip()
    if required and not text:
        raise UserError(f"The {field} is empty: type a {field}.", field)
    if len(text) > limit:
        raise UserError(
            f"The {field} is too long ({len(text):,} characters): keep it under {limit:,}.", field
        )
    return text


def check_code(code: str) -> str:
    text = str(code).strip().upper()
    if not _CODE.match(text):
        raise UserError(
            f"The code '{str(code)[:20]}' must be 2 to 12 letters or digits, for example NUH.",
            "code",
        )
    return text


def check_date(value: date, field: str = "date") -> date:
    if not isinstance(value, date):
        raise UserError(f"The {field} is missing: give a date.", field)
    if not EARLIEST <= value <= LATEST:
        raise UserError(
            f"The {field} {value.isoformat()} is outside the years 1950 to 2100: check the year.",
            field,
        )
    return value


def check_amount(value: Money | None, field: str, *, required: bool = False) -> Money | None:
    if value is None:
        if required:
            raise UserError(f"The {field} is missing: give an amount such as 12.50.", field)
        return None
    if value.pence < 0:
        raise UserError(f"The {field} cannot be negative.", field)
    if value.pence > 100_000_000:
        raise UserError(f"The {field} is over £1,000,000: check the figure.", field)
    return value


def check_range(start: date | None, end: date | None, start_field: str, end_field: str) -> None:
    if start and end and end < start:
        raise UserError(
            f"The {end_field} {end.isoformat()} is before the {start_field} "
            f"{start.isoformat()}: swap them or fix one.",
            end_field,
        )
