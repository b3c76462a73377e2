"""Numbers as people read them, written in one place: money, counts, miles and hours.

Why one module: the documents used to format numbers by hand, each its own way ("31915.07
hours" in one, "Car miles 10746.9" in another, "3h 50m" in a third). Every figure a member
reads in a PDF or in the window now comes from here, so a thousands separator or the hours
style cannot drift between documents again.

Babel (the CLDR data) does the grouping and the currency sign, so another locale needs a
locale name, not new code. Hours are written one way everywhere: whole hours and minutes,
"31,915h 04m", "3h 50m", "45m", "2h" (never decimals, which readers took for minutes).

What this module is NOT for: JSON and CSV. Their shapes are fixed for the tools that read them
(amounts "14.00", hours "1.50"; see shared/cli.md and `domain.jsonable`), and stay there.
"""

from __future__ import annotations

from decimal import Decimal
from functools import cache, lru_cache
from typing import Any

from coprod_desktop.core.domain.money import Money

#: The locale of the numbers (United Kingdom English: "£1,234.50", "10,746.9").
LOCALE = "en_GB"
#: The currency of money amounts (the locale pack's currency when others ship).
CURRENCY = "GBP"


@cache
def _locale() -> Any:
    """Babel is imported on first use: the window's first paint never needs it."""
    from babel import Locale

    return Locale.parse(LOCALE)


@cache
def _pattern(text: str) -> Any:
    from babel.numbers import parse_pattern

    return parse_pattern(text)


def grouped(value: int | Decimal, places: int | None = 0, *, keep_zeros: bool = False) -> str:
    """A number with thousands separators: `grouped(31915)` is "31,915";
    `grouped(Decimal("10746.90"), 1)` is "10,746.9". Up to `places` decimals (None: as many
    as the value holds, so nothing recorded is rounded away), trailing zeros dropped unless
    `keep_zeros`."""
    if isinstance(value, float):
        raise TypeError("grouped takes an int or a Decimal, never a float")
    if places is None:
        exponent = Decimal(value).normalize().as_tuple().exponent
        places = min(-exponent, 12) if isinstance(exponent, int) and exponent < 0 else 0
    if places <= 0:
        return _pattern("#,##0").apply(Decimal(value), _locale())
    decimals = ("0" if keep_zeros else "#") * places
    return _pattern(f"#,##0.{decimals}").apply(Decimal(value), _locale())


def count(n: int, singular: str, plural: str | None = None) -> str:
    """ "1 contribution", "1,204 contributions"."""
    word = singular if n == 1 else (plural or f"{singular}s")
    return f"{grouped(n)} {word}"


def money(amount: Money, symbol: str | None = None) -> str:
    """Money for people: "£31,915.07", "-£3.05". `symbol` is a locale pack's currency sign;
    without it, the currency of `LOCALE`."""
    return _money(amount.pence, symbol)


@lru_cache(maxsize=8192)
def _money(pence: int, symbol: str | None) -> str:
    """Kept by amount: a document writes the same few rates and fees thousands of times (a
    ten-year portfolio worked out 6,000 rates, a fifth of its time spent in Babel)."""
    amount = Money(pence)
    if symbol is None:
        pattern = _locale().currency_formats["standard"]
        return pattern.apply(amount.to_decimal(), _locale(), currency=CURRENCY)
    sign = "-" if pence < 0 else ""
    return f"{sign}{symbol}{grouped(abs(amount.to_decimal()), 2, keep_zeros=True)}"


def hours_minutes(minutes: int) -> str:
    """Time for people, one style everywhere: "31,915h 04m", "3h 50m", "2h", "45m"."""
    if isinstance(minutes, bool) or not isinstance(minutes, int):
        raise TypeError("hours_minutes takes whole minutes")
    sign = "-" if minutes < 0 else ""
    hours, mins = divmod(abs(minutes), 60)
    if hours and mins:
        return f"{sign}{grouped(hours)}h {mins:02d}m"
    if hours:
        return f"{sign}{grouped(hours)}h"
    return f"{sign}{mins}m"


def miles(distance: Decimal, unit: str = "miles") -> str:
    """A distance with its unit: "10,746.9 miles" (every decimal recorded, none added)."""
    return f"{grouped(distance, None)} {unit}"
