"""Issue 17, finding 8: CSV and calendar files are refused plainly, quickly and in bounded
memory; an unclosed quote or a ragged row is reported with its line, never merged."""

from __future__ import annotations

import resource
import time
from pathlib import Path

import pytest

from tests.reliability.helpers import coprod_here

HEAD = "date,organisation,title,contact minutes\n"


@pytest.fixture
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    assert coprod_here(folder, "org", "add", "--name", "R", "--code", "RIV")[0] == 0
    return folder


def import_csv(data: Path, tmp_path: Path, text: str) -> tuple[int, str]:
    sheet = tmp_path / "sheet.csv"
    sheet.write_text(text, encoding="utf-8")
    code, _out, err = coprod_here(data, "import", "csv", str(sheet), "--kind", "activities")
    assert "Traceback" not in err
    return code, err


def activities(data: Path) -> str:
    return coprod_here(data, "list", "activities", "--json")[1].strip()


def test_an_unclosed_quote_is_reported_with_its_line(data: Path, tmp_path: Path) -> None:
    rows = [f"2026-11-{day:02d},RIV,Meeting {day},60" for day in range(1, 14)]
    rows[1] = '2026-11-02,RIV,"Meeting 2,60'  # the quote is never closed
    code, err = import_csv(data, tmp_path, HEAD + "\n".join(rows) + "\n")
    assert code == 1
    assert "Line 3 opens a quote" in err
    assert activities(data) == "[]"


def test_a_ragged_row_is_reported_with_its_line(data: Path, tmp_path: Path) -> None:
    text = HEAD + "2026-11-01,RIV,Panel,60\n2026-11-02,RIV,Panel, review,60\n"
    code, err = import_csv(data, tmp_path, text)
    assert code == 1
    assert "Line 3 has 5 cells but the headings have 4" in err
    assert activities(data) == "[]"


def test_a_quoted_multi_line_cell_still_imports(data: Path, tmp_path: Path) -> None:
    text = HEAD + '2026-11-01,RIV,"Panel\nsecond line of the title",60\n'
    code, err = import_csv(data, tmp_path, text)
    assert code == 0, err


def test_fifty_thousand_columns_are_refused_within_a_second(data: Path, tmp_path: Path) -> None:
    wide = ",".join(f"c{n}" for n in range(50_000)) + "\n" + ",".join("x" * 50_000) + "\n"
    started = time.perf_counter()
    code, err = import_csv(data, tmp_path, wide)
    took = time.perf_counter() - started
    assert code == 1 and "columns, more than the 200" in err
    print(f"\n50,000 columns refused in {took:.2f} s")
    assert took < 1.0


def test_a_hundred_thousand_events_are_refused_quickly(data: Path, tmp_path: Path) -> None:
    event = (
        "BEGIN:VEVENT\r\nUID:{n}@x\r\nDTSTART:20261101T100000Z\r\nDTEND:20261101T110000Z\r\n"
        "SUMMARY:Panel {n}\r\nEND:VEVENT\r\n"
    )
    body = "".join(event.format(n=n) for n in range(100_000))
    calendar = tmp_path / "big.ics"
    calendar.write_text(f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n{body}END:VCALENDAR\r\n")
    peak_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    code, _out, err = coprod_here(data, "import", "ics", str(calendar))
    took = time.perf_counter() - started
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - peak_before) / 1024
    print(f"\n100,000 events refused in {took:.2f} s, peak memory grew {grown_mb:.0f} MB")
    assert code == 1 and "100,000 events, more than the 5,000" in err
    assert took < 1.0
    assert grown_mb < 100
