"""The `coprod` command: outputs other tools read, and one plain sentence for every mistake."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from coprod_desktop.cli import main


def run(data: Path, *args: str) -> int:
    return main(["--data-dir", str(data), *args])


def dump(data: Path) -> list[str]:
    conn = sqlite3.connect(data / "coprod.sqlite3")
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


@pytest.fixture
def member(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Path:
    monkeypatch.setenv("COPROD_TODAY", "2026-10-20")
    data = tmp_path / "data"
    steps = [
        ["init", "--name", "Rukhsana", "--reference-rate", "20.00"],
        ["org", "add", "--name", "Trust", "--code", "NUH", "--promised-days", "30"],
        ["org", "add", "--name", "University", "--code", "UNI"],
        [
            "agreement",
            "add",
            "--org",
            "NUH",
            "--role",
            "Panel",
            "--from",
            "2025-01-01",
            "--basis",
            "hourly",
            "--rate",
            "25.00",
            "--min-minutes",
            "60",
            "--round-to",
            "15",
        ],
        [
            "activity",
            "add",
            "--org",
            "NUH",
            "--date",
            "2026-10-01",
            "--title",
            "Panel",
            "--prep",
            "30",
            "--contact",
            "1h30m",
            "--travel",
            "40",
            "--level",
            "consulted",
            "--described",
            "co-production",
            "--notes",
            "private thing",
        ],
        [
            "expense",
            "add",
            "--org",
            "NUH",
            "--date",
            "2026-10-01",
            "--category",
            "mileage",
            "--miles",
            "40",
            "--activity",
            "1",
        ],
        [
            "expense",
            "add",
            "--org",
            "NUH",
            "--date",
            "2026-10-01",
            "--category",
            "parking",
            "--amount",
            "4.50",
        ],
    ]
    for step in steps:
        assert run(data, *step) == 0, step
    capsys.readouterr()
    return data


def test_create_commands_print_the_id(member: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        run(
            member,
            "activity",
            "add",
            "--org",
            "UNI",
            "--date",
            "2026-10-02",
            "--title",
            "Lecture",
            "--contact",
            "60",
        )
        == 0
    )
    assert capsys.readouterr().out.strip() == "2"
    assert run(member, "claim", "create", "--org", "NUH") == 0
    assert capsys.readouterr().out.strip() == "NUH-2026-001"


def test_claim_show_json_shape(member: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(member, "claim", "create", "--org", "NUH")
    run(member, "claim", "submit", "NUH-2026-001", "--date", "2026-10-21")
    run(
        member,
        "payment",
        "add",
        "--date",
        "2026-11-10",
        "--amount",
        "20.00",
        "--claim",
        "NUH-2026-001",
    )
    capsys.readouterr()
    assert run(member, "claim", "show", "NUH-2026-001", "--json") == 0
    doc = json.loads(capsys.readouterr().out)
    for key in (
        "number",
        "status",
        "organisation",
        "fee_total",
        "expense_total",
        "total",
        "paid",
        "outstanding",
        "lines",
    ):
        assert key in doc
    assert doc["fee_total"] == "50.00"  # 2h payable, £25/h
    assert doc["expense_total"] == "22.50"  # 40 mi × 45p + £4.50
    assert doc["total"] == "72.50" and doc["paid"] == "20.00" and doc["outstanding"] == "52.50"
    assert doc["status"] == "part-paid"
    assert [ln["kind"] for ln in doc["lines"]] == ["fee", "expense", "expense"]
    assert set(doc["lines"][0]) >= {"kind", "date", "description", "amount"}


def test_tax_year_json_shape(member: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(member, "summary", "tax-year", "2026", "--json") == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["tax_year"] == "2026-27"
    assert doc["start"] == "2026-04-06" and doc["end"] == "2027-04-05"
    assert doc["fee_income"] == "50.00" and doc["car_miles"] == "40"
    assert doc["mileage_approved"] == "18.00" and doc["trading_allowance"] == "1000.00"
    for key in ("payroll_income", "voucher_income", "mileage_paid", "mileage_excess"):
        assert key in doc


def test_list_json_never_shows_private_notes(
    member: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(member, "list", "activities", "--json") == 0
    text = capsys.readouterr().out
    assert "private thing" not in text
    assert json.loads(text)[0]["fee"] == "50.00"


MISTAKES = [
    (["org", "add", "--name", "X", "--code", "NUH"], "code"),
    (["org", "add", "--name", "X", "--code", "n u h"], "code"),
    (["org", "edit", "ZZZ", "--name", "Y"], "ZZZ"),
    (["org", "delete", "NUH"], "records"),
    (
        [
            "agreement",
            "add",
            "--org",
            "NUH",
            "--role",
            "R",
            "--from",
            "2026-01-01",
            "--basis",
            "hourly",
        ],
        "hourly rate",
    ),
    (
        [
            "agreement",
            "add",
            "--org",
            "NUH",
            "--role",
            "R",
            "--from",
            "01/01/2026",
            "--basis",
            "session",
            "--session-fee",
            "60",
        ],
        "YYYY-MM-DD",
    ),
    (["agreement", "terms", "99", "--from", "2026-01-01"], "agreement"),
    (["agreement", "terms", "1", "--from", "2025-01-01"], "already"),
    (["agreement", "delete", "1"], "activities"),
    (["activity", "add", "--org", "NOPE", "--date", "2026-01-01", "--title", "T"], "NOPE"),
    (["activity", "add", "--org", "NUH", "--date", "2026-02-30", "--title", "T"], "date"),
    (
        [
            "activity",
            "add",
            "--org",
            "NUH",
            "--date",
            "2026-01-01",
            "--title",
            "T",
            "--contact",
            "ten",
        ],
        "contact",
    ),
    (["activity", "add", "--org", "NUH", "--date", "2026-01-01", "--title", " "], "title"),
    (
        [
            "activity",
            "add",
            "--org",
            "UNI",
            "--date",
            "2026-01-01",
            "--title",
            "T",
            "--agreement",
            "1",
        ],
        "agreement",
    ),
    (["activity", "edit", "42", "--title", "x"], "42"),
    (["activity", "delete", "99"], "99"),
    (
        ["expense", "add", "--org", "NUH", "--date", "2026-01-01", "--category", "parking"],
        "--amount",
    ),
    (
        [
            "expense",
            "add",
            "--org",
            "NUH",
            "--date",
            "2026-01-01",
            "--category",
            "parking",
            "--amount",
            "4.5.0",
        ],
        "amount",
    ),
    (
        [
            "expense",
            "add",
            "--org",
            "NUH",
            "--date",
            "2026-01-01",
            "--category",
            "mileage",
            "--miles",
            "-4",
        ],
        "miles",
    ),
    (
        [
            "expense",
            "add",
            "--org",
            "NUH",
            "--date",
            "2026-01-01",
            "--category",
            "parking",
            "--amount",
            "4.50",
            "--receipt",
            "/no/such/file.png",
        ],
        "does not exist",
    ),
    (["expense", "delete", "77"], "77"),
    (["claim", "create", "--org", "UNI"], "nothing unclaimed"),
    (["claim", "create", "--org", "NUH", "--from", "2026-12-01", "--to", "2026-11-01"], "before"),
    (["claim", "show", "NUH-2026-999"], "NUH-2026-999"),
    (["claim", "submit", "NUH-2026-999", "--date", "2026-11-01"], "NUH-2026-999"),
    (["payment", "add", "--date", "2026-11-01", "--amount", "-3"], "amount"),
    (["payment", "add", "--date", "2026-11-01", "--amount", "3", "--claim", "X-1"], "X-1"),
    (["payment", "delete", "5"], "5"),
    (["summary", "tax-year", "twenty"], "YEAR"),
    (["summary", "benefits", "--from", "2026-05-01", "--to", "2026-04-01"], "before"),
    (["import", "json", "/no/such/export.json"], "does not exist"),
    (["demo"], "already"),
]


@pytest.mark.parametrize(("args", "hint"), MISTAKES, ids=[" ".join(a[:2]) for a, _ in MISTAKES])
def test_every_mistake_is_one_sentence_and_changes_nothing(
    member: Path, capsys: pytest.CaptureFixture[str], args: list[str], hint: str
) -> None:
    before = dump(member)
    code = run(member, *args)
    captured = capsys.readouterr()
    assert code == 1, captured
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1, captured.err
    assert lines[0].startswith("coprod: ")
    assert hint.lower() in lines[0].lower()
    assert "Traceback" not in captured.err
    assert captured.out == ""
    assert dump(member) == before


def test_wrong_usage_exits_2(member: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        run(member, "activity", "add", "--org", "NUH")
    assert exc.value.code == 2
    with pytest.raises(SystemExit) as exc:
        run(
            member,
            "expense",
            "add",
            "--org",
            "NUH",
            "--date",
            "2026-01-01",
            "--category",
            "petrol",
            "--amount",
            "3",
        )
    assert exc.value.code == 2
