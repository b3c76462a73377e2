"""Sample claims for the report tests and for looking at rendered pages by eye.

`PYTHONPATH=. python tests/core/reports/reports_samples.py OUTDIR` writes sample PDFs to OUTDIR.
"""

from __future__ import annotations

import io
import sys
from datetime import date
from pathlib import Path

from coprod_desktop.core.domain.money import Money, total
from coprod_desktop.core.reports.claim_data import (
    Addressee,
    BankDetails,
    Claimant,
    ClaimDocument,
    ExpenseLine,
    FeeLine,
    Receipt,
)

SCRIPT_SAMPLES = {
    "Welsh": "Dafydd ap Gwilym, Tŷ Gwyn, Ffordd yr Orsaf, Caerdydd — gŵr a chyfraniadau",
    "Polish": "Łukasz Żółkiewski, ul. Źródlana 5, Łódź — spotkanie grupy",
    "Greek": "Γιώργος Παπαδόπουλος, Οδός Αθηνών 12, Θεσσαλονίκη",
    "Arabic": "محمد عبد الله، اجتماع المجموعة الاستشارية 12 مارس",
    "Urdu": "رخسانہ بی بی، مشاورتی گروپ کی میٹنگ میں شرکت",
    "Bengali": "রুখসানা বেগম, কিশোর স্বাস্থ্য গবেষণা পরামর্শ সভা",
    "Chinese": "王小明，患者参与研究咨询小组会议",
}


def png_bytes(width: int = 400, height: int = 300, color: str = "#3366aa") -> bytes:
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (width, height), color)
    draw = ImageDraw.Draw(image)
    draw.rectangle((20, 20, width - 20, height - 20), outline="white", width=6)
    draw.text((40, 40), "RECEIPT", fill="white")
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def jpeg_bytes(width: int = 300, height: int = 500) -> bytes:
    from PIL import Image

    image = Image.new("RGB", (width, height), "#cc8844")
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=80)
    return out.getvalue()


def receipt_pdf_bytes(pages: int = 3, text: str = "Train ticket") -> bytes:
    """A small PDF, as a receipt from elsewhere would be (made with ReportLab core fonts)."""
    from reportlab.lib.pagesizes import A5, landscape
    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    canvas = Canvas(out, pagesize=landscape(A5), invariant=1)
    for n in range(1, pages + 1):
        canvas.setFont("Helvetica", 18)
        canvas.drawString(40, 300, f"{text} page {n}")
        canvas.rect(30, 30, 520, 350)
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def sample_claim(**changes: object) -> ClaimDocument:
    fees = (
        FeeLine(
            date(2026, 3, 2),
            "Research advisory group meeting",
            "2h 30m",
            "Hourly",
            "£25.00 an hour",
            Money(6250),
        ),
        FeeLine(
            date(2026, 3, 9),
            "Interview panel: research nurse post",
            "1 day",
            "Daily",
            "£150.00 a day",
            Money(15000),
        ),
        FeeLine(
            date(2026, 3, 20),
            "Review of participant information sheet",
            "1h 15m",
            "Session",
            "£40.00 a session",
            Money(4000),
        ),
    )
    expenses = (
        ExpenseLine(
            date(2026, 3, 2), "Mileage", "42 miles at 45p, home to City Hospital", (), Money(1890)
        ),
        ExpenseLine(date(2026, 3, 9), "Parking", "City Hospital car park", ("R1",), Money(650)),
        ExpenseLine(
            date(2026, 3, 20), "Train", "Return ticket to Derby", ("R2", "R3"), Money(2340)
        ),
    )
    fee_total = total(line.amount for line in fees)
    expense_total = total(line.amount for line in expenses)
    values: dict[str, object] = dict(
        claimant=Claimant(
            "Rukhsana Begum",
            "14 Elm Road\nNottingham\nNG7 2AB",
            "rukhsana@example.org",
            "07700 900123",
        ),
        addressee=Addressee(
            "Nottingham University Hospitals",
            "Research & Innovation",
            "Dr Jane Smith",
            "Queen's Medical Centre\nNottingham\nNG7 2UH",
            "ppi@example.nhs.uk",
        ),
        claim_number="NUH-2026-004",
        claim_date=date(2026, 3, 31),
        status="Draft",
        period_start=date(2026, 3, 1),
        period_end=date(2026, 3, 31),
        fee_lines=fees,
        expense_lines=expenses,
        fee_total=fee_total,
        expense_total=expense_total,
        total=fee_total + expense_total,
        bank=BankDetails("R Begum", "123456", "87654321"),
        receipts=(
            Receipt("R1", "parking.png", "image/png", png_bytes()),
            Receipt("R2", "ticket.pdf", "application/pdf", receipt_pdf_bytes(3)),
            Receipt("R3", "ticket-photo.jpg", "image/jpeg", jpeg_bytes()),
        ),
    )
    values.update(changes)
    return ClaimDocument(**values)  # type: ignore[arg-type]


def scripts_claim(**changes: object) -> ClaimDocument:
    s = SCRIPT_SAMPLES
    fees = tuple(
        FeeLine(
            date(2026, 3, n + 1), f"{name}: {text}", "1h", "Hourly", "£20.00 an hour", Money(2000)
        )
        for n, (name, text) in enumerate(s.items())
    )
    values: dict[str, object] = dict(
        claimant=Claimant(
            s["Welsh"].split(",")[0] + " / " + s["Arabic"].split("،")[0],
            s["Urdu"] + "\n" + s["Bengali"],
            "dafydd@example.org",
        ),
        addressee=Addressee(s["Chinese"], s["Greek"], s["Polish"].split(",")[0]),
        fee_lines=fees,
        expense_lines=(
            ExpenseLine(date(2026, 3, 3), "Travel", s["Arabic"], (), Money(500)),
            ExpenseLine(date(2026, 3, 4), "Travel", s["Bengali"], (), Money(700)),
        ),
        fee_total=Money(14000),
        expense_total=Money(1200),
        total=Money(15200),
        declaration=" ".join(s.values()),
        receipts=(),
        bank=None,
    )
    values.update(changes)
    return sample_claim(**values)


def main(out_dir: str) -> None:
    from dataclasses import replace

    from coprod_desktop.core.reports.claim import render_claim_pdf

    folder = Path(out_dir)
    folder.mkdir(parents=True, exist_ok=True)
    claim = sample_claim(show_bank_details=True)
    (folder / "claim.pdf").write_bytes(render_claim_pdf(claim))
    (folder / "scripts.pdf").write_bytes(render_claim_pdf(scripts_claim()))
    (folder / "large.pdf").write_bytes(render_claim_pdf(replace(scripts_claim(), large_print=True)))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/tmp/claims")
