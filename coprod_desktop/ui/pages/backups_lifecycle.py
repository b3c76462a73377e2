"""Backups across the window's life, and what to do when the records will not open.

- A backup when the app opens (only if the records changed since the last one), a few seconds
  after the dashboard is up and on a pool thread, so it never delays the first paint.
- A backup when the window closes, before the records are closed.
- When the records file will not open (damaged, not a database, a newer version's), a plain
  dialog: "Restore the latest backup" / "Choose another backup…" / "Quit". The file itself is
  never touched until the member chooses; restoring keeps it as a backup first.
- When another copy of the app has the records open, that sentence, and this copy closes.
- When the records are protected by a passphrase, the restore asks for it (and, for a backup
  taken under an earlier key, for the passphrase of that time) in the usual passphrase dialog,
  then opens the restored records with it.

`app.py` calls `install(window, ctx, paths)`; the two dialog functions are module-level so a
test can patch them.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from coprod_desktop.core.domain.errors import DataWillNotOpen, UserError

if TYPE_CHECKING:
    from coprod_desktop.paths import DataPaths
    from coprod_desktop.ui.context import WindowContext
    from coprod_desktop.ui.main_window import MainWindow

START_DELAY_MS = 3000  # after the dashboard has its figures; the member is reading, not waiting
RESTORE_LATEST, CHOOSE, QUIT = "latest", "choose", "quit"


def ask_what_to_do(parent: QWidget, error: DataWillNotOpen) -> str:
    """The member's choice when the records will not open: RESTORE_LATEST, CHOOSE or QUIT."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle("Your records will not open")
    latest = error.latest_backup if error.damaged else None
    text = error.message
    taken = error.backup_taken
    if latest is not None:
        text += f"\n\nThe latest backup is {Path(latest).name}"
        text += (
            f", taken {taken:%Y-%m-%d %H:%M}: changes made after then are not in it."
            if taken is not None
            else ": changes made after it was taken are not in it."
        )
    elif error.damaged:
        text += "\n\nThere is no backup in the backups folder yet."
    box.setText(text)
    buttons: dict[Any, str] = {}
    if latest is not None:
        restore = box.addButton("Restore the latest backup", QMessageBox.ButtonRole.AcceptRole)
        restore.setAccessibleName("Restore the latest backup")
        buttons[restore] = RESTORE_LATEST
        box.setDefaultButton(restore)
    choose = box.addButton("Choose another backup…", QMessageBox.ButtonRole.ActionRole)
    choose.setAccessibleName("Choose another backup")
    buttons[choose] = CHOOSE
    quit_button = box.addButton("Quit", QMessageBox.ButtonRole.RejectRole)
    quit_button.setAccessibleName("Quit")
    buttons[quit_button] = QUIT
    box.setEscapeButton(quit_button)
    box.exec()
    return buttons.get(box.clickedButton(), QUIT)


def choose_backup(parent: QWidget, folder: Path) -> Path | None:
    """A file dialog opened in the backups folder."""
    name, _filter = QFileDialog.getOpenFileName(
        parent,
        "Choose a backup to restore",
        str(folder),
        "Coprod Desktop backups (*.sqlite3);;All files (*)",
    )
    return Path(name) if name else None


