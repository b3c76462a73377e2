"""The Backups panel in Settings: the member's backups, "Back up now" and "Restore…".

Everything slow (taking a copy, checking it, restoring) runs off the GUI thread through the
TaskRunner; the panel only shows plain `BackupInfo` records. A restore is confirmed first, and
afterwards every page reloads: the records underneath them have changed.

Protected records: the list says which backups are protected by a passphrase. Backups in the
folder open with the records' key as it is now, so restoring one asks nothing more; a backup
brought in from an earlier key (protection turned off and on again since) asks for the
passphrase of that time in the usual passphrase dialog, and stays open after a wrong one.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtWidgets import QMessageBox, QWidget

from coprod_desktop.core.domain.errors import UserError
from coprod_desktop.ui.context import AFFECTS, WindowContext
from coprod_desktop.ui.forms.ui_panel_backups import Ui_BackupsPanel
from coprod_desktop.ui.models import Column, RecordTableModel
from coprod_desktop.ui.pages.base import setup_table

if TYPE_CHECKING:
    from coprod_desktop.core.io.backups import BackupInfo, RestoreResult
    from coprod_desktop.ui.dialogs.encryption import PassphraseDialog

REASONS: dict[str, str] = {
    "start": "When the app opened",
    "exit": "When the app closed",
    "manual": "Backed up by you",
    "sealed": "Backed up by you, sealed with a passphrase",
    "before-restore": "Before a restore",
    "before-restore-damaged": "The damaged file, kept before a restore",
    "before-migration": "Before an update",
}


def reason_text(reason: str) -> str:
    for key in sorted(REASONS, key=len, reverse=True):
        if reason == key or reason.startswith(f"{key}-"):
            return REASONS[key]
    return reason.replace("-", " ").capitalize()


def size_text(size: int) -> str:
    if size < 1024 * 1024:
        return f"{max(size // 1024, 1)} KB"
    return f"{size / (1024 * 1024):.1f} MB"


def when_text(info: BackupInfo) -> str:
    return f"{info.taken_at.day} {info.taken_at:%b %Y, %H:%M}"


def protection_text(info: BackupInfo) -> str:
    """In words, never by colour or an icon alone."""
    if info.sealed:
        return "Sealed with a passphrase"
    return "Passphrase" if info.protected else "None"


class BackupsModel(RecordTableModel["BackupInfo"]):
    TAKEN, REASON, PROTECTION, SIZE = range(4)
    COLUMNS: ClassVar = (
        Column("Taken", when_text, lambda b: b.taken_at),
        Column("Why", lambda b: reason_text(b.reason), lambda b: b.reason, stretch=True),
        Column("Protection", protection_text, lambda b: b.protected),
        Column("Size", lambda b: size_text(b.size), lambda b: b.size, right=True),
    )

    def search_text(self, item: BackupInfo) -> str:
        return reason_text(item.reason)


class BackupsPanel(QWidget):
    """Lists the backups and takes or restores one. Needs the window's context only."""

    def __init__(self, ctx: WindowContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_BackupsPanel()
        self.ui.setupUi(self)
        self.setAccessibleName("Backups")
        self.model = BackupsModel(self)
        self.open_dialog: PassphraseDialog | None = None
        ui = self.ui
        ui.backupsView.setModel(self.model)
        setup_table(ui.backupsView)
        ui.backupsError.setProperty("role", "error")
        ui.backupsError.setVisible(False)
        ui.backUpNowButton.clicked.connect(self.back_up_now)
        ui.sealedBackupButton.clicked.connect(self.back_up_sealed)
        ui.restoreButton.clicked.connect(self.restore_chosen)
        ui.backupsView.selectionModel().selectionChanged.connect(self._selected)
        ctx.services_ready.connect(self.refresh)
        self._selected()

    # -- showing ----------------------------------------------------------------------------------
    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        services = self.ctx.services
        if services is None:
            return
        self.ctx.runner.run(services.backups.list, self._listed, key="panel:backups")

    def _listed(self, backups: list[BackupInfo]) -> None:
        self.model.set_items(backups)
        self._selected()

    def _selected(self, *_args: Any) -> None:
        self.ui.restoreButton.setEnabled(self.chosen() is not None)

    def chosen(self) -> BackupInfo | None:
        rows = self.ui.backupsView.selectionModel().selectedRows()
        return self.model.item_at(rows[0].row()) if rows else None

    def _error(self, text: str) -> None:
        self.ui.backupsError.setText(f"⚠ {text}" if text else "")
        self.ui.backupsError.setVisible(bool(text))

    # -- acting -----------------------------------------------------------------------------------
    def back_up_now(self) -> None:
        services = self.ctx.services
        if services is None:
            return
        self.ui.backUpNowButton.setEnabled(False)

        def done(info: BackupInfo) -> None:
            self.ui.backUpNowButton.setEnabled(True)
            self._error("")
            self.ctx.report(f"Backed up and checked: {info.path.name}")
            self.refresh()

        self.ctx.runner.run(services.backups.back_up_now, done, self._failed)

    def _failed(self, error: BaseException) -> None:
        self.ui.backUpNowButton.setEnabled(True)
        message = error.message if isinstance(error, UserError) else str(error)
        self._error(message)
        self.ctx.report(message)

    def restore_chosen(self) -> bool:
        """Confirm, restore off the GUI thread, then reload every page."""
        info = self.chosen()
        services = self.ctx.services
        if info is None or services is None:
            return False
        protected = " It is protected by a passphrase." if info.protected else ""
        answer = QMessageBox.question(
            self,
            "Restore a backup",
            f"Put the backup of {when_text(info)} ({reason_text(info.reason).lower()}) in place "
            f"of your records?{protected}\n\nWhat is there now is kept as a backup first, so "
            "you can go back.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        path = Path(info.path)

        def failed(error: BaseException) -> None:
            from coprod_desktop.core.io.backup_keys import BackupPassphraseNeeded
            from coprod_desktop.core.io.backups import SealedPassphraseNeeded

            if isinstance(error, BackupPassphraseNeeded):
                self.ask_backup_passphrase(path, error.message)
                return
            if isinstance(error, SealedPassphraseNeeded):
                self.ask_backup_passphrase(path, error.message, mode="sealed")
                return
            self._failed(error)

        self.ctx.runner.run(lambda: services.backups.restore(path), self._restored, failed)
        return True

    def ask_backup_passphrase(
        self, path: Path, why: str, mode: str = "backup"
    ) -> PassphraseDialog | None:
        """The backup was taken under an earlier key, or sealed (`mode="sealed"`): ask for the
        passphrase of that time, or the one it was sealed with."""
        from coprod_desktop.ui.dialogs.encryption import Answers, PassphraseDialog

        services = self.ctx.services
        if services is None:
            return None

        def work(answers: Answers) -> RestoreResult:
            return services.backups.restore(path, backup_passphrase=answers.current)

        dialog = PassphraseDialog(self.ctx.runner, mode, {mode: work}, self)
        dialog.accepted.connect(lambda: self._restored(dialog.result_value))
        self._error(why)
        self.open_dialog = dialog
        dialog.open()
        return dialog

    def back_up_sealed(self) -> PassphraseDialog | None:
        """A backup sealed with a passphrase the member chooses (typed twice), into the list."""
        from coprod_desktop.ui.dialogs.encryption import Answers, PassphraseDialog

        services = self.ctx.services
        if services is None:
            return None

        def work(answers: Answers) -> Path:
            return services.backups.back_up_sealed(answers.new)

        def done() -> None:
            self._error("")
            self.ctx.report(
                f"A sealed backup is taken: {Path(dialog.result_value).name}. It opens only "
                "with the passphrase you chose."
            )
            self.refresh()

        dialog = PassphraseDialog(self.ctx.runner, "seal", {"seal": work}, self)
        dialog.accepted.connect(done)
        self.open_dialog = dialog
        dialog.open()
        return dialog

    def _restored(self, result: RestoreResult | None) -> None:
        self._error("")
        self.ctx.stack.clear()  # undo steps refer to records as they were before the restore
        for kind in AFFECTS:
            self.ctx.changed.emit(kind)
        message = "The backup is restored; what was there before is kept as a backup."
        note = result.note() if result is not None else None
        if note:
            message = f"{message} {note}"
        self.ctx.report(message)
        self.refresh()
