"""Table models over the lists the services return: no widget per row, no database session.

Pattern (Vorta's archive table model): named column constants, a sort role returning native
values (dates, pence, minutes), a record role returning the backing item, resets wrapped in
begin/endResetModel. Models are tested without any view.

Why filter and sort here rather than through QSortFilterProxyModel: a proxy asks for every
row's data one call at a time, which in Python is too slow for 10,000 activities at every
keystroke. Here the search text of each row is worked out once per load, and filtering is one
list comprehension; sorting is one `list.sort` on the sort-role value, done when the items or
the sort order change, never per keystroke: filtering a sorted list keeps it sorted.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
RECORD_ROLE = Qt.ItemDataRole.UserRole + 2
_ANSWERED = frozenset(
    int(role)
    for role in (
        Qt.ItemDataRole.DisplayRole.value,
        Qt.ItemDataRole.ToolTipRole.value,
        Qt.ItemDataRole.TextAlignmentRole.value,
        SORT_ROLE,
        RECORD_ROLE,
    )
)

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column(Generic[T]):
    title: str
    display: Callable[[T], str]
    sort: Callable[[T], Any]
    right: bool = False  # numbers line up on the right
    stretch: bool = False  # the one free-text column that takes the spare width


@dataclass(frozen=True)
class RecordFilter:
    """What the filter row asks for. `status` is one of the model's STATUSES keys."""

    search: str = ""
    organisation_id: int | None = None
    date_from: date | None = None
    date_to: date | None = None
    status: str | None = None


def short_date(value: date | None) -> str:
    """`3 Nov 2026`: unambiguous in every English-speaking country, unlike 03/11/2026."""
    return f"{value.day} {value:%b %Y}" if value else ""


class RecordTableModel(QAbstractTableModel, Generic[T]):
    """A list of items, filtered and sorted in Python, shown as rows."""

    COLUMNS: ClassVar[Sequence[Column[Any]]] = ()
    DEFAULT_SORT: ClassVar[tuple[int, Qt.SortOrder] | None] = None  # newest first, usually
    STATUSES: ClassVar[Sequence[tuple[str, str]]] = ()  # (key, label) for the "Show" box

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._source: list[tuple[T, str]] = []  # as the service gave them
        self._all: list[tuple[T, str]] = []  # the same, in the current sort order
        self._rows: list[T] = []
        self._filter = RecordFilter()
        self._sort_column: int | None = None
        self._sort_order = Qt.SortOrder.AscendingOrder

    # -- what each model says about its items ---------------------------------------------
    def search_text(self, item: T) -> str:
        raise NotImplementedError

    def organisation_id(self, item: T) -> int | None:
        return None

    def item_date(self, item: T) -> date | None:
        return None

    def statuses(self, item: T) -> set[str]:
        return set()

    # -- loading, filtering, sorting ---------------------------------------------------------
    def set_items(self, items: Sequence[T]) -> None:
        self.beginResetModel()
        self._source = [(item, self.search_text(item).casefold()) for item in items]
        self._sort_all()
        self._rows = self._filtered()
        self.endResetModel()

    def set_filter(self, flt: RecordFilter) -> None:
        self.beginResetModel()
        self._filter = flt
        self._rows = self._filtered()
        self.endResetModel()

    def _filtered(self) -> list[T]:
        flt = self._filter
        needle = flt.search.casefold().strip()
        if (
            flt.organisation_id is None
            and flt.date_from is None
            and flt.date_to is None
            and not flt.status
        ):  # only the search box (the case at every keystroke): one comprehension
            return [item for item, text in self._all if needle in text]
        rows = []
        for item, text in self._all:
            if needle and needle not in text:
                continue
            if (
                flt.organisation_id is not None
                and self.organisation_id(item) != flt.organisation_id
            ):
                continue
            if flt.date_from is not None or flt.date_to is not None:
                when = self.item_date(item)
                if when is None:
                    continue
                if flt.date_from is not None and when < flt.date_from:
                    continue
                if flt.date_to is not None and when > flt.date_to:
                    continue
            if flt.status and flt.status not in self.statuses(item):
                continue
            rows.append(item)
        return rows

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort_column = column
        self._sort_order = order
        self._sort_all()
        self._rows = self._filtered()
        self.layoutChanged.emit()

    def _sort_all(self) -> None:
        """Every item in the sort order, from the service's order (so ties keep it)."""
        if self._sort_column is None or not 0 <= self._sort_column < len(self.COLUMNS):
            self._all = list(self._source)
            return
        key = self.COLUMNS[self._sort_column].sort

        def nulls_last(pair: tuple[T, str]) -> tuple[bool, Any]:
            value = key(pair[0])
            return (value is None, value)  # a blank cell sorts after every value

        self._all = sorted(
            self._source,
            key=nulls_last,
            reverse=self._sort_order == Qt.SortOrder.DescendingOrder,
        )

    # -- reading -----------------------------------------------------------------------------
    def shown(self) -> list[T]:
        return list(self._rows)

    def all_items(self) -> list[T]:
        return [item for item, _ in self._source]

    def count_all(self) -> int:
        """How many items are loaded, shown or not (no list made)."""
        return len(self._source)

    def item_at(self, row: int) -> T | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, predicate: Callable[[T], bool]) -> int:
        for row, item in enumerate(self._rows):
            if predicate(item):
                return row
        return -1

    # -- Qt ----------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.COLUMNS[section].title
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # A view asks ~10 roles per cell at each paint; most are answered None here first.
        if role not in _ANSWERED or not index.isValid():
            return None
        item = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.display(item)
        if role == SORT_ROLE:
            return column.sort(item)
        if role == RECORD_ROLE:
            return item
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignRight if column.right else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        return None
