"""Tax years, worked from the locale pack's start day so 6 April, 1 July and 1 January all work.

A tax year is named by the calendar year it starts in: the United Kingdom year
2025-04-06..2026-04-05 is 2025, written "2025-26". Where the tax year is the calendar year
(Canada, the United States) the label is just "2025".
"""

from __future__ import annotations

from datetime import date, timedelta

from coprod_desktop.core.rules.locale import LocalePack


def tax_year_of(d: date, pack: LocalePack) -> int:
    """The tax year `d` falls in, named by the year it starts in."""
    starts = (pack.tax_year_start_month, pack.tax_year_start_day)
    return d.year if (d.month, d.day) >= starts else d.year - 1


def tax_year_bounds(year: int, pack: LocalePack) -> tuple[date, date]:
    """First and last day (both inclusive) of tax year `year`."""
    first = date(year, pack.tax_year_start_month, pack.tax_year_start_day)
    following = date(year + 1, pack.tax_year_start_month, pack.tax_year_start_day)
    return first, following - timedelta(days=1)


def tax_year_label(year: int, pack: LocalePack | None = None) -> str:
    """ "2025-26" for a year that spans two calendar years; "2025" when it starts on 1 January."""
    if pack is not None and (pack.tax_year_start_month, pack.tax_year_start_day) == (1, 1):
        return str(year)
    return f"{year}-{(year + 1) % 100:02d}"
