"""The claim CSV and the formula guard every CSV export uses."""

from __future__ import annotations

import csv
import io
from datetime import date

from hypothesis import given
from hypothesis import strategies as st
from reports_samples import sample_claim

from coprod_desktop.core.domain.money import Money
from coprod_desktop.core.reports.claim_csv import HEADER, render_claim_csv
from coprod_desktop.core.reports.claim_data import ExpenseLine, FeeLine
from coprod_desktop.core.reports.csv_safety import FORMULA_TRIGGERS, safe_cell


def rows(data: bytes) -> list[list[str]]:
    assert data.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))


def test_one_row_per_line_and_totals() -> None:
    table = rows(render_claim_csv(sample_claim()))
    assert tuple(table[0]) == HEADER
    kinds = [row[0] for row in table[1:]]
    assert kinds == ["fee"] * 3 + ["expense"] * 3 + ["total fees", "total expenses", "total"]
    assert table[1][1:4] == ["2026-03-02", "Research advisory group meeting", "2h 30m"]
    assert table[6][6] == "R2 R3" and table[6][7] == "23.40"
    assert table[-1][7] == "301.30"


def test_hostile_cells_never_start_a_formula_but_negative_amounts_stay_numbers() -> None:
    evil = "=cmd|' /C calc'!A0"
    claim = sample_claim(
        fee_lines=(FeeLine(date(2026, 3, 2), evil, "+1", "-2", "@SUM(A1)", Money(100)),),
        expense_lines=(ExpenseLine(date(2026, 3, 2), "\tx", " =1+1", ("\rR1",), Money(-305)),),
        fee_total=Money(100),
        expense_total=Money(-305),
        total=Money(-205),
    )
    table = rows(render_claim_csv(claim))
    for row in table[1:]:
        for index, cell in enumerate(row):
            if index == 7:
                float(cell)  # amounts are plain numbers
            else:
                assert not cell.startswith(FORMULA_TRIGGERS), cell
    assert table[1][2] == "'" + evil
    assert table[2][7] == "-3.05"
    assert table[-1][7] == "-2.05"


def test_other_scripts_survive() -> None:
    claim = sample_claim(
        fee_lines=(FeeLine(date(2026, 3, 2), "Tŷ Gwyn · محمد · 王小明", "1h", "x", "y", Money(1)),)
    )
    assert rows(render_claim_csv(claim))[1][2] == "Tŷ Gwyn · محمد · 王小明"


@given(st.text())
def test_safe_cell_never_leaves_a_formula_and_changes_only_what_it_must(value: str) -> None:
    result = safe_cell(value)
    assert not result.startswith(FORMULA_TRIGGERS)
    assert not result.lstrip(" ").startswith(FORMULA_TRIGGERS)
    assert result in (value, "'" + value)
    if value[:1].isalnum():
        assert result == value
