"""The years a chart's axis shows: every tax year in the range, and which of them are part years.

Why: a chart that leaves out a year with no hours reads as if the years ran on without a gap
(2019-20 straight after 2016-17), and a bar for the year still running, or cut by the range the
member asked for, looks like a fall in hours when it is only a shorter year. So the axis shows
every year from the first to the last, empty ones included, and marks a part year in its label
with a note of the dates it covers.

Labels are the core's tax-year labels: "2025-26" for a year over two calendar years, "2025"
where the tax year is the calendar year (see `rules.tax_year.tax_year_label`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

#: The United Kingdom's tax year starts on 6 April: the default for a pack that does not say
#: (a group pack made from bundles).
UK_YEAR_START = (4, 6)
PART_MARK = " (part year)"


@dataclass(frozen=True, slots=True)
class AxisYear:
    """One year on a chart's axis: its label, whether it is a part year and the dates it covers
    in the range (the whole year when it is not a part year)."""

    label: str
    start_year: int
    part: bool
    first: date
    last: date

    @property
    def axis_label(self) -> str:
        return self.label + (PART_MARK if self.part else "")


def start_year_of(label: str) -> int | None:
    """2025 for "2025-26" or "2025"; None for a label that is not a tax year."""
    head = label[:4]
    return int(head) if head.isdigit() else None


def label_for(year: int, like: str) -> str:
    """The label of tax year `year` written like `like` ("2025-26" or "2025")."""
    return f"{year}-{(year + 1) % 100:02d}" if "-" in like else str(year)


def year_bounds(year: int, start: tuple[int, int]) -> tuple[date, date]:
    first = date(year, *start)
    return first, date(year + 1, *start) - timedelta(days=1)


def axis_years(
    labels: Sequence[str],
    *,
    date_from: date | None,
    date_to: date | None,
    today: date,
    year_start: tuple[int, int] = UK_YEAR_START,
) -> list[AxisYear]:
    """Every tax year from the first to the last of `labels`, in order, each marked as a part
    year when the range (from `date_from`, or the first record, to `date_to` or `today`) covers
    only some of it. Labels that are not tax years are left out."""
    years = sorted({y for y in map(start_year_of, labels) if y is not None})
    if not years:
        return []
    like = next(label for label in labels if start_year_of(label) is not None)
    start = (1, 1) if "-" not in like else year_start
    end = min(date_to, today) if date_to else today
    out = []
    for year in range(years[0], years[-1] + 1):
        first, last = year_bounds(year, start)
        shown_first = max(first, date_from) if date_from else first
        shown_last = min(last, end)
        part = shown_first > first or shown_last < last
        out.append(AxisYear(label_for(year, like), year, part, shown_first, shown_last))
    return out
