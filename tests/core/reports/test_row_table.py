"""The portfolio's row table: rows stay whole across pages, the header repeats, a row marked
splittable breaks between its lines, and nothing is drawn twice or lost."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate

from coprod_desktop.core.reports.row_table import RowTable, RowTableLook
from coprod_desktop.core.reports.text import TextBlock, TextStyle

STYLE = TextStyle(size=9, leading=11.5)
BOLD = TextStyle(size=9, leading=11.5, bold=True)
LOOK = RowTableLook(padding=3, header_fill=colors.HexColor("#e8e8e8"), rule=colors.grey)


def _table(rows: list[tuple[str, str]], splittable: list[bool] | None = None) -> RowTable:
    header = [[TextBlock("Label", BOLD)], [TextBlock("Text", BOLD)]]
    body = [[[TextBlock(label, STYLE)], [TextBlock(text, STYLE)]] for label, text in rows]
    return RowTable(header, body, [100, 350], LOOK, splittable=splittable)


def _pages(table: RowTable) -> list[str]:
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4).build([table])
    return [page.extract_text() for page in PdfReader(io.BytesIO(out.getvalue())).pages]


def test_rows_stay_whole_and_the_header_repeats_on_every_page() -> None:
    rows = [(f"row{n:03d}", f"first line of {n:03d} " * 12 + f"END{n:03d}") for n in range(150)]
    pages = _pages(_table(rows))
    assert len(pages) > 3
    for text in pages:
        assert text.count("Label") == 1, "the header once at the top of each page"
    for n in range(150):
        holding_label = [i for i, text in enumerate(pages) if f"row{n:03d}" in text]
        holding_end = [i for i, text in enumerate(pages) if f"END{n:03d}" in text]
        assert len(holding_label) == 1 and holding_label == holding_end, n


def test_a_splittable_row_taller_than_a_page_breaks_between_lines_and_loses_nothing() -> None:
    words = [f"w{n:05d}" for n in range(4000)]
    rows = [("before", "a short row"), ("long", " ".join(words)), ("after", "the next row")]
    pages = _pages(_table(rows, splittable=[False, True, False]))
    assert len(pages) >= 3
    joined = " ".join(pages)
    for word in words:
        assert joined.count(word) == 1, word
    assert joined.count("after") == 1 and joined.count("before") == 1


def test_asked_to_split_what_just_fits_it_still_gives_two_pieces_or_none() -> None:
    table = _table([("a", "one"), ("b", "two")])
    _, height = table.wrap(450, 10_000)
    parts = table.split(450, height)
    assert len(parts) == 2
    assert [len(p.rows) for p in parts] == [1, 1]  # type: ignore[attr-defined]
    assert table.split(450, 5) == []  # not even the header and a row: move to the next page


def test_every_row_needs_a_cell_per_column() -> None:
    header = [[TextBlock("Label", BOLD)], [TextBlock("Text", BOLD)]]
    with pytest.raises(ValueError, match="one cell a column"):
        RowTable(header, [[[TextBlock("only one", STYLE)]]], [100, 350], LOOK)


@pytest.mark.parametrize(
    ("most", "step"), [(2877.8, 500), (325.1, 100), (9.5, 2), (0.4, 0.1), (0, 1.0), (60000, 10000)]
)
def test_the_hours_chart_counts_its_axis_in_round_steps(most: float, step: float) -> None:
    from coprod_desktop.core.reports.portfolio_charts import nice_step

    assert nice_step(most) == pytest.approx(step)
