"""Hostile files: each is refused (or capped) plainly, fast, and nothing lands outside the data
folder. Times are printed (run with -s to see them), never asserted."""

from __future__ import annotations

import io
import random
import struct
import time
import zlib
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PIL import Image

from coprod_desktop.core.domain.errors import UserError
from coprod_desktop.core.domain.kinds import ExpenseCategory
from coprod_desktop.core.domain.money import Money
from coprod_desktop.core.domain.records import Expense, Organisation
from coprod_desktop.core.io import csv_export, csv_import, ics_import
from coprod_desktop.core.io.attachments import AttachmentStore
from coprod_desktop.core.services import Services, open_services
from coprod_desktop.core.services.clock import FixedClock
from coprod_desktop.core.services.expenses import NewFile

TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def snapshot(folder: Path, skip: Path) -> dict[str, bytes]:
    """Every file under `folder` except the data folder, with its content."""
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and skip not in p.parents
    }


@pytest.fixture
def parent(tmp_path: Path) -> Path:
    folder = tmp_path / "home"
    (folder / "documents").mkdir(parents=True)
    (folder / "documents" / "keep.txt").write_text("the member's own file")
    return folder


@pytest.fixture
def sv(parent: Path) -> Iterator[Services]:
    services = open_services(parent / "data", FixedClock(date(2026, 11, 22)))
    services.organisations.create(
        Organisation(name="Nottingham University Hospitals", code="NUH", email="ppi@nuh.nhs.uk")
    )
    before = snapshot(parent, parent / "data")
    yield services
    services.close()
    assert snapshot(parent, parent / "data") == before, "something was written outside the data"


def timed(label: str, action: object) -> object:
    start = time.perf_counter()
    try:
        result = action()  # type: ignore[operator]
    except UserError as err:
        result = err
    print(f"\n{label}: {time.perf_counter() - start:.3f} s -> {str(result)[:150]}")
    return result


