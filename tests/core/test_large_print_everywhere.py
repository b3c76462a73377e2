"""Large print that is large everywhere, and pages that read well.

Every large-print document (claim, portfolio, terms statement, evidence pack, group evidence
pack, tax-year and benefits summaries) is built from one member with Welsh and long
organisation names and years with gaps, and read back with pypdf's text visitor, which gives
each run of text with its font, size and matrix:
- every run of text is 16 pt or more, header, footer, notes and chart words included;
- Welsh words ("Grŵp", "hŷn") are drawn whole in Atkinson Hyperlegible Next;
- no heading is left without a line of what follows it on its page;
- no chart label is cut ("…"); every tax year in range is on the chart, a part year marked;
- a claim's declaration shares its page with the totals.
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.graphics.shapes import String
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from coprod_desktop.core.domain.evidence_views import EvidenceOptions
from coprod_desktop.core.domain.records import Organisation
from coprod_desktop.core.io.evidence_bundle import export_bundle, read_bundle
from coprod_desktop.core.reports.base import DocumentInfo, DocumentRenderer
from coprod_desktop.core.reports.chart_years import axis_years
from coprod_desktop.core.reports.evidence_charts import LARGE_FONT, stacked_hours_chart
from coprod_desktop.core.reports.fonts import FONT_FILES, has_glyph
from coprod_desktop.core.reports.group_evidence import render_group_pdf
from coprod_desktop.core.services import Services, open_services
from coprod_desktop.core.services.clock import FixedClock
from coprod_desktop.core.services.documents import PortfolioOptions, TermsOptions
from coprod_desktop.core.services.group_evidence import combine
from tests.core import helpers as h

TODAY = date(2026, 11, 22)
WELSH = "Grŵp Gofalwyr hŷn Ŵyr Ŷd âêîôû"
LONG = "Riverside NHS Foundation Trust Community Mental Health Services"
FOOTER_TOP = 20 * mm  # the bottom margin: the footer is drawn below it


@dataclass(frozen=True)
class Span:
    page: int
    text: str
    size: float  # as drawn on the page: font size times the text and page matrices
    y: float
    font: str


def spans(pdf: bytes) -> list[Span]:
    """Every run of visible text in `pdf`, with the size it is drawn at."""
    out: list[Span] = []
    for number, page in enumerate(PdfReader(io.BytesIO(pdf)).pages, start=1):

        def visit(
            text: str, cm: list, tm: list, font: dict | None, size: float, number: int = number
        ) -> None:
            if not text.strip():
                return
            a, b, c, d, e, f = tm
            m = [
                a * cm[0] + b * cm[2],
                a * cm[1] + b * cm[3],
                c * cm[0] + d * cm[2],
                c * cm[1] + d * cm[3],
                e * cm[0] + f * cm[2] + cm[4],
                e * cm[1] + f * cm[3] + cm[5],
            ]
            name = str(font.get("/BaseFont", "")) if font else ""
            scale = math.hypot(m[2], m[3])
            out.append(Span(number, text.strip(), round(size * scale, 2), m[5], name))

        page.extract_text(visitor_text=visit)
    return out


def build_member(sv: Services) -> str:
    """Eight organisations (one Welsh, one with a long name), years 2019-20 to 2026-27 with
    2021-22 empty, a claim of twelve fee lines and a parking receipt. Returns the claim."""
    h.member(sv)
    orgs = []
    for n, name in enumerate([WELSH, LONG, *[f"Organisation {c}" for c in "ABCDEF"]]):
        orgs.append(sv.organisations.create(Organisation(name=name, code=f"O{n}")))
    agreements = [h.hourly(sv, o.id, start=date(2019, 1, 1)).id for o in orgs]
    for year in (2019, 2020, 2022, 2023, 2024, 2025, 2026):
        for n, org in enumerate(orgs):
            for k in range(1 + (n + year) % 3):
                on = date(year, 5 + k, 3 + n)
                h.activity(
                    sv,
                    org.id,
                    agreements[n],
                    on,
                    contact=90 + 15 * k,
                    impact=f"Changed the leaflet for {WELSH}",
                    feedback="Thank you.",
                )
    for day in range(1, 13):
        h.activity(sv, orgs[0].id, agreements[0], date(2026, 10, day), contact=120)
    h.parking(sv, orgs[0].id, date(2026, 10, 2))
    return sv.claims.create(orgs[0].id, date(2026, 10, 1), date(2026, 10, 31)).number


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    folder = tmp_path_factory.mktemp("large-print") / "data"
    sv = open_services(folder, FixedClock(TODAY))
    try:
        number = build_member(sv)
        group = combine([read_bundle("b1", export_bundle(sv, include_text=True))])
        return {
            "claim": sv.claim_documents.pdf(number, large_print=True),
            "portfolio": sv.documents.portfolio_pdf(PortfolioOptions(large_print=True)),
            "terms": sv.documents.terms_pdf(TermsOptions(large_print=True)),
            "evidence": sv.evidence.pdf(EvidenceOptions(large_print=True)),
            "group evidence": render_group_pdf(group, large_print=True),
            "tax year": sv.documents.tax_year_pdf(2025, large_print=True),
            "benefits": sv.documents.benefits_pdf(
                date(2025, 5, 1), date(2025, 6, 30), None, False, large_print=True
            ),
        }
    finally:
        sv.close()


def test_the_large_print_face_covers_welsh_and_every_letter_the_tests_use() -> None:
    assert FONT_FILES["CoprodLarge"].filename == "AtkinsonHyperlegibleNext-Regular.ttf"
    for name in ("CoprodLarge", "CoprodLarge-Bold"):
        for char in "ŵŷŴŶâêîôûÂÊÎÔÛáéíóúẃẁẅýỳÿïëäöüłŁ£€–—…’“”·×":
            assert has_glyph(name, char), (name, char)
    root = Path(__file__).resolve().parents[2] / "resources" / "fonts"
    assert (root / "OFL-AtkinsonHyperlegibleNext.txt").read_text().count("Open Font License")


def test_every_text_of_every_large_print_document_is_16_pt_or_more(
    docs: dict[str, bytes],
) -> None:
    for name, pdf in docs.items():
        found = spans(pdf)
        assert len(found) > 20, name
        small = [(s.page, s.text[:40], s.size) for s in found if s.size < 16 - 0.01]
        assert not small, (name, small[:10])
        # Header and footer too: every page after the first has both, at 16 pt.
        pages = len(PdfReader(io.BytesIO(pdf)).pages)
        footers = {s.page for s in found if s.y < FOOTER_TOP and s.text.startswith("Page ")}
        assert footers == set(range(1, pages + 1)), name


def test_welsh_words_stay_in_one_face(docs: dict[str, bytes]) -> None:
    for name in ("portfolio", "evidence", "claim"):
        runs = [s for s in spans(docs[name]) if "ŵ" in s.text or "ŷ" in s.text]
        assert runs, name
        for run in runs:
            assert "AtkinsonHyperlegibleNext" in run.font, (name, run.text, run.font)
            assert "Grŵp" in run.text or "hŷn" in run.text or "Ŵyr" in run.text, run.text
        assert not any("NotoSans" in s.font for s in spans(docs[name]) if "Gr" in s.text)


def test_no_heading_is_left_without_what_follows_it(docs: dict[str, bytes]) -> None:
    for name, pdf in docs.items():
        found = spans(pdf)
        heading_sizes = {21.0}  # large-print headings; titles (28 pt) open page one
        headings = [s for s in found if s.size in heading_sizes]
        if name == "portfolio":  # organisation headings: bold 16 pt lines
            headings += [s for s in found if s.text in (WELSH, LONG) and "Bold" in s.font]
        assert headings, name
        for heading in headings:
            below = [
                s for s in found if s.page == heading.page and FOOTER_TOP < s.y < heading.y - 1
            ]
            assert below, f"{name}: {heading.text!r} ends page {heading.page}"


class _Orphan(DocumentRenderer):
    """A page filled to a heading's height above its foot, then a heading and a table."""

    def story(self) -> list[Flowable]:
        s = self.styles
        frame = self.page_size[1] - self.margin_top - self.margin_bottom
        room = s.heading.leading + s.heading.space_before + s.heading.space_after + 4
        return [
            Spacer(1, frame - room),
            self.text("Training", s.heading),
            self.table(["Course", "Hours"], [["Safeguarding", "3"]] * 5, (0.7, 0.3)),
        ]


