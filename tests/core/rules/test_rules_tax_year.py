"""Tax years from the pack's start day: UK 6 April, and other starts for other locales."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from coprod_desktop.core.rules.tax_year import tax_year_bounds, tax_year_label, tax_year_of


@pytest.mark.parametrize(
    ("day", "year"),
    [
        (date(2025, 4, 5), 2024),
        (date(2025, 4, 6), 2025),
        (date(2025, 12, 31), 2025),
        (date(2026, 1, 1), 2025),
        (date(2026, 4, 5), 2025),
        (date(2026, 4, 6), 2026),
    ],
)
def test_uk_tax_year_edges(uk, day, year):
    assert tax_year_of(day, uk) == year


def test_uk_bounds_and_label(uk):
    assert tax_year_bounds(2025, uk) == (date(2025, 4, 6), date(2026, 4, 5))
    assert tax_year_label(2025) == "2025-26"
    assert tax_year_label(1999) == "1999-00"
    assert tax_year_label(2025, uk) == "2025-26"


def test_australia_starts_1_july(uk):
    au = dataclasses.replace(uk, tax_year_start_month=7, tax_year_start_day=1)
    assert tax_year_of(date(2025, 6, 30), au) == 2024
    assert tax_year_of(date(2025, 7, 1), au) == 2025
    assert tax_year_bounds(2025, au) == (date(2025, 7, 1), date(2026, 6, 30))
    assert tax_year_label(2025, au) == "2025-26"


def test_calendar_year_locale(uk):
    ca = dataclasses.replace(uk, tax_year_start_month=1, tax_year_start_day=1)
    assert tax_year_of(date(2025, 1, 1), ca) == 2025
    assert tax_year_of(date(2025, 12, 31), ca) == 2025
    assert tax_year_bounds(2024, ca) == (date(2024, 1, 1), date(2024, 12, 31))
    assert tax_year_label(2025, ca) == "2025"


def test_every_day_lies_within_its_years_bounds(uk):
    day = date(2023, 1, 1)
    while day < date(2027, 1, 1):
        first, last = tax_year_bounds(tax_year_of(day, uk), uk)
        assert first <= day <= last
        day = date.fromordinal(day.toordinal() + 1)