class _Lifecycle(QObject):
    def __init__(self, window: MainWindow, ctx: WindowContext, paths: DataPaths) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = ctx
        self.paths = paths
        self.fallback = window._could_not_open

    # -- start and exit ---------------------------------------------------------------------------
    def schedule_start_backup(self) -> None:
        QTimer.singleShot(START_DELAY_MS, self, self.start_backup)  # not after a switch deleted it

    def start_backup(self) -> None:
        services = self.ctx.services
        if services is None:
            return
        self.ctx.runner.run(
            lambda: services.backups.back_up_if_changed("start"),
            self._backed_up,
            self._backup_failed,
        )

    def _backed_up(self, info: Any) -> None:
        if info is not None:
            self.ctx.report(f"Your records are backed up ({info.path.name}).")

    def _backup_failed(self, error: BaseException) -> None:
        message = error.message if isinstance(error, UserError) else str(error)
        self.ctx.report(message)
        if "may be damaged" in message:
            QMessageBox.warning(self.window, "Backup failed its check", message)

    def exit_backup(self) -> None:
        """Runs before the window closes the records (an event filter sees Close first)."""
        self.ctx.runner.wait()
        services = self.ctx.services
        if services is None or not self.window.owns_services:
            return
        try:
            services.backups.back_up_if_changed("exit")
        except UserError as exc:  # closing anyway: say why on the console, keep the records
            sys.stderr.write(f"coprod-desktop: {exc.message}\n")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.exit_backup()
        return False

    # -- records that will not open ---------------------------------------------------------------
    def could_not_open(self, error: BaseException) -> None:
        from coprod_desktop.core.io.instance_lock import AlreadyOpen

        if isinstance(error, AlreadyOpen):
            QMessageBox.warning(self.window, "Already open", error.message)
            self.window.close()
            return
        if not isinstance(error, DataWillNotOpen):
            self.fallback(error)
            return
        self.window.dashboard.ui.statusLabel.setText(
            f"⚠ Your records could not be opened. {error.message}"
        )
        choice = ask_what_to_do(self.window, error)
        if choice == QUIT:
            self.window.close()
            return
        backup = Path(error.latest_backup) if choice == RESTORE_LATEST else None
        if backup is None:
            backup = choose_backup(self.window, self.paths.backups)
            if backup is None:
                self.could_not_open(error)  # back to the three choices
                return
        self.restore(backup, error)

    def restore(self, backup: Path, error: DataWillNotOpen) -> None:
        from coprod_desktop.core.io import keys
        from coprod_desktop.core.io.backups import restore_backup
        from coprod_desktop.core.services.clock import SystemClock

        if keys.needs_passphrase(self.paths.root):
            self.restore_protected(backup, error)
            return
        clock = self.ctx.clock or SystemClock()

        def restored(_kept: object) -> None:
            self.ctx.report("The backup is restored; the file that would not open is kept.")
            self.window.open_data(self.paths.root)

        def failed(problem: BaseException) -> None:
            message = problem.message if isinstance(problem, UserError) else str(problem)
            QMessageBox.warning(self.window, "Not restored", message)
            self.could_not_open(error)

        self.ctx.runner.run(
            lambda: restore_backup(self.paths, backup, clock.now()), restored, failed
        )

    def restore_protected(self, backup: Path, error: DataWillNotOpen) -> QDialog:
        """Ask for the passphrase, restore with it, and open the restored records with it."""
        from coprod_desktop.core.io.backups import restore_backup
        from coprod_desktop.core.services.clock import SystemClock
        from coprod_desktop.ui.dialogs.encryption import Answers, PassphraseDialog

        clock = self.ctx.clock or SystemClock()
        paths = self.paths
        today: list[str] = []  # the records' passphrase, once it has unlocked the key file

        def opened(passphrase: str) -> tuple[Any, bool]:
            from coprod_desktop.core.services import open_services

            services = open_services(paths.root, clock, passphrase=passphrase)
            return services, services.profile.exists()

        def restoring(answers: Answers) -> tuple[Any, bool]:
            today[:] = [answers.current]
            restore_backup(paths, backup, clock.now(), passphrase=answers.current)
            return opened(answers.current)

        def earlier(answers: Answers) -> tuple[Any, bool]:
            restore_backup(
                paths, backup, clock.now(), passphrase=today[0], backup_passphrase=answers.current
            )
            return opened(today[0])

        dialog = PassphraseDialog(
            self.ctx.runner, "restore", {"restore": restoring, "backup": earlier}, self.window
        )

        def restored() -> None:
            services, has_profile = dialog.result_value
            self.window.owns_services = True
            self.window.set_services(services, welcome=not has_profile)
            self.ctx.report("The backup is restored; the file that would not open is kept.")

        dialog.accepted.connect(restored)
        dialog.rejected.connect(lambda: self.could_not_open(error))
        self.window.restore_dialog = dialog  # type: ignore[attr-defined]
        dialog.open()
        return dialog


def install(
    window: MainWindow, ctx: WindowContext, paths: DataPaths, *, start_backup: bool = True
) -> QObject:
    """Wire backups on start and exit, and the will-not-open dialog, into the window."""
    life = _Lifecycle(window, ctx, paths)
    window._could_not_open = life.could_not_open  # type: ignore[method-assign]
    window.installEventFilter(life)
    if start_backup:
        window.ready.connect(life.schedule_start_backup)
    return life
