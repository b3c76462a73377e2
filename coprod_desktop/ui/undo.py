"""Undo and redo for creating, editing and deleting records.

Why deletes need no confirmation: every delete is a command on the window's `QUndoStack`, and
the services hand back a snapshot (`DeletedActivity`, the `Expense`, the `Organisation`, the
`Agreement`, the draft `Claim`) that `restore` puts back exactly, ids included.

How a command runs: the first time, *before* it goes on the stack, `perform()` calls the
service; if that raises `UserError` the dialog shows it and nothing is pushed. The stack's
own first `redo()` is then skipped. Later undo/redo calls that fail (say the record is now in a
claim) report the plain message and drop the command, rather than leave the stack out of step.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand, QUndoStack

from coprod_desktop.core.domain.errors import UserError
from coprod_desktop.core.domain.records import Agreement, Terms

if TYPE_CHECKING:
    from coprod_desktop.core.services import Services

Notify = Callable[[str], None]


@dataclass(frozen=True)
class RecordArea:
    """How one record type is created, changed, fetched, deleted and put back."""

    kind: str  # what changed, for the pages: "activity", "expense", "agreement", "payment"...
    noun: str  # for menu text: "Undo add activity"
    create: Callable[..., Any]
    update: Callable[..., Any]
    get: Callable[[Any], Any]
    delete: Callable[[Any], Any]
    restore: Callable[[Any], Any]
    key: Callable[[Any], Any] = lambda record: record.id  # what delete/get take


def _unsupported(*_args: Any) -> Any:
    raise UserError("A claim is changed through its own buttons, not edited.", "claim")


def _not_edited(*_args: Any) -> Any:
    raise UserError(
        "A payment is not edited: delete it (Undo brings it back) and record it again.", "payment"
    )


def _not_a_record(*_args: Any) -> Any:
    raise UserError("A standing meeting is changed one meeting at a time.", "activity")


def _version_of(agreement: Agreement, effective_from: date) -> Terms:
    """The saved version of the terms from a date (the services return the whole agreement)."""
    return next(t for t in agreement.terms if t.effective_from == effective_from)


def record_areas(services: Services) -> dict[str, RecordArea]:
    """The record types the window can create, edit and delete, each over its service.

    A claim is created from a spec (organisation id, from, to), not a record filled in whole;
    undoing its creation deletes the draft. A payment is created from the keyword arguments of
    `payments.add`; undoing it removes the payment and the claim goes back a status. A version
    of the terms (a change of terms, or a correction of one) carries its agreement id."""
    sv = services

    def add_version(terms: Terms) -> Terms:
        assert terms.agreement_id is not None
        return _version_of(sv.agreements.add_terms(terms.agreement_id, terms), terms.effective_from)

    def correct_version(terms: Terms) -> Terms:
        return _version_of(sv.agreements.update_terms(terms), terms.effective_from)

    return {
        "activity": RecordArea(
            "activity", "activity", sv.activities.create, sv.activities.update,
            sv.activities.get, sv.activities.delete, sv.activities.restore,
        ),
        "expense": RecordArea(
            "expense", "expense", sv.expenses.create, sv.expenses.update,
            sv.expenses.get, sv.expenses.delete, sv.expenses.restore,
        ),
        "organisation": RecordArea(
            "organisation", "organisation", sv.organisations.create, sv.organisations.update,
            sv.organisations.get, sv.organisations.delete, sv.organisations.restore,
        ),
        "agreement": RecordArea(
            "agreement", "agreement", sv.agreements.create, sv.agreements.update,
            sv.agreements.get, sv.agreements.delete, sv.agreements.restore,
        ),
        "claim": RecordArea(
            "claim", "claim", lambda spec: sv.claims.create(*spec), _unsupported,
            sv.claims.get, sv.claims.delete_draft, sv.claims.restore_draft,
            key=lambda claim: claim.number,
        ),
        "payment": RecordArea(
            "payment", "payment", lambda spec: sv.payments.add(**spec), _not_edited,
            _not_edited, sv.payments.delete, sv.payments.restore,
        ),
        "standing meeting": RecordArea(
            "activity", "standing meeting", lambda spec: sv.activities.create_repeating(*spec),
            _not_a_record, _not_a_record,
            lambda ids: [sv.activities.delete(i) for i in ids],
            lambda gone: [sv.activities.restore(d) for d in gone],
            key=lambda made: [a.id for a in made],
        ),
        "terms": RecordArea(
            "agreement", "change of terms", add_version, correct_version,
            sv.agreements.get_terms, sv.agreements.remove_terms, add_version,
        ),
    }  # fmt: skip


class RecordCommand(QUndoCommand):
    """Base: runs `forward` first outside the stack, then `undo`/`redo` on request."""

    def __init__(
        self, area: RecordArea, text: str, changed: Callable[[str], None], report: Notify
    ) -> None:
        super().__init__(text)
        self.area = area
        self.changed = changed
        self.report = report
        self._done_once = False
        self.result: Any = None

    # subclasses fill these two
    def forward(self) -> Any:
        raise NotImplementedError

    def backward(self) -> None:
        raise NotImplementedError

    def perform(self) -> Any:
        """The first run, before the command is pushed; raises UserError to the caller."""
        self.result = self.forward()
        self._done_once = True
        self.changed(self.area.kind)
        return self.result

    def redo(self) -> None:
        if self._done_once:
            self._done_once = False  # the push after perform(): already done
            return
        self._guard(self.forward)

    def undo(self) -> None:
        self._guard(self.backward)

    def _guard(self, step: Callable[[], Any]) -> None:
        try:
            step()
        except UserError as exc:
            self.report(f"Could not {self.text().lower()}: {exc.message}")
            self.setObsolete(True)
        self.changed(self.area.kind)


class CreateCommand(RecordCommand):
    """Create; undo deletes it (keeping the snapshot); redo restores the snapshot, same id."""

    def __init__(
        self,
        area: RecordArea,
        record: Any,
        changed: Callable[[str], None],
        report: Notify,
        **extra: Any,
    ) -> None:
        super().__init__(area, f"Add {area.noun}", changed, report)
        self.record = record
        self.extra = extra  # e.g. files=... for an expense's receipts
        self.snapshot: Any = None

    def forward(self) -> Any:
        if self.snapshot is None:
            self.result = self.area.create(self.record, **self.extra)
        else:
            self.result = self.area.restore(self.snapshot)
        return self.result

    def backward(self) -> None:
        self.snapshot = self.area.delete(self.area.key(self.result))


class EditCommand(RecordCommand):
    """Update; undo writes back the record as it was before."""

    def __init__(
        self,
        area: RecordArea,
        before: Any,
        after: Any,
        changed: Callable[[str], None],
        report: Notify,
        **extra: Any,
    ) -> None:
        super().__init__(area, f"Edit {area.noun}", changed, report)
        self.before = before
        self.after = after
        self.extra = extra
        self._saved_after: Any = None

    def forward(self) -> Any:
        if self._saved_after is None:
            self._saved_after = self.area.update(self.after, **self.extra)
        else:
            self.area.update(self._saved_after)  # files are stored already; ids are on it
        self.result = self._saved_after
        return self.result

    def backward(self) -> None:
        self.area.update(self.before)


class DeleteCommand(RecordCommand):
    """Delete; undo restores the snapshot the service returned."""

    def __init__(
        self, area: RecordArea, key: Any, changed: Callable[[str], None], report: Notify
    ) -> None:
        super().__init__(area, f"Delete {area.noun}", changed, report)
        self.key = key
        self.snapshot: Any = None

    def forward(self) -> Any:
        self.snapshot = self.area.delete(self.key)
        return self.snapshot

    def backward(self) -> None:
        self.area.restore(self.snapshot)


class UndoController:
    """Pushes record commands on one stack; pages call `save` and `delete` from here."""

    def __init__(self, stack: QUndoStack, changed: Callable[[str], None], report: Notify) -> None:
        self.stack = stack
        self.changed = changed
        self.report = report
        self.areas: dict[str, RecordArea] = {}

    def bind(self, services: Services) -> None:
        self.areas = record_areas(services)
        self.stack.clear()

    def save(self, kind: str, record: Any, **extra: Any) -> Any:
        """Create (id None) or update a record as one undoable step. Raises UserError."""
        area = self.areas[kind]
        command: RecordCommand
        if isinstance(record, tuple | dict) or getattr(record, "id", None) is None:
            command = CreateCommand(area, record, self.changed, self.report, **extra)
        else:
            before = area.get(record.id)
            command = EditCommand(area, before, record, self.changed, self.report, **extra)
        result = command.perform()
        self.stack.push(command)
        return result

    def delete(self, kind: str, key: Any) -> Any:
        """Delete as one undoable step. Raises UserError (e.g. the record is in a claim)."""
        command = DeleteCommand(self.areas[kind], key, self.changed, self.report)
        result = command.perform()
        self.stack.push(command)
        return result
