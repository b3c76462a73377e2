"""Column types that keep money and distances exact in SQLite (which has no decimal type)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import Integer, String
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

from coprod_desktop.core.domain.money import Money


class PenceType(TypeDecorator[Money]):
    """Money stored as an integer number of pence."""

    impl = Integer
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> int | None:
        if value is None:
            return None
        if not isinstance(value, Money):
            raise TypeError(f"expected Money, got {type(value).__name__}")
        return value.pence

    def process_result_value(self, value: Any, dialect: Dialect) -> Money | None:
        return None if value is None else Money(int(value))


class DecimalText(TypeDecorator[Decimal]):
    """A Decimal kept as its exact text, since SQLite would turn NUMERIC into a float."""

    impl = String
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if isinstance(value, float):
            raise TypeError("never a float")
        return format(Decimal(value).normalize(), "f")

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        return None if value is None else Decimal(value)
