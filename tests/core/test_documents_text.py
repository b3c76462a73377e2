"""Hostile text and seven scripts in every free-text field of the portfolio, my-terms, tax-year
and benefits documents: each PDF builds, shows the text as typed, and holds nothing the app did
not put there (no image, no link, no script)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from coprod_desktop.core.domain.kinds import Basis
from coprod_desktop.core.domain.money import Money
from coprod_desktop.core.domain.my_terms import MyTerms
from coprod_desktop.core.domain.views import TaxYearSummary
from coprod_desktop.core.reports.portfolio import render_portfolio_pdf
from coprod_desktop.core.reports.portfolio_data import (
    Contribution,
    ContributionGroup,
    OrganisationHours,
    PortfolioDocument,
    RoleHeld,
    SkillCount,
    TrainingItem,
    YearHours,
    YearOrganisationHours,
)
from coprod_desktop.core.reports.portfolio_data import (
    Testimonial as Quote,  # not Test*: pytest would try to collect it
)
from coprod_desktop.core.reports.summaries_pdf import (
    BenefitsDocument,
    TaxYearDocument,
    render_benefits_pdf,
    render_tax_year_pdf,
)
from coprod_desktop.core.reports.terms_statement import (
    TermsStatementDocument,
    render_terms_pdf,
)
from coprod_desktop.core.rules.benefits import PeriodFigure, PeriodStatus
from coprod_desktop.core.services import Services
from coprod_desktop.core.services.benefit_words import (
    NOT_ADVICE_BENEFITS,
    counted_note,
    period_words,
)
from coprod_desktop.core.services.benefits_report import BenefitsReport
from coprod_desktop.core.services.documents import PortfolioOptions, TermsOptions
from tests.core.documents_samples import (
    HOSTILE,
    LONG,
    SCRIPTS,
    flat,
    image_count,
    link_annotations,
    make_member,
    pdf_text,
    script_letters_found,
)

MADE = date(2026, 11, 22)


def portfolio_doc(value: str, *, large_print: bool = False) -> PortfolioDocument:
    """A portfolio with `value` in every text field the renderer prints."""
    entry = Contribution(
        date(2025, 3, 1), value, "Meeting", value, 90, "Consulted", value, value, value
    )
    return PortfolioDocument(
        name=value,
        made_on=MADE,
        period_start=date(2025, 1, 1),
        period_end=date(2025, 12, 31),
        preferred_name=value,
        pronouns=value,
        statement=value,
        organisation=value,
        roles=(RoleHeld(value, value, date(2025, 1, 1), None, value),),
        groups=(ContributionGroup(value, 90, (entry,)),),
        skills=(SkillCount(value, 1),),
        training=(TrainingItem(date(2025, 2, 1), value, value, "2"),),
        testimonials=(Quote(date(2025, 4, 1), value, value),),
        hours_by_year=(YearHours(2025, 90),),
        hours_by_organisation=(OrganisationHours(value, 90, 1),),
        hours_by_year_and_organisation=(YearOrganisationHours(2025, value, 90, 1),),
        total_minutes=90,
        large_print=large_print,
    )


def terms_doc(value: str, *, large_print: bool = False) -> TermsStatementDocument:
    terms = MyTerms(
        basis=Basis.HOURLY,
        rate=Money(2500),
        access_needs=value,
        notice=value,
        recognition=value,
        ownership=value,
        note=value,
    )
    return TermsStatementDocument(
        name=value,
        terms=terms,
        made_on=MADE,
        preferred_name=value,
        email=value,
        phone=value,
        addressed_to=value,
        department=value,
        large_print=large_print,
    )


def tax_doc(value: str) -> TaxYearDocument:
    summary = TaxYearSummary(
        "2025-26",
        date(2025, 4, 6),
        date(2026, 4, 5),
        Money(123456),
        Money(0),
        Money(0),
        Money(100000),
        "12.5",
        Money(563),
        Money(563),
        Money(0),
    )
    return TaxYearDocument(value, summary, MADE)


def benefits_doc(value: str) -> BenefitsDocument:
    figure = PeriodFigure(
        date(2025, 6, 9),
        date(2025, 6, 15),
        Money(21250),
        510,
        Money(19550),
        Decimal(16),
        PeriodStatus.OVER,
        None,
    )
    report = BenefitsReport(
        kind="esa",
        title="ESA permitted work (weekly)",
        start=date(2025, 6, 1),
        end=date(2025, 6, 30),
        by_received=True,
        figures=(figure,),
        lines=(period_words("esa", figure),),
        range_note="",
        counted_note=counted_note("esa", True),
        rules_note="",
        closing=(NOT_ADVICE_BENEFITS,),
    )
    return BenefitsDocument(value, report, MADE)


BUILDERS = {
    "portfolio": lambda v: render_portfolio_pdf(portfolio_doc(v)),
    "portfolio large print": lambda v: render_portfolio_pdf(portfolio_doc(v, large_print=True)),
    "terms": lambda v: render_terms_pdf(terms_doc(v)),
    "terms large print": lambda v: render_terms_pdf(terms_doc(v, large_print=True)),
    "tax year": lambda v: render_tax_year_pdf(tax_doc(v)),
    "benefits": lambda v: render_benefits_pdf(benefits_doc(v)),
}


def shown(value: str) -> str:
    """What a reader sees: NUL dropped, direction marks drawn as nothing."""
    return value.replace("\x00", "").replace("\u200f", "").replace("\u200e", "")


def assert_clean(pdf: bytes) -> None:
    assert image_count(pdf) == 0  # none of these documents places an image
    assert link_annotations(pdf) == 0
    for marker in (b"/URI", b"/Link", b"/JavaScript", b"/Launch", b"/XObject"):
        assert marker not in pdf, marker


@pytest.mark.parametrize("document", list(BUILDERS))
@pytest.mark.parametrize("value", HOSTILE)
def test_hostile_text_shows_literally(document: str, value: str) -> None:
    pdf = BUILDERS[document](value)
    text = pdf_text(pdf).replace("\u200f", "").replace("\u200e", "")
    assert shown(value) in text
    assert_clean(pdf)


@pytest.mark.parametrize(
    "document", ["portfolio", "terms", "terms large print", "tax year", "benefits"]
)
def test_twenty_thousand_characters_build(document: str) -> None:
    pdf = BUILDERS[document](LONG)
    # Headers, footers, the cover's name and chart labels are cut to a line; every other
    # field is there in full.
    fields = {"portfolio": 18, "terms": 10, "terms large print": 10}.get(document, 1)
    assert pdf_text(pdf).count("x") >= fields * len(LONG)
    assert_clean(pdf)


@pytest.mark.parametrize("document", ["portfolio", "terms", "tax year", "benefits"])
def test_seven_scripts_come_out(document: str) -> None:
    if document == "portfolio":
        names = list(SCRIPTS.values())
        entries = tuple(
            Contribution(date(2025, 3, n + 1), f"{sample} talk", "Meeting", sample, 60)
            for n, sample in enumerate(names)
        )
        doc = PortfolioDocument(
            name=SCRIPTS["Welsh"],
            made_on=MADE,
            period_start=None,
            period_end=MADE,
            statement=" ".join(names),
            groups=(ContributionGroup(SCRIPTS["Polish"], 420, entries),),
            roles=tuple(RoleHeld(s, s, date(2025, 1, 1)) for s in names),
            hours_by_year=(YearHours(2025, 420),),
            hours_by_organisation=tuple(OrganisationHours(s, 60, 1) for s in names),
            total_minutes=420,
        )
        pdf = render_portfolio_pdf(doc)
    elif document == "terms":
        doc_t = terms_doc(" ".join(SCRIPTS.values()))
        pdf = render_terms_pdf(doc_t)
    elif document == "tax year":
        pdf = render_tax_year_pdf(tax_doc(" ".join(SCRIPTS.values())))
    else:
        pdf = render_benefits_pdf(benefits_doc(" ".join(SCRIPTS.values())))
    text = flat(pdf_text(pdf))
    assert "gŵr" in text and "Tŷ" in text and "Łukasz" in text and "Żółkiewski" in text
    assert "Γιώργος" in text and "王小明患者参与研究" in text
    for name in ("Arabic", "Urdu", "Bengali"):
        assert script_letters_found(text, SCRIPTS[name]) >= 0.6, name


def test_services_carry_scripts_and_markup_into_the_documents(services: Services) -> None:
    """The same through the services: stored text reaches each PDF unchanged."""
    member = make_member(services, name=f"{SCRIPTS['Welsh']} <b>{SCRIPTS['Greek']}</b>")
    services.organisations.update(replace(member.nuh, name=f"{SCRIPTS['Chinese']} & <i>NHS</i>"))
    terms = services.documents.my_terms()
    services.documents.save_my_terms(replace(terms, rate=Money(2500), note=SCRIPTS["Polish"]))
    for pdf in (
        services.documents.portfolio_pdf(PortfolioOptions(large_print=True)),
        services.documents.terms_pdf(TermsOptions(organisation="NUH")),
        services.documents.tax_year_pdf(2025),
        services.documents.benefits_pdf(date(2025, 6, 1), date(2025, 6, 30)),
    ):
        text = flat(pdf_text(pdf))
        assert "gŵr Tŷ Gwyn <b>Γιώργος Παπαδόπουλος</b>" in text
        assert_clean(pdf)
    terms_text = flat(pdf_text(services.documents.terms_pdf(TermsOptions(organisation="NUH"))))
    assert f"{SCRIPTS['Chinese']} & <i>NHS</i>" in terms_text
    assert SCRIPTS["Polish"] in terms_text
