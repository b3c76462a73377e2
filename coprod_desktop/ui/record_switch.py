"""Whose records the window shows: its title, opening another person's records, sample records.

Why switching builds a new window rather than reloading the pages of this one: every page,
table model, filter box, open dialog, undo step and cached figure of the previous person
belongs to the old window, so closing it (its exit backup runs, its records close, their lock
is released) and deleting it leaves nothing of theirs anywhere, with no page needing to know
how to forget. The new window is built exactly as the app builds its first one (`compose`).

The list of record sets itself is core's (`core/io/record_sets.py`); this module only asks it.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox

from coprod_desktop.core.domain.errors import UserError
from coprod_desktop.core.io.record_sets import (
    DEFAULT_NAME,
    SAMPLE_NAME,
    RecordSet,
    RecordSets,
    records_title,
)
from coprod_desktop.paths import DataPaths

if TYPE_CHECKING:
    from coprod_desktop.ui.main_window import MainWindow

APP_NAME = "Coprod Desktop"
SAMPLE_MEMBER = "Sam Sample"
# The windows alive now. Qt deletes a top-level window nobody in Python refers to; the first
# window is held by app.py's stack frame, the ones made by switching are held here until closed.
_windows: list[MainWindow] = []


def registry() -> RecordSets:
    return RecordSets()


def current_set(window: MainWindow) -> RecordSet | None:
    """The record set whose folder the window has open (None for a --data-dir folder)."""
    paths = window.ctx.paths
    if paths is None:
        return None
    try:
        return registry().for_folder(paths.root)
    except UserError:
        return None


def window_title(record_set: RecordSet | None, profile_name: str, folder: Path | None) -> str:
    """ "Coprod Desktop — Rukhsana's records": whose records are open, always."""
    if record_set is not None and record_set.name != DEFAULT_NAME:
        whose = record_set.title
    elif profile_name:
        whose = records_title(profile_name)
    elif record_set is not None:
        whose = record_set.title
    elif folder is not None:
        whose = f"records in {folder}"
    else:
        return APP_NAME
    return f"{APP_NAME} — {whose}"


def show_whose(window: MainWindow) -> None:
    """Called once the records are open: the title says whose, and they open next time too."""
    services = window.ctx.services
    paths = window.ctx.paths
    profile = services.profile.get().name if services is not None else ""
    found = current_set(window)
    window.setWindowTitle(window_title(found, profile, paths.root if paths else None))
    if found is None:
        return
    try:
        names = registry()
        if found.name == DEFAULT_NAME and profile and found.folder == names.default_folder:
            found = names.rename(found.name, profile)  # named from the profile at last
            window.setWindowTitle(window_title(found, profile, found.folder))
        names.remember_last(found.name)
    except UserError as exc:  # the list could not be saved: the records are open all the same
        window.ctx.report(exc.message)
    if found.name == SAMPLE_NAME:
        window.ctx.report(
            "These are sample records to try things out. File → Open someone's records… "
            "takes you back to your own."
        )


def adapt_welcome(window: MainWindow, dialog: Any) -> None:
    """A record set other than the usual folder's was made for someone the member supports."""
    found = current_set(window)
    if found is None or found.name in (DEFAULT_NAME, SAMPLE_NAME):
        return
    if found.folder == registry().default_folder:
        return
    dialog.for_someone_else(found.name)


def named_after_welcome(window: MainWindow) -> None:
    """After the welcome: the records called "My records" take the member's name."""
    show_whose(window)


# -- switching ---------------------------------------------------------------------------------
def compose(old: MainWindow, paths: DataPaths) -> MainWindow:
    """A new window over `paths`, set up as app.py sets up the first one, not yet opened."""
    from coprod_desktop.ui.context import WindowContext
    from coprod_desktop.ui.main_window import MainWindow
    from coprod_desktop.ui.pages import backups_lifecycle
    from coprod_desktop.ui.tasks import TaskRunner

    runner = TaskRunner(synchronous=old.ctx.runner.synchronous)
    ctx = WindowContext(runner, clock=old.ctx.clock, paths=paths, theme=old.ctx.theme)
    ctx.load_appearance()
    window = MainWindow(ctx)
    window.welcome_enabled = old.welcome_enabled
    backups_lifecycle.install(window, ctx, paths, start_backup=not runner.synchronous)
    window.setGeometry(old.geometry())
    if old.isMaximized():
        window.setWindowState(old.windowState())
    return window


def switch_to(old: MainWindow, record_set: RecordSet) -> MainWindow:
    """Close `old` (backup, records closed, lock released) and open `record_set` in a new one."""
    from coprod_desktop.ui.dialogs.encryption import open_or_unlock

    paths = DataPaths(record_set.folder.expanduser().absolute())
    try:
        registry().remember_last(record_set.name)
    except UserError as exc:
        old.ctx.report(exc.message)
    window = compose(old, paths)
    _windows.append(window)
    window.destroyed.connect(lambda *_args, w=window: _forget_window(w))
    window.show()  # before the old one closes, so the app never has no window (and quits)
    old.close()
    if old.isVisible():  # it refused to close (e.g. a dialog is busy): keep the member there
        window.close()
        _forget_window(window)
        return old
    old.ctx.stack.clear()  # undo steps hold the previous person's records: gone with them
    old.ctx.services = None
    old.ctx.deleteLater()
    old.deleteLater()
    window.setWindowTitle(window_title(record_set, "", record_set.folder))  # even while locked
    window.statusBar().showMessage(f"Opening {record_set.title}…")
    QTimer.singleShot(0, lambda: open_or_unlock(window, paths))
    return window


