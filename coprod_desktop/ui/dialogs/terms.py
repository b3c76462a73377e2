"""One dated version of a role agreement's terms, and the dialog that adds or corrects one.

The editor is a widget of its own (`ui/dialog_terms.ui` holds it) because it appears twice: in
the change-of-terms dialog, and inside the new-agreement form as the agreement's first terms.
Only the amounts the chosen basis uses are shown, so an hourly role never asks for a day rate.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from coprod_desktop.core.domain.errors import UserError
from coprod_desktop.core.domain.kinds import (
    DEFAULT_PAYABLE,
    Basis,
    Classification,
    PaymentMethod,
    TimePart,
)
from coprod_desktop.core.domain.money import Money
from coprod_desktop.core.domain.parsing import format_minutes, parse_int, parse_minutes
from coprod_desktop.core.domain.records import Terms
from coprod_desktop.core.services import Services
from coprod_desktop.ui.dialogs.common import (
    GENERAL,
    PAYMENT_METHOD_LABELS,
    FieldErrors,
    RecordDialog,
    enum_choices,
    fill_combo,
    finish_form,
    fit_to_screen,
    from_qdate,
    select_data,
    set_row_visible,
    to_qdate,
    value,
)
from coprod_desktop.ui.forms.ui_dialog_terms import Ui_TermsForm

SOURCES = ("Letter", "Email", "Meeting", "Phone call", "Contract", "Website")
PAID_BASES = (Basis.HOURLY, Basis.SESSION, Basis.DAILY, Basis.VOUCHER)
# which basis a change of classification most likely means, so one choice sets both
BASIS_FOR = {Classification.VOLUNTARY: Basis.EXPENSES_ONLY, Classification.UNPAID: Basis.UNPAID}


class TermsEditor(QWidget):
    """The fields of one Terms version; the owning dialog shows its errors and its Save."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.ui = Ui_TermsForm()
        self.ui.setupUi(self)
        ui = self.ui
        self.record: Terms | None = None
        self.fixed_date: date | None = None
        fill_combo(ui.classification, enum_choices(Classification))
        fill_combo(ui.basis, enum_choices(Basis))
        fill_combo(ui.paymentMethod, [(PAYMENT_METHOD_LABELS[m], m) for m in PaymentMethod])
        fill_combo(ui.source, [(s, s) for s in SOURCES])
        ui.source.setCurrentIndex(-1)
        ui.source.lineEdit().setPlaceholderText("Letter, email, meeting…")
        self._parts: dict[TimePart, QCheckBox] = {
            TimePart.PREP: ui.payPrep,
            TimePart.CONTACT: ui.payContact,
            TimePart.TRAVEL: ui.payTravel,
            TimePart.FOLLOWUP: ui.payFollowup,
        }
        self.set_terms(None, services.ctx.clock.today())
        ui.classification.currentIndexChanged.connect(self._classification_changed)
        ui.basis.currentIndexChanged.connect(self._basis_changed)

    def set_terms(self, terms: Terms | None, default_date: date) -> None:
        ui = self.ui
        self.record = terms
        t = terms or Terms(effective_from=default_date, basis=Basis.HOURLY)
        ui.effectiveFrom.setDate(to_qdate(t.effective_from))
        select_data(ui.classification, t.classification)
        select_data(ui.basis, t.basis)

        def money(widget: QLineEdit, value: Money | None) -> None:
            widget.setText(str(value) if value is not None else "")

        money(ui.hourlyRate, t.hourly_rate)
        money(ui.sessionFee, t.session_fee)
        money(ui.dayRate, t.day_rate)
        money(ui.halfDayRate, t.half_day_rate)
        money(ui.mileageRate, t.mileage_rate)
        money(ui.expenseCap, t.expense_cap)
        ui.halfDayThreshold.setText(format_minutes(t.half_day_threshold_minutes))
        ui.minMinutes.setText(format_minutes(t.min_minutes) if t.min_minutes else "")
        ui.roundTo.setText(str(t.round_to_minutes) if t.round_to_minutes else "")
        for part, box in self._parts.items():
            box.setChecked(part in t.payable_parts)
        ui.receiptsRequired.setChecked(t.receipts_required)
        ui.promisedDays.setText("" if t.promised_days is None else str(t.promised_days))
        select_data(ui.paymentMethod, t.payment_method)
        ui.source.setEditText(t.source)
        ui.note.setPlainText(t.note)
        self._basis_changed()

    def fix_date(self, on: date | None) -> None:
        """Inside a new agreement the first terms start with the agreement: hide the date."""
        self.fixed_date = on
        set_row_visible(self.ui.termsForm, self.ui.effectiveFrom, on is None)

    def register(self, errors: FieldErrors, watch: Callable[[str, QWidget], None]) -> None:
        ui = self.ui
        pairs: list[tuple[str, QWidget, QLabel]] = [
            ("effective_from", ui.effectiveFrom, ui.effectiveFromError),
            ("basis", ui.basis, ui.basisError),
            ("hourly_rate", ui.hourlyRate, ui.hourlyRateError),
            ("session_fee", ui.sessionFee, ui.sessionFeeError),
            ("day_rate", ui.dayRate, ui.dayRateError),
            ("half_day_rate", ui.halfDayRate, ui.halfDayRateError),
            ("half_day_threshold_minutes", ui.halfDayThreshold, ui.halfDayThresholdError),
            ("payable_parts", ui.payPrep, ui.payableError),
            ("min_minutes", ui.minMinutes, ui.minMinutesError),
            ("round_to_minutes", ui.roundTo, ui.roundToError),
            ("mileage_rate", ui.mileageRate, ui.mileageRateError),
            ("expense_cap", ui.expenseCap, ui.expenseCapError),
            ("promised_days", ui.promisedDays, ui.promisedDaysError),
            ("source", ui.source, ui.sourceError),
            ("note", ui.note, ui.noteError),
        ]
        for key, widget, label in pairs:
            errors.add(key, widget, label, "terms" if key == "effective_from" else key)
            watch(key, widget)
        for box in self._parts.values():
            watch("payable_parts", box)
        for widget in (ui.classification, ui.receiptsRequired, ui.paymentMethod):
            watch(GENERAL, widget)

    def _classification_changed(self) -> None:
        ui = self.ui
        wanted = BASIS_FOR.get(value(ui.classification))
        basis = value(ui.basis)
        if wanted is not None and basis in PAID_BASES:
            select_data(ui.basis, wanted)
        elif wanted is None and basis not in PAID_BASES:
            select_data(ui.basis, Basis.HOURLY)

    def _basis_changed(self) -> None:
        ui = self.ui
        basis = value(ui.basis)
        hourly, daily = basis is Basis.HOURLY, basis is Basis.DAILY
        form = ui.termsForm
        set_row_visible(form, ui.hourlyRate, hourly)
        set_row_visible(form, ui.minMinutes, hourly)
        set_row_visible(form, ui.roundTo, hourly)
        set_row_visible(form, ui.sessionFee, basis in (Basis.SESSION, Basis.VOUCHER))
        for widget in (ui.dayRate, ui.halfDayRate, ui.halfDayThreshold):
            set_row_visible(form, widget, daily)
        set_row_visible(form, ui.payPrep, hourly or daily)

    def collect(self) -> tuple[Terms | None, dict[str, str]]:
        ui = self.ui
        errors: dict[str, str] = {}
        basis: Basis = value(ui.basis)

        def money(widget: QLineEdit, key: str, label: str, used: bool = True) -> Money | None:
            text = widget.text().strip()
            if not used or not text:
                return None
            try:
                return Money.parse(text, label)
            except UserError as error:
                errors[key] = error.message
                return None

        def minutes(widget: QLineEdit, key: str, label: str, used: bool = True) -> int | None:
            text = widget.text().strip()
            if not used or not text:
                return None
            try:
                return parse_minutes(text, label)
            except UserError as error:
                errors[key] = error.message
                return None

        hourly, daily = basis is Basis.HOURLY, basis is Basis.DAILY
        promised: int | None = None
        if ui.promisedDays.text().strip():
            try:
                promised = parse_int(
                    ui.promisedDays.text(), "promised days to pay", minimum=0, maximum=365
                )
            except UserError as error:
                errors["promised_days"] = error.message
        threshold = minutes(ui.halfDayThreshold, "half_day_threshold_minutes", "half-day time")
        terms = Terms(
            effective_from=self.fixed_date or from_qdate(ui.effectiveFrom.date()),
            basis=basis,
            classification=value(ui.classification),
            hourly_rate=money(ui.hourlyRate, "hourly_rate", "hourly rate", hourly),
            session_fee=money(
                ui.sessionFee, "session_fee", "session fee", basis in (Basis.SESSION, Basis.VOUCHER)
            ),
            day_rate=money(ui.dayRate, "day_rate", "day rate", daily),
            half_day_rate=money(ui.halfDayRate, "half_day_rate", "half-day rate", daily),
            half_day_threshold_minutes=threshold if daily and threshold else 240,
            min_minutes=minutes(ui.minMinutes, "min_minutes", "minimum time", hourly),
            round_to_minutes=minutes(ui.roundTo, "round_to_minutes", "rounding", hourly),
            payable_parts=frozenset(p for p, box in self._parts.items() if box.isChecked())
            if (hourly or daily)
            else (self.record.payable_parts if self.record else DEFAULT_PAYABLE),
            mileage_rate=money(ui.mileageRate, "mileage_rate", "mileage rate"),
            expense_cap=money(ui.expenseCap, "expense_cap", "expense cap"),
            receipts_required=ui.receiptsRequired.isChecked(),
            promised_days=promised,
            payment_method=value(ui.paymentMethod),
            source=ui.source.currentText(),
            note=ui.note.toPlainText(),
        )
        if self.record is not None:
            terms = replace(terms, id=self.record.id, agreement_id=self.record.agreement_id)
        if errors:
            return None, errors
        try:
            terms = self.services.agreements.validate_terms(terms)
        except UserError as error:
            errors[error.field or GENERAL] = error.message
            return None, errors
        return terms, errors