def test_a_heading_at_a_page_foot_moves_to_the_next_page() -> None:
    pdf = _Orphan(DocumentInfo("Keep"), large_print=True).render()
    pages = [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]
    assert len(pages) == 2
    assert "Training" not in pages[0]
    assert "Training" in pages[1] and "Safeguarding" in pages[1]


def test_the_declaration_keeps_the_totals_with_it(docs: dict[str, bytes]) -> None:
    reader = PdfReader(io.BytesIO(docs["claim"]))
    pages = [page.extract_text() for page in reader.pages]
    with_declaration = [text for text in pages if "Declaration" in text]
    assert len(with_declaration) == 1
    assert "Total claimed" in with_declaration[0]
    assert len(pages) >= 3  # twelve lines in large print: the claim runs over pages


def test_chart_labels_wrap_and_are_never_cut() -> None:
    rows = [(LONG, 600, 60, 120), ("NUH", 60, 0, 30)]
    chart = stacked_hours_chart(rows, 480, font_size=16, font=LARGE_FONT)
    words = [s.text for s in chart.contents if isinstance(s, String)]
    assert not any("…" in w for w in words)
    assert " ".join(words).count("Riverside") == 1
    for word in LONG.split():
        assert any(word in w.split() for w in words), word
    label_lines = [
        s for s in chart.contents if isinstance(s, String) and s.text in " ".join(LONG.split())
    ]
    assert len({round(s.y) for s in label_lines}) >= 2  # more than one line
    assert all(s.fontSize >= 16 for s in chart.contents if isinstance(s, String))


def test_no_cut_words_in_large_print_documents(docs: dict[str, bytes]) -> None:
    """Not in a chart label, a header or a footer (at 16 pt a long footer takes two lines)."""
    for name, pdf in docs.items():
        text = "".join(s.text for s in spans(pdf))
        assert "…" not in text, name


def test_every_tax_year_is_on_the_chart_and_a_part_year_is_marked(
    docs: dict[str, bytes],
) -> None:
    text = " ".join(s.text for s in spans(docs["evidence"]))
    assert "2021-22" in text  # a year with no hours is still on the axis
    assert "2026-27 (part year)" in text
    assert "2026-27 is a part year: the figures cover 6 Apr 2026 to 22 Nov 2026." in text

    years = axis_years(
        ["2019-20", "2022-23"], date_from=date(2019, 9, 1), date_to=None, today=date(2023, 1, 5)
    )
    assert [(y.label, y.part) for y in years] == [
        ("2019-20", True),
        ("2020-21", False),
        ("2021-22", False),
        ("2022-23", True),
    ]
    calendar = axis_years(["2024", "2026"], date_from=None, date_to=None, today=date(2027, 3, 1))
    assert [(y.label, y.part) for y in calendar] == [
        ("2024", False),
        ("2025", False),
        ("2026", False),
    ]
