"""The Activities, Expenses, Agreements and Organisations pages."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from coprod_desktop.core.domain.money import total
from coprod_desktop.core.domain.parsing import format_minutes
from coprod_desktop.core.domain.records import Agreement, Organisation, Terms
from coprod_desktop.core.domain.views import ActivityItem, ExpenseItem
from coprod_desktop.ui.models import RecordTableModel
from coprod_desktop.ui.pages.base import ListPage
from coprod_desktop.ui.record_models import (
    ActivitiesModel,
    AgreementsModel,
    ExpensesModel,
    OrganisationsModel,
)

if TYPE_CHECKING:
    from coprod_desktop.core.services import Services


def plural(count: int, noun: str) -> str:
    return f"{count} {noun}" + ("" if count == 1 else "s")


class ActivitiesPage(ListPage):
    kind = "activity"
    title = "Activities"
    hint = "Every meeting, panel, review or talk you took part in, with its time and fee."
    dialog = ("activity", "ActivityDialog")

    def make_model(self) -> RecordTableModel[Any]:
        return ActivitiesModel(self)

    def load(self, services: Services) -> Any:
        return services.activities.list(), services.organisations.list()

    def record_of(self, item: ActivityItem) -> Any:
        return item.activity

    def fresh_record(self, services: Services, record: Any) -> Any:
        return services.activities.get(record.id)

    def dialog_options(self) -> dict[str, Any]:
        # a new activity can be a standing meeting: all its meetings are one undoable step
        return {"save_repeating": lambda spec: self.ctx.undo.save("standing meeting", spec)}

    def copy_selected(self) -> None:
        """A one-off repeat: the form opens with the selected activity's details on today's
        date, as a new activity; nothing is saved until Save."""
        item: ActivityItem | None = self.selected_item()
        services = self.ctx.services
        cls = self.dialog_class()
        if item is None or services is None or cls is None:
            return
        copy = services.activities.copy(item.activity.id)  # type: ignore[arg-type]
        dialog = cls(services, self.save_record, None, self, **self.dialog_options())
        dialog.fill_from(copy)
        self.show_dialog(dialog)

    def totals_text(self, shown: list[ActivityItem]) -> str:
        minutes = sum(item.activity.total_minutes for item in shown)
        fees = total(item.fee for item in shown)
        return (
            f"Shown: {len(shown)} {'activity' if len(shown) == 1 else 'activities'}, "
            f"time {format_minutes(minutes)}, fees {fees.display()}"
        )


class ExpensesPage(ListPage):
    kind = "expense"
    title = "Expenses"
    hint = "Mileage, fares, parking, care cover and other costs, with their receipts."
    dialog = ("expense", "ExpenseDialog")

    def make_model(self) -> RecordTableModel[Any]:
        return ExpensesModel(self)

    def load(self, services: Services) -> Any:
        return services.expenses.list(), services.organisations.list()

    def record_of(self, item: ExpenseItem) -> Any:
        return item.expense

    def fresh_record(self, services: Services, record: Any) -> Any:
        return services.expenses.get(record.id)

    def totals_text(self, shown: list[ExpenseItem]) -> str:
        amount = total(item.amount for item in shown)
        return f"Shown: {plural(len(shown), 'expense')}, amount {amount.display()}"


class AgreementsPage(ListPage):
    kind = "agreement"
    title = "Agreements"
    hint = (
        "Your role agreements and every dated change of their terms: open one to see its "
        "timeline or add a change."
    )
    dialog = ("agreement", "AgreementDialog")

    def make_model(self) -> RecordTableModel[Any]:
        return AgreementsModel(self)

    def load(self, services: Services) -> Any:
        return services.agreements.list(), services.organisations.list()

    def loaded(self, data: Any) -> None:
        agreements, orgs = data
        assert isinstance(self.model, AgreementsModel)
        self.model.set_context({o.id: o.name for o in orgs}, self.ctx.today())
        self.set_organisations(orgs)
        self.model.set_items(agreements)

    def fresh_record(self, services: Services, record: Agreement) -> Any:
        return services.agreements.get(record.id)  # type: ignore[arg-type]

    def dialog_options(self) -> dict[str, Any]:
        return {"save_terms": self.save_terms}

    def save_terms(self, terms: Terms) -> Agreement:
        """A change of terms, or a correction of one, as one undoable step; returns the
        agreement as it now stands so the dialog can redraw its timeline."""
        services = self.ctx.services
        assert services is not None and terms.agreement_id is not None
        self.ctx.undo.save("terms", terms)
        return services.agreements.get(terms.agreement_id)

    def totals_text(self, shown: list[Agreement]) -> str:
        return f"Shown: {plural(len(shown), 'agreement')}"


class OrganisationsPage(ListPage):
    kind = "organisation"
    title = "Organisations"
    hint = (
        "The trusts, universities and charities you work with, and how soon each promises to pay."
    )
    dialog = ("organisation", "OrganisationDialog")
    uses_organisation_filter = False
    uses_dates = False

    def make_model(self) -> RecordTableModel[Any]:
        return OrganisationsModel(self)

    def load(self, services: Services) -> Any:
        return services.organisations.list(), []

    def fresh_record(self, services: Services, record: Organisation) -> Any:
        return services.organisations.get(record.id)  # type: ignore[arg-type]

    def totals_text(self, shown: list[Organisation]) -> str:
        return f"Shown: {plural(len(shown), 'organisation')}"


RECORD_PAGES: tuple[type[ListPage], ...] = (
    ActivitiesPage,
    ExpensesPage,
    AgreementsPage,
    OrganisationsPage,
)
