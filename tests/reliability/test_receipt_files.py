"""Issue 17, finding 5: receipts are read only from ordinary files, counted while copying,
and a PDF receipt is checked when added, so every claim PDF builds."""

from __future__ import annotations

import io
import os
import zlib
from pathlib import Path

import pytest
from reportlab.pdfgen import canvas

from tests.reliability.helpers import coprod, coprod_here

ADD = ("expense", "add", "--org", "RIV", "--date", "2026-11-01", "--category", "parking")


@pytest.fixture
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    assert coprod_here(folder, "org", "add", "--name", "R", "--code", "RIV")[0] == 0
    return folder


def expenses(data: Path) -> str:
    return coprod_here(data, "list", "expenses", "--json")[1]


@pytest.mark.skipif(os.name != "posix", reason="FIFOs and /dev are POSIX")
def test_a_fifo_is_refused_at_once(data: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "receipt.pdf"
    os.mkfifo(fifo)
    done = coprod(data, *ADD, "--amount", "4.50", "--receipt", str(fifo))
    assert done.returncode == 1
    assert "is not an ordinary file" in done.stderr and "Traceback" not in done.stderr
    assert expenses(data).strip() == "[]"


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_an_endless_device_is_refused(data: Path, device: str) -> None:
    code, _out, err = coprod_here(data, *ADD, "--amount", "4.50", "--receipt", device)
    assert code == 1
    assert "is not an ordinary file" in err and "Traceback" not in err


def inflating_pdf(megabytes: int) -> bytes:
    """A small PDF whose one page's drawing inflates to `megabytes` of spaces."""
    squeeze = zlib.compressobj(9)
    body = b"".join(squeeze.compress(b" " * (1 << 20)) for _ in range(megabytes))
    body += squeeze.flush()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(body) + body + b"\nendstream",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.7\n")
    offsets = []
    for number, obj in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + obj + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(
        b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    )
    return out.getvalue()


def test_a_pdf_that_inflates_to_100_mb_is_refused(data: Path, tmp_path: Path) -> None:
    bomb = tmp_path / "receipt.pdf"
    bomb.write_bytes(inflating_pdf(100))
    assert bomb.stat().st_size < 1024 * 1024
    code, _out, err = coprod_here(data, *ADD, "--amount", "4.50", "--receipt", str(bomb))
    assert code == 1, err
    assert "inflates to far more than a receipt does" in err and "Traceback" not in err
    assert expenses(data).strip() == "[]"


def test_an_accepted_pdf_receipt_builds_in_the_claim(data: Path, tmp_path: Path) -> None:
    receipt = tmp_path / "ticket.pdf"
    drawing = canvas.Canvas(str(receipt), pagesize=(300, 400))
    drawing.drawString(20, 200, "Car park ticket 4.50")
    drawing.showPage()
    drawing.save()
    code, _out, err = coprod_here(data, *ADD, "--amount", "4.50", "--receipt", str(receipt))
    assert code == 0, err
    code, number, err = coprod_here(data, "claim", "create", "--org", "RIV")
    assert code == 0, err
    out = tmp_path / "claim.pdf"
    code, _out, err = coprod_here(data, "claim", "pdf", number.strip(), "--out", str(out))
    assert code == 0, err
    from pypdf import PdfReader

    text = " ".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Car park ticket 4.50" in text


def test_reading_is_bounded_while_copying(tmp_path: Path) -> None:
    """A file that grows while it is read is cut off at the limit, not read to the end."""
    from coprod_desktop.core.domain.errors import UserError
    from coprod_desktop.core.io.bounded_read import read_regular_file

    big = tmp_path / "big.png"
    big.write_bytes(b"\x89PNG" + b"\0" * (3 * 1024 * 1024))
    with pytest.raises(UserError, match="larger than 2 MB"):
        read_regular_file(big, "receipt", 2 * 1024 * 1024, "receipt")


@pytest.mark.skipif(os.name != "posix", reason="FIFOs and /dev are POSIX")
def test_restore_from_a_pipe_or_a_device_is_refused_at_once(data: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "backup.sqlite3"
    os.mkfifo(fifo)
    for source in (str(fifo), "/dev/zero"):
        done = coprod(data, "restore", source)
        assert done.returncode == 1 and "Traceback" not in done.stderr
        assert "is not an ordinary file" in done.stderr