def png_bomb() -> bytes:
    """A PNG that declares 14000 x 14000 pixels (196 megapixels) in about 24 KB: a hand-written
    IHDR and a few rows of real compressed data."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    ihdr = struct.pack(">IIBBBBB", 14000, 14000, 8, 2, 0, 0, 0)
    noise = random.Random(196).randbytes(30_000)  # noise does not compress: ~24 KB stays 24 KB
    idat = zlib.compress(noise, 9)[: 24 * 1024]
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


def small_png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (12, 8), (200, 30, 30)).save(out, "PNG")
    return out.getvalue()


def _expense(org_id: int) -> Expense:
    return Expense(
        organisation_id=org_id,
        date=date(2026, 3, 1),
        category=ExpenseCategory.PARKING,
        amount=Money.parse("4.50"),
    )


def test_ics_with_a_billion_repeats_is_capped_fast(sv: Services) -> None:
    data = (
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:bomb@x\r\n"
        b"SUMMARY:Daily\r\nDTSTART:20260101T100000Z\r\nDTEND:20260101T110000Z\r\n"
        b"RRULE:FREQ=DAILY;COUNT=1000000000\r\nORGANIZER:mailto:a@nuh.nhs.uk\r\nEND:VEVENT\r\n"
        b"BEGIN:VEVENT\r\nUID:never@x\r\nSUMMARY:Never\r\nDTSTART:20260101T100000Z\r\n"
        b"RRULE:FREQ=SECONDLY;BYMONTH=2;BYMONTHDAY=30\r\nORGANIZER:mailto:a@nuh.nhs.uk\r\n"
        b"END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    pv = timed("ics COUNT=1000000000 preview", lambda: ics_import.preview(sv, data))
    assert isinstance(pv, ics_import.IcsPreview)
    assert len(pv.planned) == ics_import.MAX_OCCURRENCES
    assert max(p.record.date for p in pv.planned) <= date(2028, 11, 22)  # type: ignore[attr-defined]
    assert "only the latest 500 are kept" in pv.planned[0].note
    assert pv.refused[0].message == (
        "Event 2 ('Never'): it repeats more often than once a day; add it by hand."
    )
    err = timed("ics COUNT=1000000000 import", lambda: ics_import.commit(sv, data))
    assert isinstance(err, UserError) and "nothing was imported" in err.message
    assert sv.activities.list() == []


def test_png_declaring_196_megapixels_is_refused(sv: Services) -> None:
    bomb = png_bomb()
    assert 20_000 < len(bomb) < 30_000
    org_id = sv.organisations.by_code("NUH").id
    err = timed(
        "24 KB PNG declaring 14000x14000",
        lambda: sv.expenses.create(_expense(org_id), [NewFile("receipt.png", bomb)]),  # type: ignore[arg-type]
    )
    assert isinstance(err, UserError)
    assert err.message.startswith("The image 'receipt.png' declares more pixels than any photo")
    assert sv.expenses.list() == []
    assert not any(p.is_file() for p in sv.paths.attachments.rglob("*"))


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"<html><script>alert(1)</script></html>", "is not a PNG, JPEG or PDF"),
        (b"%PDF-1.7\n" + b"\x00garbage" * 100, "says it is a PDF but cannot be read as one"),
    ],
)
def test_a_pdf_that_is_not_one_is_refused(sv: Services, content: bytes, expected: str) -> None:
    org_id = sv.organisations.by_code("NUH").id
    err = timed(
        f"fake PDF ({content[:8]!r})",
        lambda: sv.expenses.create(_expense(org_id), [NewFile("receipt.pdf", content)]),  # type: ignore[arg-type]
    )
    assert isinstance(err, UserError) and expected in err.message
    assert sv.expenses.list() == []


@pytest.mark.parametrize(
    ("name", "shown"),
    [("../../x", "x"), ("..\\..\\x.png", "x.png"), ("/etc/passwd", "passwd"), ("..", "file")],
)
def test_receipt_names_never_choose_where_bytes_land(
    sv: Services, parent: Path, name: str, shown: str
) -> None:
    org_id = sv.organisations.by_code("NUH").id
    saved = timed(
        f"receipt named {name!r}",
        lambda: sv.expenses.create(_expense(org_id), [NewFile(name, small_png())]),  # type: ignore[arg-type]
    )
    assert isinstance(saved, Expense)
    (attachment,) = sv.expenses.attachments(saved.id)  # type: ignore[arg-type]
    assert attachment.original_name == shown
    stored = [p for p in sv.paths.attachments.rglob("*") if p.is_file()]
    assert stored == [AttachmentStore(sv.paths.attachments).path_for(attachment.sha256)]
    assert not (parent / "x").exists() and not (parent.parent / "x").exists()


def test_csv_with_formulas_and_impossible_dates(sv: Services, tmp_path: Path) -> None:
    data = (
        b"Date,Org,Title,Minutes,Notes\r\n"
        b"01/02/2025,NUH,\"=cmd|' /C calc'!A0\",60,\"@SUM(1+1)*cmd|' /C calc'!A0\"\r\n"
        b"02/02/2025,NUH,+44 7700 900123,30,-2+3\r\n"
        b'03/02/2025,NUH,"\tTabbed",30,"\rReturn"\r\n'
        b"31/02/2025,NUH,Impossible day,60,\r\n"
        b"2025-13-01,NUH,Impossible month,60,\r\n"
    )
    sheet = csv_import.read_sheet(data)
    options = csv_import.Options(
        "activities", csv_import.suggest_mapping(sheet.headers, "activities")
    )
    err = timed("CSV with impossible dates", lambda: csv_import.commit(sv, data, options))
    assert isinstance(err, UserError)
    assert err.message.startswith("2 rows were refused; nothing was imported")
    pv = csv_import.preview(sv, data, options)
    assert [r.message for r in pv.refused] == [
        "Row 5, Date: 31/02/2025 is not a date; write it as 31/01/2025 or 2025-01-31.",
        "Row 6, Date: 2025-13-01 is not a date; write it as 31/01/2025 or 2025-01-31.",
    ]
    assert sv.activities.list() == []  # nothing half-imported

    skip = csv_import.Options(options.kind, options.mapping, skip_refused=True)
    csv_import.commit(sv, data, skip)
    titles = sorted(i.activity.title for i in sv.activities.list())
    assert "=cmd|' /C calc'!A0" in titles and "+44 7700 900123" in titles  # stored literally

    out = sv.paths.root / "exports"
    csv_export.export_csv(sv, out, include_private_notes=True)
    for path in out.iterdir():
        text = path.read_bytes()[3:].decode("utf-8")
        import csv as csv_module

        for row in csv_module.reader(io.StringIO(text, newline="")):
            for cell in row:
                assert not cell.lstrip(" ").startswith(TRIGGERS), (path.name, cell)
    exported = (out / "activities.csv").read_text(encoding="utf-8-sig")
    assert "'=cmd|' /C calc'!A0" in exported
