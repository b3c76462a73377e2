"""File → Receipts inbox…: photos and PDFs from the member's phone, waiting to be filed.

The inbox folder is whatever folder the phone's own sync fills; the app only reads it. New
files are picked up off the GUI thread when the dialog opens (and on Look for new files),
checked as any receipt is, and listed with a thumbnail. Each can be attached to an expense,
start a new expense, or be set aside.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QListWidgetItem,
    QStyle,
    QWidget,
)

from coprod_desktop.core.domain.errors import UserError
from coprod_desktop.ui.dialogs.common import fill_combo, finish_form, fit_to_screen, value
from coprod_desktop.ui.forms.ui_dialog_inbox import Ui_InboxDialog

if TYPE_CHECKING:
    from coprod_desktop.core.services.inbox import InboxItem
    from coprod_desktop.ui.context import WindowContext
    from coprod_desktop.ui.main_window import MainWindow

THUMB = QSize(72, 72)


class InboxDialog(QDialog):
    def __init__(
        self, ctx: WindowContext, parent: QWidget | None = None, *, on_new_expense: Any = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.on_new_expense = on_new_expense
        self.ui = Ui_InboxDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self._doc_icon = self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        ui.receipts.setIconSize(THUMB)
        ui.buttonBox.rejected.connect(self.reject)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).setAccessibleName("Close")
        ui.chooseFolder.clicked.connect(self.choose_folder)
        ui.scan.clicked.connect(self.scan)
        ui.attach.clicked.connect(self.attach)
        ui.setAside.clicked.connect(self.set_aside)
        ui.newExpense.clicked.connect(self.new_expense)
        ui.receipts.currentRowChanged.connect(lambda _row: self._enable())
        ui.expense.currentIndexChanged.connect(lambda _index: self._enable())
        self._fill_expenses()
        self._show_folder()
        finish_form(self)
        fit_to_screen(self, chars=80)
        if self.ctx.services is not None and self.ctx.services.inbox.folder() is not None:
            self.scan()
        else:
            self.show_items([])
        ui.receipts.setFocus()

    @property
    def services(self) -> Any:
        return self.ctx.services

    # -- the folder ---------------------------------------------------------------------------
    def _show_folder(self) -> None:
        folder = self.services.inbox.folder()
        self.ui.folder.setText(
            f"Inbox folder: {folder}"
            if folder
            else "No inbox folder yet: choose the folder your phone's photos arrive in."
        )
        self.ui.scan.setEnabled(folder is not None)

    def choose_folder(self) -> None:
        start = str(self.services.inbox.folder() or Path.home())
        chosen = QFileDialog.getExistingDirectory(self, "Choose the receipts inbox folder", start)
        if not chosen:
            return
        try:
            self.services.inbox.set_folder(chosen)
        except UserError as error:
            self._say(error.message)
            return
        self._show_folder()
        self.scan()

    def scan(self) -> None:
        self.ui.scan.setEnabled(False)
        self._say("Looking for new files…")
        services = self.services

        def work() -> tuple[str, list[InboxItem]]:
            result = services.inbox.scan()
            return result.summary(), services.inbox.list()

        def done(found: tuple[str, list[InboxItem]]) -> None:
            summary, items = found
            self.ui.scan.setEnabled(True)
            self.show_items(items)
            self._say(summary)

        def failed(error: BaseException) -> None:
            self.ui.scan.setEnabled(True)
            if not isinstance(error, UserError):
                raise error
            self.show_items(services.inbox.list())
            self._say(error.message)

        self.ctx.runner.run(work, done, failed)

    # -- the list ------------------------------------------------------------------------------
    def show_items(self, items: list[InboxItem]) -> None:
        from coprod_desktop.ui.dialogs.expense import thumbnail

        listing = self.ui.receipts
        listing.clear()
        for item in items:
            try:
                data = self.services.inbox.content(item.id)
                icon = thumbnail(data, item.media_type, self._doc_icon)
            except UserError:
                icon = QIcon(self._doc_icon)
            seen = item.seen_at.strftime("%d %b %Y %H:%M")
            entry = QListWidgetItem(icon, f"{item.original_name}\nArrived {seen}")
            entry.setData(Qt.ItemDataRole.UserRole, item)
            entry.setData(
                Qt.ItemDataRole.AccessibleTextRole,
                f"Receipt {item.original_name}, arrived {seen}",
            )
            listing.addItem(entry)
        if items:
            listing.setCurrentRow(0)
        else:
            self._say("No unfiled receipts.")
        self._enable()

    def chosen(self) -> InboxItem | None:
        entry = self.ui.receipts.currentItem()
        return entry.data(Qt.ItemDataRole.UserRole) if entry is not None else None

    def _fill_expenses(self) -> None:
        from coprod_desktop.core.domain.views import ExpenseFilter

        items = self.services.expenses.list(ExpenseFilter())[:200]
        fill_combo(
            self.ui.expense,
            [
                (
                    f"{i.expense.date:%d %b %Y} · {i.organisation_name} · "
                    f"{i.expense.category.label} · {i.amount.display()}",
                    i.expense.id,
                )
                for i in items
            ],
        )
        self.ui.expense.setPlaceholderText("Choose an expense")

    def _enable(self) -> None:
        some = self.chosen() is not None
        self.ui.attach.setEnabled(some and value(self.ui.expense) is not None)
        self.ui.newExpense.setEnabled(some and self.on_new_expense is not None)
        self.ui.setAside.setEnabled(some)

    # -- filing ----------------------------------------------------------------------------------
    def attach(self) -> None:
        item, expense_id = self.chosen(), value(self.ui.expense)
        if item is None or expense_id is None:
            self._say("Choose a receipt and the expense to attach it to.")
            return
        try:
            self.services.inbox.attach(item.id, expense_id)
        except UserError as error:
            self._say(error.message)
            return
        self.ctx.changed.emit("expense")
        self.show_items(self.services.inbox.list())
        self._say(f"{item.original_name} is attached to the expense.")

    def set_aside(self) -> None:
        item = self.chosen()
        if item is None:
            return
        try:
            self.services.inbox.set_aside(item.id)
        except UserError as error:
            self._say(error.message)
            return
        self.show_items(self.services.inbox.list())
        self._say(f"{item.original_name} is set aside (the file in the folder is unchanged).")

    def new_expense(self) -> None:
        item = self.chosen()
        if item is None or self.on_new_expense is None:
            return
        self.accept()
        self.on_new_expense(item)

    def _say(self, text: str) -> None:
        self.ui.status.setText(text)


def add_inbox_action(window: MainWindow) -> QAction:
    """File → Receipts inbox… (Ctrl+Shift+I)."""
    action = QAction("Receipts i&nbox…", window)
    action.setShortcut("Ctrl+Shift+I")
    action.triggered.connect(lambda: open_inbox(window))
    menu = window.ui.menuFile
    first = menu.actions()[0] if menu.actions() else None
    menu.insertAction(first, action)
    return action


def open_inbox(window: MainWindow) -> InboxDialog | None:
    if window.ctx.services is None:
        window.ctx.report("Your records are still opening: try again in a moment.")
        return None
    dialog = InboxDialog(window.ctx, window, on_new_expense=lambda i: new_expense_with(window, i))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.inbox_dialog = dialog
    dialog.open()
    return dialog


def new_expense_with(window: MainWindow, item: InboxItem) -> None:
    """The expense form, opened on the Expenses page with the receipt already in it."""
    from coprod_desktop.ui.dialogs.expense import Receipt, thumbnail
    from coprod_desktop.ui.main_window import ROW

    window.go_to(ROW["Expenses"])
    page = window.expenses
    page.edit_record(None)
    dialog = getattr(page, "open_dialog", None)
    if dialog is None or item.attachment_id is None:
        return
    data = window.ctx.services.inbox.content(item.id)  # type: ignore[union-attr]
    dialog._add_item(  # the form's own way of listing a receipt
        Receipt(item.original_name, attachment_id=item.attachment_id),
        thumbnail(data, item.media_type, dialog._doc_icon),
    )
    dialog.revalidate()
