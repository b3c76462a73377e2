"""A row of controls that wraps onto the next line when the window is narrow.

Why: a row of eight buttons, or a filter row of five labelled fields, is wider than a
1366-pixel screen at 200% text; a plain row then pushes the last ones off the screen (the Claims
page's "Claim PDF…" was out of sight). Laid out as words on a page, the row reflows instead,
in the same order, so Tab order and reading order stay as they were.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QBoxLayout,
    QGridLayout,
    QHBoxLayout,
    QLayout,
    QLayoutItem,
    QSizePolicy,
    QWidget,
)


class FlowLayout(QLayout):
    """Items left to right, wrapping to a new line when the next one does not fit."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._gap = spacing
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    # -- QLayout's bookkeeping -------------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:
        """All on one line, when there is room for it."""
        width = sum(i.sizeHint().width() for i in self._shown()) + self._gap * max(
            0, len(self._shown()) - 1
        )
        height = max((i.sizeHint().height() for i in self._shown()), default=0)
        margins = self.contentsMargins()
        return QSize(
            width + margins.left() + margins.right(), height + margins.top() + margins.bottom()
        )

    def minimumSize(self) -> QSize:
        """As narrow as the widest single item: everything else can wrap."""
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize()).expandedTo(QSize(item.sizeHint().width(), 0))
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    # -- placing ---------------------------------------------------------------------------------
    def _shown(self) -> list[QLayoutItem]:
        return [i for i in self._items if not i.isEmpty() and i.sizeHint().width() > 0]

    def _place(self, rect: QRect, *, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.marginsRemoved(margins)
        x, y, line_height = area.x(), area.y(), 0
        for item in self._shown():
            hint = item.sizeHint()
            width = min(hint.width(), area.width())
            if x > area.x() and x + width > area.right() + 1:
                x = area.x()
                y += line_height + self._gap
                line_height = 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), QSize(width, hint.height())))
            x += width + self._gap
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y() + margins.bottom()


def _holder(parent: QWidget | None) -> tuple[QWidget, FlowLayout]:
    holder = QWidget(parent)
    policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
    policy.setHeightForWidth(True)
    holder.setSizePolicy(policy)
    flow = FlowLayout(holder)
    return holder, flow


def flow_row(row: QBoxLayout, outer: QBoxLayout) -> FlowLayout:
    """Move the widgets of the horizontal `row` (held in `outer`) into a wrapping row.
    Spacers are dropped: the wrapping row is left-aligned already."""
    index = _index_in(outer, row)
    holder, flow = _holder(outer.parentWidget())
    while row.count():
        item = row.takeAt(0)
        widget = item.widget()
        if widget is not None:
            flow.addWidget(widget)
    outer.removeItem(row)
    row.deleteLater()
    outer.insertWidget(index, holder)
    return flow


def flow_grid(grid: QGridLayout, outer: QBoxLayout, columns_per_group: int = 2) -> FlowLayout:
    """Each row's label-and-field pairs of `grid` become one group in a wrapping row, so a
    label never wraps away from its field."""
    index = _index_in(outer, grid)
    holder, flow = _holder(outer.parentWidget())
    cells: dict[tuple[int, int], QWidget] = {}
    for i in range(grid.count()):
        item = grid.itemAt(i)
        widget = item.widget() if item is not None else None
        if widget is not None:
            row, col, _rs, _cs = grid.getItemPosition(i)
            cells[(row, col)] = widget
    rows, columns = grid.rowCount(), grid.columnCount()
    while grid.count():  # the grid lets go of every widget before they move
        grid.takeAt(0)
    for row in range(rows):
        for start in range(0, columns, columns_per_group):
            group = [
                cells[(row, c)]
                for c in range(start, start + columns_per_group)
                if (row, c) in cells
            ]
            if not group:
                continue
            pair = QWidget(holder)
            line = QHBoxLayout(pair)
            line.setContentsMargins(0, 0, 0, 0)
            for widget in group:
                line.addWidget(widget, 1 if widget is not group[0] else 0)
            pair.setVisible(any(not w.isHidden() for w in group))
            flow.addWidget(pair)
    outer.removeItem(grid)
    grid.deleteLater()
    outer.insertWidget(index, holder)
    return flow


def reflow_page(page: QWidget, outer: QBoxLayout, rows: list[QLayout]) -> None:
    """Make each of `rows` (horizontal rows or label/field grids in `outer`) wrap, keeping the
    page's Tab order exactly as it was (moving a widget to a new parent would change it)."""
    order = _focus_chain(page)
    for row in rows:
        if isinstance(row, QGridLayout):
            flow_grid(row, outer)
        elif isinstance(row, QBoxLayout):
            flow_row(row, outer)
    for first, second in itertools.pairwise(order):
        QWidget.setTabOrder(first, second)


def _focus_chain(page: QWidget) -> list[QWidget]:
    chain: list[QWidget] = []
    widget = page.nextInFocusChain()
    while widget is not None and widget is not page and len(chain) < 2000:
        if page.isAncestorOf(widget) and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


def _index_in(outer: QBoxLayout, inner: QLayout) -> int:
    for i in range(outer.count()):
        if outer.itemAt(i).layout() is inner:
            return i
    raise ValueError("that layout is not in the outer layout")


__all__ = ["FlowLayout", "flow_grid", "flow_row", "reflow_page"]
