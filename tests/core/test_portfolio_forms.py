"""The portfolio's forms and voice (issue 15): a summary of one page, highlights a panel reads
in minutes, the full listing; no level labels unless asked; each testimonial once; the
organisation filter on every section; every year on the chart."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from coprod_desktop.cli import main
from coprod_desktop.core.domain.errors import UserError
from coprod_desktop.core.domain.records import Feedback, Training
from coprod_desktop.core.services import Services, open_services
from coprod_desktop.core.services.clock import FixedClock
from coprod_desktop.core.services.demo import make_demo
from coprod_desktop.core.services.portfolio_builder import PortfolioOptions, quote_key
from tests.conftest import TODAY
from tests.core.documents_samples import HOSTILE, LONG, flat, make_member, pdf_text

LEVEL_WORDS = ("My judgement of its level", "Described by them as")


def pages(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


# -- ten years of records ------------------------------------------------------------------------
@pytest.fixture(scope="module")
def ten_years(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    """`coprod demo --scale 10`: ten years of a very active member (about 6,500 contributions)."""
    sv = open_services(tmp_path_factory.mktemp("ten") / "data", FixedClock(TODAY))
    make_demo(sv, scale=10, seed=1)
    yield sv
    sv.close()


@pytest.fixture(scope="module")
def highlights_pdf(ten_years: Services) -> bytes:
    return ten_years.documents.portfolio_pdf(PortfolioOptions(form="highlights"))


def test_ten_years_of_highlights_fit_in_about_twelve_pages(highlights_pdf: bytes) -> None:
    assert pages(highlights_pdf) <= 12
    text = flat(pdf_text(highlights_pdf))
    assert "Highlights, year by year" in text
    assert "I marked as highlights; the 40 most recent are shown" in text
    # Every year is rolled up, with each organisation's line of totals.
    for year in range(2017, 2027):
        assert f" {year} " in f" {text} "
    assert re.search(r"\d+ contributions · [\d,]+h \d\dm · £[\d,]+\.\d\d in fees", text)


def test_the_summary_is_one_page_in_normal_and_large_print(ten_years: Services) -> None:
    for large in (False, True):
        pdf = ten_years.documents.portfolio_pdf(PortfolioOptions(form="summary", large_print=large))
        assert pages(pdf) == 1
        text = flat(pdf_text(pdf))
        for heading in ("About me", "Roles held", "In numbers", "Top skills", "Highlights"):
            assert heading in text
        assert 3 <= text.count("Impact:") <= 5  # three to five highlights, with what changed


def test_no_level_labels_unless_asked(ten_years: Services, highlights_pdf: bytes) -> None:
    text = flat(pdf_text(highlights_pdf))
    assert not any(word in text for word in LEVEL_WORDS)
    asked = ten_years.documents.portfolio_pdf(
        PortfolioOptions(form="highlights", highlight_limit=5, show_levels=True)
    )
    shown = flat(pdf_text(asked))
    assert all(word in shown for word in LEVEL_WORDS)


def test_each_testimonial_is_printed_once(ten_years: Services, highlights_pdf: bytes) -> None:
    doc = ten_years.documents.portfolio_document(PortfolioOptions(form="highlights"))
    keys = [quote_key(t.quote) for t in doc.testimonials or ()]
    assert keys and len(keys) == len(set(keys))
    text = flat(pdf_text(highlights_pdf))
    for t in doc.testimonials or ():
        assert text.count(" ".join(t.quote.split())) == 1
    # Nor is a highlight's feedback printed twice.
    quotes = [quote_key(c.feedback) for c in doc.highlights if c.feedback]
    assert len(quotes) == len(set(quotes))


def test_the_chart_shows_every_year_and_marks_the_part_year(highlights_pdf: bytes) -> None:
    reader = PdfReader(io.BytesIO(highlights_pdf))
    chart_page = next(
        p.extract_text() for p in reader.pages if "Hours by year" in (p.extract_text() or "")
    )
    for year in range(2016, 2027):
        assert str(year) in chart_page
    assert "(to Nov)" in chart_page  # the records end on 22 Nov 2026
    # and start late in 2016 (ten years back from the demo's day)
    assert re.search(r"2016\s+\(from (Nov|Dec)\)", chart_page)


def test_figures_have_thousands_separators_and_hours_in_h_m(
    ten_years: Services, highlights_pdf: bytes
) -> None:
    text = flat(pdf_text(highlights_pdf))
    assert re.search(r"\b\d{1,3},\d{3} contributions", text)
    assert re.search(r"\b\d{1,3},\d{3}h \d\dm\b", text)
    assert not re.search(r"\d+\.\d\d hours", text)
    tax = flat(pdf_text(ten_years.documents.tax_year_pdf(2024)))
    miles = re.search(r"Car miles ([\d,.]+)", tax)
    assert miles and "," in miles.group(1)
    evidence = flat(pdf_text(ten_years.evidence.pdf(_evidence_options())))
    assert re.search(r"Hours in total [\d,]+h \d\dm", evidence)


def _evidence_options():  # type: ignore[no-untyped-def]
    from coprod_desktop.core.domain.evidence_views import EvidenceOptions

    return EvidenceOptions()


# -- one member's few records -------------------------------------------------------------------
@pytest.fixture
def member(services: Services):  # type: ignore[no-untyped-def]
    return make_member(services)


def test_marked_highlights_are_the_highlights(services: Services, member) -> None:  # type: ignore[no-untyped-def]
    items = services.activities.list()
    chosen = next(i.activity for i in items if i.activity.title == "Module review")
    services.activities.update(replace(chosen, highlight=True))
    doc = services.documents.portfolio_document(PortfolioOptions(form="highlights"))
    assert [c.title for c in doc.highlights] == ["Module review"]
    assert doc.highlights_basis == "marked"


def test_unmarked_highlights_are_those_with_impact_or_feedback(services: Services, member) -> None:  # type: ignore[no-untyped-def]
    doc = services.documents.portfolio_document(PortfolioOptions(form="highlights"))
    assert [c.title for c in doc.highlights] == ["Advisory group on dialysis"]
    assert doc.highlights_basis == "impact"
    assert {t.organisation for t in doc.year_totals} == {
        "Nottingham Hospitals",
        "Cardiff University",
    }


def test_the_limit_is_checked(services: Services, member) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(UserError, match="number of highlights") as caught:
        services.documents.portfolio_pdf(PortfolioOptions(form="highlights", highlight_limit=0))
    assert caught.value.field == "highlight_limit"


def test_the_organisation_filter_applies_to_training_and_testimonials(
    services: Services,
    member,  # type: ignore[no-untyped-def]
) -> None:
    services.training.save(
        Training(date(2025, 5, 1), "Panel skills", provider="cardiff university")
    )
    services.feedback.save(
        Feedback(date(2025, 6, 1), "A quote from Cardiff.", organisation_id=member.uni.id)
    )
    everyone = services.documents.portfolio_document(PortfolioOptions())
    assert {t.title for t in everyone.training or ()} == {"Good Clinical Practice", "Panel skills"}
    only = services.documents.portfolio_document(PortfolioOptions(organisation="CU"))
    assert [t.title for t in only.training or ()] == ["Panel skills"]
    assert [t.quote for t in only.testimonials or ()] == ["A quote from Cardiff."]
    text = flat(pdf_text(services.documents.portfolio_pdf(PortfolioOptions(organisation="CU"))))
    assert "Good Clinical Practice" not in text and "patients trust" not in text


def test_identical_quotes_make_one_testimonial(services: Services, member) -> None:  # type: ignore[no-untyped-def]
    for day in (1, 2, 3):
        services.feedback.save(
            Feedback(date(2025, 9, day), "  Brilliant   work. ", organisation_id=member.nuh.id)
        )
    doc = services.documents.portfolio_document(PortfolioOptions())
    quotes = [t.quote.strip() for t in doc.testimonials or ()]
    assert quotes.count("Brilliant   work.") == 1
    assert doc.testimonials and doc.testimonials[0].date == date(2025, 9, 3)  # the latest kept


# -- the command ---------------------------------------------------------------------------------
def run(data: Path, *args: str) -> int:
    return main(["--data-dir", str(data), *args])


def test_profile_set_round_trips_every_field(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import json

    monkeypatch.setenv("COPROD_TODAY", "2026-10-20")
    data = tmp_path / "data"
    assert run(data, "init", "--name", "Dafydd") == 0
    fields = {
        "--name": "Dafydd ap Gwilym",
        "--preferred-name": "Dai",
        "--pronouns": "he/him",
        "--about": "Gofalwr ers deng mlynedd: Grŵp hŷn.",
        "--access-needs": "Large print, please.",
        "--address": "1 Stryd Fawr\nBangor",
        "--email": "dai@example.org",
        "--phone": "01248 000000",
        "--bank-account-name": "D ap Gwilym",
        "--sort-code": "12-34-56",
        "--account-number": "12345678",
        "--reference-rate": "22.50",
        "--benefits": "uc",
        "--uc-start-day": "14",
    }
    args = [item for pair in fields.items() for item in pair]
    assert run(data, "profile", "set", *args, "--uc-housing-costs") == 0
    sv = open_services(data, FixedClock(TODAY))
    try:
        p = sv.profile.get()
    finally:
        sv.close()
    assert (p.name, p.preferred_name, p.pronouns) == ("Dafydd ap Gwilym", "Dai", "he/him")
    assert p.statement == "Gofalwr ers deng mlynedd: Grŵp hŷn."
    assert (p.access_needs, p.address) == ("Large print, please.", "1 Stryd Fawr\nBangor")
    assert (p.email, p.phone) == ("dai@example.org", "01248 000000")
    assert (p.bank_account_name, p.bank_sort_code, p.bank_account_number) == (
        "D ap Gwilym",
        "123456",
        "12345678",
    )
    assert str(p.reference_rate) == "22.50"
    assert (p.benefits_kind, p.uc_period_start_day, p.uc_housing_costs) == ("uc", 14, True)
    capsys.readouterr()
    assert run(data, "profile", "show", "--json") == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["about"] == p.statement and shown["bank_account_number"] == "******78"
    # The one validator: a bad sort code is one sentence, and nothing changes.
    assert run(data, "profile", "set", "--pronouns", "they/them", "--sort-code", "12") == 1
    assert "sort code must be six digits" in capsys.readouterr().err
    sv = open_services(data, FixedClock(TODAY))
    try:
        assert sv.profile.get().pronouns == "he/him"
    finally:
        sv.close()


def test_highlight_option_and_portfolio_forms_from_the_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COPROD_TODAY", "2026-10-20")
    data = tmp_path / "data"
    assert run(data, "init", "--name", "Grace") == 0
    assert run(data, "org", "add", "--name", "Trust", "--code", "NUH") == 0
    for day, title in (("01", "First"), ("02", "Second"), ("03", "Third")):
        assert run(data, "activity", "add", "--org", "NUH", "--date", f"2026-10-{day}",
                   "--title", title, "--contact", "1h", "--level", "consulted") == 0  # fmt: skip
    capsys.readouterr()
    assert run(data, "activity", "add", "--org", "NUH", "--date", "2026-10-04", "--title",
               "Fourth", "--highlight") == 0  # fmt: skip
    fourth = capsys.readouterr().out.strip()
    assert run(data, "activity", "edit", "1", "--highlight") == 0
    assert run(data, "activity", "edit", fourth, "--no-highlight") == 0
    out = tmp_path / "p.pdf"
    assert run(data, "report", "portfolio", "--out", str(out)) == 0  # highlights by default
    text = flat(pdf_text(out.read_bytes()))
    assert "First" in text and "Fourth" not in text and "Second" not in text
    assert "Consulted" not in text
    assert run(data, "report", "portfolio", "--out", str(out), "--form", "full",
               "--show-levels") == 0  # fmt: skip
    text = flat(pdf_text(out.read_bytes()))
    assert all(t in text for t in ("First", "Second", "Fourth", "My judgement of its level"))
    assert run(data, "report", "portfolio", "--out", str(out), "--form", "summary") == 0
    assert pages(out.read_bytes()) == 1
    capsys.readouterr()
    assert run(data, "report", "portfolio", "--out", str(out), "--limit", "0") == 1
    assert "--limit" in capsys.readouterr().err


# -- hostile and long text in the short forms ------------------------------------------------------
def short_form(value: str, form: str, *, large_print: bool = False) -> bytes:
    """`value` in every field the highlights or summary form prints."""
    from coprod_desktop.core.domain.money import Money
    from coprod_desktop.core.reports.portfolio import render_portfolio_pdf
    from coprod_desktop.core.reports.portfolio_data import YearOrganisationTotals
    from tests.core.test_documents_text import portfolio_doc

    doc = portfolio_doc(value, large_print=large_print)
    entry = doc.groups[0].entries[0]
    return render_portfolio_pdf(
        replace(
            doc,
            form=form,
            groups=(),
            highlights=(replace(entry, organisation=value),),
            highlights_basis="marked",
            highlights_available=1,
            year_totals=(YearOrganisationTotals(2025, value, 1, 90, Money(2500)),),
            contributions_total=1,
        )
    )


@pytest.mark.parametrize("form", ["highlights", "summary"])
@pytest.mark.parametrize("value", HOSTILE)
def test_hostile_text_shows_literally_in_the_short_forms(form: str, value: str) -> None:
    pdf = short_form(value, form)
    text = pdf_text(pdf).replace("\u200f", "").replace("\u200e", "")
    assert value.replace("\x00", "").replace("\u200f", "").replace("\u200e", "") in text
    assert b"/URI" not in pdf and b"/JavaScript" not in pdf and b"/XObject" not in pdf


@pytest.mark.parametrize("large_print", [False, True])
def test_twenty_thousand_characters_build_in_the_short_forms(large_print: bool) -> None:
    highlights = short_form(LONG, "highlights", large_print=large_print)
    assert pdf_text(highlights).count("x") >= 5 * len(LONG)  # title, impact, feedback...
    summary = short_form(LONG, "summary", large_print=large_print)
    assert pages(summary) == 1
