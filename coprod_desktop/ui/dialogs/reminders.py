"""Reminders when the app opens (and Help → Reminders…): what is overdue or due, work not yet
claimed, a benefit limit near, agreements with no terms, drafts to confirm.

The reminders are the core's (`services.reminders`), worked out off the GUI thread. Each leads
to its record; each kind can be snoozed for a week or turned off. Whether they show when the
app opens is a window preference, kept with the window's other settings.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QWidget

from coprod_desktop.core.domain.errors import UserError
from coprod_desktop.ui.dialogs.common import finish_form, fit_to_screen
from coprod_desktop.ui.forms.ui_dialog_reminders import Ui_RemindersDialog

if TYPE_CHECKING:
    # Types only: the reminders' module reads the database, which first paint must not import.
    from coprod_desktop.core.services.reminders import Reminder, ReminderKind
    from coprod_desktop.ui.context import WindowContext
    from coprod_desktop.ui.main_window import MainWindow


class RemindersDialog(QDialog):
    """Lists reminders; `go_to(reminder)` is called for Go to it (the window then leads)."""

    def __init__(
        self,
        ctx: WindowContext,
        reminders: list[Reminder],
        go_to: Callable[[Reminder], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.go_to = go_to
        self.ui = Ui_RemindersDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.buttonBox.rejected.connect(self.reject)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).setAccessibleName("Close")
        ui.goTo.clicked.connect(self._go)
        ui.snooze.clicked.connect(self._snooze)
        ui.turnOff.clicked.connect(self._turn_off)
        ui.reminderList.itemActivated.connect(lambda _item: self._go())
        ui.reminderList.currentRowChanged.connect(lambda _row: self._enable())
        ui.showOnOpen.setChecked(show_on_open(ctx))
        ui.showOnOpen.toggled.connect(lambda on: set_show_on_open(ctx, on))
        # room for several two-line reminders at any text size, the dialog still fitting the screen
        ui.reminderList.setMinimumHeight(9 * ui.reminderList.fontMetrics().lineSpacing())
        self.show_reminders(reminders)
        finish_form(self)
        fit_to_screen(self, chars=80)
        ui.reminderList.setFocus()

    def show_reminders(self, reminders: list[Reminder]) -> None:
        listing = self.ui.reminderList
        listing.clear()
        for reminder in reminders:
            item = QListWidgetItem(f"{reminder.kind.label}: {reminder.message}")
            item.setData(Qt.ItemDataRole.UserRole, reminder)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, reminder.message)
            listing.addItem(item)
        count = len(reminders)
        self.ui.status.setText(
            "Nothing needs your attention today."
            if not count
            else f"{count} reminder{'s' if count != 1 else ''}."
        )
        if count:
            listing.setCurrentRow(0)  # Enter and the buttons work at once
        self._enable()

    def chosen(self) -> Reminder | None:
        item = self.ui.reminderList.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _enable(self) -> None:
        some = self.chosen() is not None
        for button in (self.ui.goTo, self.ui.snooze, self.ui.turnOff):
            button.setEnabled(some)

    def _go(self) -> None:
        reminder = self.chosen()
        if reminder is not None:
            self.accept()
            self.go_to(reminder)

    def _snooze(self) -> None:
        self._change(
            lambda kind: self.ctx.services.reminders.snooze(kind, 7),  # type: ignore[union-attr]
            "snoozed for a week",
        )

    def _turn_off(self) -> None:
        self._change(
            lambda kind: self.ctx.services.reminders.turn(kind, on=False),  # type: ignore[union-attr]
            "turned off (turn it on again with 'coprod reminders --on')",
        )

    def _change(self, action: Callable[[ReminderKind], object], said: str) -> None:
        reminder = self.chosen()
        services = self.ctx.services
        if reminder is None or services is None:
            return
        try:
            action(reminder.kind)
            remaining = services.reminders.due()
        except UserError as error:
            self.ctx.show_error(error, self)
            return
        self.show_reminders(remaining)
        self.ui.status.setText(f"“{reminder.kind.label}” {said}. " + self.ui.status.text())


def show_on_open(ctx: WindowContext) -> bool:
    services = ctx.services
    return services is not None and services.reminders.settings().on_open


def set_show_on_open(ctx: WindowContext, on: bool) -> None:
    if ctx.services is not None:
        ctx.attempt(None, lambda: ctx.services.reminders.set_on_open(on))  # type: ignore[union-attr]


def add_reminder_actions(window: MainWindow) -> QAction:
    """Help → Reminders… (Ctrl+Shift+R); and the reminders shown once the records open."""
    action = QAction("&Reminders…", window)
    action.setShortcut(QKeySequence("Ctrl+Shift+R"))
    action.triggered.connect(lambda: open_reminders(window, only_if_any=False))
    menu = window.ui.menuHelp
    first = menu.actions()[0] if menu.actions() else None
    menu.insertAction(first, action)
    return action


def open_reminders(window: MainWindow, *, only_if_any: bool) -> None:
    """Work the reminders out off the GUI thread, then show them (when opening the app, only
    if there are some and the member wants them then)."""
    ctx = window.ctx
    services = ctx.services
    if services is None:
        ctx.report("Your records are still opening: try again in a moment.")
        return

    def due() -> list[Reminder]:
        if only_if_any and not services.reminders.settings().on_open:
            return []
        return services.reminders.due()

    def shown(reminders: list[Reminder]) -> None:
        if only_if_any and not reminders:
            return
        if ctx.services is not services:
            return  # another person's records were opened meanwhile
        dialog = RemindersDialog(ctx, reminders, lambda r: lead_to(window, r), window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.reminders_dialog = dialog
        dialog.open()

    runner = ctx.runner
    if not only_if_any or not runner.busy():
        runner.run(due, shown)
        return

    def became_idle(busy: bool) -> None:
        # On opening, the reminders wait for the dashboard's own figures: both are Python
        # work, and the figures the member is looking at come first.
        if not busy:
            runner.busy_changed.disconnect(became_idle)
            runner.run(due, shown)

    runner.busy_changed.connect(became_idle)


def lead_to(window: MainWindow, reminder: Reminder) -> None:
    """Open the page a reminder is about and pick its record."""
    from coprod_desktop.ui.main_window import ROW

    what, ident = reminder.target
    if what == "claim":
        window.go_to(ROW["Claims"])
        window.claims.select_when_loaded(lambda i: i.claim.number == ident)
    elif what == "organisation":
        window.go_to(ROW["Claims"])
        window.claims.new_claim_for(int(ident))
    elif what == "agreement":
        window.go_to(ROW["Agreements"])
        window.agreements.select_when_loaded(lambda i: i.id == ident)
    elif what == "activity":
        window.go_to(ROW["Activities"])
        window.activities.select_when_loaded(lambda i: i.activity.id == ident)
    else:
        window.go_to(ROW["Dashboard"])
