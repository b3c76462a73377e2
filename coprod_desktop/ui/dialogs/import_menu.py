"""File → Import a spreadsheet…, Import meeting invites…, Export CSV…, and a whole copy of the
records (JSON, receipts included) to save or to bring in: the window's hooks.

Kept out of main_window.py so the window only calls `add_data_actions(window)`; each action
opens its dialog window-modal (as the pages' dialogs do) and, once records were imported, tells
the lists to reload through `ctx.changed`.
"""

from __future__ import annotations

from collections.abc import Callable
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
        ("Import meeting in&vites (.ics)…", lambda: open_ics_import(window)),
        ("&Export CSV files…", lambda: export_csv(window)),
        ("&Save a whole copy of my records…", lambda: export_everything(window)),
        ("&Bring in a whole copy of records…", lambda: import_everything(window)),
    ):
        action = QAction(text, window)
        action.triggered.connect(lambda _checked=False, run=slot: run())
        menu.insertAction(first, action)
        actions.append(action)
    if first is not None:
        menu.insertSeparator(first)
    return actions


def _failed(window: MainWindow) -> Callable[[BaseException], None]:
    """What a background job of this menu does when it fails: a member's mistake or a
    refusal is one plain sentence; anything else is a bug and is raised to be seen."""

    def failed(error: BaseException) -> None:
        if isinstance(error, UserError):
            window.ctx.show_error(error, window)
        else:
            raise error

    return failed


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

    window.ctx.report("Writing the CSV files…")
    window.ctx.runner.run(lambda: csv_export.export_csv(services, folder), done, _failed(window))  # type: ignore[arg-type]


#: Every kind of record a whole copy holds: after one is brought in, every page reloads.
_ALL_KINDS = ("profile", "organisation", "agreement", "activity", "expense", "claim")


def export_everything(window: MainWindow, path: str | None = None) -> None:
    """Save every record and receipt as one JSON file (`coprod export json`), off the GUI
    thread: the copy to take to another computer, or to keep."""
    from coprod_desktop.core.io.json_io import export_json
    from coprod_desktop.core.io.safe_write import write_atomic

    if not _ready(window):
        return
    services = window.ctx.services
    if path is None:
        suggested = f"coprod-records-{window.ctx.today().isoformat()}.json"
        path, _ = QFileDialog.getSaveFileName(
            window, "Save a whole copy of your records", suggested, "Records (*.json)"
        )
        if not path:
            return
    if not path.lower().endswith(".json"):
        path += ".json"
    target = Path(path)
    protected = services.ctx.db.key is not None  # type: ignore[union-attr]

    def save() -> int:
        data = export_json(services)  # type: ignore[arg-type]
        write_atomic(target, data, private=True)
        return len(data)

    def done(size: int) -> None:
        text = f"Saved a whole copy of your records, receipts included, as {target.name}."
        if protected:
            text += (
                " This copy is not protected by your passphrase: keep it somewhere safe, or "
                "make a sealed one with 'coprod export json FILE --encrypt'."
            )
        window.ctx.report(text)
        QMessageBox.information(window, "Copy saved", text)

    def failed(error: BaseException) -> None:
        if isinstance(error, OSError):
            error = UserError(
                f"The copy could not be saved in {target.parent} ({error.strerror}): "
                "choose another folder.",
                "file",
            )
        _failed(window)(error)

    window.ctx.report("Saving a whole copy of your records…")
    window.ctx.runner.run(save, done, failed)


def import_everything(window: MainWindow, path: str | None = None) -> None:
    """Bring in a whole copy saved on another computer (`coprod import json`), off the GUI
    thread. Only into records that are still empty, so nothing the member has is overwritten;
    the import checks the whole file before it writes anything."""
    from coprod_desktop.core.io.json_io import import_json
    from coprod_desktop.core.io.sealed import is_sealed

    if not _ready(window):
        return
    services = window.ctx.services
    if path is None:
        path, _ = QFileDialog.getOpenFileName(
            window, "Bring in a whole copy of records", "", "Records (*.json);;All files (*)"
        )
        if not path:
            return
    source = Path(path)
    try:
        data = source.read_bytes()
    except OSError as exc:
        window.ctx.show_error(
            UserError(f"The file {source.name} cannot be read ({exc.strerror}).", "file"), window
        )
        return
    if is_sealed(data[:64]):
        window.ctx.show_error(
            UserError(
                f"{source.name} is sealed with a passphrase: bring it in with "
                f"'coprod import json {source.name}', which asks for it.",
                "file",
            ),
            window,
        )
        return

    def done(result: object) -> None:
        for kind in _ALL_KINDS:
            window.ctx.changed.emit(kind)
        text = str(result)
        window.ctx.report(text)
        QMessageBox.information(window, "Records brought in", text)

    window.ctx.report(f"Bringing in {source.name}…")
    window.ctx.runner.run(lambda: import_json(services, data), done, _failed(window))  # type: ignore[arg-type]
