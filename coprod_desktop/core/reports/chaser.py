"""The chasing letter for an overdue claim: short, firm and polite, in the member's name.

It says only what the member's own records show (claim number, date submitted, amount still
owed, the days the organisation promised and how late it is, the chasers sent before) and
carries the claim exactly as it was submitted as its following pages, so the reader has the
claim in hand and no reason to ask for it again.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, replace
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from coprod_desktop.core.domain.money import Money
from coprod_desktop.core.reports.base import DocumentInfo, DocumentRenderer
from coprod_desktop.core.reports.claim_data import format_date
from coprod_desktop.core.reports.renderable import check_renderable
from coprod_desktop.core.reports.text import TextBlock, clean_text


@dataclass(frozen=True, slots=True)
class EarlierChaser:
    sent_on: date
    method_label: str  # "by post", "by email"...


@dataclass(frozen=True, slots=True)
class ChaserDocument:
    """Everything the letter shows; plain data from the chaser service."""

    claimant_name: str
    claimant_address: str
    claimant_email: str
    claimant_phone: str
    organisation: str
    department: str
    contact_name: str
    organisation_address: str
    claim_number: str
    submitted_on: date
    total: Money
    paid: Money
    outstanding: Money
    promised_days: int
    due_date: date
    days_late: int
    letter_date: date
    earlier: tuple[EarlierChaser, ...] = ()
    large_print: bool = False


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def letter_paragraphs(doc: ChaserDocument) -> list[str]:
    """The letter's body, a paragraph a string (also what tests and the email draft read)."""
    sent = format_date(doc.submitted_on)
    paras = [
        f"I am writing about my claim {doc.claim_number}, which I submitted on {sent}.",
    ]
    if doc.days_late > 0:
        paras.append(
            f"You undertook to pay within {_plural(doc.promised_days, 'day')}, so payment was "
            f"due by {format_date(doc.due_date)}. It is now {_plural(doc.days_late, 'day')} "
            "late."
        )
    else:
        paras.append(
            f"You undertook to pay within {_plural(doc.promised_days, 'day')}, so payment is "
            f"due by {format_date(doc.due_date)}."
        )
    if doc.paid.pence > 0:
        paras.append(
            f"Of the {doc.total.display()} claimed, I have received {doc.paid.display()}; "
            f"{doc.outstanding.display()} is still outstanding."
        )
    else:
        paras.append(f"The whole amount of {doc.outstanding.display()} is still outstanding.")
    if doc.earlier:
        sent_before = "; ".join(
            f"{format_date(c.sent_on)} {c.method_label}".strip() for c in doc.earlier
        )
        paras.append(
            f"I have already asked about this payment ({sent_before}) and have not yet been paid."
        )
    paras.append(
        "Please arrange payment of the outstanding amount, or tell me by return when it will "
        "be paid and the reason for the delay. A copy of the claim as I submitted it follows "
        "this letter."
    )
    paras.append("Thank you for your help.")
    return paras


def chaser_texts(doc: ChaserDocument) -> list[tuple[str, str]]:
    """The member's own words in the letter, for the check that every letter can be drawn."""
    return [
        ("your name", doc.claimant_name),
        ("your address", doc.claimant_address),
        ("your email", doc.claimant_email),
        ("your phone", doc.claimant_phone),
        ("the organisation's name", doc.organisation),
        ("the department", doc.department),
        ("the contact name", doc.contact_name),
        ("the organisation's address", doc.organisation_address),
    ]


class ChaserRenderer(DocumentRenderer):
    def __init__(self, doc: ChaserDocument) -> None:
        self.doc = doc
        name = clean_text(doc.claimant_name).replace("\n", " ")[:120]
        super().__init__(
            DocumentInfo(
                title=f"Payment of claim {doc.claim_number}",
                author=name,
                subject=f"A reminder that claim {doc.claim_number} is unpaid",
                keywords="claim, payment, overdue, reminder",
                created=doc.letter_date,
            ),
            large_print=doc.large_print,
        )

    def footer_text(self) -> str:
        return self.info.title

    def story(self) -> list[Flowable]:
        doc, s = self.doc, self.styles
        sender = [clean_text(doc.claimant_name).strip()]
        sender += [ln for ln in clean_text(doc.claimant_address).splitlines() if ln.strip()]
        sender += [clean_text(v).strip() for v in (doc.claimant_email, doc.claimant_phone)]
        to = [clean_text(doc.contact_name).strip(), clean_text(doc.organisation).strip()]
        to.append(clean_text(doc.department).strip())
        to += [ln for ln in clean_text(doc.organisation_address).splitlines() if ln.strip()]
        story: list[Flowable] = [
            TextBlock("\n".join(line for line in sender if line), replace(s.body, align="right")),
            Spacer(1, 4 * mm),
            TextBlock("\n".join(line for line in to if line), s.body),
            Spacer(1, 4 * mm),
            TextBlock(format_date(doc.letter_date), s.body),
            Spacer(1, 2 * mm),
            TextBlock(f"Payment of claim {doc.claim_number}", s.heading),
            self._facts(),
            Spacer(1, 3 * mm),
        ]
        contact = clean_text(doc.contact_name).strip()
        story.append(TextBlock(f"Dear {contact}," if contact else "Dear Sir or Madam,", s.body))
        for para in letter_paragraphs(doc):
            story.append(TextBlock(para, replace(s.body, space_before=4.0)))
        story.append(
            KeepTogether(
                [
                    Spacer(1, 4 * mm),
                    TextBlock("Yours sincerely,", s.body),
                    Spacer(1, 10 * mm),
                    TextBlock(clean_text(doc.claimant_name).strip(), s.body_bold),
                ]
            )
        )
        return story

    def _facts(self) -> Table:
        doc, s = self.doc, self.styles
        rows = [
            ("Claim number", doc.claim_number),
            ("Submitted", format_date(doc.submitted_on)),
            ("Promised time to pay", _plural(doc.promised_days, "day")),
            ("Payment due by", format_date(doc.due_date)),
            ("Days late", str(doc.days_late) if doc.days_late else "not yet late"),
            ("Amount outstanding", doc.outstanding.display()),
        ]
        if doc.earlier:
            rows.append(
                (
                    "Earlier reminders",
                    ", ".join(format_date(c.sent_on) for c in doc.earlier),
                )
            )
        width = self.content_width()
        first = 0.42 if s.large_print else 0.3
        table = Table(
            [[TextBlock(k, s.body_bold), TextBlock(v, s.body)] for k, v in rows],
            colWidths=[width * first, width * (1 - first)],
            hAlign="LEFT",
        )
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    *self.cell_font_commands(),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 1),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ]
            )
        )
        return table


def render_chaser_pdf(doc: ChaserDocument, claim_pdf: bytes | None = None) -> bytes:
    """The letter, followed by the pages of the claim as submitted when given."""
    check_renderable("chasing letter", chaser_texts(doc))
    letter = ChaserRenderer(doc).render()
    if not claim_pdf:
        return letter
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(letter)))
    writer.append(PdfReader(io.BytesIO(claim_pdf)))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
