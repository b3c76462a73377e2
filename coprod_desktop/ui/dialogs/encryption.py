"""The window's side of encryption: the passphrase prompt at start-up, and the Settings group
"Protect my records with a passphrase" (turn on, change the passphrase, turn off).

Every piece of work (deriving the key, converting the files) runs on the task runner's pool
thread with the dialog's busy bar showing and its controls disabled; a wrong passphrase comes
back as a plain sentence under the fields and the dialog stays open to try again. Nothing here
imports the services at module level, so the start-up check costs one file lookup.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QDialog, QFileDialog, QGroupBox, QLineEdit, QWidget

from coprod_desktop.core.domain.errors import UserError
from coprod_desktop.core.io import keys
from coprod_desktop.ui.forms.ui_dialog_passphrase import Ui_PassphraseDialog
from coprod_desktop.ui.forms.ui_dialog_recovery_key import Ui_RecoveryKeyDialog
from coprod_desktop.ui.forms.ui_encryption_panel import Ui_EncryptionPanel

if TYPE_CHECKING:
    from coprod_desktop.core.services.clock import Clock
    from coprod_desktop.paths import DataPaths
    from coprod_desktop.ui.context import WindowContext
    from coprod_desktop.ui.main_window import MainWindow
    from coprod_desktop.ui.tasks import TaskRunner


@dataclass(frozen=True)
class Answers:
    current: str = ""
    recovery: str = ""
    new: str = ""
    repeat: str = ""


@dataclass(frozen=True)
class Mode:
    title: str
    intro: str
    ok: str
    fields: frozenset[str]  # of "current", "recovery", "new"
    recovery_button: bool = False
    # The "current" field's label and accessible name, when it is not the records' passphrase.
    current: tuple[str, str] = ("&Passphrase:", "Your passphrase")


MODES: dict[str, Mode] = {
    "unlock": Mode(
        "Open your records",
        "Your records are protected by a passphrase. Type it to open them.",
        "&Open",
        frozenset({"current"}),
        recovery_button=True,
    ),
    "recover": Mode(
        "Use your recovery key",
        "Type the recovery key you kept when you turned encryption on, then choose a new "
        "passphrase. Your records stay as they are.",
        "&Set passphrase and open",
        frozenset({"recovery", "new"}),
    ),
    "on": Mode(
        "Protect your records with a passphrase",
        "Choose a passphrase you will remember: three or four unrelated words are easy to "
        "remember and hard to guess. Your records, receipts and backups will be encrypted; "
        "this can take a minute with many receipts. You will get a recovery key to keep safe.",
        "&Turn on",
        frozenset({"new"}),
    ),
    "change": Mode(
        "Change your passphrase",
        "Type your current passphrase, then the new one twice. Your recovery key keeps working.",
        "C&hange",
        frozenset({"current", "new"}),
    ),
    "off": Mode(
        "Turn off passphrase protection",
        "Your records, receipts and backups will be kept as ordinary files on this computer "
        "again, readable by anyone who can open the folder. Type your passphrase to confirm.",
        "Turn o&ff",
        frozenset({"current"}),
    ),
    "restore": Mode(
        "Restore a backup",
        "Your records are protected by a passphrase. Type it to restore the backup; what is "
        "there now is kept as a backup first.",
        "&Restore",
        frozenset({"current"}),
    ),
    "backup": Mode(
        "Open this backup",
        "This backup is protected by the passphrase your records had when it was taken, not "
        "the one they have now. Type that earlier passphrase to restore it; afterwards your "
        "records keep the passphrase they have now.",
        "&Restore",
        frozenset({"current"}),
        current=("&Passphrase then:", "The passphrase when the backup was taken"),
    ),
    "sealed": Mode(
        "Open this sealed backup",
        "This backup was sealed with a passphrase chosen when it was taken. Type that "
        "passphrase to restore it; afterwards your records keep the passphrase they have now, "
        "if any.",
        "&Restore",
        frozenset({"current"}),
        current=("&Passphrase:", "The passphrase the backup was sealed with"),
    ),
    "seal": Mode(
        "Back up with a passphrase",
        "The copy is sealed with a passphrase you choose, and opens with just that passphrase, "
        "even on another computer. Write it down: without it the copy cannot be opened.",
        "&Back up",
        frozenset({"new"}),
    ),
}

Work = Callable[[Answers], Any]


class PassphraseDialog(QDialog):
    """Asks for passphrases, runs `works[mode]` off the GUI thread, stays open on a mistake.

    `result_value` holds what the work returned once the dialog is accepted.
    """

    def __init__(
        self,
        runner: TaskRunner,
        mode: str,
        works: dict[str, Work],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_PassphraseDialog()
        self.ui.setupUi(self)
        self.runner = runner
        self.works = works
        self.result_value: Any = None
        self.working = False
        ui = self.ui
        ui.errorLabel.setProperty("role", "error")
        ui.okButton.clicked.connect(self.submit)
        ui.cancelButton.clicked.connect(self.reject)
        ui.recoveryButton.clicked.connect(lambda: self.set_mode("recover"))
        ui.showCheck.toggled.connect(self._show_typing)
        ui.newEdit.textChanged.connect(self._strength)
        # Wide enough that the wrapped intro and error sentences read as lines, not a column
        # (adjustSize() would otherwise shrink the dialog to the narrowest wrap).
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)
        self.set_mode(mode)

    # -- layout per mode -----------------------------------------------------------------------
    def set_mode(self, mode: str) -> None:
        self.mode = mode
        spec = MODES[mode]
        ui = self.ui
        self.setWindowTitle(spec.title)
        ui.intro.setText(spec.intro)
        ui.okButton.setText(spec.ok)
        ui.okButton.setAccessibleName(spec.ok.replace("&", ""))
        ui.currentLabel.setText(spec.current[0])
        ui.currentEdit.setAccessibleName(spec.current[1])
        if mode == "backup":
            ui.currentEdit.clear()  # the passphrase of today was just tried: start afresh
        rows = {
            "current": (ui.currentLabel, ui.currentEdit),
            "recovery": (ui.recoveryLabel, ui.recoveryEdit),
            "new": (ui.newLabel, ui.newEdit, ui.repeatLabel, ui.repeatEdit, ui.strengthLabel),
        }
        for name, widgets in rows.items():
            for widget in widgets:
                widget.setVisible(name in spec.fields)
        ui.recoveryButton.setVisible(spec.recovery_button and "recover" in self.works)
        ui.busyBar.setVisible(False)
        self._error("")
        self._strength()
        first = next(
            edit
            for name, edit in (
                ("recovery", ui.recoveryEdit),
                ("current", ui.currentEdit),
                ("new", ui.newEdit),
            )
            if name in spec.fields
        )
        first.setFocus()
        self.adjustSize()  # no tall empty space when only one field is asked for

    def _show_typing(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        for edit in (self.ui.currentEdit, self.ui.newEdit, self.ui.repeatEdit):
            edit.setEchoMode(mode)

    def _strength(self, *_args: Any) -> None:
        self.ui.strengthLabel.setText(keys.strength_hint(self.ui.newEdit.text()))

    def _error(self, text: str) -> None:
        self.ui.errorLabel.setText(f"⚠ {text}" if text else "")
        self.ui.errorLabel.setVisible(bool(text))
        if text:
            self.adjustSize()  # a wrapped sentence needs the height: never cut it off

    # -- doing the work ------------------------------------------------------------------------
    def answers(self) -> Answers:
        ui = self.ui
        return Answers(
            ui.currentEdit.text(), ui.recoveryEdit.text(), ui.newEdit.text(), ui.repeatEdit.text()
        )

    def _check(self, answers: Answers) -> None:
        """What can be said without the key file: empty fields, new passphrase rules."""
        fields = MODES[self.mode].fields
        if "current" in fields and not answers.current:
            raise UserError("Type your passphrase.", "passphrase")
        if "recovery" in fields:
            keys.normalise_recovery_key(answers.recovery)
        if "new" in fields:
            keys.check_new_passphrase(answers.new, answers.repeat)

    def submit(self) -> None:
        if self.working:
            return
        answers = self.answers()
        try:
            self._check(answers)
        except UserError as exc:
            self._error(exc.message)
            return
        self._busy(True)
        work = self.works[self.mode]
        self.runner.run(lambda: work(answers), self._done, self._failed)

    def _busy(self, busy: bool) -> None:
        self.working = busy
        ui = self.ui
        ui.busyBar.setVisible(busy)
        for widget in (
            ui.currentEdit,
            ui.recoveryEdit,
            ui.newEdit,
            ui.repeatEdit,
            ui.showCheck,
            ui.okButton,
            ui.cancelButton,
            ui.recoveryButton,
        ):
            widget.setEnabled(not busy)
        if busy:
            self._error("")

    def _done(self, result: Any) -> None:
        self._busy(False)
        self.result_value = result
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._busy(False)
        if isinstance(error, UserError):
            if (
                error.field == "backup_passphrase"
                and self.mode != "backup"
                and "backup" in self.works
            ):
                self.set_mode("backup")  # a backup from an earlier key: ask for that passphrase
            self._error(error.message)
            if (
                error.field in ("passphrase", "backup_passphrase", None)
                and self.ui.currentEdit.isVisible()
            ):
                self.ui.currentEdit.selectAll()
                self.ui.currentEdit.setFocus()
            elif error.field == "recovery_key":
                self.ui.recoveryEdit.setFocus()
            return
        self._error(f"Something went wrong, and nothing was changed: {error}")

    def reject(self) -> None:
        if not self.working:  # never walk away from a switch half-way through
            super().reject()


class RecoveryKeyDialog(QDialog):
    """Shows the recovery key once, with Print and Save as, until "I have kept it safe"."""

    def __init__(
        self, recovery_key: str, data_folder: Path | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_RecoveryKeyDialog()
        self.ui.setupUi(self)
        self.recovery_key = recovery_key
        self.data_folder = data_folder
        ui = self.ui
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(max(font.pointSizeF(), 10.0) * 1.6)
        font.setBold(True)
        ui.keyLabel.setFont(font)
        ui.keyLabel.setText(recovery_key)
        ui.keyLabel.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        ui.keyLabel.setAccessibleDescription(" ".join(recovery_key.replace("-", " - ")))
        ui.keptCheck.toggled.connect(ui.doneButton.setEnabled)
        ui.doneButton.clicked.connect(self.accept)
        ui.printButton.clicked.connect(self.print_key)
        ui.saveButton.clicked.connect(self.save_key)
        from coprod_desktop.ui.dialogs.common import fit_to_screen

        fit_to_screen(self, chars=60)  # the explanation wraps: room for all of it at 200%

    def text(self) -> str:
        return (
            "Coprod Desktop: recovery key\n\n"
            f"    {self.recovery_key}\n\n"
            "If you forget your passphrase, choose 'Use recovery key…' when the app asks for it, "
            "type this key and choose a new passphrase.\n"
            "Keep this page somewhere safe, away from the computer. Anyone with this key and a "
            "copy of your data folder can read your records.\n"
        )

    def print_key(self) -> bool:
        from PySide6.QtGui import QTextDocument
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter()
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        document = QTextDocument()
        document.setPlainText(self.text())
        document.print_(printer)
        self.ui.savedLabel.setText("Sent to the printer. Keep the page somewhere safe.")
        return True

    def save_key(self) -> bool:
        name, _filter = QFileDialog.getSaveFileName(
            self, "Save the recovery key", "coprod-recovery-key.txt", "Text files (*.txt)"
        )
        if not name:
            return False
        path = Path(name).absolute()
        if self.data_folder is not None and path.is_relative_to(self.data_folder.absolute()):
            self.ui.savedLabel.setText(
                "⚠ Not saved: that is inside your data folder, where anyone with the folder "
                "would find it. Save it on a memory stick or another device."
            )
            return False
        from coprod_desktop.core.io.safe_write import write_atomic

        try:
            write_atomic(path, self.text().encode("utf-8"), private=True)
        except UserError as exc:
            self.ui.savedLabel.setText(f"⚠ {exc.message}")
            return False
        self.ui.savedLabel.setText(
            f"Saved to {path}. Move it off this computer (a memory stick, another device)."
        )
        return True

    def reject(self) -> None:
        if self.ui.keptCheck.isChecked():
            super().reject()
            return
        self.ui.savedLabel.setText(
            "Print or write down the key, then tick 'I have kept it safe': it is shown only once."
        )


# -- start-up ----------------------------------------------------------------------------------
def unlock_dialog(
    runner: TaskRunner, paths: DataPaths, clock: Clock | None, parent: QWidget | None = None
) -> PassphraseDialog:
    """The start-up prompt; its result is `(services, has_profile)` like `open_data`'s, or
    `(DataWillNotOpen, False)` when the passphrase was right but the records file will not open
    (the window then offers the latest backup, as it does for unprotected records)."""

    def opening(passphrase: str) -> tuple[Any, bool]:
        from coprod_desktop.core.domain.errors import DataWillNotOpen
        from coprod_desktop.core.services import open_services

        try:
            services = open_services(paths.root, clock, passphrase=passphrase)
        except DataWillNotOpen as exc:
            return exc, False
        return services, services.profile.exists()

    def recovering(answers: Answers) -> tuple[Any, bool]:
        from coprod_desktop.core.services.encryption import recover

        recover(paths, answers.recovery, answers.new, answers.repeat, kdf=keys.DEFAULT_KDF)
        return opening(answers.new)

    return PassphraseDialog(
        runner,
        "unlock",
        {"unlock": lambda answers: opening(answers.current), "recover": recovering},
        parent,
    )


def open_or_unlock(window: MainWindow, paths: DataPaths, *, ask: bool = True) -> None:
    """Open the data, asking for the passphrase first when the folder is protected."""
    if not ask or not keys.needs_passphrase(paths.root):
        window.open_data(paths.root)
        return
    dialog = unlock_dialog(window.ctx.runner, paths, window.ctx.clock, window)
    window.unlock_dialog = dialog  # type: ignore[attr-defined]

    def unlocked() -> None:
        from coprod_desktop.core.domain.errors import DataWillNotOpen

        services, has_profile = dialog.result_value
        if isinstance(services, DataWillNotOpen):
            window._could_not_open(services)
            return
        window.owns_services = True
        window.set_services(services, welcome=not has_profile)

    def stayed_locked() -> None:
        window.dashboard.ui.statusLabel.setText(
            "These records are locked. To type the passphrase again, choose them in File → "
            "Open someone's records… (Ctrl+O), or close Coprod Desktop and open it again."
        )
        window.statusBar().showMessage("Your records are locked.")

    dialog.accepted.connect(unlocked)
    dialog.rejected.connect(stayed_locked)
    dialog.open()


# -- Settings ----------------------------------------------------------------------------------
class EncryptionPanel(QGroupBox):
    """The Settings group: status, and Turn on / Change passphrase / Turn off."""

    def __init__(self, ctx: WindowContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_EncryptionPanel()
        self.ui.setupUi(self)
        self.ctx = ctx
        self.open_dialog: QDialog | None = None
        self.ui.turnOnButton.clicked.connect(self.turn_on)
        self.ui.changeButton.clicked.connect(self.change)
        self.ui.turnOffButton.clicked.connect(self.turn_off)
        ctx.services_ready.connect(self.refresh)
        self.refresh()

    def is_on(self) -> bool:
        return self.ctx.paths is not None and keys.is_on(self.ctx.paths.root)

    def refresh(self) -> None:
        on = self.is_on()
        ready = self.ctx.services is not None
        self.ui.statusLabel.setText(
            "On: your records, receipts and backups are encrypted with your passphrase."
            if on
            else "Off: your records are kept as ordinary files on this computer."
        )
        self.ui.turnOnButton.setVisible(not on)
        self.ui.turnOnButton.setEnabled(ready)
        self.ui.changeButton.setVisible(on)
        self.ui.turnOffButton.setVisible(on)
        self.ui.changeButton.setEnabled(ready)
        self.ui.turnOffButton.setEnabled(ready)

    def _ask(self, mode: str, work: Work, done: Callable[[Any], None]) -> PassphraseDialog:
        dialog = PassphraseDialog(self.ctx.runner, mode, {mode: work}, self)
        dialog.accepted.connect(lambda: done(dialog.result_value))
        self.open_dialog = dialog
        dialog.open()
        return dialog

    def turn_on(self) -> PassphraseDialog | None:
        services = self.ctx.services
        if services is None:
            return None

        def work(answers: Answers) -> str:
            from coprod_desktop.core.services.encryption import turn_on

            return turn_on(services, answers.new, answers.repeat, kdf=keys.DEFAULT_KDF)

        def done(recovery_key: str) -> None:
            self.refresh()
            self.ctx.report("Encryption is on: keep your recovery key safe.")
            dialog = RecoveryKeyDialog(recovery_key, services.paths.root, self)
            self.open_dialog = dialog
            dialog.open()

        return self._ask("on", work, done)

    def change(self) -> PassphraseDialog | None:
        services = self.ctx.services
        if services is None:
            return None

        def work(answers: Answers) -> None:
            from coprod_desktop.core.services.encryption import change_passphrase

            change_passphrase(
                services.paths, answers.current, answers.new, answers.repeat, kdf=keys.DEFAULT_KDF
            )

        def done(_result: object) -> None:
            self.ctx.report("Your passphrase is changed; your recovery key still works.")

        return self._ask("change", work, done)

    def turn_off(self) -> PassphraseDialog | None:
        services = self.ctx.services
        if services is None:
            return None

        def work(answers: Answers) -> None:
            from coprod_desktop.core.services.encryption import turn_off

            turn_off(services, answers.current)

        def done(_result: object) -> None:
            self.refresh()
            self.ctx.report("Encryption is off: your records are ordinary files again.")

        return self._ask("off", work, done)
