"""File → Import a spreadsheet…, Import meeting invites…, Export CSV…: the window's hooks.

Kept out of main_window.py so the window only calls `add_data_actions(window)`; each action
opens its dialog window-modal (as the pages' dialogs do) and, once records were imported, tells
the lists to reload through `ctx.changed`.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from coprod_desktop.core.domain.errors import UserError

if TYPE_CHECKING:
    from coprod_desktop.ui.main_window import MainWindow


def add_data_actions(window: MainWindow) -> list[QAction]:
    menu = window.ui.menuFile
    first = menu.actions()[0] if menu.actions() else None
    actions = []
    for text, slot in (
        ("&Import a spreadsheet (CSV)…", lambda: open_csv_import(window)),
        ("Import meeting &invites (.ics)…", lambda: open_ics_import(window)),
        ("&Export CSV files…", lambda: export_csv(window)),
    ):
        action = QAction(text, window)
        action.triggered.connect(lambda _checked=False, run=slot: run())
        menu.insertAction(first, action)
        actions.append(action)
    if first is not None:
        menu.insertSeparator(first)
    return actions


def _ready(window: MainWindow) -> bool:
    if window.ctx.services is None:
        window.ctx.report("Your records are still opening: try again in a moment.")
        return False
    return True


def open_csv_import(window: MainWindow) -> QDialog | None:
    from coprod_desktop.ui.dialogs.import_csv import ImportCsvDialog

    if not _ready(window):
        return None
    dialog = ImportCsvDialog(window.ctx.services, window.ctx.runner, window)  # type: ignore[arg-type]
    dialog.finished.connect(
        lambda _r: _after(
            window, dialog, "activity" if dialog.kind() == "activities" else "expense"
        )
    )
    dialog.open()
    return dialog


def open_ics_import(window: MainWindow) -> QDialog | None:
    from coprod_desktop.ui.dialogs.import_ics import ImportIcsDialog

    if not _ready(window):
        return None
    dialog = ImportIcsDialog(window.ctx.services, window.ctx.runner, window)  # type: ignore[arg-type]
    dialog.finished.connect(lambda _r: _after(window, dialog, "activity"))
    dialog.open()
    return dialog


def _after(window: MainWindow, dialog: QDialog, kind: str) -> None:
    outcome = getattr(dialog, "outcome", None)
    if outcome is not None:
        window.ctx.changed.emit(kind)
        if getattr(outcome, "organisations_created", ()):
            window.ctx.changed.emit("organisation")
        window.ctx.report(str(outcome))
    dialog.deleteLater()


def export_csv(window: MainWindow, folder: str | None = None) -> None:
    """Ask for a folder, then write the four CSV files into it off the GUI thread."""
    from coprod_desktop.core.io import csv_export

    if not _ready(window):
        return
    if folder is None:
        folder = QFileDialog.getExistingDirectory(window, "Choose a folder for the CSV files")
        if not folder:
            return
    services = window.ctx.services

    def done(paths: list[Path]) -> None:
        text = f"Saved {', '.join(p.name for p in paths)} in {Path(folder).name}."  # type: ignore[arg-type]
        window.ctx.report(text)
        QMessageBox.information(window, "CSV files saved", text)

    def failed(error: BaseException) -> None:
        if isinstance(error, UserError):
            window.ctx.show_error(error, window)
        else:
            raise error

    window.ctx.report("Writing the CSV files…")
    window.ctx.runner.run(lambda: csv_export.export_csv(services, folder), done, failed)  # type: ignore[arg-type]
