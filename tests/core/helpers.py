"""Small builders for core tests: a member with an organisation and an agreement."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from coprod_desktop.core.domain.kinds import Basis, Classification, ExpenseCategory
from coprod_desktop.core.domain.money import Money
from coprod_desktop.core.domain.records import (
    Activity,
    Agreement,
    Expense,
    Organisation,
    Profile,
    Terms,
)
from coprod_desktop.core.services import Services


def member(sv: Services, rate: str = "20.00") -> None:
    sv.profile.save(Profile(name="Test Member", reference_rate=Money.parse(rate)))


def org(sv: Services, code: str = "NUH", promised: int = 30) -> Organisation:
    return sv.organisations.create(
        Organisation(name=f"Org {code}", code=code, promised_days=promised)
    )


def hourly(
    sv: Services, org_id: int, rate: str = "25.00", start: date = date(2020, 1, 1), **terms: object
) -> Agreement:
    return sv.agreements.create(
        Agreement(
            organisation_id=org_id,
            role_title="Panel member",
            start=start,
            terms=(
                Terms(
                    effective_from=start, basis=Basis.HOURLY, hourly_rate=Money.parse(rate), **terms
                ),
            ),  # type: ignore[arg-type]
        )
    )


def activity(
    sv: Services, org_id: int, agreement_id: int | None, on: date, contact: int = 60, **kw: object
) -> Activity:
    return sv.activities.create(
        Activity(
            organisation_id=org_id,
            agreement_id=agreement_id,
            date=on,
            title="Meeting",
            contact_minutes=contact,
            **kw,
        )  # type: ignore[arg-type]
    )


def mileage(sv: Services, org_id: int, on: date, miles: str, **kw: object) -> Expense:
    return sv.expenses.create(
        Expense(
            organisation_id=org_id,
            date=on,
            category=ExpenseCategory.MILEAGE,
            miles=Decimal(miles),
            **kw,
        )  # type: ignore[arg-type]
    )


def parking(sv: Services, org_id: int, on: date, amount: str = "4.50") -> Expense:
    return sv.expenses.create(
        Expense(
            organisation_id=org_id,
            date=on,
            category=ExpenseCategory.PARKING,
            amount=Money.parse(amount),
        )
    )


VOLUNTARY = Classification.VOLUNTARY