class TermsDialog(RecordDialog):
    """Add a change of terms (a record with no id) or correct a saved version.

    `save` is given by whoever opens it: the agreement form passes
    `services.agreements.add_terms` (or `update_terms` for a correction)."""

    saved: Any = None

    def __init__(
        self,
        services: Services,
        save: Callable[[Terms], Any],
        record: Terms | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self._save = save
        self.record = record
        correcting = record is not None and record.id is not None
        self.setWindowTitle(
            "Correct this version of the terms" if correcting else "Change of terms"
        )
        layout = QVBoxLayout(self)
        intro = QLabel(
            "Fix a mistake in this version. To record a real change, add a change of terms "
            "instead, so the old terms stay on record."
            if correcting
            else "A change of terms starts on a date; the terms before it stay on record. "
            "Only what you change here differs from the terms before."
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.editor = TermsEditor(services, self)
        self.editor.set_terms(record, services.ctx.clock.today())
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        # the scroll area follows the focus; as a Tab stop of its own it would be a silent blank
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(self.editor)
        layout.addWidget(scroll, 1)
        general, hint = QLabel(self), QLabel(self)
        layout.addWidget(general)
        layout.addWidget(hint)
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        layout.addWidget(box)
        self.setup_buttons(box, hint, general)
        self.editor.register(self.errors, self.watch)
        finish_form(self)
        self.revalidate()
        self.resize(620, 640)
        fit_to_screen(self, self.editor)
        self.editor.ui.effectiveFrom.setFocus()

    def collect(self) -> tuple[Terms | None, dict[str, str]]:
        return self.editor.collect()

    def store(self, record: Terms) -> Any:
        return self._save(record)


__all__ = ["TermsDialog", "TermsEditor"]
