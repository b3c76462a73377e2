"""Importing a member's own spreadsheet: mapping, UK values, refused rows, all or nothing."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from coprod_desktop.cli import main
from coprod_desktop.core.domain.errors import UserError
from coprod_desktop.core.domain.kinds import ActivityKind, ExpenseCategory
from coprod_desktop.core.domain.money import Money
from coprod_desktop.core.domain.records import Activity, Expense, Organisation
from coprod_desktop.core.io import csv_import as ci
from coprod_desktop.core.services import Services
from tests.core.helpers import hourly, member

ACTIVITIES = (
    "Date,Organisation,Activity,Type,Prep (hrs),Hours,Travel time,Notes\r\n"
    '03/02/2025,NUH,Research advisory group,Advisory group,1,2,45 mins,"Papers late, again"\r\n'
    "4 Feb 2025,Nottingham University Hospitals,Interview panel,Interview,0.5,1:30,1h,\r\n"
    "2025-03-01,nuh,Reading the protocol,Document review,,1.5 hours,,\r\n"
)


def _setup(sv: Services) -> Organisation:
    member(sv)
    org = sv.organisations.create(Organisation(name="Nottingham University Hospitals", code="NUH"))
    hourly(sv, org.id, "25.00", start=date(2024, 1, 1))  # type: ignore[arg-type]
    return org


def _options(data: bytes, kind: ci.Kind = "activities", **kw: object) -> ci.Options:
    sheet = ci.read_sheet(data)
    return ci.Options(kind, ci.suggest_mapping(sheet.headers, kind), **kw)  # type: ignore[arg-type]


def test_suggest_mapping_reads_the_words_members_use() -> None:
    headers = ["Date", "Org", "Description", "Prep time", "Duration", "Travel (hrs)", "Comments"]
    assert ci.suggest_mapping(headers, "activities") == {
        "Date": "date",
        "Org": "organisation",
        "Description": "title",
        "Prep time": "prep",
        "Duration": "contact",
        "Travel (hrs)": "travel_hours",
        "Comments": "notes",
    }
    expense = ci.suggest_mapping(
        ["When", "Organisation", "£", "Category", "Miles", "Item"], "expenses"
    )
    assert expense == {
        "When": "date",
        "Organisation": "organisation",
        "£": "amount",
        "Category": "category",
        "Miles": "miles",
        "Item": "description",
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("31/01/2025", date(2025, 1, 31)),
        ("1/2/25", date(2025, 2, 1)),
        ("1 Feb 2025", date(2025, 2, 1)),
        ("1st February 2025", date(2025, 2, 1)),
        ("Sat 1 Feb 2025", date(2025, 2, 1)),
        ("01-Feb-25", date(2025, 2, 1)),
        ("February 1, 2025", date(2025, 2, 1)),
        ("2025-01-31", date(2025, 1, 31)),
        ("2025-01-31 00:00:00", date(2025, 1, 31)),
        ("31.01.2025", date(2025, 1, 31)),
    ],
)
def test_uk_dates(text: str, expected: date) -> None:
    assert ci.parse_sheet_date(text) == expected


@pytest.mark.parametrize("text", ["31/02/2025", "2025-13-01", "13/13/2025", "32 Jan 2025", "soon"])
def test_impossible_dates_are_refused(text: str) -> None:
    with pytest.raises(Exception, match="is not a date; write it as 31/01/2025 or 2025-01-31"):
        ci.parse_sheet_date(text)


@pytest.mark.parametrize(
    ("text", "hours", "minutes"),
    [
        ("1h30m", False, 90),
        ("1:30", False, 90),
        ("1:30:00", False, 90),
        ("90", False, 90),
        ("1.5 hours", False, 90),
        ("45 mins", False, 45),
        ("1 hr 15 mins", False, 75),
        ("2", True, 120),
        ("1.5", True, 90),
        ("0.25", True, 15),
        ("", False, 0),
    ],
)
def test_durations(text: str, hours: bool, minutes: int) -> None:
    assert ci.parse_sheet_minutes(text, hours=hours, label="contact time") == minutes


def test_money() -> None:
    assert ci.parse_sheet_money("£1,234.50") == Money(123450)
    assert ci.parse_sheet_money("12.5") == Money(1250)
    assert ci.parse_sheet_money("12.50 GBP") == Money(1250)
    assert ci.parse_sheet_money("") is None
    with pytest.raises(Exception, match="negative amount"):
        ci.parse_sheet_money("(12.50)")
    with pytest.raises(Exception, match="not an amount of money"):
        ci.parse_sheet_money("twelve")


def test_preview_creates_records_through_the_services_rules(services: Services) -> None:
    org = _setup(services)
    data = ACTIVITIES.encode("utf-8")
    pv = ci.preview(services, data, _options(data))
    assert pv.refused == ()
    assert [p.row for p in pv.planned] == [2, 3, 4]
    first = pv.planned[0].record
    assert isinstance(first, Activity)
    assert (first.date, first.organisation_id, first.kind) == (
        date(2025, 2, 3),
        org.id,
        ActivityKind.ADVISORY_GROUP,
    )
    assert (first.prep_minutes, first.contact_minutes, first.travel_minutes) == (60, 120, 45)
    assert first.private_notes == "Papers late, again"
    assert first.agreement_id is not None  # the one agreement in force: the fee follows its terms
    assert services.activities.list() == []  # a preview saves nothing

    outcome = ci.commit(services, data, _options(data))
    assert len(outcome.created_ids) == 3
    items = {i.activity.title: i for i in services.activities.list()}
    assert items["Research advisory group"].fee == Money(7500)  # 3h payable x £25
    assert items["Interview panel"].activity.contact_minutes == 90
    assert items["Reading the protocol"].activity.kind is ActivityKind.DOCUMENT_REVIEW


def test_refused_rows_mean_nothing_is_imported_unless_skipped(services: Services) -> None:
    _setup(services)
    data = (
        ACTIVITIES
        + "31/02/2025,NUH,Bad day,Meeting,,2,,\r\n"
        + "2025-13-01,NUH,Bad month,Meeting,,2,,\r\n"
        + "05/03/2025,NUH,,Meeting,,2,,\r\n"
        + "06/03/2025,NUH,Negative,Meeting,,-2,,\r\n"
    ).encode()
    pv = ci.preview(services, data, _options(data))
    messages = [r.message for r in pv.refused]
    assert messages[:2] == [
        "Row 5, Date: 31/02/2025 is not a date; write it as 31/01/2025 or 2025-01-31.",
        "Row 6, Date: 2025-13-01 is not a date; write it as 31/01/2025 or 2025-01-31.",
    ]
    assert messages[2].startswith("Row 7, Activity: the title is empty")
    assert messages[3].startswith("Row 8, Hours: -2 is not a length of time")
    with pytest.raises(UserError, match=r"^4 rows were refused; nothing was imported") as err:
        ci.commit(services, data, _options(data))
    assert "Row 5, Date: 31/02/2025" in err.value.message
    assert services.activities.list() == []

    outcome = ci.commit(services, data, _options(data, skip_refused=True))
    assert len(outcome.created_ids) == 3 and len(outcome.refused) == 4
    assert str(outcome) == "Imported 3 activities (ids 1–3); skipped 4 refused rows."


def test_unknown_organisations_are_refused_or_created(services: Services) -> None:
    _setup(services)
    data = (
        b"Date,Org,Title,Minutes\n01/02/2025,Leeds University,Panel,60\n02/02/2025,NUH,Group,90\n"
    )
    pv = ci.preview(services, data, _options(data))
    assert [r.message for r in pv.refused] == [
        "Row 2, Org: 'Leeds University' is not one of your organisations; add it first, write one "
        "of your codes (NUH), or choose to create missing organisations."
    ]
    pv = ci.preview(services, data, _options(data, create_organisations=True))
    assert pv.refused == () and pv.new_organisations == ("Leeds University (LU)",)
    assert len(services.organisations.list()) == 1  # the preview's organisation was rolled back
    ci.commit(services, data, _options(data, create_organisations=True))
    assert sorted(o.code for o in services.organisations.list()) == ["LU", "NUH"]


def test_organisation_names_match_loosely(services: Services) -> None:
    _setup(services)
    services.organisations.create(Organisation(name="The University of Nottingham", code="UON"))
    data = (
        b"Date,Org,Title\n01/02/2025,Uni of Nottingham,x\n"
        b"02/02/2025,nottingham university hospitals,y\n"
    )
    pv = ci.preview(services, data, _options(data))
    assert pv.refused == ()
    assert [p.organisation for p in pv.planned] == [
        "The University of Nottingham (UON)",
        "Nottingham University Hospitals (NUH)",
    ]


def test_one_organisation_for_every_row(services: Services) -> None:
    org = _setup(services)
    data = b"Date;Title;Time\n01/02/2025;Panel;1h\n"  # semicolons, as a French-locale Excel writes
    with pytest.raises(UserError, match="Choose which column holds the organisation"):
        ci.preview(services, data, _options(data))
    pv = ci.preview(services, data, _options(data, organisation_id=org.id))
    assert len(pv.planned) == 1 and pv.delimiter == ";"


def test_encodings_bom_and_cp1252(services: Services) -> None:
    _setup(services)
    text = "Date\tOrg\tTitle\tMins\n01/02/2025\tNUH\tSiân's café group\t60\n"
    for data in (b"\xef\xbb\xbf" + text.encode("utf-8"), text.encode("cp1252")):
        pv = ci.preview(services, data, _options(data))
        assert pv.planned[0].record.title == "Siân's café group"  # type: ignore[attr-defined]
        assert pv.headers[0] == "Date"


def test_formulas_are_stored_as_literal_text(services: Services) -> None:
    _setup(services)
    data = (
        b"Date,Org,Title,Minutes,Notes\n"
        b'01/02/2025,NUH,"=HYPERLINK(""http://x"",""y"")",60,@SUM(A1)\n'
        b"02/02/2025,NUH,+44 7700 900123,30,-note\n"
    )
    ci.commit(services, data, _options(data))
    titles = sorted(i.activity.title for i in services.activities.list())
    assert titles == ["+44 7700 900123", '=HYPERLINK("http://x","y")']
    notes = sorted(i.activity.private_notes for i in services.activities.list())
    assert notes == ["-note", "@SUM(A1)"]


def test_expenses_import(services: Services) -> None:
    _setup(services)
    data = (
        "Date,Organisation,Category,Amount,Miles,Description\n"
        "03/02/2025,NUH,Parking,£4.50,,Car park\n"
        "03/02/2025,NUH,Mileage,,24.5,Home to QMC\n"
        '04/02/2025,NUH,Train,"£1,234.50",,Return to London\n'
        "05/02/2025,NUH,Lunch,(12.50),,Refund\n"
        "06/02/2025,NUH,Stationery,3.20,,\n"
    ).encode()
    pv = ci.preview(services, data, _options(data, kind="expenses"))
    assert [r.message for r in pv.refused] == [
        "Row 5, Amount: (12.50) is a negative amount (a refund?); write the amount you spent, "
        "like 12.50, and leave refunds out."
    ]
    records = [p.record for p in pv.planned]
    assert all(isinstance(r, Expense) for r in records)
    assert [r.category for r in records] == [  # type: ignore[attr-defined]
        ExpenseCategory.PARKING,
        ExpenseCategory.MILEAGE,
        ExpenseCategory.PUBLIC_TRANSPORT,
        ExpenseCategory.OTHER,
    ]
    assert records[1].miles == Decimal("24.5")  # type: ignore[attr-defined]
    assert records[2].amount == Money(123450)  # type: ignore[attr-defined]
    assert records[3].description == "Stationery"  # type: ignore[attr-defined]


def test_files_that_are_not_csv_are_refused_plainly() -> None:
    with pytest.raises(UserError, match="Excel workbook, not CSV"):
        ci.read_sheet(b"PK\x03\x04rest-of-a-zip")
    with pytest.raises(UserError, match="is empty"):
        ci.read_sheet(b"\n\n")
    with pytest.raises(UserError, match="over the 20 MB"):
        ci.read_sheet(b"a" * (ci.MAX_BYTES + 1))


def test_row_cap(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ci, "MAX_ROWS", 10)
    data = ("Date,Title\n" + "01/02/2025,x\n" * 11).encode()
    with pytest.raises(UserError, match="more than 10 rows"):
        ci.read_sheet(data)


def test_mapping_mistakes_are_plain(services: Services) -> None:
    _setup(services)
    data = b"Date,Org,Title\n01/02/2025,NUH,x\n"
    bad = ci.Options("activities", {"Date": "date", "Org": "organisation", "Title": "wages"})
    with pytest.raises(UserError, match="'wages' is not something a column can hold"):
        ci.preview(services, data, bad)
    twice = ci.Options("activities", {"Date": "date", "Org": "title", "Title": "title"})
    with pytest.raises(UserError, match="Two columns are set to hold the title"):
        ci.preview(services, data, twice)


def test_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data_dir = tmp_path / "data"
    sheet = tmp_path / "sheet.csv"
    sheet.write_text(
        "When,Org,What,Length\n01/02/2025,NUH,Panel,1:00\n31/02/2025,NUH,Bad,1:00\n",
        encoding="utf-8",
    )

    def run(*args: str) -> int:
        return main(["--data-dir", str(data_dir), *args])

    assert run("org", "add", "--name", "Nottingham University Hospitals", "--code", "NUH") == 0
    capsys.readouterr()
    assert run("import", "csv", str(sheet), "--kind", "activities") == 1
    err = capsys.readouterr().err
    assert err.startswith("coprod: 1 row was refused; nothing was imported")
    assert "Row 3, When: 31/02/2025 is not a date" in err and err.count("\n") == 1
    assert run("import", "csv", str(sheet), "--kind", "activities", "--preview") == 0
    shown = capsys.readouterr().out
    assert "1 activities to import, 1 row refused." in shown and "Panel" in shown
    args = ("import", "csv", str(sheet), "--kind", "activities", "--skip-refused")
    assert run(*args, "--map", "What=ignore") == 1
    assert (
        capsys.readouterr().err == "coprod: Choose which column holds the title of each activity.\n"
    )
    assert run(*args) == 0
    assert capsys.readouterr().out == "Imported 1 activity (id 1); skipped 1 refused row.\n"
