"""CSV export: four files, BOM, ISO dates, plain money, no cell a spreadsheet would run."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coprod_desktop.cli import main
from coprod_desktop.core.domain.errors import UserError
from coprod_desktop.core.domain.money import Money
from coprod_desktop.core.io import csv_export, csv_import
from coprod_desktop.core.services import Services
from tests.core.helpers import activity, hourly, member, mileage, org, parking

TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def rows_of(data: bytes) -> list[list[str]]:
    assert data.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(data[3:].decode("utf-8"), newline="")))


def _records(sv: Services) -> None:
    member(sv)
    nuh = org(sv, "NUH")
    agreement = hourly(sv, nuh.id, "25.00", start=date(2024, 1, 1))  # type: ignore[arg-type]
    activity(sv, nuh.id, agreement.id, date(2026, 3, 14), contact=90, private_notes="secret")  # type: ignore[arg-type]
    activity(sv, nuh.id, agreement.id, date(2026, 4, 2), contact=30)  # type: ignore[arg-type]
    mileage(sv, nuh.id, date(2026, 3, 14), "24.5")  # type: ignore[arg-type]
    parking(sv, nuh.id, date(2026, 3, 14), "4.50")  # type: ignore[arg-type]
    claim = sv.claims.create(nuh.id)  # type: ignore[arg-type]
    sv.claims.submit(claim.number, date(2026, 11, 22))
    sv.payments.add(date(2026, 11, 22), Money.parse("20.00"), claim_number=claim.number)


def test_four_files_with_iso_dates_and_plain_money(services: Services, tmp_path: Path) -> None:
    _records(services)
    written = csv_export.export_csv(services, tmp_path / "out")
    assert [p.name for p in written] == list(csv_export.FILES)
    acts = rows_of((tmp_path / "out" / "activities.csv").read_bytes())
    header, first = acts[0], acts[1]
    row = dict(zip(header, first, strict=True))
    assert row["Date"] == "2026-03-14" and row["Fee"] == "37.50" and row["Contact minutes"] == "90"
    assert "Private notes" not in header and "secret" not in str(acts)
    exps = rows_of((tmp_path / "out" / "expenses.csv").read_bytes())
    by_category = {r[4]: dict(zip(exps[0], r, strict=True)) for r in exps[1:]}
    assert by_category["Mileage"]["Miles"] == "24.5"
    assert by_category["Mileage"]["Claimable"] == "11.03"  # 24.5 x 45p, half up
    assert by_category["Parking"]["Amount"] == "4.50"
    claims = rows_of((tmp_path / "out" / "claims.csv").read_bytes())
    claim = dict(zip(claims[0], claims[1], strict=True))
    assert claim["Submitted"] == "2026-11-22" and claim["Paid"] == "20.00"
    pays = rows_of((tmp_path / "out" / "payments.csv").read_bytes())
    assert dict(zip(pays[0], pays[1], strict=True))["Claims"] == f"{claim['Number']}: 20.00"
    with_notes = csv_export.activities_csv(services, include_private_notes=True)
    assert "secret" in with_notes.decode("utf-8")


def test_exported_activities_import_again(services: Services, tmp_path: Path) -> None:
    _records(services)
    data = csv_export.activities_csv(services)
    sheet = csv_import.read_sheet(data)
    options = csv_import.Options(
        "activities", csv_import.suggest_mapping(sheet.headers, "activities")
    )
    pv = csv_import.preview(services, data, options)
    assert pv.refused == ()
    before = [i.activity for i in services.activities.list()]
    again = sorted((p.record for p in pv.planned), key=lambda a: a.date)  # type: ignore[attr-defined]
    for old, new in zip(sorted(before, key=lambda a: a.date), again, strict=True):
        assert (old.date, old.title, old.contact_minutes, old.kind) == (
            new.date,
            new.title,
            new.contact_minutes,
            new.kind,
        )


@settings(max_examples=200, deadline=None)
@given(st.text(min_size=1, max_size=30))
def test_no_cell_starts_a_formula(text: str) -> None:
    data = csv_export.render(["Title"], [[text], [" " + text]])
    for row in rows_of(data)[1:]:
        for cell in row:
            assert not cell.lstrip(" ").startswith(TRIGGERS), cell


def test_refuses_a_file_as_folder(services: Services, tmp_path: Path) -> None:
    target = tmp_path / "file.txt"
    target.write_text("x")
    with pytest.raises(UserError, match="is a file, not a folder"):
        csv_export.export_csv(services, target)
    with pytest.raises(UserError, match="does not exist"):
        csv_export.export_csv(services, tmp_path / "no" / "such")


def test_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data_dir = tmp_path / "data"
    assert main(["--data-dir", str(data_dir), "org", "add", "--name", "N", "--code", "NUH"]) == 0
    assert main(["--data-dir", str(data_dir), "export", "csv", str(tmp_path / "csv")]) == 0
    printed = capsys.readouterr().out.split()
    assert [Path(p).name for p in printed[1:]] == list(csv_export.FILES)
