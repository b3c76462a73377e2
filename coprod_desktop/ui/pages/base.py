"""A list page: search-as-you-type, organisation/date/status filters, totals, New/Edit/Delete.

Subclasses say which service lists their records, which dialog edits one, and how the totals of
the shown rows read. Loading runs off the GUI thread through the window's `TaskRunner`.
"""

from __future__ import annotations

import importlib
from datetime import date
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import QDate, QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QWidget

from coprod_desktop.core.domain.errors import UserError
from coprod_desktop.ui.context import WindowContext
from coprod_desktop.ui.forms.ui_page_records import Ui_RecordsPage
from coprod_desktop.ui.models import RecordFilter, RecordTableModel
from coprod_desktop.ui.pages.tables import setup_table
from coprod_desktop.ui.widgets.date_range import RangeNote, problem_label
from coprod_desktop.ui.widgets.flow import reflow_page

if TYPE_CHECKING:
    from coprod_desktop.core.services import Services


def qdate_to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def date_to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


class ListPage(QWidget):
    """Base for Activities, Expenses, Claims, Agreements and Organisations."""

    kind: ClassVar[str] = ""  # the record kind, as the undo controller names it
    title: ClassVar[str] = ""
    hint: ClassVar[str] = ""
    dialog: ClassVar[tuple[str, str] | None] = None  # (module in ui.dialogs, class name)
    uses_organisation_filter: ClassVar[bool] = True
    uses_dates: ClassVar[bool] = True
    ui_class: ClassVar[type] = Ui_RecordsPage

    def __init__(self, ctx: WindowContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = self.ui_class()
        self.ui.setupUi(self)
        self.setAccessibleName(self.title)
        self.ui.heading.setText(self.title)
        self.ui.hintLabel.setText(self.hint)
        self.ui.hintLabel.setVisible(bool(self.hint))
        self.stale = True
        self.open_dialog: QDialog | None = None
        self.model: RecordTableModel[Any] = self.make_model()
        view = self.ui.tableView
        view.setModel(self.model)
        view.setAccessibleName(f"{self.title} list")
        setup_table(view)
        view.setSortingEnabled(True)
        view.horizontalHeader().setSortIndicatorShown(True)
        if self.model.DEFAULT_SORT is not None:
            view.sortByColumn(*self.model.DEFAULT_SORT)
        view.doubleClicked.connect(self._activated)
        view.installEventFilter(self)
        view.selectionModel().selectionChanged.connect(self.selection_changed)
        self.model.modelReset.connect(self.selection_changed)
        self._setup_filters()
        self._setup_actions()
        from coprod_desktop.ui.pages import first_steps

        first_steps.install(self)  # an empty page says what to do first
        ctx.changed.connect(self._record_changed)
        self.selection_changed()
        # the buttons and the filters wrap onto more lines rather than run off a narrow screen
        reflow_page(self, self.ui.outerLayout, [self.ui.actionsLayout, self.ui.filterGrid])
        self.range_label = problem_label(self, "rangeProblem")
        outer = self.ui.outerLayout
        outer.insertWidget(outer.indexOf(self.ui.tableView), self.range_label)
        ui = self.ui
        self.range_note = RangeNote(
            ui.fromDate, ui.toDate, self.range_label, ui.fromCheck, ui.toCheck
        )

    # -- subclass hooks ------------------------------------------------------------------------
    def make_model(self) -> RecordTableModel[Any]:
        raise NotImplementedError

    def load(self, services: Services) -> Any:
        """Runs off the GUI thread: ask the services for everything the page shows."""
        raise NotImplementedError

    def loaded(self, data: Any) -> None:
        """Back on the GUI thread with what `load` returned."""
        items, orgs = data
        self.set_organisations(orgs)
        self.model.set_items(items)

    def totals_text(self, shown: list[Any]) -> str:
        raise NotImplementedError

    def delete_key(self, item: Any) -> Any:
        return self.record_of(item).id

    def record_of(self, item: Any) -> Any:
        return item

    # -- set-up --------------------------------------------------------------------------------
    def _setup_filters(self) -> None:
        ui = self.ui
        ui.searchEdit.textChanged.connect(self.apply_filter)
        ui.orgCombo.addItem("All organisations", None)
        ui.orgCombo.currentIndexChanged.connect(self.apply_filter)
        for widget in (ui.orgLabel, ui.orgCombo):
            widget.setVisible(self.uses_organisation_filter)
        today = self.ctx.today()
        # ticking "From" starts at the first of this month, the commonest question
        ui.fromDate.setDate(date_to_qdate(today.replace(day=1)))
        ui.toDate.setDate(date_to_qdate(today))
        for check, edit in ((ui.fromCheck, ui.fromDate), (ui.toCheck, ui.toDate)):
            edit.setEnabled(False)
            check.toggled.connect(edit.setEnabled)
            check.toggled.connect(self.apply_filter)
            edit.dateChanged.connect(self.apply_filter)
            check.setVisible(self.uses_dates)
            edit.setVisible(self.uses_dates)
        ui.statusCombo.addItem("Everything", None)
        for key, label in self.model.STATUSES:
            ui.statusCombo.addItem(label, key)
        ui.statusCombo.currentIndexChanged.connect(self.apply_filter)
        has_status = bool(self.model.STATUSES)
        ui.statusLabel.setVisible(has_status)
        ui.statusCombo.setVisible(has_status)

    def _setup_actions(self) -> None:
        self.ui.newButton.clicked.connect(lambda: self.edit_record(None))
        self.ui.deleteButton.clicked.connect(self.delete_selected)
        if hasattr(self.ui, "editButton"):
            self.ui.editButton.clicked.connect(self.edit_selected)
        if hasattr(self.ui, "copyButton"):
            # only a page that can copy its records shows the button (Activities)
            copy = getattr(self, "copy_selected", None)
            self.ui.copyButton.setVisible(copy is not None)
            if copy is not None:
                self.ui.copyButton.clicked.connect(copy)

    # -- loading ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        services = self.ctx.services
        if services is None:
            return
        self.stale = False
        self.ctx.runner.run(lambda: self.load(services), self._deliver, key=f"page:{self.kind}")

    def _deliver(self, data: Any) -> None:
        selected = self.selected_item()
        self.loaded(data)
        wanted, self._select_next = getattr(self, "_select_next", None), None
        if wanted is not None and self.select_where(wanted):
            pass
        elif selected is not None:
            self.select_where(lambda item: self.record_key(item) == self.record_key(selected))
        self.update_totals()
        from coprod_desktop.ui.pages import first_steps

        first_steps.update(self)

    def select_when_loaded(self, predicate: Any) -> None:
        """Pick the record `predicate` matches, loading the list first (a reminder or a link
        from another page leads here; the list may not hold the record yet)."""
        self._select_next = predicate
        self.refresh()

    def record_key(self, item: Any) -> Any:
        return self.delete_key(item)

    def _record_changed(self, kind: str) -> None:
        from coprod_desktop.ui.context import AFFECTS

        if self.kind in AFFECTS.get(kind, frozenset({kind})):
            self.stale = True
            if self.isVisible():
                self.refresh()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self.stale:
            self.refresh()

    def set_organisations(self, orgs: list[Any]) -> None:
        combo = self.ui.orgCombo
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem("All organisations", None)
        for org in orgs:
            combo.addItem(org.name, org.id)
        index = combo.findData(chosen)
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    # -- filtering -------------------------------------------------------------------------------
    def current_filter(self) -> RecordFilter:
        ui = self.ui
        return RecordFilter(
            search=ui.searchEdit.text(),
            organisation_id=ui.orgCombo.currentData(),
            date_from=qdate_to_date(ui.fromDate.date()) if ui.fromCheck.isChecked() else None,
            date_to=qdate_to_date(ui.toDate.date()) if ui.toCheck.isChecked() else None,
            status=ui.statusCombo.currentData(),
        )

    def apply_filter(self, *_args: Any) -> None:
        self.model.set_filter(self.current_filter())
        self.update_totals()

    def update_totals(self) -> None:
        shown = self.model.shown()
        hidden = self.model.count_all() - len(shown)
        text = self.totals_text(shown)
        if hidden:
            text += f" ({hidden} more hidden by the filters)"
        self.ui.totalsLabel.setText(text)

    # -- selection and actions -----------------------------------------------------------------
    def selected_item(self) -> Any:
        rows = self.ui.tableView.selectionModel().selectedRows()
        return self.model.item_at(rows[0].row()) if rows else None

    def select_where(self, predicate: Any) -> bool:
        row = self.model.row_of(predicate)
        if row < 0:
            return False
        self.ui.tableView.selectRow(row)
        return True

    def selection_changed(self, *_args: Any) -> None:
        has = self.selected_item() is not None
        self.ui.deleteButton.setEnabled(has)
        if hasattr(self.ui, "editButton"):
            self.ui.editButton.setEnabled(has)
        if hasattr(self.ui, "copyButton"):
            self.ui.copyButton.setEnabled(has)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.ui.tableView and event.type() == QEvent.Type.KeyPress:
            key = QKeyEvent(event).key() if not isinstance(event, QKeyEvent) else event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.edit_selected()
                return True
            if key == Qt.Key.Key_Delete:
                self.delete_selected()
                return True
        return super().eventFilter(watched, event)

    def _activated(self, index: QModelIndex) -> None:
        item = self.model.item_at(index.row())
        if item is not None:
            self.edit_record(item)

    def edit_selected(self) -> None:
        item = self.selected_item()
        if item is not None:
            self.edit_record(item)

    def delete_selected(self) -> None:
        """No confirmation: the delete is one undoable step (Edit > Undo, Ctrl+Z)."""
        item = self.selected_item()
        if item is None or not self.ctx.ready:
            return
        try:
            self.ctx.undo.delete(self.kind, self.delete_key(item))
        except UserError as exc:
            self.ctx.show_error(exc, self)
            return
        self.ctx.report("Deleted. Undo (Ctrl+Z) brings it back.")

    def dialog_class(self) -> type | None:
        """The record dialog, imported only when first needed (it is not needed to start)."""
        if self.dialog is None:
            return None
        module_name, class_name = self.dialog
        module = importlib.import_module(f"coprod_desktop.ui.dialogs.{module_name}")
        return getattr(module, class_name)

    def save_record(self, record: Any, *args: Any, **kwargs: Any) -> Any:
        """What the dialogs call on Save: one undoable create or update. Raises UserError.

        A second positional argument is the expense dialog's receipt files (`NewFile`s)."""
        if args:
            kwargs["files"] = args[0]
        return self.ctx.undo.save(self.kind, record, **kwargs)

    def edit_record(self, item: Any) -> None:
        services = self.ctx.services
        cls = self.dialog_class()
        if services is None or cls is None:
            return
        record = None if item is None else self.record_of(item)
        if record is not None:
            try:
                record = self.fresh_record(services, record)
            except UserError as exc:
                self.ctx.show_error(exc, self)
                return
        dialog = cls(services, self.save_record, record, self, **self.dialog_options())
        self.show_dialog(dialog)

    def dialog_options(self) -> dict[str, Any]:
        """Extra keyword arguments for this page's record dialog."""
        return {}

    def fresh_record(self, services: Services, record: Any) -> Any:
        """The record as stored now (a list row may be a moment old)."""
        return record

    def show_dialog(self, dialog: QDialog) -> None:
        """Window-modal but not blocking, so tests and screen readers can drive it."""
        self.open_dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        dialog.open()

    def _dialog_closed(self, dialog: QDialog) -> None:
        if self.open_dialog is dialog:
            self.open_dialog = None
        self.ui.tableView.setFocus()
