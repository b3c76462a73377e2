"""The dashboard's benefit position: for each limit the member watches, this week's (or this
assessment period's) figures against the limit, in words and in a small bar.

Why a bar that does not rely on colour: the bar is an outlined box filled with a hatch pattern
up to the share used (a denser cross-hatch once over the limit), with the percentage written in
it, and every figure is also said in words beside it and in the accessible description. The
figures and words come from `services.benefit_position` as they are: this module draws them.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QPainter, QPalette, QPen
from PySide6.QtWidgets import QFrame, QGroupBox, QLabel, QSizePolicy, QVBoxLayout, QWidget

from coprod_desktop.core.domain.benefit_views import BenefitPosition

STATUS_SIGNS = {"ok": "✓", "near": "⚠", "over": "⚠"}
NO_LIMIT_TEXT = (
    "You watch no benefit limit. To see this week's position against ESA, Carer's Allowance or "
    "Universal Credit, choose the limits in Settings → Benefit limits you watch."
)


class LimitBar(QWidget):
    """A share of a limit as a patterned bar with its percentage written in it."""

    def __init__(self, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.what = what
        self.permille = 0
        self.over = False
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(what)

    def set_share(self, permille: int, over: bool, words: str) -> None:
        self.permille = max(0, min(1000, permille))
        self.over = over
        self.setAccessibleDescription(words)
        self.setToolTip(words)
        self.update()

    def label_text(self) -> str:
        """What the bar writes: the share of the limit, or that it is over."""
        if self.over:
            return "over the limit"
        return f"{self.permille // 10}% of the limit"

    def sizeHint(self) -> QSize:
        height = self.fontMetrics().height() + 10
        return QSize(self.fontMetrics().horizontalAdvance("0" * 30), height)

    def minimumSizeHint(self) -> QSize:
        return QSize(
            self.fontMetrics().horizontalAdvance("over the limit") + 24, self.sizeHint().height()
        )

    def paintEvent(self, _event: object) -> None:
        painter = QPainter(self)
        palette = self.palette()
        ink = palette.color(QPalette.ColorRole.WindowText)
        box = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        painter.fillRect(box, palette.color(QPalette.ColorRole.Base))
        filled = QRectF(box.left(), box.top(), box.width() * self.permille / 1000, box.height())
        pattern = Qt.BrushStyle.DiagCrossPattern if self.over else Qt.BrushStyle.BDiagPattern
        painter.fillRect(filled, QBrush(ink, pattern))
        painter.setPen(QPen(ink, 1))
        painter.drawRect(box)
        # the figure is written in the bar, on a plain patch so the pattern never hides it
        text = self.label_text()
        metrics = self.fontMetrics()
        width = metrics.horizontalAdvance(text) + 10
        patch = QRectF(box.center().x() - width / 2, box.top() + 2, width, box.height() - 4)
        painter.fillRect(patch, palette.color(QPalette.ColorRole.Base))
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        painter.drawText(patch, Qt.AlignmentFlag.AlignCenter, text)
        painter.end()


class PositionView(QFrame):
    """One limit: its name and period, the money (and for ESA the hours) with bars, the status,
    and which money counts when."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        self.title = self._label(layout, bold=True)
        self.money_words = self._label(layout)
        self.money_bar = LimitBar("Earnings against the limit", self)
        layout.addWidget(self.money_bar)
        self.hours_words = self._label(layout)
        self.hours_bar = LimitBar("Hours against the limit", self)
        layout.addWidget(self.hours_bar)
        self.status = self._label(layout, bold=True)
        self.notes = self._label(layout)
        self.position: BenefitPosition | None = None

    @staticmethod
    def _label(layout: QVBoxLayout, *, bold: bool = False) -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        if bold:
            font = label.font()
            font.setBold(True)
            label.setFont(font)
        layout.addWidget(label)
        return label

    def show_position(self, p: BenefitPosition) -> None:
        self.position = p
        self.title.setText(f"{p.name} — {p.period_words}")
        self.money_words.setText(f"Earnings: {p.money_words}")
        self.money_bar.set_share(p.money_permille, p.amount > p.limit, p.money_words)
        has_hours = bool(p.hours_words)
        self.hours_words.setVisible(has_hours)
        self.hours_bar.setVisible(has_hours)
        if has_hours:
            self.hours_words.setText(f"Hours: {p.hours_words}")
            hours_over = p.hours_permille is not None and p.hours_permille >= 1000
            self.hours_bar.set_share(p.hours_permille or 0, hours_over, p.hours_words)
        self.status.setText(f"{STATUS_SIGNS[p.status]} {p.status_words}")
        self.notes.setText(" ".join(t for t in (p.counted_words, p.detail) if t))
        self.setAccessibleName(f"{p.name}: {p.status_words}")
        self.setAccessibleDescription(p.description())


class BenefitPositionPanel(QGroupBox):
    """Every limit watched, one `PositionView` each, or a sentence saying how to watch one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Benefit limits you watch", parent)
        self.setAccessibleName("Benefit limits you watch")
        self._layout = QVBoxLayout(self)
        self.empty = QLabel(NO_LIMIT_TEXT)
        self.empty.setWordWrap(True)
        self._layout.addWidget(self.empty)
        self.views: list[PositionView] = []

    def show_positions(self, positions: tuple[BenefitPosition, ...]) -> None:
        while len(self.views) < len(positions):
            view = PositionView(self)
            self._layout.addWidget(view)
            self.views.append(view)
        for view, position in zip(self.views, positions, strict=False):
            view.show_position(position)
        for index, view in enumerate(self.views):
            view.setVisible(index < len(positions))
        self.empty.setVisible(not positions)
        summary = "; ".join(f"{p.name}: {p.money_words}, {p.status_words}" for p in positions)
        self.setAccessibleDescription(summary or NO_LIMIT_TEXT)
