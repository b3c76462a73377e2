"""File → Open someone's records…: the record sets on this computer, by the name each chose.

Open another person's records, make new ones for someone the member supports, or delete a set
that is not open (the sample records, say) once its name is typed. Deleting the records open
now is refused: open another person's first, so nothing is deleted from under the window.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem

from coprod_desktop.core.domain.errors import UserError
from coprod_desktop.core.io.record_sets import (
    RecordSet,
    check_deletable,
    delete_files,
    open_elsewhere,
)
from coprod_desktop.ui import record_switch
from coprod_desktop.ui.forms.ui_dialog_records import Ui_RecordsDialog

if TYPE_CHECKING:
    from coprod_desktop.ui.main_window import MainWindow

NAME_ROLE = Qt.ItemDataRole.UserRole


class RecordsDialog(QDialog):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.ui = Ui_RecordsDialog()
        self.ui.setupUi(self)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        ui = self.ui
        ui.errorLabel.setProperty("role", "error")
        ui.errorLabel.setVisible(False)
        close = ui.buttonBox.button(QDialogButtonBox.StandardButton.Close)
        close.setText("&Close")
        close.setAccessibleName("Close")
        ui.buttonBox.rejected.connect(self.reject)
        ui.openButton.clicked.connect(self.open_chosen)
        ui.deleteButton.clicked.connect(self.delete_chosen)
        ui.newButton.clicked.connect(self.make_new)
        ui.newNameEdit.returnPressed.connect(self.make_new)
        ui.recordsList.itemActivated.connect(lambda _item: self.open_chosen())
        ui.recordsList.currentItemChanged.connect(lambda *_a: self._chosen_changed())
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 64)
        self.fill()

    # -- the list ----------------------------------------------------------------------------
    def fill(self) -> None:
        ui = self.ui
        ui.recordsList.clear()
        try:
            sets = record_switch.registry().sets()
        except UserError as exc:
            self._error(exc.message)
            sets = []
        current = record_switch.current_set(self.window_)
        for record_set in sets:
            text = record_set.name
            notes = []
            if self._is_open(record_set):
                notes.append("open now")
            if record_set.protected:
                notes.append("protected by a passphrase")
            if notes:
                text += f"  ({', '.join(notes)})"
            item = QListWidgetItem(text)
            item.setData(NAME_ROLE, record_set.name)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
            ui.recordsList.addItem(item)
            if current is not None and record_set.name == current.name:
                ui.recordsList.setCurrentItem(item)
        if ui.recordsList.currentItem() is None and ui.recordsList.count():
            ui.recordsList.setCurrentRow(0)
        self._chosen_changed()

    def chosen(self) -> RecordSet | None:
        item = self.ui.recordsList.currentItem()
        if item is None:
            return None
        try:
            return record_switch.registry().find(item.data(NAME_ROLE))
        except UserError as exc:
            self._error(exc.message)
            return None

    def _is_open(self, record_set: RecordSet | None) -> bool:
        """Open, not merely chosen: locked records (passphrase not given) can be chosen again."""
        if self.window_.ctx.services is None:
            return False
        current = record_switch.current_set(self.window_)
        return record_set is not None and current is not None and current.name == record_set.name

    def _chosen_changed(self) -> None:
        chosen = self.chosen()
        ui = self.ui
        ui.folderLabel.setText(f"Kept in: {chosen.folder}" if chosen else "")
        ui.openButton.setEnabled(chosen is not None and not self._is_open(chosen))
        ui.deleteButton.setEnabled(chosen is not None and not self._is_open(chosen))

    def _error(self, text: str) -> None:
        self.ui.errorLabel.setText(f"⚠ {text}" if text else "")
        self.ui.errorLabel.setVisible(bool(text))

    # -- actions -----------------------------------------------------------------------------
    def open_chosen(self) -> None:
        chosen = self.chosen()
        if chosen is None or self._is_open(chosen):
            return
        self.accept()
        record_switch.switch_to(self.window_, chosen)

    def make_new(self) -> None:
        try:
            made = record_switch.registry().add(self.ui.newNameEdit.text())
        except UserError as exc:
            self._error(exc.message)
            self.ui.newNameEdit.setFocus()
            return
        self.accept()
        record_switch.switch_to(self.window_, made)

    def delete_chosen(self) -> None:
        chosen = self.chosen()
        if chosen is None:
            return
        if self._is_open(chosen):
            self._error(
                f"\u201c{chosen.name}\u201d are the records open now; open someone else's "
                "records first, then delete these."
            )
            return
        try:
            if open_elsewhere(chosen.folder):
                raise UserError(
                    f"\u201c{chosen.name}\u201d are open in another copy of Coprod Desktop; "
                    "close it first. Nothing was deleted."
                )
            check_deletable(chosen)
        except UserError as exc:
            self._error(exc.message)
            return
        if not record_switch.confirm_delete(self, chosen):
            self._error("Nothing was deleted: the name was not typed as it is listed.")
            return
        try:
            record_switch.registry().forget(chosen.name)
            delete_files(chosen)
        except UserError as exc:
            self._error(exc.message)
            self.fill()
            return
        self._error("")
        self.window_.ctx.report(f"\u201c{chosen.name}\u201d are deleted from this computer.")
        self.fill()
