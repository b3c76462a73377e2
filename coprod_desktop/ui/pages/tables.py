"""How every list in the window behaves: whole rows, sortable, one line a row, sized to its
text at any text size, a first row chosen when the keyboard arrives, names kept readable.

Split from base.py (the list page), which imports `setup_table` from here.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

STRETCH_FLOOR = 18  # characters a name or title column keeps before the list scrolls sideways


class _RowHeights(QObject):
    """Every row one line of the view's text tall, refitted when the text size changes.

    Why not ResizeToContents on the rows: Qt then measures every cell of every row at each
    change of the list, ~70,000 calls into Python per keystroke over 10,000 activities. Rows
    never wrap (word wrap is off), so one line's height is every row's height."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self.view = view
        view.installEventFilter(self)
        self.fit()

    def fit(self) -> None:
        header = self.view.verticalHeader()
        height = self.view.fontMetrics().height() + 6
        header.setMinimumSectionSize(min(header.minimumSectionSize(), height))
        header.setDefaultSectionSize(height)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() in (
            QEvent.Type.FontChange,
            QEvent.Type.StyleChange,
        ):
            self.fit()
        return False


class _FirstRowOnFocus(QObject):
    """A list reached by the keyboard selects its first row, so Edit and Delete work at once
    (before, Tab into a list left nothing chosen and both buttons off)."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self.view = view
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() == QEvent.Type.FocusIn:
            selection = self.view.selectionModel()
            model = self.view.model()
            if selection is not None and model is not None and not selection.hasSelection():
                current = self.view.currentIndex()
                row = current.row() if current.isValid() else 0
                if model.rowCount() > row:
                    self.view.selectRow(row)
        return False


class _StretchFloor(QObject):
    """The stretching column (a name, a title) keeps room for STRETCH_FLOOR characters.

    At 200% text the other columns can take the whole width, and a stretching column was
    squeezed to "C…". Then it stops stretching, keeps that room, and the list scrolls
    sideways instead; with room to spare it stretches again."""

    def __init__(self, view: QTableView, columns: list[int]) -> None:
        super().__init__(view)
        self.view, self.columns = view, columns
        self._pending = False
        view.horizontalHeader().sectionResized.connect(self._later)
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.FontChange):
            self._later()
        return False

    def _later(self, *_args: object) -> None:
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self, self._fit)

    def _fit(self) -> None:
        self._pending = False
        header = self.view.horizontalHeader()
        floor = STRETCH_FLOOR * self.view.fontMetrics().averageCharWidth()
        others = sum(
            header.sectionSize(i)
            for i in range(header.count())
            if i not in self.columns and not header.isSectionHidden(i)
        )
        room = (self.view.viewport().width() - others) // max(len(self.columns), 1)
        stretch = room >= floor
        mode = QHeaderView.ResizeMode.Stretch if stretch else QHeaderView.ResizeMode.Interactive
        for column in self.columns:
            if header.sectionResizeMode(column) != mode:
                header.setSectionResizeMode(column, mode)
            if not stretch and header.sectionSize(column) != floor:
                header.resizeSection(column, floor)


def setup_table(view: QTableView) -> None:
    """Row selection, sortable headers, columns sized to their text (so 200% text still fits).

    Column widths are measured on the rows in sight (resize precision 0), not on the first
    thousand rows, so a list of 10,000 stays quick to filter; rows have a fixed height."""
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
    view.setWordWrap(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setResizeContentsPrecision(0)
    model = view.model()
    columns = getattr(model, "COLUMNS", ())
    stretch = [n for n, column in enumerate(columns) if getattr(column, "stretch", False)]
    header.setStretchLastSection(not stretch)
    for n in stretch:
        header.setSectionResizeMode(n, QHeaderView.ResizeMode.Stretch)
    if stretch:
        _StretchFloor(view, stretch)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    _RowHeights(view)
    _FirstRowOnFocus(view)


__all__ = ["STRETCH_FLOOR", "setup_table"]
