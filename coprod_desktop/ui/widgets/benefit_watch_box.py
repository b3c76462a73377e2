"""Settings: the benefit limits the member watches (several at once) and the weekly deductions
Carer's Allowance allows, saved with `services.benefit_watch`.

Why its own box: a carer may watch Carer's Allowance and their own ESA together, and Carer's
Allowance needs the member's own weekly figures. The service checks every figure and says what
is wrong in one sentence, shown under the box; nothing is saved until all of it is right.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coprod_desktop.core.domain.errors import UserError
from coprod_desktop.core.domain.money import Money
from coprod_desktop.core.rules.carers import MAX_AVERAGING_WEEKS, CarersDeductions
from coprod_desktop.core.services.benefit_watch import BenefitWatch

KINDS = (
    ("esa", "ESA permitted &work (hours and earnings a week)"),
    ("carers-allowance", "Carer's Allowance earnings limit (a week, after deductions)"),
    ("uc", "Universal Cre&dit work allowance (a month)"),
)
DEDUCTIONS = (
    ("income_tax", "Income ta&x a week (£):", "Income tax a week"),
    ("national_insurance", "National &Insurance a week (£):", "National Insurance a week"),
    (
        "pension_contributions",
        "Your pension contributions a week (£):",
        "Pension contributions a week: half of them is taken off",
    ),
    (
        "care_costs",
        "Care costs while you wor&k, a week (£):",
        "Care costs while working a week: taken off up to half of net earnings",
    ),
)


# Labels do not wrap: a wrapping label in a form row is given one line's height and cut off
# (seen on a screenshot); the form moves a long label above its field instead (WrapLongRows).
# Alt keys: the Settings page (with its encryption and backup panels) leaves few letters free,
# so only the controls whose words hold a free letter have one; every control is on the Tab path.


class BenefitWatchBox(QGroupBox):
    """Emits `save_requested` with the member's choice; the page saves it through the service
    and calls `show_error` with the sentence when a figure is refused."""

    save_requested = Signal(object)  # BenefitWatch
    kinds_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Benefit limits you watch", parent)
        self.setAccessibleName("Benefit limits you watch")
        layout = QVBoxLayout(self)
        help_text = QLabel(
            "Tick each limit you want watched: the dashboard shows this week's position against "
            "each one, in the order you tick them, and a benefits summary uses the first one "
            "unless you choose another."
        )
        help_text.setWordWrap(True)
        layout.addWidget(help_text)
        self.checks: dict[str, QCheckBox] = {}
        for kind, text in KINDS:
            check = QCheckBox(text)
            check.setAccessibleName(text.replace("&", ""))
            check.setObjectName(f"watch_{kind.replace('-', '_')}")
            check.toggled.connect(lambda on, kind=kind: self._kind_toggled(kind, on))
            layout.addWidget(check)
            self.checks[kind] = check
        self.carers_label = QLabel(
            "Carer's Allowance counts your earnings after these deductions, in each week you "
            "earn. Write 0 for any you do not pay."
        )
        self.carers_label.setWordWrap(True)
        layout.addWidget(self.carers_label)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.amounts: dict[str, QLineEdit] = {}
        for name, label_text, accessible in DEDUCTIONS:
            edit = QLineEdit()
            edit.setAccessibleName(accessible)
            edit.setObjectName(f"{name}_edit")
            edit.setPlaceholderText("0.00")
            label = QLabel(label_text)
            label.setBuddy(edit)
            form.addRow(label, edit)
            self.amounts[name] = edit
        self.weeks = QSpinBox()
        self.weeks.setRange(1, MAX_AVERAGING_WEEKS)
        self.weeks.setObjectName("averaging_weeks_spin")
        self.weeks.setAccessibleName("Weeks to average irregular earnings over")
        self.weeks.setAccessibleDescription(
            "1 means each week is judged on its own; 5 averages each week with the 4 before it"
        )
        weeks_label = QLabel("Weeks to average earnings over (1 = none):")
        weeks_label.setBuddy(self.weeks)
        form.addRow(weeks_label, self.weeks)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setProperty("role", "error")
        self.error.setVisible(False)
        layout.addWidget(self.error)
        buttons = QHBoxLayout()
        self.save_button = QPushButton("Save the benefit limits")
        self.save_button.setAccessibleName("Save the benefit limits")
        self.save_button.setObjectName("save_watch_button")
        self.save_button.clicked.connect(self._save_clicked)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.watch = BenefitWatch()
        self.order: list[str] = []  # the kinds ticked, in the order the member ticked them
        self._kinds_toggled()

    def focus_chain(self) -> list[QWidget]:
        """The box's controls in reading order, for the page's tab order."""
        return [
            *self.checks.values(),
            *self.amounts.values(),
            self.weeks,
            self.save_button,
        ]

    def show_watch(self, watch: BenefitWatch) -> None:
        self.watch = watch
        for kind, check in self.checks.items():
            check.setChecked(kind in watch.kinds)
        self.order = list(watch.kinds)
        for name, edit in self.amounts.items():
            amount: Money = getattr(watch.carers, name)
            edit.setText(str(amount) if amount else "")
        self.weeks.setValue(watch.carers.averaging_weeks)
        self.show_error("")

    def chosen(self) -> BenefitWatch:
        """What the box shows, as a `BenefitWatch`; a figure that is not money is refused."""
        values = {}
        for name, label_text, _accessible in DEDUCTIONS:
            text = self.amounts[name].text().strip().lstrip("£")
            field = label_text.replace("&", "").split(" a week")[0].split(" (")[0].lower()
            values[name] = Money.parse(text, field) if text else Money.zero()
        carers = CarersDeductions(**values, averaging_weeks=self.weeks.value())
        return replace(self.watch, kinds=tuple(self.order), carers=carers)

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def _save_clicked(self) -> None:
        try:
            watch = self.chosen()
        except UserError as exc:
            self.show_error(exc.message)
            return
        self.save_requested.emit(watch)

    def _kind_toggled(self, kind: str, on: bool) -> None:
        if kind in self.order:
            self.order.remove(kind)
        if on:
            self.order.append(kind)
        self._kinds_toggled()

    def _kinds_toggled(self) -> None:
        carer = self.checks["carers-allowance"].isChecked()
        for widget in (self.carers_label, *self.amounts.values(), self.weeks):
            widget.setEnabled(carer)
        self.kinds_changed.emit()