def _forget_window(window: MainWindow) -> None:
    if window in _windows:
        _windows.remove(window)


# -- sample records ----------------------------------------------------------------------------
def sample_set() -> RecordSet:
    """The record set "Sample records", added to the list the first time it is asked for."""
    names = registry()
    try:
        return names.find(SAMPLE_NAME)
    except UserError:
        return names.add(SAMPLE_NAME)


def fill_sample(folder: Path, clock: Any) -> None:
    """Runs off the GUI thread: make the sample member's records if the folder has none yet."""
    from coprod_desktop.core.services import open_services

    services = open_services(folder, clock)
    try:
        if not services.profile.exists():
            importlib.import_module("coprod_desktop.core.services.demo").make_demo(services)
    finally:
        services.close()


def open_sample_records(window: MainWindow) -> None:
    """Help → Try sample records: make them on first use (off the GUI thread), then open them."""
    try:
        sample = sample_set()
    except UserError as exc:
        window.ctx.show_error(exc, window)
        return
    if current_set(window) == sample:
        window.ctx.report("The sample records are open now.")
        return
    if getattr(window, "making_sample", False):  # asked twice: the first is on its way
        return
    window.making_sample = True  # type: ignore[attr-defined]
    window.ctx.report("Making the sample records… (a few seconds, the first time)")
    window.ctx.runner.run(
        lambda: fill_sample(sample.folder, window.ctx.clock),
        lambda _result: _made(window, sample),
        lambda exc: _failed(window, exc),
    )


def _made(window: MainWindow, sample: RecordSet) -> None:
    window.making_sample = False  # type: ignore[attr-defined]
    switch_to(window, sample)


def _failed(window: MainWindow, error: BaseException) -> None:
    window.making_sample = False  # type: ignore[attr-defined]
    if isinstance(error, UserError):
        window.ctx.show_error(error, window)
        return
    raise error


# -- menus -------------------------------------------------------------------------------------
def open_chooser(window: MainWindow) -> Any:
    from coprod_desktop.ui.dialogs.records_chooser import RecordsDialog

    dialog = RecordsDialog(window)
    window.records_dialog = dialog  # type: ignore[attr-defined]
    dialog.open()
    return dialog


def open_getting_started(window: MainWindow) -> Any:
    from coprod_desktop.ui.dialogs.getting_started import GettingStartedDialog

    dialog = GettingStartedDialog(window)
    window.getting_started = dialog  # type: ignore[attr-defined]
    dialog.open()
    return dialog


def add_records_actions(window: MainWindow) -> dict[str, QAction]:
    """File → Open someone's records…; Help → Getting started and Try sample records."""
    file_menu = window.ui.menuFile
    first = file_menu.actions()[0] if file_menu.actions() else None
    chooser = QAction("&Open someone's records…", window)
    chooser.setShortcut(QKeySequence(QKeySequence.StandardKey.Open))  # Ctrl+O
    chooser.setStatusTip("Open another person's records, or make records for someone you support")
    chooser.triggered.connect(lambda _checked=False: open_chooser(window))
    file_menu.insertAction(first, chooser)
    file_menu.insertSeparator(first)
    help_menu = window.ui.menuHelp
    about = help_menu.actions()[0] if help_menu.actions() else None
    started = QAction("&Getting started", window)
    started.setShortcut(QKeySequence("Ctrl+F1"))
    started.triggered.connect(lambda _checked=False: open_getting_started(window))
    sample = QAction("&Try sample records", window)
    sample.triggered.connect(lambda _checked=False: open_sample_records(window))
    help_menu.insertAction(about, started)
    help_menu.insertAction(about, sample)
    help_menu.insertSeparator(about)
    return {"chooser": chooser, "getting_started": started, "sample": sample}


def confirm_delete(window: Any, record_set: RecordSet) -> bool:
    """Ask the member to type the name: deleting someone's records cannot be undone."""
    from PySide6.QtWidgets import QInputDialog

    typed, ok = QInputDialog.getText(
        window,
        "Delete these records?",
        f"This deletes every record, receipt and backup of \u201c{record_set.name}\u201d from "
        f"this computer ({record_set.folder}). It cannot be undone.\n\nType the name "
        f"\u201c{record_set.name}\u201d to delete them:",
    )
    return ok and " ".join(typed.split()).casefold() == record_set.name.casefold()


def warn(window: Any, title: str, text: str) -> None:
    QMessageBox.warning(window, title, text)
