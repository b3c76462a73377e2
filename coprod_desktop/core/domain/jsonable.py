"""Plain data to JSON-ready values: money as "14.00", dates ISO, enums as their words.

One place, so the command's `--json`, exports and bundles all write figures the same way.
"""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from coprod_desktop.core.domain.money import Money


def jsonable(value: Any) -> Any:
    if isinstance(value, Money):
        return str(value)
    if isinstance(value, bool) or value is None or isinstance(value, int | str):
        return value
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value.normalize(), "f") if value == value.to_integral() else str(value)
    if isinstance(value, frozenset | set):
        return sorted(jsonable(v) for v in value)
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, float):
        raise TypeError("a float reached JSON output; money and figures must be exact")
    raise TypeError(f"cannot turn {type(value).__name__} into JSON")


def hours_text(minutes: int) -> str:
    """Minutes as hours with two decimals, exact: 90 -> "1.50", 100 -> "1.67" (half-up)."""
    from decimal import ROUND_HALF_UP

    return str((Decimal(minutes) / 60).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))
