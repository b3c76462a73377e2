"""Every computed money figure for activities and expenses, from one read of the terms.

Services build a Ledger inside a unit of work and ask it; nothing else computes a fee or a
mileage amount. The rules themselves live in `core.rules`; this only gathers their inputs.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import cached_property

from sqlalchemy import select
from sqlalchemy.orm import Session

from coprod_desktop.core.db import models as m
from coprod_desktop.core.domain.kinds import Basis, ExpenseCategory, Vehicle
from coprod_desktop.core.domain.money import Money
from coprod_desktop.core.domain.records import Activity, Expense, Terms
from coprod_desktop.core.rules.fees import FeeResult, fee_for, terms_in_force, value_of_time
from coprod_desktop.core.rules.locale import LocalePack
from coprod_desktop.core.rules.mileage import Journey, MileageResult, mileage_amounts
from coprod_desktop.core.services import convert

_ONE_BY_ONE = 32  # activities looked up singly before the ledger reads them all at once


@dataclass(frozen=True, slots=True)
class ExpenseFigure:
    amount: Money  # what is claimable from the organisation
    approved: Money | None = None
    excess: Money | None = None
    breakdown: str = ""


class Ledger:
    def __init__(
        self,
        session: Session,
        pack: LocalePack,
        reference_rate: Money,
        *,
        journeys_through: date | None = None,
    ) -> None:
        self.session = session
        self.pack = pack
        self.reference_rate = reference_rate
        # Set when every journey asked about is on or before this day (a claim's period end):
        # a journey's amount depends only on the journeys before it in its tax year, so the
        # later ones need not be read or worked out.
        self.journeys_through = journeys_through

    @cached_property
    def terms_by_agreement(self) -> dict[int, tuple[Terms, ...]]:
        found: dict[int, list[Terms]] = {}
        for row in self.session.scalars(select(m.TermsRow).order_by(m.TermsRow.effective_from)):
            found.setdefault(row.agreement_id, []).append(convert.terms(row))
        return {k: tuple(v) for k, v in found.items()}

    def terms_for(self, agreement_id: int | None, on: date) -> Terms | None:
        if agreement_id is None:
            return None
        return terms_in_force(self.terms_by_agreement.get(agreement_id, ()), on)

    def fee(self, activity: Activity) -> FeeResult:
        return fee_for(activity, self.terms_for(activity.agreement_id, activity.date))

    def value(self, activity: Activity) -> Money:
        return value_of_time(activity, self.reference_rate)

    def _agreement_of(self, activity_id: int) -> int | None:
        """The agreement an activity is under, read once.

        Why not read every activity up front: a claim or an edit asks about a handful, and at
        10,000 activities reading them all for each claim made the demo's history take minutes.
        Once many are asked for (a whole list), the rest are read in one query."""
        known: dict[int, int | None] = self.__dict__.setdefault("_agreements", {})
        if activity_id in known:
            return known[activity_id]
        misses = self.__dict__["_agreement_misses"] = self.__dict__.get("_agreement_misses", 0) + 1
        if misses > _ONE_BY_ONE:
            if not self.__dict__.get("_agreements_all"):
                self.__dict__["_agreements_all"] = True
                rows = self.session.execute(select(m.ActivityRow.id, m.ActivityRow.agreement_id))
                known.update({ident: agreement for ident, agreement in rows})
            return known.setdefault(activity_id, None)
        known[activity_id] = self.session.scalar(
            select(m.ActivityRow.agreement_id).where(m.ActivityRow.id == activity_id)
        )
        return known[activity_id]

    def expense_terms(self, expense: Expense) -> Terms | None:
        if expense.activity_id is None:
            return None
        return self.terms_for(self._agreement_of(expense.activity_id), expense.date)

    @cached_property
    def mileage(self) -> dict[int, MileageResult]:
        """Mileage for every journey on record: the band is counted across all organisations."""
        return self._mileage_where()

    def mileage_in_year(self, year: int) -> dict[int, MileageResult]:
        """Mileage for the journeys of one tax year only (the band counts per tax year, so this
        gives the same amounts as `mileage` without reading every year on record), up to
        `journeys_through` when that is set."""
        cache = self.__dict__.setdefault("_mileage_by_year", {})
        if year not in cache:
            from coprod_desktop.core.rules.tax_year import tax_year_bounds

            first, last = tax_year_bounds(year, self.pack)
            if self.journeys_through is not None:
                last = min(last, self.journeys_through)
            cache[year] = self._mileage_where(m.ExpenseRow.date >= first, m.ExpenseRow.date <= last)
        return cache[year]

    def _mileage_where(self, *conditions: object) -> dict[int, MileageResult]:
        # Plain columns, not ORM rows: converting each row would lazy-load its receipts, one
        # query per journey, on every claim and list.
        # The activity's agreement comes in the same query (an outer join), not one per journey.
        rows = self.session.execute(
            select(
                m.ExpenseRow.id,
                m.ExpenseRow.date,
                m.ExpenseRow.miles,
                m.ExpenseRow.vehicle,
                m.ExpenseRow.passengers,
                m.ExpenseRow.activity_id,
                m.ActivityRow.agreement_id,
            )
            .outerjoin(m.ActivityRow, m.ActivityRow.id == m.ExpenseRow.activity_id)
            .where(m.ExpenseRow.category == ExpenseCategory.MILEAGE.value, *conditions)
            .order_by(m.ExpenseRow.date, m.ExpenseRow.id)
        ).all()
        journeys = []
        for ident, on, miles, vehicle, passengers, activity_id, agreement_id in rows:
            terms = None if activity_id is None else self.terms_for(agreement_id, on)
            journeys.append(
                Journey(
                    key=ident,
                    date=on,
                    miles=miles or Decimal(0),
                    vehicle=Vehicle(vehicle),
                    passengers=passengers,
                    own_rate=terms.mileage_rate if terms else None,
                )
            )
        return mileage_amounts(journeys, self.pack)

    def expense(self, expense: Expense) -> ExpenseFigure:
        terms = self.expense_terms(expense)
        if expense.category is ExpenseCategory.MILEAGE:
            result = None
            if expense.id is not None:
                if "mileage" in self.__dict__:  # every year already worked out
                    result = self.mileage.get(expense.id)
                elif self.journeys_through is not None and expense.date > self.journeys_through:
                    result = self.mileage.get(expense.id)  # past the bound: read them all
                else:
                    from coprod_desktop.core.rules.tax_year import tax_year_of

                    year = tax_year_of(expense.date, self.pack)
                    result = self.mileage_in_year(year).get(expense.id)
            if result is None:  # an unsaved journey: price it as the next one in the year
                result = self.preview_mileage(expense)
            amount = result.paid
            figure = ExpenseFigure(amount, result.approved, result.excess, result.breakdown)
        else:
            amount = expense.amount or Money.zero()
            figure = ExpenseFigure(amount)
        if terms is not None:
            if terms.basis is Basis.UNPAID:
                return ExpenseFigure(Money.zero(), figure.approved, figure.excess, figure.breakdown)
            if terms.expense_cap is not None and figure.amount > terms.expense_cap:
                return ExpenseFigure(
                    terms.expense_cap,
                    figure.approved,
                    figure.excess,
                    figure.breakdown + " (capped)",
                )
        return figure

    def preview_mileage(self, expense: Expense) -> MileageResult:
        """What a journey not yet saved (or being edited) would be paid, given the others."""
        from coprod_desktop.core.rules.tax_year import tax_year_of

        year = tax_year_of(expense.date, self.pack)
        journeys = []
        for row in self.session.scalars(
            select(m.ExpenseRow)
            .where(m.ExpenseRow.category == ExpenseCategory.MILEAGE.value)
            .order_by(m.ExpenseRow.date, m.ExpenseRow.id)
        ):
            if row.id == expense.id:
                continue
            if tax_year_of(row.date, self.pack) != year:
                continue
            journeys.append(
                Journey(
                    key=row.id,
                    date=row.date,
                    miles=row.miles or Decimal(0),
                    vehicle=convert.expense(row).vehicle,
                    passengers=row.passengers,
                    own_rate=None,
                )
            )
        terms = self.expense_terms(expense)
        key = -1
        journeys.append(
            Journey(
                key=key,
                date=expense.date,
                miles=expense.miles or Decimal(0),
                vehicle=expense.vehicle,
                passengers=expense.passengers,
                own_rate=terms.mileage_rate if terms else None,
            )
        )
        journeys.sort(key=lambda j: (j.date, j.key if j.key >= 0 else 10**12))
        return mileage_amounts(journeys, self.pack)[key]


def reference_rate(session: Session) -> Money:
    row = session.get(m.ProfileRow, 1)
    return row.reference_rate if row else Money.zero()
