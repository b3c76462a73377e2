"""A From/To pair that says what is wrong with it, next to it, in one sentence.

Why: a range whose From is after its To, or whose text is not a date, used to be refused (or
quietly matched nothing) without a word. Now the sentence appears beside the pair the moment
it is typed, the typed values stay as they are, and whatever uses the range can ask
`message()` and refuse with the same sentence.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QAbstractButton, QLabel

from coprod_desktop.ui.widgets.date_field import DateField

ERROR_SIGN = "⚠"


def problem_label(parent: object, name: str) -> QLabel:
    """An error line as the forms have them: bold, wrapped, signed, hidden while empty."""
    label = QLabel(parent)  # type: ignore[arg-type]
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setProperty("role", "error")
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    label.hide()
    return label


def show_problem(label: QLabel, message: str) -> None:
    label.setText(f"{ERROR_SIGN} {message}" if message else "")
    label.setAccessibleName(f"Problem: {message}" if message else "")
    label.setVisible(bool(message))


class RangeNote(QObject):
    """Watches `start` and `end` (each used only while its tick box, if any, is ticked)."""

    def __init__(
        self,
        start: DateField,
        end: DateField,
        label: QLabel,
        start_check: QAbstractButton | None = None,
        end_check: QAbstractButton | None = None,
    ) -> None:
        super().__init__(label)
        self.start, self.end, self.label = start, end, label
        self.start_check, self.end_check = start_check, end_check
        for field in (start, end):
            field.textChanged.connect(self.update)
            field.problemChanged.connect(self.update)
        for check in (start_check, end_check):
            if check is not None:
                check.toggled.connect(self.update)
        self.update()

    def _used(self, check: QAbstractButton | None) -> bool:
        return check is None or check.isChecked()

    def message(self) -> str:
        """The sentence for what is wrong with the range now, or ""."""
        use_start, use_end = self._used(self.start_check), self._used(self.end_check)
        for field, used in ((self.start, use_start), (self.end, use_end)):
            if used and field.problem():
                return field.problem()
        if use_start and use_end and self.start.date() > self.end.date():
            first = self.start.date().toString("d MMM yyyy")
            last = self.end.date().toString("d MMM yyyy")
            return (
                f"The {self.start.spoken_name()}, {first}, is after the {self.end.spoken_name()}, "
                f"{last}: nothing can fall between them. Change one of the two dates."
            )
        return ""

    def update(self, *_args: object) -> None:
        show_problem(self.label, self.message())


def single_note(field: DateField, label: QLabel) -> Callable[[], str]:
    """The same for one date on its own; returns the function that gives its sentence."""

    def update(*_args: object) -> None:
        show_problem(label, field.problem())

    field.problemChanged.connect(update)
    update()
    return field.problem


__all__ = ["RangeNote", "problem_label", "show_problem", "single_note"]
