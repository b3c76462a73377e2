"""The dashboard's two small pictures: money by month, and claims by status.

Why drawn here with QPainter: two simple bar charts need no charting library (QtCharts would add
start-up time and size to the bundle). The figures are the services' (`services.charts`): the
widgets only scale bars to them. Nothing relies on colour: fees earned are solid bars and money
received hatched bars, named in a legend drawn the same way, every status bar has its name and
count written beside it, and each chart's accessible description lists every figure, so a
screen reader reads the numbers the picture shows.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFocusEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from coprod_desktop.core.services import Services
    from coprod_desktop.core.services.dashboard_charts import MonthMoney, StatusCount
    from coprod_desktop.ui.context import WindowContext

EARNED_STYLE = Qt.BrushStyle.SolidPattern
RECEIVED_STYLE = Qt.BrushStyle.BDiagPattern


class _Chart(QWidget):
    """A focusable picture: Tab lands on it, and a screen reader reads its description."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setSizePolicy(policy)

    def line(self) -> int:
        return self.fontMetrics().height()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def _frame(self, painter: QPainter) -> None:
        if self.hasFocus():  # the same strong focus ring as every other control
            pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), 3)
            painter.setPen(pen)
            painter.drawRect(self.rect().adjusted(1, 1, -2, -2))

    def ink(self) -> QColor:
        return self.palette().color(QPalette.ColorRole.WindowText)


