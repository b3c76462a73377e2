"""Record money received against a claim, part or whole.

The amount starts at what is still owed (from `services.claims.item`), the commonest case; the
core settles fees first unless the member says how the organisation split it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

from coprod_desktop.core.domain.errors import UserError
from coprod_desktop.core.domain.kinds import PaymentMethod
from coprod_desktop.core.domain.money import Money
from coprod_desktop.core.domain.records import Payment
from coprod_desktop.core.services import Services
from coprod_desktop.ui.dialogs.common import (
    GENERAL,
    PAYMENT_METHOD_LABELS,
    RecordDialog,
    fill_combo,
    finish_form,
    fit_to_screen,
    from_qdate,
    set_row_visible,
    to_qdate,
    value,
)
from coprod_desktop.ui.forms.ui_dialog_payment import Ui_PaymentDialog


class PaymentDialog(RecordDialog):
    """After Save, `payment` holds the recorded payment."""

    saved: Payment | None = None

    def __init__(
        self,
        services: Services,
        claim_number: str,
        parent: QWidget | None = None,
        save: Callable[[dict[str, Any]], Payment] | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self._save_payment = save or (lambda spec: services.payments.add(**spec))
        self.claim_number = claim_number
        self.payment: Payment | None = None
        self.ui = Ui_PaymentDialog()
        self.ui.setupUi(self)
        ui = self.ui
        item = services.claims.item(claim_number)
        self.setWindowTitle(f"Record a payment for claim {item.claim.number}")
        ui.summary.setText(
            f"Claim {item.claim.number} to {item.organisation_name}: total "
            f"{item.claim.total.display()}, paid so far {item.paid.display()}, "
            f"still owed {item.outstanding.display()}."
        )
        ui.summary.setAccessibleName(ui.summary.text())
        self.setup_buttons(ui.buttonBox, ui.saveHint, ui.formError)
        ui.date.setDate(to_qdate(services.ctx.clock.today()))
        ui.amount.setText(str(item.outstanding))
        fill_combo(ui.method, [(PAYMENT_METHOD_LABELS[m], m) for m in PaymentMethod])
        errs = self.errors
        errs.add("date", ui.date, ui.dateError)
        errs.add("amount", ui.amount, ui.amountError)
        errs.add("reference", ui.reference, ui.referenceError)
        errs.add("fee_part", ui.feePart, ui.feePartError, "fee part")
        for key in ("date", "amount", "reference", "fee_part"):
            self.watch(key, errs.widget(key))
        self.watch("fee_part", ui.splitGiven)
        self.watch(GENERAL, ui.method)
        ui.splitGiven.toggled.connect(self._split_shown)
        self._split_shown()
        finish_form(self)
        self.revalidate()
        fit_to_screen(self)
        ui.amount.setFocus()
        ui.amount.selectAll()

    def _split_shown(self) -> None:
        set_row_visible(self.ui.paymentBoxForm, self.ui.feePart, self.ui.splitGiven.isChecked())

    def collect(self) -> tuple[dict[str, object] | None, dict[str, str]]:
        ui = self.ui
        errors: dict[str, str] = {}
        amount: Money | None = None
        fee_part: Money | None = None
        text = ui.amount.text().strip()
        try:
            if not text:
                raise UserError("The amount is missing: give the amount received.", "amount")
            amount = Money.parse(text, "amount")
            if amount.pence <= 0:
                raise UserError("The amount must be more than zero.", "amount")
        except UserError as error:
            errors["amount"] = error.message
        if ui.splitGiven.isChecked():
            try:
                fee_part = Money.parse(ui.feePart.text().strip(), "fee part")
            except UserError as error:
                errors["fee_part"] = error.message
        if errors or amount is None:
            return None, errors
        return {
            "on": from_qdate(ui.date.date()),
            "amount": amount,
            "claim_number": self.claim_number,
            "method": value(ui.method),
            "reference": ui.reference.text(),
            "fee_part": fee_part,
        }, errors

    def store(self, record: dict[str, object]) -> Payment:
        """Saved through `save` (the Claims page's: one undoable step) or the services."""
        self.payment = self._save_payment(dict(record))
        return self.payment


__all__ = ["PaymentDialog"]
