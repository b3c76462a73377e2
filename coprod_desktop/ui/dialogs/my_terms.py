"""The "my terms of involvement" form: the member's own statement of what they expect before
work starts (fee, paid time, expenses, days to pay, access, notice, recognition, ownership).

It edits one record (kept by `sv.documents`), so there is no list and no undo stack: Cancel
leaves the saved terms exactly as they were.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtWidgets import QWidget

from coprod_desktop.core.domain.errors import UserError
from coprod_desktop.core.domain.kinds import Basis, TimePart
from coprod_desktop.core.domain.money import Money
from coprod_desktop.core.domain.my_terms import TEXT_FIELDS, MyTerms, rate_unit
from coprod_desktop.core.services import Services
from coprod_desktop.core.services.documents import TERMS_TEXT_LIMIT, validate_my_terms
from coprod_desktop.core.services.validate import clean_text
from coprod_desktop.ui.dialogs.common import (
    RecordDialog,
    enum_choices,
    fill_combo,
    finish_form,
    fit_to_screen,
    select_data,
    set_row_visible,
    value,
)
from coprod_desktop.ui.forms.ui_dialog_my_terms import Ui_MyTermsDialog

#: Form field key → the widget attribute holding that free text.
_TEXT_WIDGETS = {
    "access_needs": "accessNeeds",
    "notice": "notice",
    "recognition": "recognition",
    "ownership": "ownership",
    "note": "note",
}


class MyTermsDialog(RecordDialog):
    """Edit the member's terms. `save` defaults to `services.documents.save_my_terms`."""

    saved: MyTerms | None = None

    def __init__(
        self,
        services: Services,
        save: Callable[[MyTerms], MyTerms] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self._save = save or services.documents.save_my_terms
        self.ui = Ui_MyTermsDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.setWindowTitle("My terms of involvement")
        self.setup_buttons(ui.buttonBox, ui.saveHint, ui.formError)
        self._parts = {
            TimePart.PREP: ui.prepPaid,
            TimePart.CONTACT: ui.contactPaid,
            TimePart.TRAVEL: ui.travelPaid,
            TimePart.FOLLOWUP: ui.followupPaid,
        }
        fill_combo(ui.basis, enum_choices(Basis))
        fill_combo(
            ui.expensesWhen,
            [("Reimbursed after the work", False), ("Paid up front (or an advance)", True)],
        )
        self.record = services.documents.my_terms()
        self._show(self.record)

        errs = self.errors
        errs.add("basis", ui.basis, ui.basisError)
        errs.add("rate", ui.rate, ui.rateError)
        errs.add("payable_parts", ui.prepPaid, ui.payableError, "payable")
        errs.add("expenses_up_front", ui.expensesWhen, ui.expensesWhenError)
        errs.add("expenses_within_days", ui.expensesDays, ui.expensesDaysError)
        errs.add("days_to_pay", ui.daysToPay, ui.daysToPayError)
        for key, attr in _TEXT_WIDGETS.items():
            errs.add(key, getattr(ui, attr), getattr(ui, f"{attr}Error"))
        self.watch("basis", ui.basis)
        self.watch("rate", ui.rate)
        for box in self._parts.values():
            self.watch("payable_parts", box)
        self.watch("expenses_up_front", ui.expensesWhen)
        self.watch("expenses_within_days", ui.expensesDays)
        self.watch("days_to_pay", ui.daysToPay)
        for key, attr in _TEXT_WIDGETS.items():
            self.watch(key, getattr(ui, attr))
        ui.basis.currentIndexChanged.connect(lambda *_: self._follow_basis())
        ui.expensesWhen.currentIndexChanged.connect(lambda *_: self._follow_expenses())
        finish_form(self)
        self._follow_basis()
        self._follow_expenses()
        self.revalidate()
        fit_to_screen(self, ui.scrollContents)
        ui.basis.setFocus()

    def _show(self, terms: MyTerms) -> None:
        ui = self.ui
        select_data(ui.basis, terms.basis)
        ui.rate.setText("" if terms.rate is None else str(terms.rate))
        for part, box in self._parts.items():
            box.setChecked(part in terms.payable_parts)
        select_data(ui.expensesWhen, terms.expenses_up_front)
        ui.expensesDays.setValue(terms.expenses_within_days)
        ui.daysToPay.setValue(terms.days_to_pay)
        for key, attr in _TEXT_WIDGETS.items():
            getattr(ui, attr).setPlainText(getattr(terms, key))

    def _follow_basis(self) -> None:
        """The rate and paid-time rows only mean something when a fee is expected."""
        ui = self.ui
        basis = value(ui.basis) or Basis.HOURLY
        has_fee = MyTerms(basis=basis).has_fee
        form = ui.termsForm
        set_row_visible(form, ui.rate, has_fee)
        set_row_visible(form, ui.prepPaid, has_fee)
        if has_fee:
            unit = rate_unit(basis)
            ui.rateLabel.setText(f"&Rate you expect, {unit} (£):")
            ui.rate.setAccessibleName(f"Rate you expect, {unit}")

    def _follow_expenses(self) -> None:
        up_front = bool(value(self.ui.expensesWhen))
        self.ui.expensesDays.setEnabled(not up_front)

    def collect(self) -> tuple[MyTerms | None, dict[str, str]]:
        ui = self.ui
        errors: dict[str, str] = {}
        basis = value(ui.basis) or Basis.HOURLY
        rate: Money | None = None
        if MyTerms(basis=basis).has_fee:
            text = ui.rate.text().strip()
            if not text:
                errors["rate"] = (
                    f"The rate is missing: give the rate you expect {rate_unit(basis)}, "
                    "such as 25.00."
                )
            else:
                try:
                    rate = Money.parse(text, "rate")
                except UserError as error:
                    errors["rate"] = error.message
        for key, label in TEXT_FIELDS:
            widget = getattr(ui, _TEXT_WIDGETS[key])
            try:
                clean_text(widget.toPlainText(), label, limit=TERMS_TEXT_LIMIT)
            except UserError as error:
                errors[key] = error.message
        terms = replace(
            self.record,
            basis=basis,
            rate=rate,
            payable_parts=frozenset(p for p, box in self._parts.items() if box.isChecked()),
            expenses_up_front=bool(value(ui.expensesWhen)),
            expenses_within_days=ui.expensesDays.value(),
            days_to_pay=ui.daysToPay.value(),
            **{key: getattr(ui, attr).toPlainText() for key, attr in _TEXT_WIDGETS.items()},
        )
        if not errors:
            # The one set of rules the services use, so the form never disagrees with them.
            try:
                validate_my_terms(terms)
            except UserError as error:
                errors[self.errors.key_for(error.field)] = error.message
        return terms, errors

    def store(self, record: MyTerms) -> MyTerms:
        return self._save(record)


__all__ = ["MyTermsDialog"]
