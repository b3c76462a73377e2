"""The "my terms of involvement" PDF: the member's own statement, before work starts, of the fee,
time, expenses, payment, access, notice, recognition and ownership they expect.

The member proposes; the organisation responds. So the document is written in the first person
and ends by asking for an answer, never by asking for a signature.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from coprod_desktop.core.domain.kinds import TimePart
from coprod_desktop.core.domain.my_terms import MyTerms, fee_text
from coprod_desktop.core.reports.base import DocumentInfo, DocumentRenderer
from coprod_desktop.core.reports.claim_data import format_date
from coprod_desktop.core.reports.renderable import check_renderable
from coprod_desktop.core.reports.text import TextBlock, clean_text

SECTION_TITLES = (
    "Fees",
    "Which time is paid",
    "Expenses",
    "Paying me",
    "Access needs",
    "Notice and cancellation",
    "Recognition",
    "Ownership of what I contribute",
)
CLOSING = (
    "This is what I propose. Please tell me in writing which of these terms you can agree to "
    "and, where you cannot, what you offer instead, before the work starts."
)


@dataclass(frozen=True, slots=True)
class TermsStatementDocument:
    name: str
    terms: MyTerms
    made_on: date
    preferred_name: str = ""
    email: str = ""
    phone: str = ""
    addressed_to: str = ""  # the organisation's name, when the statement is for one
    department: str = ""
    large_print: bool = False
    currency_symbol: str = "£"


def _listed(words: list[str]) -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


def time_paid_text(terms: MyTerms) -> str:
    paid = [p.label.lower() for p in TimePart if p in terms.payable_parts]
    unpaid = [p.label.lower() for p in TimePart if p not in terms.payable_parts]
    if not paid:
        return "No time is paid."
    text = f"I expect to be paid for {_listed(paid)} time."
    if unpaid:
        text += f" I do not ask to be paid for {_listed(unpaid)} time."
    return text


def expenses_text(terms: MyTerms) -> str:
    if terms.basis.value == "unpaid":
        return "I do not ask for expenses."
    if terms.expenses_up_front:
        return (
            "I need my expenses paid up front (tickets booked for me, or an advance) so that I "
            "am never out of pocket to take part."
        )
    days = terms.expenses_within_days
    return (
        f"I pay my expenses and claim them back; I expect them to be paid within {days} "
        f"day{'s' if days != 1 else ''} of my claim."
    )


def paying_text(terms: MyTerms) -> str:
    days = terms.days_to_pay
    what = "fees" if terms.has_fee else "any money due to me"
    return (
        f"I expect {what} to be paid within {days} day{'s' if days != 1 else ''} of my claim, "
        "and to be told if a payment will be late."
    )


def statement_sections(doc: TermsStatementDocument) -> list[tuple[str, str]]:
    """(title, text) for every section, in order; the note comes last when there is one."""
    t = doc.terms
    sections = [
        ("Fees", fee_text(t, doc.currency_symbol)),
        ("Which time is paid", time_paid_text(t)),
        ("Expenses", expenses_text(t)),
        ("Paying me", paying_text(t)),
        ("Access needs", clean_text(t.access_needs).strip() or "None to tell you about now."),
        ("Notice and cancellation", t.notice),
        ("Recognition", t.recognition),
        ("Ownership of what I contribute", t.ownership),
    ]
    if clean_text(t.note).strip():
        sections.append(("A note", t.note))
    return sections


def terms_texts(doc: TermsStatementDocument) -> list[tuple[str, str]]:
    t = doc.terms
    return [
        ("your name", doc.name),
        ("your preferred name", doc.preferred_name),
        ("your email", doc.email),
        ("your phone", doc.phone),
        ("the organisation's name", doc.addressed_to),
        ("the organisation's department", doc.department),
        ("your access needs", t.access_needs),
        ("notice and cancellation", t.notice),
        ("recognition", t.recognition),
        ("ownership of what you contribute", t.ownership),
        ("the note", t.note),
    ]


class TermsStatementRenderer(DocumentRenderer):
    def __init__(self, doc: TermsStatementDocument) -> None:
        self.doc = doc
        name = clean_text(doc.name).replace("\n", " ")[:120]
        to = clean_text(doc.addressed_to).replace("\n", " ")[:120]
        super().__init__(
            DocumentInfo(
                title="My terms of involvement" + (f": {name}" if name else ""),
                author=name,
                subject="Terms I propose for involvement work" + (f", to {to}" if to else ""),
                keywords="terms, involvement, co-production, payment, access",
                created=doc.made_on,
            ),
            large_print=doc.large_print,
        )

    def footer_text(self) -> str:
        return self.info.title

    def story(self) -> list[Flowable]:
        doc, s = self.doc, self.styles
        story: list[Flowable] = [TextBlock("My terms of involvement", s.title)]
        facts = [("From", doc.name)]
        if clean_text(doc.preferred_name).strip():
            facts.append(("Known as", doc.preferred_name))
        contact = " · ".join(
            clean_text(v).strip() for v in (doc.email, doc.phone) if clean_text(v).strip()
        )
        if contact:
            facts.append(("Contact", contact))
        if clean_text(doc.addressed_to).strip():
            to = clean_text(doc.addressed_to).strip()
            if clean_text(doc.department).strip():
                to += "\n" + clean_text(doc.department).strip()
            facts.append(("To", to))
        facts.append(("Date", format_date(doc.made_on)))
        story.append(self._facts(facts))
        story.append(Spacer(1, 3 * mm))
        story.append(
            TextBlock(
                "These are the terms on which I take part in involvement and co-production work. "
                "I set them out before the work starts so that we both know where we stand.",
                s.body,
            )
        )
        for number, (title, text) in enumerate(statement_sections(doc), 1):
            story.append(
                KeepTogether(
                    [
                        TextBlock(f"{number}. {title}", s.heading),
                        TextBlock(clean_text(text), s.body),
                    ]
                )
                if len(clean_text(text)) < 2000
                else TextBlock(f"{number}. {title}", s.heading)
            )
            if len(clean_text(text)) >= 2000:
                story.append(TextBlock(clean_text(text), s.body))
        story.append(Spacer(1, 4 * mm))
        story.append(TextBlock(CLOSING, replace(s.body_bold, space_before=4.0)))
        return story

    def _facts(self, facts: list[tuple[str, str]]) -> Table:
        s = self.styles
        width = self.content_width()
        first = 0.26 if s.large_print else 0.16
        table = Table(
            [[TextBlock(k, s.body_bold), TextBlock(v, s.body)] for k, v in facts],
            colWidths=[width * first, width * (1 - first)],
            hAlign="LEFT",
            splitInRow=1,
        )
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    *self.cell_font_commands(),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ]
            )
        )
        return table


def render_terms_pdf(doc: TermsStatementDocument) -> bytes:
    check_renderable("terms PDF", terms_texts(doc))
    return TermsStatementRenderer(doc).render()
