"""One table model per list, each with named column constants and the filters it supports."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import Qt

from coprod_desktop.core.domain.kinds import Basis, ClaimStatus
from coprod_desktop.core.domain.parsing import format_minutes
from coprod_desktop.ui.models import Column, RecordTableModel, short_date

if TYPE_CHECKING:  # for hints only: the records' modules are not needed to paint the window
    from coprod_desktop.core.domain.records import Agreement, ClaimLine, Organisation
    from coprod_desktop.core.domain.views import ActivityItem, ClaimItem, ExpenseItem


def activity_status(item: ActivityItem) -> str:
    """The fee state in words, so nothing depends on colour."""
    if item.activity.draft:
        return "Draft: confirm it to claim"
    if item.claim_number:
        return f"Claimed ({item.claim_number})"
    if item.fee_status == "declined":
        return "Fee declined"
    if item.fee_status == "unpaid":
        return "No fee (unpaid or voluntary)"
    return "Not yet claimed"


class ActivitiesModel(RecordTableModel["ActivityItem"]):
    DATE, ORGANISATION, TITLE, KIND, TIME, FEE, STATUS = range(7)
    DEFAULT_SORT = (DATE, Qt.SortOrder.DescendingOrder)
    COLUMNS: ClassVar = (
        Column("Date", lambda i: short_date(i.activity.date), lambda i: i.activity.date),
        Column(
            "Organisation", lambda i: i.organisation_name, lambda i: i.organisation_name.casefold()
        ),
        Column(
            "Title", lambda i: i.activity.title, lambda i: i.activity.title.casefold(), stretch=True
        ),
        Column("Kind", lambda i: i.activity.kind.label, lambda i: i.activity.kind.label),
        Column(
            "Time",
            lambda i: format_minutes(i.activity.total_minutes),
            lambda i: i.activity.total_minutes,
            right=True,
        ),
        Column("Fee", lambda i: i.fee.display(), lambda i: i.fee.pence, right=True),
        Column("Status", activity_status, activity_status),
    )
    STATUSES: ClassVar = (
        ("unclaimed", "Not yet claimed"),
        ("claimed", "Claimed"),
        ("declined", "Fee declined"),
        ("unpaid", "No fee"),
    )

    def search_text(self, item: ActivityItem) -> str:
        # the same fields the activities service searches
        a = item.activity
        return " ".join((a.title, item.organisation_name, a.skills, a.themes, a.kind.value))

    def organisation_id(self, item: ActivityItem) -> int | None:
        return item.activity.organisation_id

    def item_date(self, item: ActivityItem) -> date | None:
        return item.activity.date

    def statuses(self, item: ActivityItem) -> set[str]:
        found = {"claimed" if item.claim_number else "unclaimed"}
        if item.fee_status in ("declined", "unpaid"):
            found.add(item.fee_status)
            found.discard("unclaimed")
        return found


def receipts_text(item: ExpenseItem) -> str:
    count = len(item.expense.receipt_ids)
    return "None" if count == 0 else f"{count} receipt" + ("s" if count > 1 else "")


def expense_text(item: ExpenseItem) -> str:
    """The member's description, with the core's mileage working when there is one."""
    parts = [p for p in (item.expense.description, item.breakdown) if p]
    return " — ".join(parts)


class ExpensesModel(RecordTableModel["ExpenseItem"]):
    DATE, ORGANISATION, CATEGORY, DESCRIPTION, AMOUNT, RECEIPTS, STATUS = range(7)
    DEFAULT_SORT = (DATE, Qt.SortOrder.DescendingOrder)
    COLUMNS: ClassVar = (
        Column("Date", lambda i: short_date(i.expense.date), lambda i: i.expense.date),
        Column(
            "Organisation", lambda i: i.organisation_name, lambda i: i.organisation_name.casefold()
        ),
        Column("Category", lambda i: i.expense.category.label, lambda i: i.expense.category.label),
        Column("Description", expense_text, lambda i: expense_text(i).casefold(), stretch=True),
        Column("Amount", lambda i: i.amount.display(), lambda i: i.amount.pence, right=True),
        Column("Receipts", receipts_text, lambda i: len(i.expense.receipt_ids), right=True),
        Column(
            "Status",
            lambda i: f"Claimed ({i.claim_number})" if i.claim_number else "Not yet claimed",
            lambda i: i.claim_number or "",
        ),
    )
    STATUSES: ClassVar = (
        ("unclaimed", "Not yet claimed"),
        ("claimed", "Claimed"),
        ("no-receipt", "Without a receipt"),
    )

    def search_text(self, item: ExpenseItem) -> str:
        e = item.expense
        return " ".join((e.description, item.organisation_name, e.category.value))

    def organisation_id(self, item: ExpenseItem) -> int | None:
        return item.expense.organisation_id

    def item_date(self, item: ExpenseItem) -> date | None:
        return item.expense.date

    def statuses(self, item: ExpenseItem) -> set[str]:
        found = {"claimed" if item.claim_number else "unclaimed"}
        if not item.expense.receipt_ids:
            found.add("no-receipt")
        return found


def claim_state(item: ClaimItem) -> str:
    """Status with lateness in words: 'Submitted, 12 days late'."""
    text = item.claim.status.label
    if item.overdue:
        text += f", {item.days_late} day{'s' if item.days_late != 1 else ''} late"
    return text


def claim_due(item: ClaimItem) -> str:
    if item.completed_on:
        return f"Paid {short_date(item.completed_on)}"
    return f"Due {short_date(item.due_date)}" if item.due_date else "Not yet submitted"


class ClaimsModel(RecordTableModel["ClaimItem"]):
    NUMBER, ORGANISATION, CREATED, STATUS, TOTAL, PAID, OUTSTANDING, DUE = range(8)
    DEFAULT_SORT = (CREATED, Qt.SortOrder.DescendingOrder)
    COLUMNS: ClassVar = (
        Column("Number", lambda i: i.claim.number, lambda i: i.claim.number),
        Column(
            "Organisation", lambda i: i.organisation_name, lambda i: i.organisation_name.casefold()
        ),
        Column("Made", lambda i: short_date(i.claim.created_on), lambda i: i.claim.created_on),
        Column("Status", claim_state, lambda i: (i.claim.status.value, i.days_late)),
        Column(
            "Total", lambda i: i.claim.total.display(), lambda i: i.claim.total.pence, right=True
        ),
        Column("Paid", lambda i: i.paid.display(), lambda i: i.paid.pence, right=True),
        Column(
            "Outstanding",
            lambda i: i.outstanding.display(),
            lambda i: i.outstanding.pence,
            right=True,
        ),
        Column("Due", claim_due, lambda i: i.completed_on or i.due_date),
    )
    STATUSES: ClassVar = (
        *((s.value, s.label) for s in ClaimStatus),
        ("overdue", "Overdue"),
    )

    def search_text(self, item: ClaimItem) -> str:
        return " ".join((item.claim.number, item.organisation_name, item.organisation_code))

    def organisation_id(self, item: ClaimItem) -> int | None:
        return item.claim.organisation_id

    def item_date(self, item: ClaimItem) -> date | None:
        return item.claim.created_on

    def statuses(self, item: ClaimItem) -> set[str]:
        return {item.claim.status.value, *(("overdue",) if item.overdue else ())}


class ClaimLinesModel(RecordTableModel["ClaimLine"]):
    KIND, DATE, DESCRIPTION, AMOUNT = range(4)
    COLUMNS: ClassVar = (
        Column("Kind", lambda ln: ln.kind.value.capitalize(), lambda ln: ln.kind.value),
        Column("Date", lambda ln: short_date(ln.date), lambda ln: ln.date),
        Column(
            "Description",
            lambda ln: ln.description,
            lambda ln: ln.description.casefold(),
            stretch=True,
        ),
        Column("Amount", lambda ln: ln.amount.display(), lambda ln: ln.amount.pence, right=True),
    )

    def search_text(self, item: ClaimLine) -> str:
        return item.description


def terms_text(agreement: Agreement) -> str:
    """The latest terms in words, e.g. 'Hourly £25.00 (Paid role)'."""
    if not agreement.terms:
        return "No terms recorded"
    t = agreement.terms[-1]
    rate = t.hourly_rate or t.session_fee or t.day_rate
    amount = f" {rate.display()}" if rate else ""
    kind = "" if t.basis in (Basis.EXPENSES_ONLY, Basis.UNPAID) else f" ({t.classification.label})"
    return f"{t.basis.label}{amount}{kind} from {short_date(t.effective_from)}"


class AgreementsModel(RecordTableModel["Agreement"]):
    ROLE, ORGANISATION, START, END, TERMS, CHANGES = range(6)
    DEFAULT_SORT = (START, Qt.SortOrder.DescendingOrder)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.org_names: Mapping[int, str] = {}
        self.today: date = date.today()

    @property
    def COLUMNS(self) -> tuple[Column[Agreement], ...]:  # type: ignore[override]
        org = self.org_names
        return (
            Column("Role", lambda a: a.role_title, lambda a: a.role_title.casefold()),
            Column(
                "Organisation",
                lambda a: org.get(a.organisation_id, ""),
                lambda a: org.get(a.organisation_id, "").casefold(),
            ),
            Column("From", lambda a: short_date(a.start), lambda a: a.start),
            Column(
                "To",
                lambda a: short_date(a.end) if a.end else "Ongoing",
                lambda a: a.end or date.max,
            ),
            Column("Latest terms", terms_text, terms_text, stretch=True),
            Column(
                "Terms versions", lambda a: str(len(a.terms)), lambda a: len(a.terms), right=True
            ),
        )

    STATUSES: ClassVar = (("current", "Current"), ("ended", "Ended"))

    def set_context(self, org_names: Mapping[int, str], today: date) -> None:
        self.org_names = dict(org_names)
        self.today = today

    def search_text(self, item: Agreement) -> str:
        return " ".join((item.role_title, self.org_names.get(item.organisation_id, "")))

    def organisation_id(self, item: Agreement) -> int | None:
        return item.organisation_id

    def item_date(self, item: Agreement) -> date | None:
        return item.start

    def statuses(self, item: Agreement) -> set[str]:
        return {"ended" if item.end is not None and item.end < self.today else "current"}


class OrganisationsModel(RecordTableModel["Organisation"]):
    NAME, CODE, CONTACT, EMAIL, PROMISED = range(5)
    DEFAULT_SORT = (NAME, Qt.SortOrder.AscendingOrder)
    COLUMNS: ClassVar = (
        Column("Name", lambda o: o.name, lambda o: o.name.casefold(), stretch=True),
        Column("Code", lambda o: o.code, lambda o: o.code),
        Column("Contact", lambda o: o.contact_name, lambda o: o.contact_name.casefold()),
        Column("Email", lambda o: o.email, lambda o: o.email.casefold()),
        Column(
            "Pays within",
            lambda o: f"{o.promised_days} days",
            lambda o: o.promised_days,
            right=True,
        ),
    )

    def search_text(self, item: Organisation) -> str:
        return " ".join((item.name, item.code, item.department, item.contact_name, item.email))


class OverdueModel(RecordTableModel["ClaimItem"]):
    NUMBER, ORGANISATION, OUTSTANDING, LATE = range(4)
    COLUMNS: ClassVar = (
        Column("Claim", lambda i: i.claim.number, lambda i: i.claim.number),
        Column(
            "Organisation", lambda i: i.organisation_name, lambda i: i.organisation_name.casefold()
        ),
        Column(
            "Outstanding",
            lambda i: i.outstanding.display(),
            lambda i: i.outstanding.pence,
            right=True,
        ),
        Column(
            "Days late", lambda i: f"{i.days_late} days late", lambda i: i.days_late, right=True
        ),
    )

    def search_text(self, item: ClaimItem) -> str:
        return item.claim.number
