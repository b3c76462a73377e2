"""Hand-made records for the document tests: small, fast, and full of canaries.

A canary is a string that must never reach a PDF (a private note, an activity kept out of the
portfolio, a contact name the member did not choose); finding it in the text is the failure.
"""

from __future__ import annotations

import io
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from pypdf import PdfReader

from coprod_desktop.core.domain.kinds import ActivityKind, Basis, ExpenseCategory, Level
from coprod_desktop.core.domain.money import Money
from coprod_desktop.core.domain.records import (
    Activity,
    Agreement,
    Expense,
    Feedback,
    Organisation,
    Profile,
    Terms,
    Training,
)
from coprod_desktop.core.services import Services

PRIVATE_CANARY = "PRIVATECANARYzq7"
HIDDEN_CANARY = "HIDDENTITLEcanary9x"
DRAFT_CANARY = "DRAFTINVITEcanary4"
CONTACT_CANARY = "Dr Contactperson Quill"
GIVER_CANARY = "Professor Giverperson Wren"

SCRIPTS = {
    "Welsh": "Dafydd ap Gwilym, gŵr Tŷ Gwyn",
    "Polish": "Łukasz Żółkiewski z Łodzi",
    "Greek": "Γιώργος Παπαδόπουλος",
    "Arabic": "محمد عبد الله",
    "Urdu": "رخسانہ بی بی مشاورتی گروپ",
    "Bengali": "রুখসানা বেগম সভা",
    "Chinese": "王小明患者参与研究",
}

HOSTILE = [
    "<b>bold</b>",
    "<img src=x>",
    '<link href="http://evil.example">click</link>',
    "<font color=red>red</font>",
    "Tom & Jerry &amp; co",
    "=cmd|' /C calc'!A0",
    "\u200fRTL mark\u200e here",
    "nul\x00byte",
]
LONG = "x" * 20_000


@dataclass
class Member:
    nuh: Organisation
    uni: Organisation


def make_member(sv: Services, *, name: str = "Rukhsana Begum") -> Member:
    """Two organisations, two roles, seven contributions (one private, one hidden, one draft),
    training and feedback."""
    sv.profile.save(
        Profile(
            name=name,
            preferred_name="Rukhsana",
            pronouns="she/her",
            statement="I bring lived experience of kidney disease to research.",
            access_needs="Papers in 16 pt, a break every hour.",
            reference_rate=Money(2000),
            email="r@example.org",
        )
    )
    nuh = sv.organisations.create(
        Organisation(name="Nottingham Hospitals", code="NUH", contact_name=CONTACT_CANARY)
    )
    uni = sv.organisations.create(Organisation(name="Cardiff University", code="CU"))
    terms = (Terms(date(2024, 1, 1), Basis.HOURLY, hourly_rate=Money(2500)),)
    a_nuh = sv.agreements.create(
        Agreement(nuh.id, "Research panel member", date(2024, 1, 1), terms=terms)
    )
    sv.agreements.create(
        Agreement(uni.id, "Lay educator", date(2025, 1, 1), end=date(2025, 12, 31), terms=terms)
    )

    def act(org: Organisation, on: date, title: str, **kw: object) -> Activity:
        return sv.activities.create(
            Activity(
                organisation_id=org.id,
                date=on,
                title=title,
                contact_minutes=kw.pop("contact", 120),  # type: ignore[arg-type]
                **kw,  # type: ignore[arg-type]
            )
        )

    act(
        nuh,
        date(2024, 3, 5),
        "Advisory group on dialysis",
        agreement_id=a_nuh.id,
        kind=ActivityKind.ADVISORY_GROUP,
        judged_level=Level.CONSULTED,
        described_level="co-production",
        impact="The consent form was rewritten.",
        feedback="Thank you for your clear challenge.",
        skills="Chairing, lay summary writing",
        private_notes=f"felt unwell {PRIVATE_CANARY}",
    )
    act(
        nuh,
        date(2025, 6, 10),
        "Interview panel for research nurse",
        agreement_id=a_nuh.id,
        contact=480,
        kind=ActivityKind.INTERVIEW_PANEL,
        judged_level=Level.CO_PRODUCED,
        skills="interviewing; chairing",
        prep_minutes=30,
    )
    act(nuh, date(2025, 7, 1), f"Secret meeting {HIDDEN_CANARY}", in_portfolio=False)
    act(nuh, date(2025, 8, 1), f"Unconfirmed {DRAFT_CANARY}", draft=True)
    act(
        uni,
        date(2025, 2, 14),
        "Teaching second-year nurses",
        kind=ActivityKind.TEACHING,
        skills="Public speaking",
        contact=90,
        travel_minutes=60,
    )
    act(uni, date(2025, 11, 3), "Module review", kind=ActivityKind.DOCUMENT_REVIEW, contact=45)
    act(uni, date(2026, 5, 20), "Curriculum co-design", kind=ActivityKind.CO_DESIGN_WORKSHOP)
    sv.expenses.create(
        Expense(nuh.id, date(2025, 6, 10), ExpenseCategory.MILEAGE, miles=Decimal("40"))
    )
    sv.training.save(
        Training(date(2025, 4, 1), "Good Clinical Practice", provider="NIHR Learn", hours=None)
    )
    sv.feedback.save(
        Feedback(
            date(2025, 6, 11),
            "Her questions made sure we appointed someone patients trust.",
            from_whom=GIVER_CANARY,
            organisation_id=nuh.id,
        )
    )
    sv.feedback.save(Feedback(date(2025, 6, 12), "Kept out quote QUOTECANARY", in_portfolio=False))
    return Member(nuh, uni)


def pdf_text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return "\n".join(page.extract_text() for page in reader.pages)


def flat(text: str) -> str:
    """Extracted text with runs of space folded and Arabic presentation forms folded back."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text))


def image_count(pdf: bytes) -> int:
    reader = PdfReader(io.BytesIO(pdf))
    count = 0
    for page in reader.pages:
        resources = page.get("/Resources")
        xobjects = resources.get_object().get("/XObject") if resources else None
        for ref in xobjects.get_object().values() if xobjects else ():
            if ref.get_object().get("/Subtype") == "/Image":
                count += 1
    return count


def link_annotations(pdf: bytes) -> int:
    reader = PdfReader(io.BytesIO(pdf))
    return sum(len(page.get("/Annots") or []) for page in reader.pages)


def base_fonts(pdf: bytes) -> set[str]:
    return {m.decode() for m in re.findall(rb"/BaseFont\s*/([^\s/>]+)", pdf)}


def font_sizes(pdf: bytes) -> list[float]:
    reader = PdfReader(io.BytesIO(pdf))
    sizes = []
    for page in reader.pages:
        content = page.get_contents().get_data().decode("latin-1")
        sizes += [float(s) for s in re.findall(r"/F\d+\+?\d* ([\d.]+) Tf", content)]
    return sizes


def script_letters_found(text: str, sample: str) -> float:
    """Share of a sample's letters present in extracted text (shaped scripts come out as
    glyphs in visual order, so whole words cannot be compared)."""
    letters = {c for c in sample if c.isalpha()}
    found = {c for c in unicodedata.normalize("NFKC", text) if c in letters}
    return len(found) / len(letters)
