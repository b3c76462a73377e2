"""The first-run welcome: the member's name and reference rate, demo data, where data lives.

Why it says where the data is and that nothing leaves the PC: members working with NHS trusts
are often told to be careful with personal data, and an app that asks for bank details must say
plainly, before anything else, that it keeps them on this computer only.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from coprod_desktop.core.domain.errors import UserError
from coprod_desktop.core.domain.money import Money
from coprod_desktop.ui.forms.ui_welcome import Ui_WelcomeDialog


@dataclass(frozen=True)
class WelcomeAnswers:
    name: str
    reference_rate: Money
    demo: bool


class WelcomeDialog(QDialog):
    def __init__(
        self, data_folder: str, demo_available: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_WelcomeDialog()
        self.ui.setupUi(self)
        self.setWindowTitle("Welcome to Coprod Desktop")
        self.ui.whereLabel.setText(f"Your records will be kept in this folder:\n{data_folder}")
        self.ui.demoCheck.setVisible(demo_available)
        self.ui.errorLabel.setProperty("role", "error")
        self.ui.errorLabel.setVisible(False)
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText("&Start")
        ok.setAccessibleName("Start")
        cancel = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText("&Later")
        cancel.setAccessibleName("Later: ask me next time")
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.nameEdit.textChanged.connect(self.validate)
        self.ui.rateEdit.textChanged.connect(self.validate)
        # The answers were read only when a text changed, so a tick given after typing the
        # name and rate was never seen: read them again on every tick, and once more on Start.
        self.ui.demoCheck.toggled.connect(self.validate)
        self.answers: WelcomeAnswers | None = None
        self.validate()

    def for_someone_else(self, records_name: str) -> None:
        """Records made for someone the member supports: ask for *their* name, no sample tick."""
        ui = self.ui
        self.setWindowTitle(f"New records: {records_name}")
        ui.heading.setText(f"Records for {records_name}")
        ui.introLabel.setText(
            "These records are kept apart from anyone else's on this computer. Two questions "
            "to start; you can change both later in Settings."
        )
        ui.nameLabel.setText("Their &name:")
        ui.nameEdit.setAccessibleName("Their name")
        ui.nameEdit.setAccessibleDescription("As it should appear on their claims")
        ui.demoCheck.setVisible(False)
        ui.whereLabel.setText(ui.whereLabel.text().replace("Your records", "These records"))

    def accept(self) -> None:
        """Start: the answers as they are at this moment, whatever order they were given in."""
        if not self.validate():
            return
        super().accept()

    def read(self) -> WelcomeAnswers:
        """The answers, or UserError naming the field to fix."""
        name = self.ui.nameEdit.text().strip()
        if not name:
            raise UserError("Type your name: it goes on your claims.", "name")
        rate_text = self.ui.rateEdit.text().strip()
        if not rate_text:
            raise UserError(
                "Type the value of an hour of your time, like 25.00 (you can change it later).",
                "reference_rate",
            )
        rate = Money.parse(rate_text, "reference rate")
        if rate.pence < 0:
            raise UserError("The reference rate cannot be negative.", "reference_rate")
        # isHidden, not isVisible: "visible" also needs the dialog itself on screen, so a tick
        # read before the dialog showed (or after it closed) would be lost.
        demo = not self.ui.demoCheck.isHidden() and self.ui.demoCheck.isChecked()
        return WelcomeAnswers(name, rate, demo)

    def validate(self) -> bool:
        """Start stays off while an answer is missing or wrong; the reason sits under the fields."""
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        try:
            self.answers = self.read()
        except UserError as exc:
            self.answers = None
            touched = bool(self.ui.nameEdit.text() or self.ui.rateEdit.text())
            self.ui.errorLabel.setText(f"⚠ {exc.message}")
            self.ui.errorLabel.setVisible(touched)
            ok.setEnabled(False)
            return False
        self.ui.errorLabel.setVisible(False)
        ok.setEnabled(True)
        return True
