"""What every record dialog shares: live field errors, the Save gate, and small widget helpers.

Why one place: every form must behave the same way for a member who relies on it — one plain
sentence under the field that is wrong, marked with a sign as well as words so the meaning is
never carried by colour alone, read out by a screen reader when the field takes focus, and a
Save button that stays off until the form is complete.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import date
from enum import Enum
from typing import Any

from PySide6.QtCore import QDate, QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from coprod_desktop.core.domain.errors import UserError
from coprod_desktop.core.domain.kinds import PaymentMethod
from coprod_desktop.ui.dialogs.fitting import (  # noqa: F401 (the forms import them from here)
    finish_form,
    fit_to_screen,
    reflow_form,
    scroll_contents,
)
from coprod_desktop.ui.dialogs.unsaved import GuardedDialog
from coprod_desktop.ui.widgets.date_field import DateField

ERROR_SIGN = "⚠"
GENERAL = "__form__"  # the key for a message that belongs to no one field

PAYMENT_METHOD_LABELS: dict[PaymentMethod, str] = {
    PaymentMethod.BANK: "Bank transfer",
    PaymentMethod.PAYROLL: "Payroll (tax taken off)",
    PaymentMethod.VOUCHER: "Vouchers",
    PaymentMethod.CASH: "Cash or cheque",
}


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def show_date(value: date) -> str:
    """Day/month/year, as the date boxes show it, so the member sees one style everywhere."""
    return value.strftime("%d/%m/%Y")


def fill_combo(combo: QComboBox, choices: Iterable[tuple[str, Any]], *, keep: Any = None) -> None:
    """Replace a combo's items without firing change signals, keeping `keep` chosen if present.

    The values stay Python objects on the side (the item data is their position): Qt would
    hand a StrEnum back as a plain str, and the records need the enum itself."""
    choices = list(choices)
    with QSignalBlocker(combo):
        combo.clear()
        combo._coprod_values = [data for _text, data in choices]  # type: ignore[attr-defined]
        for position, (text, _data) in enumerate(choices):
            combo.addItem(text, position)
        index = _index_of(combo, keep) if keep is not None else -1
        combo.setCurrentIndex(index if index >= 0 else (0 if combo.count() else -1))


def _index_of(combo: QComboBox, wanted: Any) -> int:
    values = getattr(combo, "_coprod_values", [])
    for position, data in enumerate(values):
        if data == wanted and type(data) is type(wanted):
            return position
    return -1


def value(combo: QComboBox) -> Any:
    """The Python value of the chosen item (None when nothing is chosen)."""
    index = combo.currentIndex()
    values = getattr(combo, "_coprod_values", [])
    return values[index] if 0 <= index < len(values) else None


def enum_choices(members: Iterable[Enum], label: Callable[[Any], str] | None = None) -> list:
    return [((label(m) if label else m.label), m) for m in members]  # type: ignore[attr-defined]


def select_data(combo: QComboBox, wanted: Any) -> None:
    index = _index_of(combo, wanted)
    if index >= 0:
        combo.setCurrentIndex(index)


def on_change(widget: QWidget, slot: Callable[[], None]) -> None:
    """Call `slot` whenever the member changes `widget`, whatever kind of input it is."""
    if isinstance(widget, QLineEdit) and not isinstance(widget, DateField):
        widget.textChanged.connect(lambda *_: slot())
    elif isinstance(widget, QComboBox):
        widget.currentIndexChanged.connect(lambda *_: slot())
        if widget.isEditable():
            widget.editTextChanged.connect(lambda *_: slot())
    elif isinstance(widget, DateField):
        widget.textChanged.connect(lambda *_: slot())
    elif isinstance(widget, QDateEdit):
        widget.dateChanged.connect(lambda *_: slot())
    elif isinstance(widget, QSpinBox):
        widget.valueChanged.connect(lambda *_: slot())
    elif isinstance(widget, QAbstractButton):
        widget.toggled.connect(lambda *_: slot())
    elif isinstance(widget, QPlainTextEdit):
        widget.textChanged.connect(slot)
    else:
        raise TypeError(f"no change signal known for {type(widget).__name__}")


def set_row_visible(form: QFormLayout, widget: QWidget, visible: bool) -> None:
    """Show or hide a whole form row (label, field and its error line) by one of its widgets."""
    for row in range(form.rowCount()):
        for role in (QFormLayout.ItemRole.FieldRole, QFormLayout.ItemRole.SpanningRole):
            item = form.itemAt(row, role)
            if item is None:
                continue
            if item.widget() is widget or _holds(item.layout(), widget):
                form.setRowVisible(row, visible)
                return
    raise ValueError(f"{widget.objectName()} is not in that form")


def _holds(layout: QLayout | None, widget: QWidget) -> bool:
    if layout is None:
        return False
    for i in range(layout.count()):
        item = layout.itemAt(i)
        if item.widget() is widget or _holds(item.layout(), widget):
            return True
    return False


class FieldErrors:
    """Live errors for a form: one sentence under each field, and the Save button's gate.

    A new, empty form is not shouted at: an error on a field the member has not touched yet is
    kept quiet (Save stays off, and the line by the buttons says what is still needed) until
    they touch it or press Save. Errors that come back from the services are always shown."""

    def __init__(self, save: QPushButton, hint: QLabel, general: QLabel) -> None:
        self.save = save
        self.hint = hint
        self.general = general
        self._fields: dict[str, tuple[QWidget, QLabel]] = {}
        self._aliases: dict[str, str] = {}
        self._descriptions: dict[str, str] = {}
        self._touched: set[str] = set()
        self._live: dict[str, str] = {}
        self._service: dict[str, str] = {}
        self.reveal_all = False
        self.busy = False
        for label in (hint, general):
            label.setWordWrap(True)
            label.hide()

    def add(self, key: str, widget: QWidget, label: QLabel, *aliases: str) -> None:
        """Register a field; `aliases` are the names the services use for it in a UserError."""
        self._fields[key] = (widget, label)
        self._descriptions[key] = widget.accessibleDescription()
        for alias in (key, *aliases):
            self._aliases[alias] = key
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        label.hide()

    def widget(self, key: str) -> QWidget:
        return self._fields[key][0]

    def key_of(self, widget: QWidget) -> str:
        """The key `widget` was registered under (GENERAL for a field with no error line)."""
        for key, (field, _label) in self._fields.items():
            if field is widget:
                return key
        return GENERAL

    def key_for(self, service_field: str | None) -> str:
        if service_field is None:
            return GENERAL
        return self._aliases.get(
            service_field, self._aliases.get(service_field.replace(" ", "_"), GENERAL)
        )

    def touch(self, key: str) -> None:
        """The member changed this field: show its live error and forget a stale service one."""
        self._touched.add(key)
        self._service.pop(key, None)
        self._service.pop(GENERAL, None)

    def set_live(self, errors: Mapping[str, str]) -> None:
        self._live = dict(errors)
        self._refresh()

    def set_service_error(self, error: UserError) -> QWidget | None:
        """Show an error the services raised on Save next to its field; returns that field."""
        key = self.key_for(error.field)
        self._service[key] = error.message
        self._refresh()
        return self._fields[key][0] if key in self._fields else None

    def message(self, key: str) -> str | None:
        return self._service.get(key) or self._live.get(key)

    @property
    def has_errors(self) -> bool:
        return bool(self._live) or bool(self._service)

    def _refresh(self) -> None:
        quiet: list[str] = []
        for key, (widget, label) in self._fields.items():
            text = self.message(key)
            shown = text is not None and (
                key in self._service or key in self._touched or self.reveal_all
            )
            if text is not None and not shown:
                quiet.append(text)
            if shown:
                label.setText(f"{ERROR_SIGN} {text}")
                label.setAccessibleName(f"Problem: {text}")
                widget.setAccessibleDescription(f"Problem: {text}")
            else:
                label.clear()
                label.setAccessibleName("")
                widget.setAccessibleDescription(self._descriptions[key])
            label.setVisible(shown)
        general = self._service.get(GENERAL) or self._live.get(GENERAL)
        self.general.setText(f"{ERROR_SIGN} {general}" if general else "")
        self.general.setAccessibleName(f"Problem: {general}" if general else "")
        self.general.setVisible(bool(general))
        if quiet:
            self.hint.setText(f"To save, first: {quiet[0]}")
            self.hint.setAccessibleName(self.hint.text())
        self.hint.setVisible(bool(quiet))
        self.save.setEnabled(not self._live and not self.busy)


class RecordDialog(GuardedDialog):
    """The Save / UserError / accept cycle shared by the record forms.

    Subclasses build the record with `collect()` (returning the record, or None, and the live
    errors by field key), and pass it to `store()`, which calls the page's `save` callable.
    Closing with changes asks first (`GuardedDialog`); a date field holding text that is not a
    real date is an error of that field, so Save refuses it with the field's own sentence."""

    errors: FieldErrors
    button_box: QDialogButtonBox

    def setup_buttons(self, box: QDialogButtonBox, hint: QLabel, general: QLabel) -> None:
        self.button_box = box
        save = box.button(QDialogButtonBox.StandardButton.Save)
        cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
        save.setText("&Save")
        save.setAccessibleName("Save")
        save.setDefault(True)
        cancel.setText("Cancel")
        cancel.setAccessibleName("Cancel without saving")
        self.errors = FieldErrors(save, hint, general)
        box.accepted.connect(self._on_save)
        box.rejected.connect(self.reject)

    def watch(self, key: str, widget: QWidget) -> None:
        """Re-check the whole form when `widget` changes (a change can clear another field)."""

        def changed() -> None:
            self.errors.touch(key)
            self.revalidate()

        on_change(widget, changed)

    def collect(self) -> tuple[Any, dict[str, str]]:
        raise NotImplementedError

    def revalidate(self) -> None:
        _record, errors = self.collect()
        self.errors.set_live({**errors, **self.date_problems()})

    def date_problems(self) -> dict[str, str]:
        """The sentence of every date field whose text is not a real date, by field key."""
        problems: dict[str, str] = {}
        for field in self.findChildren(DateField):
            message = field.problem()
            if message and field.isVisibleTo(self):
                problems.setdefault(self.errors.key_of(field), message)
        return problems

    def save_from_guard(self) -> None:
        self._on_save()

    def store(self, record: Any) -> Any:
        raise NotImplementedError

    def _on_save(self) -> None:
        record, errors = self.collect()
        errors = {**errors, **self.date_problems()}
        if errors or record is None:
            self.errors.reveal_all = True
            self.errors.set_live(errors)
            return
        try:
            self.saved = self.store(record)
        except UserError as error:
            field = self.errors.set_service_error(error)
            if field is not None:
                field.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.accept()
