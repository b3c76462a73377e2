"""Make a claim: choose the organisation and period, see the lines, create it, mark it sent.

The lines and totals are the core's (`services.claims.preview` and the Claim record's own
totals): the member sees, before creating, exactly what the claim will hold.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QHeaderView,
    QTableWidgetItem,
    QWidget,
)

from coprod_desktop.core.domain.errors import UserError
from coprod_desktop.core.domain.kinds import LineKind
from coprod_desktop.core.domain.parsing import format_minutes
from coprod_desktop.core.domain.records import Claim, ClaimLine
from coprod_desktop.core.services import Services
from coprod_desktop.ui.dialogs.common import (
    ERROR_SIGN,
    fill_combo,
    finish_form,
    fit_to_screen,
    from_qdate,
    select_data,
    show_date,
    to_qdate,
    value,
)
from coprod_desktop.ui.dialogs.unsaved import GuardedDialog
from coprod_desktop.ui.forms.ui_dialog_claim_builder import Ui_ClaimBuilderDialog
from coprod_desktop.ui.widgets.date_field import DateField

COLUMNS = ("Date", "Line", "Description", "Time", "Rate or category", "Receipts", "Amount")


class ClaimBuilderDialog(GuardedDialog):
    """After Create, `claim_number` (and `claim`) hold the new claim; Close then accepts.

    Closing after choosing an organisation or period but before Create asks whether to create
    the claim (Save), drop it, or keep editing. The period starts where the member's last
    claim period leads (`services.preferences.claim_period`): whole months by default."""

    guard_what = "this claim (it is not created yet)"

    def __init__(
        self,
        services: Services,
        parent: QWidget | None = None,
        create: Callable[[int, date | None, date | None, date | None], Claim] | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        # the Claims page passes an undoable create; without it, straight to the services
        self._create = create or services.claims.create
        self.claim: Claim | None = None
        self.claim_number: str | None = None
        self.ui = Ui_ClaimBuilderDialog()
        self.ui.setupUi(self)
        ui = self.ui
        for label in (
            ui.formError,
            ui.saveHint,
            ui.organisationError,
            ui.periodStartError,
            ui.submittedOnError,
        ):
            label.hide()
        table = ui.previewTable
        table.setColumnCount(len(COLUMNS))
        table.setHorizontalHeaderLabels(list(COLUMNS))
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # the lines are the point of this dialog: they take the spare height, and keep room
        # for a few rows even at 200% font
        table.setMinimumHeight(5 * table.fontMetrics().height() + table.horizontalHeader().height())
        ui.mainLayout.setStretchFactor(table, 1)
        fill_combo(ui.organisation, [(o.name, o.id) for o in services.organisations.list()])
        ui.organisation.setPlaceholderText("Choose an organisation")
        today = services.ctx.clock.today()
        start, end = services.preferences.claim_period()
        ui.periodStart.setDate(to_qdate(start))
        ui.periodEnd.setDate(to_qdate(end))
        ui.submittedOn.setDate(to_qdate(today))
        ui.madeOn.setDate(to_qdate(today))
        ui.submitBox.setEnabled(False)
        ui.claimStatus.hide()
        close = ui.buttonBox.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName("Close")
        ui.buttonBox.rejected.connect(self._close)
        ui.organisation.currentIndexChanged.connect(self.refresh)
        ui.periodStart.dateChanged.connect(self.refresh)
        ui.periodEnd.dateChanged.connect(self.refresh)
        ui.madeOn.dateChanged.connect(self._made_on_changed)
        ui.madeOn.problemChanged.connect(lambda *_: self.refresh())
        ui.createClaim.clicked.connect(self.create_claim)
        ui.submitClaim.clicked.connect(self.submit_claim)
        ui.submittedOn.dateChanged.connect(lambda *_: self._say(None))
        for field in (ui.periodStart, ui.periodEnd):
            field.problemChanged.connect(lambda *_: self.refresh())
        ui.submittedOn.problemChanged.connect(lambda *_: self._date_problem(ui.submittedOn))
        finish_form(self)
        self.refresh()
        fit_to_screen(self, chars=110)
        screen = self.screen()
        if screen is not None:  # the lines are the point: most of the screen's height for them
            self.resize(
                self.width(), max(self.height(), int(screen.availableGeometry().height() * 0.85))
            )
        ui.organisation.setFocus()

    def made_on(self) -> date | None:
        """The day the claim was made when it is not today (a paper claim typed in afterwards),
        else None: made today."""
        if self.ui.madeOn.problem():
            return None
        made = from_qdate(self.ui.madeOn.date())
        return None if made == self.services.ctx.clock.today() else made

    def _made_on_changed(self, *_args: object) -> None:
        """A claim made on a past day is submitted on that day or later: start there."""
        made = self.made_on()
        if made is not None and from_qdate(self.ui.submittedOn.date()) < made:
            self.ui.submittedOn.setDate(to_qdate(made))
        self.refresh()

    def choose_organisation(self, org_id: int) -> None:
        """Start on one organisation (a reminder of its unclaimed work leads here)."""
        select_data(self.ui.organisation, org_id)
        self.refresh()

    # -- preview ----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Show what a claim made now would hold; nothing is saved."""
        ui = self.ui
        self._say(None)
        org_id = value(ui.organisation)
        if self.claim is not None:
            return
        if (
            self._date_problem(ui.periodStart)
            or self._date_problem(ui.periodEnd)
            or self._date_problem(ui.madeOn)
        ):
            ui.createClaim.setEnabled(False)
            return
        if org_id is None:
            self._show_lines([])
            ui.totals.setText("Choose the organisation to claim from.")
            ui.createClaim.setEnabled(False)
            return
        try:
            end = from_qdate(ui.periodEnd.date())
            made_on = self.made_on()
            lines = self.services.claims.preview(
                org_id,
                from_qdate(ui.periodStart.date()),
                end if made_on is None else min(end, made_on),  # nothing after the day made
            )
        except UserError as error:
            self._show_lines([])
            self._say(error)
            ui.createClaim.setEnabled(False)
            return
        self._show_lines(lines)
        if not lines:
            ui.totals.setText(
                f"Nothing unclaimed for {ui.organisation.currentText()} in this period: "
                "widen the dates, or add activities or expenses first."
            )
        ui.createClaim.setEnabled(bool(lines))

    def _show_lines(self, lines: list[ClaimLine] | tuple[ClaimLine, ...]) -> None:
        table = self.ui.previewTable
        table.setRowCount(len(lines))
        for row, line in enumerate(lines):
            fee = line.kind is LineKind.FEE
            cells = (
                show_date(line.date),
                "Fee" if fee else "Expense",
                line.description,
                format_minutes(line.minutes) if fee and line.minutes is not None else "",
                line.rate if fee else line.category,
                ", ".join(line.receipt_refs),
                line.amount.display(),
            )
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == len(cells) - 1:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                table.setItem(row, col, item)
        table.resizeRowsToContents()
        if lines:
            # the Claim record adds up its own lines: the one definition of a claim's totals
            sums = Claim(organisation_id=0, number="", created_on=lines[0].date, lines=tuple(lines))
            text = (
                f"Fees {sums.fee_total.display()} + expenses {sums.expense_total.display()} "
                f"= total {sums.total.display()} ({len(lines)} lines)"
            )
            self.ui.totals.setText(text)
        self.ui.totals.setAccessibleName(self.ui.totals.text() or "Claim totals")

    # -- making and sending -----------------------------------------------------------------
    def _date_problem(self, field: DateField) -> bool:
        """Say why a date field's text is not a date, under its row; True when it is not."""
        message = field.problem()
        if message:
            field_name = "date" if field in (self.ui.submittedOn, self.ui.madeOn) else "from date"
            self._say(UserError(message, field_name))
        return bool(message)

    def create_claim(self) -> None:
        ui = self.ui
        org_id = value(ui.organisation)
        if (
            org_id is None
            or self._date_problem(ui.periodStart)
            or self._date_problem(ui.periodEnd)
            or self._date_problem(ui.madeOn)
        ):
            return
        start, end = from_qdate(ui.periodStart.date()), from_qdate(ui.periodEnd.date())
        try:
            claim = self._create(org_id, start, end, self.made_on())
        except UserError as error:
            self._say(error)
            return
        # the services accepted the period, so it is a real range: remember it for next time
        self.services.preferences.remember_claim_period(start, end)
        self.guard_enabled = False  # the claim is saved: nothing left to lose
        self.claim, self.claim_number = claim, claim.number
        self._show_lines(claim.lines)
        for widget in (ui.organisation, ui.periodStart, ui.periodEnd, ui.madeOn, ui.createClaim):
            widget.setEnabled(False)
        ui.submitBox.setEnabled(True)
        ui.claimStatus.setText(
            f"Claim {claim.number} is saved as a draft. When you have sent it to the "
            "organisation, mark it as submitted: the days to pay count from that date."
        )
        ui.claimStatus.setAccessibleName(ui.claimStatus.text())
        ui.claimStatus.show()
        ui.submittedOn.setFocus()

    def submit_claim(self) -> None:
        if self.claim_number is None or self._date_problem(self.ui.submittedOn):
            return
        on = from_qdate(self.ui.submittedOn.date())
        try:
            self.claim = self.services.claims.submit(self.claim_number, on)
        except UserError as error:
            self._say(error)
            return
        self._say(None)
        self.ui.submitBox.setEnabled(False)
        self.ui.claimStatus.setText(
            f"Claim {self.claim_number} is marked as submitted on {show_date(on)}."
        )
        self.ui.claimStatus.setAccessibleName(self.ui.claimStatus.text())
        self.ui.buttonBox.setFocus()

    def _say(self, error: UserError | None) -> None:
        """A refusal goes under the field it names, else at the foot of the dialog."""
        ui = self.ui
        places = {
            "organisation": ui.organisationError,
            "from date": ui.periodStartError,
            "to date": ui.periodStartError,
            "date": ui.submittedOnError,
        }
        for label in (*places.values(), ui.formError):
            label.clear()
            label.hide()
        if error is None:
            return
        label = places.get(error.field or "", ui.formError)
        label.setText(f"{ERROR_SIGN} {error.message}")
        label.setAccessibleName(f"Problem: {error.message}")
        label.setWordWrap(True)
        label.show()

    def _close(self) -> None:
        if self.claim is not None:
            self.accept()
        else:
            self.reject()

    def save_from_guard(self) -> None:
        """Save, when asked on closing: create the claim as the dialog shows it, then close."""
        if self.ui.createClaim.isEnabled():
            self.create_claim()
        if self.claim is not None:
            self.accept()


__all__ = ["ClaimBuilderDialog"]
