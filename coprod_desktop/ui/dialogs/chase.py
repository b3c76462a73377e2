"""Chase a claim: the letter saved as a PDF, or an email draft for the member's own mail
program; either way the chaser goes into the claim's history.

The letter is made off the GUI thread (it appends the claim's own pages). Nothing is sent by
the app: the email draft is an .eml file the system's mail program opens, or that the member
saves where they choose when no mail program is set up.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QWidget

from coprod_desktop.core.domain.errors import UserError
from coprod_desktop.core.domain.kinds import ChaserMethod
from coprod_desktop.core.services import Services
from coprod_desktop.core.services.chasers import ChaserMade
from coprod_desktop.ui.dialogs.common import ERROR_SIGN, fill_combo, finish_form, fit_to_screen
from coprod_desktop.ui.forms.ui_dialog_chase import Ui_ChaseDialog
from coprod_desktop.ui.pdf_view import documents_folder, safe_file_name, save_pdf_as, write_file
from coprod_desktop.ui.tasks import TaskRunner

METHODS = [
    ("By post", ChaserMethod.POST),
    ("By email", ChaserMethod.EMAIL),
    ("By hand", ChaserMethod.HAND),
    ("Another way", ChaserMethod.OTHER),
]


class ChaseDialog(QDialog):
    """`made` holds the chaser once one was recorded; the Claims page then reloads."""

    def __init__(
        self,
        services: Services,
        runner: TaskRunner,
        number: str,
        parent: QWidget | None = None,
        *,
        report: Callable[[str], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.runner = runner
        self.number = number
        self.report = report or (lambda _text: None)
        self.made: ChaserMade | None = None
        self.last_file: Path | None = None
        self.ui = Ui_ChaseDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.setWindowTitle(f"Chase claim {number}")
        fill_combo(ui.method, METHODS)
        ui.error.hide()
        ui.buttonBox.rejected.connect(self.reject)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).setAccessibleName("Close")
        ui.saveLetter.clicked.connect(self.save_letter)
        ui.emailDraft.clicked.connect(self.email_draft)
        try:
            doc = services.chasers.letter(number)
        except UserError as error:
            ui.summary.setText(error.message)
            ui.saveLetter.setEnabled(False)
            ui.emailDraft.setEnabled(False)
        else:
            late = f"{doc.days_late} days late" if doc.days_late else "not late yet"
            earlier = f" Chased before: {len(doc.earlier)} time(s)." if doc.earlier else ""
            ui.summary.setText(
                f"Claim {doc.claim_number} to {doc.organisation}, submitted on "
                f"{doc.submitted_on:%d %b %Y}: {doc.outstanding.display()} outstanding, "
                f"promised in {doc.promised_days} days, {late}.{earlier} The letter asks for "
                "payment and carries the claim as you submitted it."
            )
        finish_form(self)
        fit_to_screen(self, chars=70)
        ui.method.setFocus()

    # -- the two ways to send -------------------------------------------------------------------
    def _chase(self, method: ChaserMethod, then: Callable[[ChaserMade], None]) -> None:
        large = self.ui.largePrint.isChecked()
        note = self.ui.note.text()
        self._busy(True)

        def work() -> ChaserMade:
            return self.services.chasers.chase(self.number, None, method, note, large_print=large)

        def done(made: ChaserMade) -> None:
            self._busy(False)
            self.made = made
            then(made)

        self.runner.run(work, done, self._failed)

    def save_letter(self) -> None:
        method = self.ui.method.currentData() or ChaserMethod.POST
        suggested = f"{self.number} reminder.pdf"
        # Ask where first: a cancelled Save records no chaser.
        start = documents_folder() / safe_file_name(suggested)
        chosen, _filter = QFileDialog.getSaveFileName(
            self, "Save the letter as", str(start), "PDF files (*.pdf)"
        )
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")

        def saved(made: ChaserMade) -> None:
            try:
                write_file(path, made.pdf)
            except UserError as error:
                self._say(error.message)
                return
            self.last_file = path
            self._said(f"Letter saved as {path}, and recorded in the claim's history.")

        self._chase(method, saved)

    def email_draft(self) -> None:
        def drafted(made: ChaserMade) -> None:
            try:
                data = self.services.chasers.chaser_email(made)
            except UserError as error:
                self._say(error.message)
                return
            self._said(open_email_draft(self, data, f"{self.number} reminder.eml", self.services))

        self._chase(ChaserMethod.EMAIL, drafted)

    # -- telling the member -----------------------------------------------------------------------
    def _busy(self, busy: bool) -> None:
        for button in (self.ui.saveLetter, self.ui.emailDraft):
            button.setEnabled(not busy)
        if busy:
            self._say("Making the letter…", error=False)

    def _failed(self, error: BaseException) -> None:
        self._busy(False)
        if isinstance(error, UserError):
            self._say(error.message)
        else:
            raise error

    def _say(self, text: str, *, error: bool = True) -> None:
        self.ui.error.setText(f"{ERROR_SIGN} {text}" if error else text)
        self.ui.error.show()

    def _said(self, text: str) -> None:
        self._say(text, error=False)
        self.report(text)


def open_email_draft(parent: QWidget, data: bytes, name: str, services: Services) -> str:
    """Open an .eml draft in the system's mail program; if none starts, ask where to save it.
    Returns one sentence that says where the draft is."""
    folder = services.paths.documents
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / safe_file_name(name)
    if path.suffix.lower() != ".eml":
        path = path.with_name(path.name + ".eml")
    write_file(path, data)
    if os.environ.get("QT_QPA_PLATFORM") != "offscreen" and QDesktopServices.openUrl(
        QUrl.fromLocalFile(str(path))
    ):
        return f"The email draft is open in your mail program (the file is {path})."
    start = documents_folder() / path.name
    chosen, _filter = QFileDialog.getSaveFileName(
        parent, "Save the email draft as", str(start), "Email drafts (*.eml)"
    )
    if chosen:
        target = Path(chosen)
        write_file(target, data)
        return f"No mail program opened it: the email draft is saved as {target}."
    return f"No mail program opened it: the email draft is saved as {path}."


__all__ = ["ChaseDialog", "open_email_draft", "save_pdf_as"]
