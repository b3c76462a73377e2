"""Help → Getting started: six steps from a first organisation to a claim PDF and a backup.

Offline by design: the text ships with the app (no web page to fetch), and each step names
the page and its keyboard shortcut, so it can be followed without a mouse.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QDialogButtonBox

from coprod_desktop.ui.forms.ui_dialog_getting_started import Ui_GettingStartedDialog

if TYPE_CHECKING:
    from coprod_desktop.ui.main_window import MainWindow

# (heading, what to do): the order a new member needs them in.
STEPS: tuple[tuple[str, str], ...] = (
    (
        "Add the organisation you work with",
        "Organisations (Ctrl+6) → New…: its name, a short code for claim numbers, and how "
        "many days it promises to pay in.",
    ),
    (
        "Write down what they agreed to pay",
        "Agreements (Ctrl+5) → New…: your role and its terms (hourly, per session, daily, "
        "vouchers, expenses only or unpaid), from the letter or email that says so.",
    ),
    (
        "Log an activity after each meeting",
        "Activities (Ctrl+2) → New…: the date, the organisation, and your preparation, "
        "meeting, travel and follow-up time. The fee is worked out from the agreement.",
    ),
    (
        "Add your expenses and receipts",
        "Expenses (Ctrl+3) → New…: mileage, fares, parking or care cover, with a photo or "
        "scan of each receipt.",
    ),
    (
        "Make a claim and its PDF",
        "Claims (Ctrl+4) → New claim…: everything not yet claimed from one organisation, "
        "then Claim PDF… to save or print it with the receipts at the back.",
    ),
    (
        "Keep a backup",
        "Settings (Ctrl+8) → Back up now, or File → Save a whole copy of my records… to keep "
        "a copy somewhere safe. The app also backs up by itself when it opens and closes.",
    ),
)

FOOTER = (
    "Nothing here needs the internet. To try things without touching your own records, use "
    "Try sample records: they are kept apart, and File → Open someone's records… brings you "
    "back to yours."
)


def steps_html() -> str:
    items = "".join(
        f"<li><p><b>{escape(heading)}</b><br>{escape(text)}</p></li>" for heading, text in STEPS
    )
    return f"<h2>Getting started</h2><ol>{items}</ol><p>{escape(FOOTER)}</p>"


class GettingStartedDialog(QDialog):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.ui = Ui_GettingStartedDialog()
        self.ui.setupUi(self)
        self.ui.stepsText.setHtml(steps_html())
        close = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Close)
        close.setText("&Close")
        close.setAccessibleName("Close")
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.sampleButton.clicked.connect(self.try_sample)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 64)

    def try_sample(self) -> None:
        from coprod_desktop.ui import record_switch

        self.accept()
        record_switch.open_sample_records(self.window_)
