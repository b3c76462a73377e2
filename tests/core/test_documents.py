"""The portfolio, my-terms and summary documents: what they show, and what they never show."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from coprod_desktop.core.domain.errors import UserError
from coprod_desktop.core.domain.kinds import Basis, TimePart
from coprod_desktop.core.domain.money import Money
from coprod_desktop.core.domain.my_terms import MyTerms
from coprod_desktop.core.domain.progress import Cancelled
from coprod_desktop.core.reports.portfolio import PortfolioRenderer
from coprod_desktop.core.reports.terms_statement import SECTION_TITLES
from coprod_desktop.core.services import Services
from coprod_desktop.core.services.documents import PortfolioOptions, TermsOptions
from tests.core.documents_samples import (
    CONTACT_CANARY,
    DRAFT_CANARY,
    GIVER_CANARY,
    HIDDEN_CANARY,
    PRIVATE_CANARY,
    base_fonts,
    flat,
    font_sizes,
    make_member,
    pdf_text,
)


@pytest.fixture
def member(services: Services):
    return make_member(services)


# -- the portfolio ------------------------------------------------------------------------------
def test_portfolio_shows_every_section(services: Services, member) -> None:
    options = PortfolioOptions(show_levels=True)  # level labels only when asked (issue 15)
    text = flat(pdf_text(services.documents.portfolio_pdf(options)))
    for expected in (
        "Portfolio of involvement",
        "Rukhsana Begum",
        "Preferred name Rukhsana",
        "she/her",
        "Everything on record up to 22 Nov 2026",
        "About me",
        "I bring lived experience of kidney disease to research.",
        "Roles held",
        "Research panel member",
        "1 Jan 2025 to 31 Dec 2025",
        "Contributions by organisation",
        "Advisory group on dialysis",
        "My judgement of its level: Consulted",
        "Described by them as: co-production",
        "Impact: The consent form was rewritten.",
        "Feedback: Thank you for your clear challenge.",
        "Skills",
        "Training",
        "Good Clinical Practice",
        "Testimonials",
        "Her questions made sure we appointed someone patients trust.",
        "Hours at a glance",
        "Hours by year",
        "Hours by organisation",
        "Hours by year and organisation",
    ):
        assert expected in text, expected
    # Skills are counted once a contribution, whatever the case or separator.
    assert "Chairing 2 contributions" in text
    assert "Interviewing 1 contribution" in text


def test_portfolio_never_holds_private_hidden_or_draft_records(services: Services, member) -> None:
    for options in (
        PortfolioOptions(),
        PortfolioOptions(group_by="theme", large_print=True),
        PortfolioOptions(include_contact_names=True),
    ):
        text = pdf_text(services.documents.portfolio_pdf(options))
        assert PRIVATE_CANARY not in text
        assert HIDDEN_CANARY not in text
        assert DRAFT_CANARY not in text
        assert "QUOTECANARY" not in text  # feedback kept out of the portfolio


def test_contact_names_only_when_chosen(services: Services, member) -> None:
    without = flat(pdf_text(services.documents.portfolio_pdf(PortfolioOptions())))
    assert CONTACT_CANARY not in without and GIVER_CANARY not in without
    assert "— Nottingham Hospitals, 11 Jun 2025" in without
    chosen = flat(
        pdf_text(services.documents.portfolio_pdf(PortfolioOptions(include_contact_names=True)))
    )
    assert CONTACT_CANARY in chosen
    assert f"— {GIVER_CANARY}, Nottingham Hospitals, 11 Jun 2025" in chosen


def test_feedback_and_training_can_be_left_out(services: Services, member) -> None:
    text = flat(
        pdf_text(
            services.documents.portfolio_pdf(
                PortfolioOptions(include_feedback=False, include_training=False)
            )
        )
    )
    assert "Thank you for your clear challenge." not in text
    assert "Testimonials" not in text and "Good Clinical Practice" not in text
    assert "Impact: The consent form was rewritten." in text


def test_date_and_organisation_filters(services: Services, member) -> None:
    doc = services.documents.portfolio_document(
        PortfolioOptions(date_from=date(2025, 1, 1), date_to=date(2025, 12, 31))
    )
    titles = {c.title for g in doc.groups for c in g.entries}
    assert titles == {
        "Interview panel for research nurse",
        "Teaching second-year nurses",
        "Module review",
    }
    assert [t.title for t in doc.training or ()] == ["Good Clinical Practice"]
    text = flat(
        pdf_text(
            services.documents.portfolio_pdf(
                PortfolioOptions(date_from=date(2025, 1, 1), date_to=date(2025, 12, 31))
            )
        )
    )
    assert "1 Jan 2025 to 31 Dec 2025" in text
    assert "Advisory group on dialysis" not in text and "Curriculum co-design" not in text

    only = services.documents.portfolio_document(PortfolioOptions(organisation="cu"))
    assert {g.title for g in only.groups} == {"Cardiff University"}
    assert [r.role for r in only.roles] == ["Lay educator"]
    assert only.testimonials == ()  # the one testimonial is from Nottingham
    text = flat(pdf_text(services.documents.portfolio_pdf(PortfolioOptions(organisation="CU"))))
    assert "Organisation Cardiff University" in text
    assert "Nottingham Hospitals" not in text


def test_hours_add_up_to_every_part_of_time(services: Services, member) -> None:
    doc = services.documents.portfolio_document(PortfolioOptions())
    # 120 + (480+30) + (90+60) + 45 + 120 minutes, hidden and draft activities left out
    assert doc.total_minutes == 945
    assert sum(y.minutes for y in doc.hours_by_year) == 945
    assert sum(o.minutes for o in doc.hours_by_organisation) == 945
    assert sum(r.minutes for r in doc.hours_by_year_and_organisation) == 945
    assert [(y.year, y.minutes) for y in doc.hours_by_year] == [
        (2024, 120),
        (2025, 705),
        (2026, 120),
    ]
    text = flat(pdf_text(services.documents.portfolio_pdf(PortfolioOptions())))
    assert "15h 45m" in text  # 945 minutes, in words as well as in the chart


def test_group_by_theme_uses_the_kind_of_activity(services: Services, member) -> None:
    doc = services.documents.portfolio_document(PortfolioOptions(group_by="theme"))
    assert [g.title for g in doc.groups] == [
        "Interview panel",
        "Teaching",
        "Document review",
        "Advisory group",
        "Co-design workshop",
    ]
    text = flat(pdf_text(services.documents.portfolio_pdf(PortfolioOptions(group_by="theme"))))
    assert "Contributions by theme" in text


@pytest.mark.parametrize(
    ("options", "field"),
    [
        (PortfolioOptions(organisation="NOPE"), "org"),
        (PortfolioOptions(date_from=date(2026, 1, 2), date_to=date(2026, 1, 1)), "to date"),
        (PortfolioOptions(group_by="colour"), "group_by"),  # type: ignore[arg-type]
    ],
)
def test_portfolio_mistakes_are_one_plain_sentence(
    services: Services, member, options: PortfolioOptions, field: str
) -> None:
    with pytest.raises(UserError) as caught:
        services.documents.portfolio_pdf(options)
    assert caught.value.field == field
    assert caught.value.message.count(". ") == 0 and caught.value.message.endswith(".")


def test_large_print_is_sixteen_point_atkinson(services: Services, member) -> None:
    options = PortfolioOptions(large_print=True)
    styles = PortfolioRenderer(services.documents.portfolio_document(options)).styles
    assert styles.large_print
    for name in ("body", "body_bold", "cell", "cell_bold", "cell_money", "heading", "title"):
        assert getattr(styles, name).size >= 16, name
        assert getattr(styles, name).chain()[0].startswith("CoprodLarge"), name
    pdf = services.documents.portfolio_pdf(options)
    fonts = base_fonts(pdf)
    assert any(f.endswith("+AtkinsonHyperlegibleNext-Regular") for f in fonts), fonts
    assert all("+" in f for f in fonts), "every font embedded, no bare Helvetica"
    sizes = font_sizes(pdf)
    assert min(sizes) >= 14  # footers and chart labels 14 pt; text 16 pt or more
    assert sorted(sizes)[len(sizes) // 2] >= 16
    normal = services.documents.portfolio_pdf(PortfolioOptions())
    assert not any("Atkinson" in f for f in base_fonts(normal))


def test_portfolio_reports_progress_and_can_be_cancelled(services: Services, member) -> None:
    seen: list[tuple[int, int]] = []
    services.documents.portfolio_pdf(PortfolioOptions(), lambda d, t: seen.append((d, t)))
    assert seen[0] == (0, 3) and seen[-1] == (3, 3)

    def cancel(done: int, total: int) -> None:
        if done == 1:
            raise Cancelled()

    with pytest.raises(Cancelled):
        services.documents.portfolio_pdf(PortfolioOptions(), cancel)


def test_portfolio_with_no_records_still_builds(services: Services) -> None:
    text = flat(pdf_text(services.documents.portfolio_pdf(PortfolioOptions())))
    assert "No contributions in this period." in text


def test_same_records_same_bytes(services: Services, member) -> None:
    options = PortfolioOptions(group_by="theme")
    assert services.documents.portfolio_pdf(options) == services.documents.portfolio_pdf(options)


def test_unrenderable_character_is_named_before_any_pdf(services: Services, member) -> None:
    activity = services.activities.list()[0].activity
    services.activities.update(replace(activity, title="Great day 😀"))
    with pytest.raises(UserError) as caught:
        services.documents.check_portfolio(PortfolioOptions())
    assert "U+1F600" in caught.value.message and "title of the activity" in caught.value.message
    with pytest.raises(UserError):
        services.documents.portfolio_pdf(PortfolioOptions())


# -- my terms -------------------------------------------------------------------------------------
def test_my_terms_start_from_the_profile_access_needs(services: Services, member) -> None:
    terms = services.documents.my_terms()
    assert terms.access_needs == "Papers in 16 pt, a break every hour."
    assert terms.basis is Basis.HOURLY and terms.rate is None


def test_my_terms_round_trip_through_settings(services: Services, member) -> None:
    terms = MyTerms(
        basis=Basis.SESSION,
        rate=Money(7500),
        payable_parts=frozenset({TimePart.CONTACT, TimePart.TRAVEL}),
        expenses_up_front=True,
        days_to_pay=14,
        access_needs="Step-free access",
        note="Welsh or English",
    )
    services.documents.save_my_terms(terms)
    assert services.documents.my_terms() == terms
    # kept in the settings table, so the full JSON export carries it
    from coprod_desktop.core.io.json_io import export_json

    assert b"my_terms" in export_json(services)


@pytest.mark.parametrize(
    ("terms", "field", "words"),
    [
        (MyTerms(basis=Basis.HOURLY, rate=None), "rate", "rate is missing"),
        (MyTerms(rate=Money(2000), days_to_pay=400), "days_to_pay", "0 to 365"),
        (MyTerms(rate=Money(2000), expenses_within_days=-1), "expenses_within_days", "0 to 365"),
        (MyTerms(rate=Money(2000), payable_parts=frozenset()), "payable_parts", "at least one"),
        (MyTerms(rate=Money(2000), note="x" * 60_000), "note", "too long"),
        (MyTerms(rate=Money(-5)), "rate", "negative"),
    ],
)
def test_my_terms_mistakes_change_nothing(
    services: Services, member, terms: MyTerms, field: str, words: str
) -> None:
    services.documents.save_my_terms(MyTerms(rate=Money(2500)))
    with pytest.raises(UserError) as caught:
        services.documents.save_my_terms(terms)
    assert caught.value.field == field and words in caught.value.message
    assert services.documents.my_terms() == MyTerms(rate=Money(2500))


def test_expenses_only_needs_no_rate(services: Services, member) -> None:
    saved = services.documents.save_my_terms(MyTerms(basis=Basis.EXPENSES_ONLY, rate=Money(900)))
    assert saved.rate is None


def test_terms_pdf_has_every_section_and_the_organisation(services: Services, member) -> None:
    start = services.documents.my_terms()  # the access needs come from the profile
    services.documents.save_my_terms(
        replace(start, rate=Money(2500), note="I write in Welsh and English.")
    )
    text = flat(pdf_text(services.documents.terms_pdf(TermsOptions(organisation="NUH"))))
    for n, title in enumerate(SECTION_TITLES, 1):
        assert f"{n}. {title}" in text, title
    for expected in (
        "My terms of involvement",
        "To Nottingham Hospitals",
        "From Rukhsana Begum",
        "Hourly: £25.00 an hour.",
        "I expect to be paid for preparation, contact and follow-up time.",
        "I do not ask to be paid for travel time.",
        "within 14 days of my claim",
        "within 30 days of my claim",
        "Papers in 16 pt, a break every hour.",
        "9. A note",
        "I write in Welsh and English.",
        "Please tell me in writing",
    ):
        assert expected in text, expected
    unaddressed = flat(pdf_text(services.documents.terms_pdf()))
    assert "Nottingham Hospitals" not in unaddressed and " To " not in unaddressed


def test_terms_pdf_large_print(services: Services, member) -> None:
    pdf = services.documents.terms_pdf(TermsOptions(large_print=True))
    assert any("Atkinson" in f for f in base_fonts(pdf))
    assert min(font_sizes(pdf)) >= 14


# -- summaries ------------------------------------------------------------------------------------
def test_tax_year_pdf_holds_the_service_figures(services: Services, member) -> None:
    summary = services.summaries.tax_year(2025)
    text = flat(pdf_text(services.documents.tax_year_pdf(2025)))
    assert f"Tax year {summary.tax_year}" in text
    assert "6 Apr 2025 to 5 Apr 2026" in text
    assert summary.fee_income == Money(21250)  # the interview panel: 8h 30m at £25
    assert summary.mileage_approved == Money(1800)  # 40 miles at 45p
    for amount in (
        summary.fee_income,
        summary.trading_allowance,
        summary.allowance_left,
        summary.mileage_approved,
    ):
        assert amount.display() in text
    assert "information, not advice" in text


def test_tax_year_warnings_are_in_words(services: Services) -> None:
    from coprod_desktop.core.domain.views import TaxYearSummary
    from coprod_desktop.core.reports.summaries_pdf import tax_year_warnings

    over = TaxYearSummary(
        "2025-26",
        date(2025, 4, 6),
        date(2026, 4, 5),
        fee_income=Money(150000),
        payroll_income=Money(0),
        voucher_income=Money(0),
        trading_allowance=Money(100000),
        car_miles="10",
        mileage_approved=Money(450),
        mileage_paid=Money(600),
        mileage_excess=Money(150),
    )
    said = " ".join(tax_year_warnings(over))
    assert "Over the trading allowance" in said and "£500.00 more" in said
    assert "£1.50 more than the HMRC approved amount" in said
    near = replace(over, fee_income=Money(85000), mileage_excess=Money(0))
    assert tax_year_warnings(near) == [
        "Near the trading allowance: £150.00 of the £1,000.00 allowance is left for this tax year."
    ]


def test_benefits_pdf_says_each_period_once_in_plain_words(services: Services, member) -> None:
    start, end = date(2025, 6, 1), date(2025, 6, 30)
    figures = services.summaries.benefits(start, end, "esa", False)
    pdf = services.documents.benefits_pdf(start, end, "esa", by_activity_date=True)
    text = flat(pdf_text(pdf))
    assert "ESA permitted work (weekly)" in text
    assert "Fees count in the week of the work they were for" in text
    for f in figures:
        assert f.earnings.display() in text
        # each period is printed once: one row, no second table of the same weeks
        assert text.count(f"{f.start.day} {f.start:%b %Y} to {f.end.day} {f.end:%b %Y}") == 1
    crossed = [f for f in figures if f.status.value != "ok"]
    assert len(crossed) == 1  # the interview panel's week: £212.50 over £195.50
    assert "earnings £212.50: £17.00 over the £195.50 limit" in text
    assert "not under" not in text  # no double negative
    assert "Within" in text and "Over" in text
    # 1 June 2025 is a Sunday: the first week starts on Monday 26 May, and the note says why
    assert "The weeks run Monday to Sunday" in text
    assert "the first week starts on 26 May 2025" in text
    uc = flat(pdf_text(services.documents.benefits_pdf(start, end, "uc", True)))
    assert "Universal Credit work allowance" in uc and "work allowance" in uc


def test_benefits_pdf_mistake_is_plain(services: Services, member) -> None:
    with pytest.raises(UserError) as caught:
        services.documents.benefits_pdf(date(2025, 6, 30), date(2025, 6, 1))
    assert "swap them" in caught.value.message
