"""A table of text blocks for long lists: the portfolio's contributions, a row each.

Why not ReportLab's Table for these: a table of a thousand rows spends most of its time in the
Table's own work per cell (style commands applied to each cell, geometry worked out again each
time the table is split over a page, a saved and restored canvas state for every cell drawn),
not in the text. Here every cell is a stack of `TextBlock`s, the column widths are fixed, each
row's height is worked out once, and a split hands the rows on without measuring them again.

It looks like the tables `DocumentRenderer.table` makes: a shaded header row that repeats on
every page with a heavy rule under it, a light rule under each row, cells padded on every side
and their text at the top. Rows stay whole over a page break (a row broken in two, with the
header drawn above its second half, is hard to read), except a row marked as one that might
be taller than a page, which is split between its lines.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.platypus.flowables import Flowable

from coprod_desktop.core.reports.text import TextBlock

#: A cell: text blocks stacked top to bottom.
Cell = Sequence[TextBlock]


@dataclass(frozen=True, slots=True)
class RowTableLook:
    """Padding, the header's shade and the rules: one look shared by every table of a
    document, so a split table's pieces cannot differ."""

    padding: float
    header_fill: colors.Color
    rule: colors.Color
    header_rule_width: float = 0.8
    rule_width: float = 0.25


class RowTable(Flowable):
    """Rows of text cells under a repeating header; splits between rows (see the module doc)."""

    def __init__(
        self,
        header: Sequence[Cell],
        rows: Sequence[Sequence[Cell]],
        col_widths: Sequence[float],
        look: RowTableLook,
        *,
        splittable: Sequence[bool] | None = None,
        _heights: list[float] | None = None,
    ) -> None:
        super().__init__()
        if any(len(row) != len(col_widths) for row in [header, *rows]):
            raise ValueError("every row needs one cell a column")
        self.header = list(header)
        self.rows = list(rows)
        self.col_widths = list(col_widths)
        self.look = look
        self.splittable = list(splittable) if splittable is not None else [False] * len(rows)
        self.hAlign = "LEFT"
        self._header_height: float | None = None
        self._heights = _heights

    # -- measuring ----------------------------------------------------------------------------
    def _inner(self, column: int) -> float:
        return max(self.col_widths[column] - 2 * self.look.padding, 1.0)

    def _cell_height(self, cell: Cell, column: int) -> float:
        inner = self._inner(column)
        total = 0.0
        for index, block in enumerate(cell):
            _, height = block.wrap(inner, 1e9)
            total += height
            if index:
                total += block.getSpaceBefore()
            if index < len(cell) - 1:
                total += block.getSpaceAfter()
        return total

    def _row_height(self, row: Sequence[Cell]) -> float:
        tallest = max((self._cell_height(cell, i) for i, cell in enumerate(row)), default=0.0)
        return tallest + 2 * self.look.padding

    def _measure(self) -> tuple[float, list[float]]:
        if self._header_height is None:
            self._header_height = self._row_height(self.header)
        if self._heights is None:
            self._heights = [self._row_height(row) for row in self.rows]
        return self._header_height, self._heights

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        header, heights = self._measure()
        self.width = sum(self.col_widths)
        self.height = header + sum(heights)
        return self.width, self.height

    # -- splitting ----------------------------------------------------------------------------
    def _part(
        self, rows: Sequence[Sequence[Cell]], splittable: Sequence[bool], heights: list[float]
    ) -> RowTable:
        part = RowTable(
            self.header,
            rows,
            self.col_widths,
            self.look,
            splittable=splittable,
            _heights=heights,
        )
        part._header_height = self._header_height
        return part

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        header, heights = self._measure()
        room = availHeight - header
        fit = 0
        used = 0.0
        for height in heights:
            if used + height > room + 1e-6:
                break
            used += height
            fit += 1
        # Asked to split what fits whole (a rounding error short), still give two pieces.
        fit = min(fit, len(self.rows) - 1)
        if fit > 0:
            return [
                self._part(self.rows[:fit], self.splittable[:fit], heights[:fit]),
                self._part(self.rows[fit:], self.splittable[fit:], heights[fit:]),
            ]
        if self.rows and self.splittable[0]:
            return self._split_first_row(room)
        return []

    def _split_first_row(self, room: float) -> list[Flowable]:
        """Split the first row between lines: what fits in `room` stays, the rest (with any
        cell that had nothing to show here) goes on with the following rows."""
        inner_room = room - 2 * self.look.padding
        if inner_room <= 0:
            return []
        first: list[list[TextBlock]] = []
        rest: list[list[TextBlock]] = []
        for column, cell in enumerate(self.rows[0]):
            kept, moved = self._split_cell(cell, column, inner_room)
            first.append(kept)
            rest.append(moved)
        if not any(first):
            return []
        first_part = self._part([first], [False], [self._row_height(first)])
        rows_after = [rest, *self.rows[1:]]
        heights_after = [self._row_height(rest), *self._measure()[1][1:]]
        rest_part = self._part(rows_after, [True, *self.splittable[1:]], heights_after)
        return [first_part, rest_part]

    def _split_cell(
        self, cell: Cell, column: int, room: float
    ) -> tuple[list[TextBlock], list[TextBlock]]:
        inner = self._inner(column)
        kept: list[TextBlock] = []
        used = 0.0
        for index, block in enumerate(cell):
            gap = block.getSpaceBefore() if index else 0.0
            _, height = block.wrap(inner, 1e9)
            if used + gap + height <= room:
                kept.append(block)
                used += gap + height + block.getSpaceAfter()
                continue
            pieces = block.split(inner, room - used - gap)
            if len(pieces) == 2:
                kept.append(pieces[0])  # type: ignore[arg-type]
                return kept, [pieces[1], *cell[index + 1 :]]  # type: ignore[list-item]
            return kept, list(cell[index:])
        return kept, []

    # -- drawing ------------------------------------------------------------------------------
    def draw(self) -> None:
        header_height, heights = self._measure()
        canvas, look = self.canv, self.look
        width = sum(self.col_widths)
        top = self.height
        canvas.saveState()
        canvas.setFillColor(look.header_fill)
        canvas.rect(0, top - header_height, width, header_height, stroke=0, fill=1)
        self._draw_row(self.header, top)
        y = top - header_height
        rules = [y]
        for row, height in zip(self.rows, heights, strict=True):
            self._draw_row(row, y)
            y -= height
            rules.append(y)
        canvas.setStrokeColor(colors.black)
        canvas.setLineWidth(look.header_rule_width)
        canvas.line(0, rules[0], width, rules[0])
        if len(rules) > 1:
            canvas.setStrokeColor(look.rule)
            canvas.setLineWidth(look.rule_width)
            canvas.lines([(0, at, width, at) for at in rules[1:]])
        canvas.restoreState()

    def _draw_row(self, row: Sequence[Cell], top: float) -> None:
        canvas, pad = self.canv, self.look.padding
        x = 0.0
        for column, cell in enumerate(row):
            inner = self._inner(column)
            y = top - pad
            for index, block in enumerate(cell):
                if index:
                    y -= block.getSpaceBefore()
                _, height = block.wrap(inner, 1e9)
                block.draw_at(canvas, x + pad, y - height)
                y -= height + block.getSpaceAfter()
            x += self.col_widths[column]
