"""The claim document from real records: every line, totals and receipt labels in the PDF text,
one page per image receipt, and the PDF kept exactly as submitted."""

from __future__ import annotations

import io
from datetime import date

from PIL import Image
from pypdf import PdfReader

from coprod_desktop.core.domain.kinds import ExpenseCategory
from coprod_desktop.core.domain.money import Money
from coprod_desktop.core.domain.records import Expense
from coprod_desktop.core.services import Services
from coprod_desktop.core.services.expenses import NewFile
from tests.core import helpers as h


def receipt_png(label: int) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (120, 160), (255, 255 - label, 255)).save(buf, format="PNG")
    return buf.getvalue()


def text_of(data: bytes) -> tuple[str, int]:
    reader = PdfReader(io.BytesIO(data))
    return "\n".join(p.extract_text() for p in reader.pages), len(reader.pages)


def test_claim_pdf_holds_lines_totals_and_receipts(services: Services) -> None:
    h.member(services)
    org = h.org(services)
    agr = h.hourly(services, org.id, "25.00")
    h.activity(services, org.id, agr.id, date(2026, 10, 1), contact=120)
    h.activity(services, org.id, agr.id, date(2026, 10, 8), contact=90)
    for i in range(3):
        services.expenses.create(
            Expense(
                organisation_id=org.id,
                date=date(2026, 10, 2 + i),
                category=ExpenseCategory.PARKING,
                amount=Money(300 + i),
                description=f"Car park {i}",
            ),
            [NewFile(f"ticket{i}.png", receipt_png(i))],
        )
    claim = services.claims.create(org.id)
    data = services.claim_documents.pdf(claim.number)
    text, pages = text_of(data)
    _plain, plain_pages = text_of(
        services.claim_documents.pdf(claim.number, large_print=False, show_bank_details=True)
    )
    for line in claim.lines:
        assert line.description in text
        assert line.amount.display() in text
    assert claim.total.display() in text
    for ref in ("R1", "R2", "R3"):
        assert f"Receipt {ref}" in text
    claim_pages = pages - 3
    assert claim_pages >= 1
    assert plain_pages == pages


def test_submitted_pdf_is_kept_as_sent(services: Services) -> None:
    h.member(services)
    org = h.org(services)
    agr = h.hourly(services, org.id, "25.00")
    h.activity(services, org.id, agr.id, date(2026, 10, 1), contact=60)
    claim = services.claims.create(org.id)
    submitted = services.claims.submit(claim.number, date(2026, 11, 22))
    assert submitted.pdf_attachment_id is not None
    first = services.claim_documents.pdf(claim.number)
    # the member renames themselves afterwards: the submitted claim does not change
    from dataclasses import replace

    services.profile.save(replace(services.profile.get(), name="Someone Else"))
    assert services.claim_documents.pdf(claim.number) == first
    assert "Test Member" in text_of(first)[0]
