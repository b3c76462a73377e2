"""The one date reader (window and command), the remembered claim period, and chart figures."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coprod_desktop.core.domain.errors import UserError
from coprod_desktop.core.domain.kinds import Basis, ClaimStatus
from coprod_desktop.core.domain.money import Money
from coprod_desktop.core.domain.parsing import parse_typed_date
from coprod_desktop.core.domain.records import Activity, Agreement, Organisation, Terms
from coprod_desktop.core.services import Services
from coprod_desktop.core.services.preferences import next_claim_period, whole_months

END_OF_2026 = date(2026, 12, 31)


@pytest.mark.parametrize(
    "typed",
    ["31/12/2026", "31/12/26", "2026-12-31", "31.12.2026", "31-12-2026", " 31 Dec 2026 ",
     "31 December 2026", "12/31/2026"],
)  # fmt: skip
def test_every_way_of_writing_the_last_day_of_2026(typed: str) -> None:
    assert parse_typed_date(typed, "to date") == END_OF_2026


def test_the_locales_own_order_reads_month_first() -> None:
    assert parse_typed_date("02/03/2026", order="MDY") == date(2026, 2, 3)
    assert parse_typed_date("02/03/2026", order="DMY") == date(2026, 3, 2)


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("31/02/2026", "is not a real date: February 2026 has 28 days"),
        ("29/02/2026", "February 2026 has 28 days"),
        ("31/04/2026", "April 2026 has 30 days"),
        ("13/13/2026", "no month 13"),
        ("soon", "is not a date"),
        ("", "is empty"),
        ("1/1/202", "three-digit year"),
        ("3 Smarch 2026", "month name"),
    ],
)
def test_an_impossible_date_is_refused_in_a_sentence_naming_the_field(
    typed: str, words: str
) -> None:
    with pytest.raises(UserError) as raised:
        parse_typed_date(typed, "period to")
    assert words in raised.value.message
    assert raised.value.field == "period to"
    assert raised.value.message.endswith(".")


@given(st.dates(min_value=date(1950, 1, 1), max_value=date(2099, 12, 31)))
def test_a_date_written_day_first_is_read_back_exactly(day: date) -> None:
    assert parse_typed_date(day.strftime("%d/%m/%Y")) == day
    assert parse_typed_date(day.isoformat()) == day


def test_whole_months_and_the_next_period() -> None:
    today = date(2026, 11, 22)
    assert whole_months(date(2026, 9, 1), date(2026, 10, 31)) == 2
    assert whole_months(date(2026, 9, 15), date(2026, 10, 14)) == 0
    # never chosen: last calendar month
    assert next_claim_period(None, today) == (date(2026, 10, 1), date(2026, 10, 31))
    # whole months last time: as many whole months, ending with last month
    assert next_claim_period((date(2026, 1, 1), date(2026, 3, 31)), today) == (
        date(2026, 8, 1),
        date(2026, 10, 31),
    )
    # a four-week cycle: the next four weeks, once they have begun
    assert next_claim_period((date(2026, 9, 21), date(2026, 10, 18)), today) == (
        date(2026, 10, 19),
        date(2026, 11, 15),
    )
    # the next one has not begun yet: the same period again
    assert next_claim_period((date(2026, 11, 1), date(2026, 11, 28)), today) == (
        date(2026, 11, 1),
        date(2026, 11, 28),
    )


def test_the_claim_period_and_save_folder_are_kept_with_the_records(services: Services) -> None:
    prefs = services.preferences
    assert prefs.claim_period() == (date(2026, 10, 1), date(2026, 10, 31))
    prefs.remember_claim_period(date(2026, 9, 1), date(2026, 10, 31))
    assert prefs.claim_period() == (date(2026, 9, 1), date(2026, 10, 31))
    with pytest.raises(UserError):
        prefs.remember_claim_period(date(2026, 10, 31), date(2026, 9, 1))
    assert prefs.save_folder() is None
    prefs.remember_save_folder("/home/r/Documents/claims")
    assert prefs.save_folder() == "/home/r/Documents/claims"


def test_chart_figures_are_the_services_own(services: Services) -> None:
    org = services.organisations.create(Organisation(name="Riverside", code="RIV"))
    start = date(2026, 1, 1)
    agreement = services.agreements.create(
        Agreement(
            org.id,  # type: ignore[arg-type]
            "Panel",
            start,
            terms=(Terms(start, Basis.HOURLY, hourly_rate=Money(2000)),),
        )
    )
    for day, minutes in ((date(2026, 11, 4), 90), (date(2026, 10, 2), 60)):
        services.activities.create(
            Activity(org.id, day, "Panel", agreement_id=agreement.id, contact_minutes=minutes)  # type: ignore[arg-type]
        )
    claim = services.claims.create(org.id, date(2026, 10, 1), date(2026, 10, 31))  # type: ignore[arg-type]
    months = services.charts.money_by_month(12)
    assert months[0].label == "Dec 2025" and months[-1].label == "Nov 2026"
    by_label = {m.label: m for m in months}
    assert by_label["Nov 2026"].earned == Money(3000)  # 1h30 at £20
    assert by_label["Oct 2026"].earned == Money(2000)
    assert all(m.received == Money(0) for m in months)
    counts = {c.status: c.count for c in services.charts.claims_by_status()}
    assert counts[ClaimStatus.DRAFT] == 1 and counts[ClaimStatus.PAID] == 0
    assert claim.status is ClaimStatus.DRAFT
