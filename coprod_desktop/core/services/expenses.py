"""Expenses: mileage, fares, parking, care cover... with their receipts."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from coprod_desktop.core.db import models as m
from coprod_desktop.core.domain.errors import Conflict, NotFound, UserError
from coprod_desktop.core.domain.kinds import ExpenseCategory
from coprod_desktop.core.domain.records import Attachment, Expense
from coprod_desktop.core.domain.views import ExpenseFilter, ExpenseItem
from coprod_desktop.core.services import convert
from coprod_desktop.core.services.activities import live_claim_numbers
from coprod_desktop.core.services.context import Context
from coprod_desktop.core.services.ledger import ExpenseFigure, Ledger, reference_rate
from coprod_desktop.core.services.record_rules import MAX_MILES, expense_content

__all__ = ["MAX_MILES", "ExpenseService", "NewFile"]


@dataclass(frozen=True, slots=True)
class NewFile:
    """A file the member picked, to be copied into the store."""

    name: str
    data: bytes


class ExpenseService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def validate(self, expense: Expense, s: Session) -> Expense:
        """The record's own rules (`record_rules`, shared with every importer), then its links."""
        expense = expense_content(expense)
        if s.get(m.OrganisationRow, expense.organisation_id) is None:
            raise NotFound("Choose the organisation this expense is for.", "organisation")
        if expense.activity_id is not None:
            act = s.get(m.ActivityRow, expense.activity_id)
            if act is None:
                raise NotFound("The chosen activity no longer exists: choose another.", "activity")
            if act.organisation_id != expense.organisation_id:
                raise UserError(
                    "The activity was for another organisation: choose one of this "
                    "organisation's activities, or none.",
                    "activity",
                )
        return expense

    def _ledger(self, s: Session) -> Ledger:
        return Ledger(s, self.ctx.pack(), reference_rate(s))

    # -- reading ----------------------------------------------------------------------------
    def get(self, expense_id: int) -> Expense:
        with self.ctx.db.read() as s:
            return convert.expense(self._row(s, expense_id))

    @staticmethod
    def _row(s: Session, expense_id: int) -> m.ExpenseRow:
        row = s.get(m.ExpenseRow, expense_id)
        if row is None:
            raise NotFound(f"There is no expense number {expense_id}.", "expense")
        return row

    def figure(self, expense: Expense) -> ExpenseFigure:
        """The claimable amount of an expense as it stands (live preview in the form)."""
        with self.ctx.db.read() as s:
            ledger = self._ledger(s)
            if expense.category is ExpenseCategory.MILEAGE and expense.miles:
                result = ledger.preview_mileage(expense)
                return ExpenseFigure(result.paid, result.approved, result.excess, result.breakdown)
            return ledger.expense(expense)

    def list(self, flt: ExpenseFilter | None = None) -> list[ExpenseItem]:
        flt = flt or ExpenseFilter()
        with self.ctx.db.read() as s:
            query = select(m.ExpenseRow, m.OrganisationRow.name, m.OrganisationRow.code).join(
                m.OrganisationRow, m.OrganisationRow.id == m.ExpenseRow.organisation_id
            )
            if flt.organisation_id is not None:
                query = query.where(m.ExpenseRow.organisation_id == flt.organisation_id)
            if flt.date_from is not None:
                query = query.where(m.ExpenseRow.date >= flt.date_from)
            if flt.date_to is not None:
                query = query.where(m.ExpenseRow.date <= flt.date_to)
            if flt.category:
                query = query.where(m.ExpenseRow.category == flt.category)
            query = query.order_by(m.ExpenseRow.date.desc(), m.ExpenseRow.id.desc()).options(
                selectinload(m.ExpenseRow.receipts)  # in one query, not one per expense
            )
            ledger = self._ledger(s)
            claimed = live_claim_numbers(s, m.ClaimLineRow.expense_id)
            needle = flt.search.casefold().strip()
            items = []
            for row, org_name, org_code in s.execute(query):
                expense = convert.expense(row)
                if needle and not (
                    needle in expense.description.casefold()
                    or needle in org_name.casefold()
                    or needle in expense.category.value
                ):
                    continue
                if flt.unclaimed_only and row.id in claimed:
                    continue
                fig = ledger.expense(expense)
                items.append(
                    ExpenseItem(
                        expense=expense,
                        organisation_name=org_name,
                        organisation_code=org_code,
                        amount=fig.amount,
                        approved=fig.approved,
                        breakdown=fig.breakdown,
                        claim_number=claimed.get(row.id),
                    )
                )
            return items

    def attachments(self, expense_id: int) -> list[Attachment]:
        with self.ctx.db.read() as s:
            row = self._row(s, expense_id)
            return [
                convert.attachment(s.get(m.AttachmentRow, r.attachment_id)) for r in row.receipts
            ]

    # -- changing ---------------------------------------------------------------------------
    def _store_files(self, files: Sequence[NewFile]) -> list[tuple[str, str, str, int]]:
        stored = []
        for f in files:
            sf = self.ctx.store.put(f.data, f.name)
            stored.append((sf.sha256, sf.original_name, sf.media_type, sf.size))
        return stored

    def _attachment_id(self, s: Session, sha: str, name: str, media: str, size: int) -> int:
        existing = s.scalar(select(m.AttachmentRow).where(m.AttachmentRow.sha256 == sha))
        if existing is not None:
            return existing.id
        row = m.AttachmentRow(
            sha256=sha,
            original_name=name,
            media_type=media,
            size=size,
            added_at=self.ctx.clock.now(),
        )
        s.add(row)
        s.flush()
        return row.id

    def create(self, expense: Expense, files: Sequence[NewFile] = ()) -> Expense:
        """Save an expense; receipt files are checked and copied into the store first."""
        stored = self._store_files(files)
        with self.ctx.db.write() as s:
            expense = self.validate(expense, s)
            row = m.ExpenseRow(**convert.expense_fields(expense))
            if expense.id is not None:
                row.id = expense.id
            s.add(row)
            s.flush()
            ids = list(expense.receipt_ids)
            for sha, name, media, size in stored:
                ident = self._attachment_id(s, sha, name, media, size)
                if ident not in ids:
                    ids.append(ident)
            self._set_receipts(s, row, ids)
            s.flush()
            return convert.expense(row)

    @staticmethod
    def _set_receipts(s: Session, row: m.ExpenseRow, ids: Sequence[int]) -> None:
        row.receipts.clear()
        s.flush()
        for pos, ident in enumerate(ids):
            if s.get(m.AttachmentRow, ident) is None:
                raise NotFound("A receipt file is missing from the store.", "receipt")
            row.receipts.append(m.ExpenseReceiptRow(attachment_id=ident, position=pos))

    def update(self, expense: Expense, files: Sequence[NewFile] = ()) -> Expense:
        """Save changes; `expense.receipt_ids` is the full list kept, `files` are added."""
        if expense.id is None:
            raise NotFound("That expense has not been saved yet.", "expense")
        stored = self._store_files(files)
        with self.ctx.db.write() as s:
            row = self._row(s, expense.id)
            expense = self.validate(expense, s)
            claimed = live_claim_numbers(s, m.ClaimLineRow.expense_id).get(expense.id)
            if claimed and _money_change(convert.expense(row), expense):
                raise Conflict(
                    f"This expense is in claim {claimed}: void that claim before changing its "
                    "amount, distance, date or organisation.",
                    "expense",
                )
            for key, value in convert.expense_fields(expense).items():
                setattr(row, key, value)
            ids = list(expense.receipt_ids)
            for sha, name, media, size in stored:
                ident = self._attachment_id(s, sha, name, media, size)
                if ident not in ids:
                    ids.append(ident)
            self._set_receipts(s, row, ids)
            s.flush()
            return convert.expense(row)

    def delete(self, expense_id: int) -> Expense:
        with self.ctx.db.write() as s:
            row = self._row(s, expense_id)
            claimed = live_claim_numbers(s, m.ClaimLineRow.expense_id).get(expense_id)
            if claimed:
                raise Conflict(
                    f"This expense is in claim {claimed}: void that claim first, then delete it.",
                    "expense",
                )
            snapshot = convert.expense(row)
            s.delete(row)
            return snapshot

    def restore(self, expense: Expense) -> Expense:
        return self.create(expense)


def _money_change(old: Expense, new: Expense) -> bool:
    keys = (
        "date",
        "organisation_id",
        "amount",
        "miles",
        "vehicle",
        "passengers",
        "category",
        "activity_id",
    )
    return any(getattr(old, k) != getattr(new, k) for k in keys)
