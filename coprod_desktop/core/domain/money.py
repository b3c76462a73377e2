"""Money as exact integer minor units (pence). One type, used everywhere.

Floats are refused outright: a float that slips in once can put a penny wrong in a claim
that a finance team then rejects. Computation that needs fractions (rate x minutes / 60)
happens in `Decimal` and comes back through `Money.from_decimal`, rounded half-up once.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from functools import total_ordering

from coprod_desktop.core.domain.errors import UserError

_MONEY_TEXT = re.compile(r"^\s*(-)?\s*[£$€]?\s*(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?\s*$")
_PENNY = Decimal("0.01")


@total_ordering
class Money:
    """An exact amount in minor units. Immutable and hashable."""

    __slots__ = ("_pence",)

    def __init__(self, pence: int = 0) -> None:
        if isinstance(pence, bool) or not isinstance(pence, int):
            raise TypeError(f"Money takes whole pence as int, not {type(pence).__name__}")
        object.__setattr__(self, "_pence", pence)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("Money is immutable")

    # -- construction ---------------------------------------------------------------------
    @classmethod
    def zero(cls) -> Money:
        return cls(0)

    @classmethod
    def from_decimal(cls, amount: Decimal) -> Money:
        """Round a Decimal amount in pounds half-up to the penny."""
        if isinstance(amount, float):
            raise TypeError("Money never takes a float")
        if not isinstance(amount, Decimal):
            amount = Decimal(amount)
        pence = (amount * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP)
        return cls(int(pence))

    @classmethod
    def parse(cls, text: str, field: str = "amount") -> Money:
        """Read an amount a member typed: `12.50`, `£1,200`, `7`. Raises UserError otherwise."""
        if not isinstance(text, str):
            raise TypeError("Money.parse takes text")
        match = _MONEY_TEXT.match(text)
        if not match:
            raise UserError(
                f"The {field} '{text[:40]}' is not an amount of money: write it like 12.50.",
                field,
            )
        sign, pounds, pence = match.groups()
        value = int(pounds.replace(",", "")) * 100 + int((pence or "0").ljust(2, "0"))
        return cls(-value if sign else value)

    # -- views --------------------------------------------------------------------------
    @property
    def pence(self) -> int:
        return self._pence

    def to_decimal(self) -> Decimal:
        return (Decimal(self._pence) / 100).quantize(_PENNY)

    def __str__(self) -> str:
        """Plain two-decimal text, as JSON and CSV carry it: `14.00`, `-3.05`."""
        sign = "-" if self._pence < 0 else ""
        whole, part = divmod(abs(self._pence), 100)
        return f"{sign}{whole}.{part:02d}"

    def display(self, symbol: str = "£") -> str:
        """For people: `£1,234.50`, written by `domain.formatting` (the one place numbers are
        formatted for people)."""
        from coprod_desktop.core.domain.formatting import money

        return money(self, symbol)

    def __repr__(self) -> str:
        return f"Money({self._pence})"

    # -- arithmetic -----------------------------------------------------------------------
    def __add__(self, other: object) -> Money:
        if not isinstance(other, Money):
            return NotImplemented
        return Money(self._pence + other._pence)

    def __radd__(self, other: object) -> Money:
        # lets sum() start from 0
        if isinstance(other, int) and not isinstance(other, bool) and other == 0:
            return self
        return NotImplemented

    def __sub__(self, other: object) -> Money:
        if not isinstance(other, Money):
            return NotImplemented
        return Money(self._pence - other._pence)

    def __neg__(self) -> Money:
        return Money(-self._pence)

    def __mul__(self, other: object) -> Money:
        if isinstance(other, bool) or not isinstance(other, int):
            return NotImplemented
        return Money(self._pence * other)

    __rmul__ = __mul__

    def __bool__(self) -> bool:
        return self._pence != 0

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Money) and other._pence == self._pence

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Money):
            return NotImplemented
        return self._pence < other._pence

    def __hash__(self) -> int:
        return hash(("Money", self._pence))

    def __reduce__(self) -> tuple[type[Money], tuple[int]]:
        return (Money, (self._pence,))


def total(amounts: Iterable[Money]) -> Money:
    """Sum of amounts; an empty list is zero."""
    result = 0
    for amount in amounts:
        result += amount.pence
    return Money(result)


def parse_decimal(
    text: str, field: str, *, places: int = 2, minimum: Decimal | None = None
) -> Decimal:
    """A non-money decimal a member typed (miles, for instance)."""
    try:
        value = Decimal(text.strip().replace(",", ""))
    except (InvalidOperation, AttributeError):
        raise UserError(
            f"The {field} '{str(text)[:40]}' is not a number: write it like 12.5.", field
        ) from None
    if not value.is_finite():
        raise UserError(f"The {field} must be an ordinary number.", field)
    if value.as_tuple().exponent < -places:  # type: ignore[operator]
        raise UserError(f"The {field} can have at most {places} decimal places.", field)
    if minimum is not None and value < minimum:
        raise UserError(f"The {field} cannot be less than {minimum}.", field)
    return value
