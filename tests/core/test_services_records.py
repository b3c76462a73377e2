"""Services end to end on a real database file: records, rules in force, errors change nothing."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from coprod_desktop.core.domain.errors import Conflict, NotFound, UserError
from coprod_desktop.core.domain.kinds import Basis, ClaimStatus, Classification, Vehicle
from coprod_desktop.core.domain.money import Money
from coprod_desktop.core.domain.records import Organisation
from coprod_desktop.core.services import Services
from tests.core import helpers as h


def counts(sv: Services) -> tuple[int, ...]:
    return (
        len(sv.organisations.list()),
        len(sv.agreements.list()),
        len(sv.activities.list()),
        len(sv.expenses.list()),
        len(sv.claims.list()),
        len(sv.payments.list()),
    )


def test_organisation_crud_and_plain_errors(services: Services) -> None:
    org = h.org(services, "nuh")
    assert org.code == "NUH"
    before = counts(services)
    with pytest.raises(Conflict) as err:
        services.organisations.create(Organisation(name="Other", code="NUH"))
    assert err.value.field == "code" and "already used" in err.value.message
    with pytest.raises(UserError) as err2:
        services.organisations.create(Organisation(name="", code="ABC"))
    assert err2.value.field == "name"
    with pytest.raises(UserError):
        services.organisations.create(Organisation(name="X", code="a b"))
    assert counts(services) == before
    edited = services.organisations.update(replace(org, name="Nottingham"))
    assert services.organisations.get(org.id).name == "Nottingham" == edited.name
    gone = services.organisations.delete(org.id)
    assert services.organisations.list() == []
    services.organisations.restore(gone)
    assert services.organisations.by_code("NUH").id == org.id


def test_terms_change_mid_period(services: Services) -> None:
    """The day before a re-classification is paid; the day of it is expenses only."""
    org = h.org(services)
    agr = h.hourly(services, org.id, "25.00")
    services.agreements.change_terms(
        agr.id,
        date(2026, 6, 1),
        basis=Basis.EXPENSES_ONLY,
        classification=Classification.VOLUNTARY,
        source="letter",
    )
    before = h.activity(services, org.id, agr.id, date(2026, 5, 31), contact=120)
    on_day = h.activity(services, org.id, agr.id, date(2026, 6, 1), contact=120)
    fee_before = services.activities.fee_preview(before)
    fee_on = services.activities.fee_preview(on_day)
    assert fee_before.amount == Money(5000) and fee_before.status.value == "paid"
    assert fee_on.amount == Money(0) and fee_on.status.value == "unpaid"
    history = services.agreements.get(agr.id).terms
    assert [t.classification for t in history] == [Classification.PAID, Classification.VOLUNTARY]
    assert history[1].hourly_rate == Money(2500)  # unset options carry over
    assert history[1].source == "letter"


def test_mileage_band_is_counted_across_organisations(services: Services) -> None:
    """9,980 miles driven for two organisations, then a 40-mile journey: £14.00."""
    a = h.org(services, "AAA")
    b = h.org(services, "BBB")
    for i in range(10):
        h.mileage(services, a.id if i % 2 else b.id, date(2026, 5, 1 + i), "998")
    last = h.mileage(services, a.id, date(2026, 6, 1), "40")
    item = next(i for i in services.expenses.list() if i.expense.id == last.id)
    assert item.amount == Money(1400)
    assert item.breakdown == "20 mi × 45p + 20 mi × 25p"
    # a new tax year starts the count again
    fresh = h.mileage(services, a.id, date(2027, 4, 6), "10", vehicle=Vehicle.CAR)
    assert services.expenses.figure(fresh).amount == Money(450)


def test_tax_year_edges(services: Services) -> None:
    h.member(services)
    org = h.org(services)
    agr = h.hourly(services, org.id, "60.00")
    h.activity(services, org.id, agr.id, date(2026, 4, 5), contact=60)
    h.activity(services, org.id, agr.id, date(2026, 4, 6), contact=120)
    y2025 = services.summaries.tax_year(2025)
    y2026 = services.summaries.tax_year(2026)
    assert (y2025.start, y2025.end) == (date(2025, 4, 6), date(2026, 4, 5))
    assert y2025.fee_income == Money(6000)
    assert y2026.fee_income == Money(12000)
    assert y2026.trading_allowance == Money(100000)


def test_activity_validation_changes_nothing(services: Services) -> None:
    org = h.org(services)
    other = h.org(services, "OTH")
    agr = h.hourly(services, other.id)
    before = counts(services)
    with pytest.raises(UserError) as err:
        h.activity(services, org.id, agr.id, date(2026, 1, 1))
    assert err.value.field == "agreement"
    with pytest.raises(UserError) as err:
        h.activity(services, org.id, None, date(2026, 1, 1), contact=-5)
    assert err.value.field == "contact_minutes"
    with pytest.raises(UserError) as err:
        h.activity(services, org.id, None, date(1900, 1, 1))
    assert err.value.field == "date"
    assert counts(services) == before


def test_delete_and_restore_activity_relinks_expenses(services: Services) -> None:
    org = h.org(services)
    act = h.activity(services, org.id, None, date(2026, 3, 3))
    exp = h.mileage(services, org.id, date(2026, 3, 3), "12", activity_id=act.id)
    deleted = services.activities.delete(act.id)
    assert services.expenses.get(exp.id).activity_id is None
    services.activities.restore(deleted)
    assert services.activities.get(act.id) == act
    assert services.expenses.get(exp.id).activity_id == act.id


def test_claim_lifecycle_part_payment_fees_first(services: Services) -> None:
    org = h.org(services, "NUH", promised=30)
    agr = h.hourly(services, org.id, "25.00")
    h.activity(services, org.id, agr.id, date(2026, 10, 1), contact=120)  # £50
    h.parking(services, org.id, date(2026, 10, 1), "4.50")
    h.activity(services, org.id, None, date(2026, 10, 2))  # no terms: no fee line
    claim = services.claims.create(org.id, date(2026, 10, 1), date(2026, 10, 31))
    assert claim.number == "NUH-2026-001"
    assert [str(ln.amount) for ln in claim.lines] == ["50.00", "4.50"]
    assert claim.total == Money(5450)
    # nothing can be claimed twice
    with pytest.raises(UserError):
        services.claims.create(org.id, date(2026, 10, 1), date(2026, 10, 31))
    with pytest.raises(Conflict):
        services.payments.add(date(2026, 11, 1), Money(100), claim_number=claim.number)
    services.claims.submit(claim.number, date(2026, 10, 1) if False else date(2026, 11, 22))
    services.payments.add(date(2026, 11, 22), Money(5200), claim_number=claim.number)
    item = services.claims.item(claim.number)
    assert item.claim.status is ClaimStatus.PART_PAID
    assert item.fee_paid == Money(5000) and item.expense_paid == Money(200)
    assert item.outstanding == Money(250)
    with pytest.raises(UserError) as err:
        services.payments.add(date(2026, 11, 22), Money(300), claim_number=claim.number)
    assert err.value.field == "amount"
    services.payments.add(date(2026, 11, 22), Money(250), claim_number=claim.number)
    done = services.claims.item(claim.number)
    assert done.claim.status is ClaimStatus.PAID and done.outstanding == Money(0)
    assert done.days_to_pay == 0


def test_void_frees_lines_and_overdue(services: Services, clock: object) -> None:
    org = h.org(services, "NUH", promised=14)
    agr = h.hourly(services, org.id, "30.00")
    act = h.activity(services, org.id, agr.id, date(2026, 9, 1), contact=60)
    first = services.claims.create(org.id)
    with pytest.raises(Conflict):
        services.activities.delete(act.id)
    services.claims.void(first.number, date(2026, 11, 22), "sent to wrong address")
    second = services.claims.create(org.id)
    assert second.number == "NUH-2026-002" and second.total == Money(3000)
    services.claims.submit(second.number, date(2026, 11, 22))
    item = services.claims.item(second.number)
    assert item.due_date == date(2026, 12, 6) and not item.overdue
    clock.day = date(2026, 12, 20)  # type: ignore[attr-defined]
    later = services.claims.item(second.number)
    assert later.overdue and later.days_late == 14


def test_not_found_messages_name_the_record(services: Services) -> None:
    with pytest.raises(NotFound) as err:
        services.claims.get("XYZ-2026-001")
    assert "XYZ-2026-001" in err.value.message
    with pytest.raises(NotFound):
        services.organisations.by_code("NOPE")


def test_bank_details_are_checked(services: Services) -> None:
    from coprod_desktop.core.domain.records import Profile

    with pytest.raises(UserError) as err:
        services.profile.save(Profile(name="A", bank_sort_code="12-34", bank_account_number="1"))
    assert err.value.field == "bank_sort_code"
    saved = services.profile.save(
        Profile(name="A", bank_sort_code="12-34-56", bank_account_number="12345678")
    )
    assert saved.bank_sort_code == "123456"


def test_esa_warning_names_hours_when_hours_cross(services: Services) -> None:
    from coprod_desktop.core.domain.records import Profile

    services.profile.save(Profile(name="A", benefits_kind="esa"))
    org = h.org(services)
    agr = h.hourly(services, org.id, "5.00")
    for day in (16, 17, 18):  # 18 hours in the week of 16-22 Nov, £90 of fees
        h.activity(services, org.id, agr.id, date(2026, 11, day), contact=360)
    warnings = services.summaries.benefit_warnings(date(2026, 11, 22))
    week = next(w for w in warnings if w.period_start == date(2026, 11, 16))
    assert "18h of work: over the 16-hour limit" in week.message
    assert "£195.50 under the £195.50 limit" in week.message  # the money is not what crossed
    assert "not under" not in week.message
