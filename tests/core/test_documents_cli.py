"""`coprod report portfolio|terms|tax-year|benefits` and `coprod my-terms set|show`: each writes
its file, and each mistake is exit 1, one sentence on stderr, and nothing written."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from coprod_desktop.cli import main
from coprod_desktop.core.services import open_services
from coprod_desktop.core.services.clock import FixedClock
from tests.core.documents_samples import (
    CONTACT_CANARY,
    HIDDEN_CANARY,
    PRIVATE_CANARY,
    flat,
    make_member,
    pdf_text,
)


@pytest.fixture
def data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("COPROD_TODAY", "2026-11-22")
    folder = tmp_path / "data"
    sv = open_services(folder, FixedClock(date(2026, 11, 22)))
    make_member(sv)
    sv.close()
    return folder


def run(data: Path, *args: str) -> int:
    return main(["--data-dir", str(data), *args])


def one_sentence(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("coprod: ") and lines[0].endswith("."), err
    assert "Traceback" not in err
    return lines[0]


def test_report_portfolio(data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "portfolio.pdf"
    assert run(data, "report", "portfolio", "--out", str(out), "--from", "2025-01-01") == 0
    assert capsys.readouterr().out.strip() == str(out)
    text = flat(pdf_text(out.read_bytes()))
    assert "1 Jan 2025 to 22 Nov 2026" in text and "Interview panel for research nurse" in text
    assert "Advisory group on dialysis" not in text  # 2024, before --from
    assert PRIVATE_CANARY not in text and HIDDEN_CANARY not in text
    assert CONTACT_CANARY not in text

    chosen = tmp_path / "chosen.pdf"
    args = ["--org", "NUH", "--contact-names", "--large-print", "--group-by", "theme"]
    args += ["--form", "full"]  # grouping is the full listing's; highlights is the default
    assert run(data, "report", "portfolio", "--out", str(chosen), *args) == 0
    text = flat(pdf_text(chosen.read_bytes()))
    assert CONTACT_CANARY in text and "Contributions by theme" in text
    assert "Cardiff University" not in text


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--org", "ZZZ"], "no organisation with the code 'ZZZ'"),
        (["--from", "2026-02-30"], "--from"),
        (["--from", "2026-05-01", "--to", "2026-01-01"], "swap them"),
    ],
)
def test_report_portfolio_mistakes(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], words: str
) -> None:
    out = tmp_path / "p.pdf"
    assert run(data, "report", "portfolio", "--out", str(out), *args) == 1
    captured = capsys.readouterr()
    assert words in one_sentence(captured.err) and captured.out == ""
    assert not out.exists() and list(tmp_path.glob("*.pdf")) == []


def test_report_to_a_missing_folder_writes_nothing(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "nowhere" / "p.pdf"
    assert run(data, "report", "terms", "--out", str(out)) == 1
    assert "does not exist" in one_sentence(capsys.readouterr().err)
    assert not out.parent.exists()


def test_my_terms_set_show_and_report(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(data, "my-terms", "set", "--rate", "30.00", "--payable", "prep,contact,travel") == 0
    assert capsys.readouterr().out.strip() == "Hourly: £30.00 an hour."
    args = ["--expenses", "up-front", "--days-to-pay", "21", "--note", "Cymraeg: ŵ"]
    assert run(data, "my-terms", "set", *args) == 0
    capsys.readouterr()
    assert run(data, "my-terms", "show", "--json") == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["rate"] == "30.00" and shown["days_to_pay"] == 21
    assert shown["payable_parts"] == ["contact", "prep", "travel"]
    assert shown["expenses_up_front"] is True and shown["note"] == "Cymraeg: ŵ"
    assert shown["access_needs"] == "Papers in 16 pt, a break every hour."  # from the profile
    assert run(data, "my-terms", "show") == 0
    plain = capsys.readouterr().out
    assert "Fees: Hourly: £30.00 an hour." in plain and "Paying me:" in plain

    out = tmp_path / "terms.pdf"
    assert run(data, "report", "terms", "--out", str(out), "--org", "CU") == 0
    text = flat(pdf_text(out.read_bytes()))
    assert "To Cardiff University" in text and "£30.00 an hour" in text
    assert "paid up front" in text and "within 21 days" in text and "Cymraeg: ŵ" in text


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--basis", "session", "--rate", "0"], "rate is missing"),
        (["--rate", "12.345"], "--rate"),
        (["--days-to-pay", "999"], "--days-to-pay"),
        ([], "Nothing to change"),
    ],
)
def test_my_terms_mistakes_change_nothing(
    data: Path, capsys: pytest.CaptureFixture[str], args: list[str], words: str
) -> None:
    assert run(data, "my-terms", "set", "--rate", "25.00") == 0
    capsys.readouterr()
    assert run(data, "my-terms", "show", "--json") == 0
    before = capsys.readouterr().out
    assert run(data, "my-terms", "set", *args) == 1
    assert words in one_sentence(capsys.readouterr().err)
    assert run(data, "my-terms", "show", "--json") == 0
    assert capsys.readouterr().out == before


def test_report_tax_year_and_benefits(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    tax = tmp_path / "tax.pdf"
    assert run(data, "report", "tax-year", "2025", "--out", str(tax)) == 0
    text = flat(pdf_text(tax.read_bytes()))
    assert "Tax year 2025-26" in text and "£212.50" in text and "£1,000.00" in text
    ben = tmp_path / "benefits.pdf"
    args = ["--from", "2025-06-01", "--to", "2025-06-30", "--kind", "esa", "--by-activity-date"]
    assert run(data, "report", "benefits", *args, "--out", str(ben)) == 0
    text = flat(pdf_text(ben.read_bytes()))
    assert "1 over the limit" in text and "£212.50" in text
    capsys.readouterr()
    bad = tmp_path / "bad.pdf"
    assert run(data, "report", "tax-year", "20x5", "--out", str(bad)) == 1
    assert "YEAR" in one_sentence(capsys.readouterr().err)
    assert run(data, "report", "benefits", "--from", "2025-06-30", "--to", "2025-06-01",
               "--out", str(bad)) == 1  # fmt: skip
    assert "swap them" in one_sentence(capsys.readouterr().err)
    assert not bad.exists()