class MoneyChart(_Chart):
    """Fees earned (solid) and money received (hatched) side by side for each month."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Fees earned and money received, by month", parent)
        self.months: list[MonthMoney] = []

    def set_months(self, months: list[MonthMoney]) -> None:
        self.months = list(months)
        parts = [
            f"{m.label}: earned {m.earned.display()}, received {m.received.display()}"
            for m in self.months
        ]
        self.setAccessibleDescription(
            "Last twelve months. " + "; ".join(parts) + "." if parts else "No figures yet."
        )
        self.setToolTip(self.accessibleDescription())
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(30 * self.fontMetrics().averageCharWidth(), 9 * self.line())

    def minimumSizeHint(self) -> QSize:
        return QSize(20 * self.fontMetrics().averageCharWidth(), 9 * self.line())

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        line, ink = self.line(), self.ink()
        area = self.rect().adjusted(line // 2, line // 2, -line // 2, -line // 2)
        top = max((max(m.earned.pence, m.received.pence) for m in self.months), default=0)
        painter.setPen(ink)
        scale_text = f"Highest: {_pounds(top)}" if top else "Nothing earned or received yet"
        painter.drawText(area.left(), area.top() + line, scale_text)
        plot = QRect(area.left(), area.top() + int(1.5 * line), area.width(), 0)
        plot.setBottom(area.bottom() - 2 * line)
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        count = max(len(self.months), 1)
        slot = plot.width() / count
        bar = max(2.0, slot * 0.35)
        # name every month when the names fit side by side, else every second or third
        wide = self.fontMetrics().horizontalAdvance("May") + self.fontMetrics().averageCharWidth()
        step = max(1, math.ceil(wide / slot))
        for i, month in enumerate(self.months):
            x = plot.left() + i * slot + slot * 0.1
            for j, (pence, style) in enumerate(
                ((month.earned.pence, EARNED_STYLE), (month.received.pence, RECEIVED_STYLE))
            ):
                height = plot.height() * pence / top if top else 0
                rect = QRectF(x + j * bar, plot.bottom() - height, bar - 1, height)
                painter.setPen(QPen(ink, 1))
                painter.setBrush(QBrush(ink, style))
                painter.drawRect(rect)
            if i % step == (len(self.months) - 1) % step:  # this month always named
                painter.drawText(
                    QRectF(plot.left() + i * slot, plot.bottom() + 2, slot, line),
                    Qt.AlignmentFlag.AlignHCenter,
                    month.label[:3],
                )
        self._legend(painter, area, line, ink)
        self._frame(painter)
        painter.end()

    def _legend(self, painter: QPainter, area: QRect, line: int, ink: QColor) -> None:
        y = area.bottom() - line + 2
        x = area.left()
        for text, style in (("Fees earned", EARNED_STYLE), ("Money received", RECEIVED_STYLE)):
            painter.setPen(QPen(ink, 1))
            painter.setBrush(QBrush(ink, style))
            painter.drawRect(QRectF(x, y + 2, line - 4, line - 4))
            painter.drawText(x + line + 2, y + line - self.fontMetrics().descent() - 1, text)
            x += line + 4 + self.fontMetrics().horizontalAdvance(text) + 2 * line


class StatusChart(_Chart):
    """One bar a status, with its name and count written beside it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Claims by status", parent)
        self.counts: list[StatusCount] = []

    def set_counts(self, counts: list[StatusCount]) -> None:
        self.counts = list(counts)
        parts = [f"{c.label}: {c.count}" for c in self.counts]
        self.setAccessibleDescription("; ".join(parts) + "." if parts else "No claims yet.")
        self.setToolTip(self.accessibleDescription())
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        rows = max(len(self.counts), 1)
        return QSize(30 * self.fontMetrics().averageCharWidth(), (rows + 1) * (self.line() + 4))

    def minimumSizeHint(self) -> QSize:
        return QSize(20 * self.fontMetrics().averageCharWidth(), self.sizeHint().height())

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        line, ink, metrics = self.line(), self.ink(), self.fontMetrics()
        area = self.rect().adjusted(line // 2, line // 2, -line // 2, -line // 2)
        names = max((metrics.horizontalAdvance(c.label) for c in self.counts), default=0)
        numbers = metrics.horizontalAdvance("00000")
        most = max((c.count for c in self.counts), default=0)
        room = max(area.width() - names - numbers - line, 1)
        painter.setPen(QPen(ink, 1))
        painter.setBrush(QBrush(ink, EARNED_STYLE))
        for row, item in enumerate(self.counts):
            y = area.top() + row * (line + 4)
            painter.drawText(
                QRect(area.left(), y, names, line), Qt.AlignmentFlag.AlignLeft, item.label
            )
            width = room * item.count / most if most else 0
            left = area.left() + names + line // 2
            if width:
                painter.drawRect(QRectF(left, y + 3, width, line - 6))
            painter.drawText(int(left + width + 4), y + line - metrics.descent(), str(item.count))
        self._frame(painter)
        painter.end()


class DashboardCharts(QGroupBox):
    """The two charts side by side, filled from the services after the dashboard's figures
    (so the numbers the member is waiting for are never held up by the pictures)."""

    def __init__(self, ctx: WindowContext, parent: QWidget | None = None) -> None:
        super().__init__("At a glance", parent)
        self.setObjectName("chartsBox")
        self.ctx = ctx
        layout = QHBoxLayout(self)
        self.money = MoneyChart(self)
        self.status = StatusChart(self)
        for title, chart in (
            ("Fees earned and money received, last 12 months", self.money),
            ("Claims by status", self.status),
        ):
            column = QVBoxLayout()
            caption = QLabel(title, self)
            caption.setWordWrap(True)
            column.addWidget(caption)
            column.addWidget(chart)
            column.addStretch(1)
            layout.addLayout(column, 1)

    def refresh(self) -> None:
        services = self.ctx.services
        if services is None:
            return
        self.ctx.runner.run(lambda: self.load(services), self.show_figures, key="page:charts")

    @staticmethod
    def load(services: Services) -> tuple[Any, Any]:
        return services.charts.money_by_month(12), services.charts.claims_by_status()

    def show_figures(self, figures: tuple[list[MonthMoney], list[StatusCount]]) -> None:
        months, counts = figures
        self.money.set_months(months)
        self.status.set_counts(counts)


def _pounds(pence: int) -> str:
    from coprod_desktop.core.domain.money import Money

    return Money(pence).display()


__all__ = ["DashboardCharts", "MoneyChart", "StatusChart"]
