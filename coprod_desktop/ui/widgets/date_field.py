"""One date field for the whole window: a line that takes a whole typed date.

Why not QDateEdit: its sections fight a member typing a whole date (typing 31/12/2026 into
"to" gave 30/01/2026, 31/02/2026 became 06/02/2026, Tab stepped through day, month and year,
and a value outside the range was refused without a word). Here the member types the date as
they would write it; the core's `parse_typed_date` reads it (the same reader the command
uses), and a date that does not exist is left exactly as typed, with a sentence next to it.
Tab leaves the field like any other. Alt+Down or F4 opens a calendar for those who prefer one.

The Qt calls the forms and pages already make (`date()`, `setDate()`, `dateChanged`,
`setDisplayFormat`, `setCalendarPopup`) keep working, so the Designer forms promote their
QDateEdit to this class and nothing else changes.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QLocale, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QFocusEvent,
    QIcon,
    QKeyEvent,
    QPainter,
    QPalette,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import (
    QBoxLayout,
    QCalendarWidget,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from coprod_desktop.core.domain.errors import UserError
from coprod_desktop.core.domain.parsing import parse_typed_date

DEFAULT_FORMAT = "dd/MM/yyyy"


def locale_order(locale: QLocale | None = None) -> str:
    """ "DMY", "MDY" or "YMD": the order the member's locale writes a short date in."""
    fmt = (locale or QLocale()).dateFormat(QLocale.FormatType.ShortFormat).lower()
    positions = {key: fmt.find(key) for key in "dmy"}
    if any(pos < 0 for pos in positions.values()):
        return "DMY"
    return "".join(sorted(positions, key=positions.__getitem__)).upper()


class DateField(QLineEdit):
    """A date typed whole. `date()` is the last real date read (the field's value); while the
    text is not a real date, `problem()` is the sentence that says why, and the sentence is
    shown next to the field (by the form's error line, or the field's own `problem_label`)."""

    dateChanged = Signal(QDate)
    problemChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._date = QDate.currentDate()
        self._format = DEFAULT_FORMAT
        self._problem = ""
        self._popup: QWidget | None = None
        self.field_name = "date"  # used in sentences when the field has no accessible name
        self.problem_label: QLabel | None = None
        self.setPlaceholderText("dd/mm/yyyy")
        self.setToolTip("Type a date such as 31/12/2026; Alt+Down opens a calendar.")
        self._show()
        self.calendar_action = QAction(self._calendar_icon(), "Choose from a calendar", self)
        self.calendar_action.triggered.connect(self.open_calendar)
        self.addAction(self.calendar_action, QLineEdit.ActionPosition.TrailingPosition)
        self.textEdited.connect(self._typed)
        self.editingFinished.connect(self._tidy)

    def _calendar_icon(self) -> QIcon:
        """A small calendar page drawn in the text colour, so it shows on any theme (white on
        black in high contrast)."""
        size = 32
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        ink = self.palette().color(QPalette.ColorRole.Text)
        painter.setPen(QPen(ink, 2))
        painter.drawRect(4, 6, 24, 22)
        painter.fillRect(4, 6, 24, 6, ink)
        for row in range(2):
            for col in range(3):
                painter.fillRect(8 + col * 7, 16 + row * 6, 3, 3, ink)
        painter.end()
        return QIcon(pixmap)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        action = getattr(self, "calendar_action", None)
        if action is not None and event.type() == QEvent.Type.PaletteChange:
            action.setIcon(self._calendar_icon())

    # -- what the forms already call --------------------------------------------------------
    def date(self) -> QDate:
        return QDate(self._date)

    def setDate(self, value: QDate | date) -> None:
        qdate = value if isinstance(value, QDate) else QDate(value.year, value.month, value.day)
        changed = qdate != self._date
        self._date = QDate(qdate)
        self._show()
        self._set_problem("")
        if changed:
            self.dateChanged.emit(QDate(self._date))

    def setDisplayFormat(self, fmt: str) -> None:
        self._format = fmt or DEFAULT_FORMAT
        if not self._problem:
            self._show()

    def displayFormat(self) -> str:
        return self._format

    def setCalendarPopup(self, _enable: bool) -> None:
        """Kept for the Designer forms: the calendar is always there (Alt+Down, F4, icon)."""

    # -- reading what is typed ----------------------------------------------------------------
    def problem(self) -> str:
        """The sentence saying why the typed text is not a date, or "" when it is one."""
        return self._problem if self.isEnabled() else ""

    def _typed(self, text: str) -> None:
        try:
            read = parse_typed_date(text, self.spoken_name(), locale_order())
        except UserError as error:
            self._set_problem(error.message)
            return
        self._set_problem("")
        qdate = QDate(read.year, read.month, read.day)
        if qdate != self._date:
            self._date = qdate
            self.dateChanged.emit(QDate(qdate))

    def spoken_name(self) -> str:
        """The field as a sentence names it: "date received" for "Date received"."""
        name = self.accessibleName() or self.field_name
        return name[:1].lower() + name[1:]

    def _tidy(self) -> None:
        """On leaving, a date read from `31/12/26` is shown in full; a wrong one stays as typed."""
        if not self._problem and self.text().strip():
            self._show()

    def _show(self) -> None:
        self.setText(self._date.toString(self._format))

    def _set_problem(self, message: str) -> None:
        if message == self._problem:
            return
        self._problem = message
        self.setProperty("problem", bool(message))
        label = self.problem_label
        if label is not None:
            label.setText(f"⚠ {message}" if message else "")
            label.setAccessibleName(f"Problem: {message}" if message else "")
            label.setVisible(bool(message))
        self.problemChanged.emit(message)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self._tidy()

    # -- the calendar ---------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        alt_down = event.key() == Qt.Key.Key_Down and (
            event.modifiers() & Qt.KeyboardModifier.AltModifier
        )
        if alt_down or event.key() == Qt.Key.Key_F4:
            self.open_calendar()
            return
        super().keyPressEvent(event)

    def open_calendar(self) -> None:
        popup = QWidget(self, Qt.WindowType.Popup)
        popup.setAccessibleName(f"Calendar for {self.accessibleName() or 'the date'}")
        layout = QVBoxLayout(popup)
        layout.setContentsMargins(2, 2, 2, 2)
        calendar = QCalendarWidget(popup)
        calendar.setAccessibleName("Calendar: arrows move the day, Enter chooses it")
        calendar.setGridVisible(True)
        calendar.setSelectedDate(self._date)
        layout.addWidget(calendar)

        def chosen(day: QDate) -> None:
            popup.close()
            self.setDate(day)
            self.setFocus(Qt.FocusReason.PopupFocusReason)

        calendar.activated.connect(chosen)
        calendar.clicked.connect(chosen)
        popup.adjustSize()
        popup.move(self.mapToGlobal(self.rect().bottomLeft()))
        self._popup = popup
        popup.show()
        calendar.setFocus(Qt.FocusReason.PopupFocusReason)


def attach_problem_label(field: DateField, after: QWidget | None = None) -> QLabel:
    """Give a field that has no error line in its form its own sentence line, placed right
    after it (or after `after`) in the same layout."""
    parent = field.parentWidget()
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setObjectName(f"{field.objectName()}Problem")
    label.hide()
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    field.problem_label = label
    layout = parent.layout() if parent is not None else None
    anchor = after or field
    if layout is not None:
        _insert_after(layout, anchor, label)
    return label


def _insert_after(layout: QLayout, anchor: QWidget, label: QLabel) -> bool:
    index = layout.indexOf(anchor)
    if index >= 0:
        if isinstance(layout, QBoxLayout):
            layout.insertWidget(index + 1, label)
            return True
        if isinstance(layout, QGridLayout):
            _row, col, _rs, _cs = layout.getItemPosition(index)
            layout.addWidget(label, layout.rowCount(), col, 1, -1)
            return True
        if isinstance(layout, QFormLayout):
            row, _role = layout.getWidgetPosition(anchor)
            layout.insertRow(row + 1, "", label)
            return True
    for i in range(layout.count()):
        child = layout.itemAt(i).layout()
        if child is not None and _insert_after(child, anchor, label):
            return True
    return False


__all__ = ["DateField", "attach_problem_label", "locale_order"]
