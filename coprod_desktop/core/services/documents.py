"""The documents a member sends on their own terms, other than claims: the portfolio, "my terms
of involvement", and the tax-year and benefits summaries; and the member's terms record itself.

This is where privacy is decided, once: the portfolio data is built here from the records, and
private notes, activities kept out of the portfolio, draft activities and (unless chosen)
contact names are never put into it, so no renderer can print them by mistake.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from coprod_desktop.core.db import models as m
from coprod_desktop.core.domain.errors import UserError
from coprod_desktop.core.domain.kinds import Basis
from coprod_desktop.core.domain.my_terms import (
    MY_TERMS_KEY,
    TEXT_FIELDS,
    MyTerms,
    from_json,
    to_json,
)
from coprod_desktop.core.domain.progress import Progress, no_progress
from coprod_desktop.core.domain.records import Profile
from coprod_desktop.core.services import convert
from coprod_desktop.core.services.context import Context
from coprod_desktop.core.services.organisations import OrganisationService
from coprod_desktop.core.services.portfolio_builder import (
    PortfolioBuilder,
    PortfolioOptions,
)
from coprod_desktop.core.services.summaries import SummaryService
from coprod_desktop.core.services.validate import check_amount, clean_text

if TYPE_CHECKING:
    from coprod_desktop.core.reports.portfolio_data import PortfolioDocument
    from coprod_desktop.core.reports.summaries_pdf import BenefitsDocument, TaxYearDocument
    from coprod_desktop.core.reports.terms_statement import TermsStatementDocument

#: Most characters kept in one free-text field of the member's terms.
TERMS_TEXT_LIMIT = 50_000


@dataclass(frozen=True, slots=True)
class TermsOptions:
    """The my-terms PDF: addressed to one organisation (by code) or to no one in particular."""

    organisation: str | None = None
    large_print: bool = False


def validate_my_terms(terms: MyTerms) -> MyTerms:
    """Check the member's terms; each failure is one sentence naming the field."""
    if not isinstance(terms.basis, Basis):
        raise UserError("Choose how you expect to be paid.", "basis")
    if terms.has_fee:
        if terms.rate is None or terms.rate.pence == 0:
            raise UserError(
                f"The rate is missing: give the rate you expect "
                f"({terms.basis.label.lower()}), such as 25.00.",
                "rate",
            )
        check_amount(terms.rate, "rate")
        rate = terms.rate
    else:
        rate = None
    for value, field, label in (
        (terms.days_to_pay, "days_to_pay", "days to pay"),
        (terms.expenses_within_days, "expenses_within_days", "days to pay expenses"),
    ):
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 365:
            raise UserError(f"The {label} must be a whole number from 0 to 365.", field)
    if not terms.payable_parts and terms.has_fee:
        raise UserError(
            "Choose at least one part of your time to be paid for (preparation, contact, "
            "travel or follow-up).",
            "payable_parts",
        )
    cleaned = {
        attr: clean_text(getattr(terms, attr), label, limit=TERMS_TEXT_LIMIT)
        for attr, label in TEXT_FIELDS
    }
    return replace(terms, rate=rate, **cleaned)


class DocumentService:
    def __init__(
        self, ctx: Context, organisations: OrganisationService, summaries: SummaryService
    ) -> None:
        self.ctx = ctx
        self.organisations = organisations
        self.summaries = summaries

    # -- the member's terms -----------------------------------------------------------------
    def my_terms(self) -> MyTerms:
        """The member's saved terms, or a starting point with their profile's access needs."""
        with self.ctx.db.read() as s:
            row = s.get(m.SettingRow, MY_TERMS_KEY)
            profile_row = s.get(m.ProfileRow, 1)
            access = profile_row.access_needs if profile_row else ""
            text = row.value if row else None
        if text is None:
            return MyTerms(access_needs=access or "")
        try:
            data = json.loads(text)
        except ValueError:
            raise UserError(
                "Your stored terms are not readable: set them again.", "my_terms"
            ) from None
        return from_json(data)

    def save_my_terms(self, terms: MyTerms) -> MyTerms:
        terms = validate_my_terms(terms)
        text = json.dumps(to_json(terms), sort_keys=True, ensure_ascii=False)
        with self.ctx.db.write() as s:
            row = s.get(m.SettingRow, MY_TERMS_KEY)
            if row is None:
                s.add(m.SettingRow(key=MY_TERMS_KEY, value=text))
            else:
                row.value = text
        return terms

    # -- the portfolio ------------------------------------------------------------------------
    def portfolio_document(self, options: PortfolioOptions) -> PortfolioDocument:
        """Everything the portfolio shows, chosen by `portfolio_builder` (privacy, forms)."""
        return PortfolioBuilder(self.ctx, self.organisations).build(options)

    def check_portfolio(self, options: PortfolioOptions) -> None:
        """Raise UserError naming each character the portfolio PDF could not show."""
        from coprod_desktop.core.reports.portfolio import check_portfolio_renderable

        check_portfolio_renderable(self.portfolio_document(options))

    def portfolio_pdf(self, options: PortfolioOptions, progress: Progress = no_progress) -> bytes:
        from coprod_desktop.core.reports.portfolio import (
            PortfolioRenderer,
            check_portfolio_renderable,
        )

        progress(0, 3)
        doc = self.portfolio_document(options)
        progress(1, 3)
        check_portfolio_renderable(doc)
        progress(2, 3)
        data = PortfolioRenderer(doc).render()
        progress(3, 3)
        return data

    # -- my terms as a document ---------------------------------------------------------------
    def terms_document(self, options: TermsOptions | None = None) -> TermsStatementDocument:
        from coprod_desktop.core.reports.terms_statement import TermsStatementDocument

        options = options or TermsOptions()
        org = (
            self.organisations.by_code(options.organisation)
            if options.organisation is not None and str(options.organisation).strip()
            else None
        )
        with self.ctx.db.read() as s:
            profile = self._profile(s)
        return TermsStatementDocument(
            name=profile.name,
            preferred_name=profile.preferred_name,
            email=profile.email,
            phone=profile.phone,
            terms=self.my_terms(),
            made_on=self.ctx.clock.today(),
            addressed_to=org.name if org else "",
            department=org.department if org else "",
            large_print=options.large_print,
        )

    def check_terms(self, options: TermsOptions | None = None) -> None:
        from coprod_desktop.core.reports.renderable import check_renderable
        from coprod_desktop.core.reports.terms_statement import terms_texts

        check_renderable("terms PDF", terms_texts(self.terms_document(options)))

    def terms_pdf(self, options: TermsOptions | None = None) -> bytes:
        from coprod_desktop.core.reports.terms_statement import render_terms_pdf

        return render_terms_pdf(self.terms_document(options))

    # -- summaries ------------------------------------------------------------------------------
    def tax_year_document(self, year: int, *, large_print: bool = False) -> TaxYearDocument:
        from coprod_desktop.core.reports.summaries_pdf import TaxYearDocument

        summary = self.summaries.tax_year(year)
        with self.ctx.db.read() as s:
            name = self._profile(s).name
        return TaxYearDocument(name, summary, self.ctx.clock.today(), large_print)

    def tax_year_pdf(self, year: int, *, large_print: bool = False) -> bytes:
        from coprod_desktop.core.reports.summaries_pdf import render_tax_year_pdf

        return render_tax_year_pdf(self.tax_year_document(year, large_print=large_print))

    def benefits_document(
        self,
        start: date,
        end: date,
        kind: str | None = None,
        by_activity_date: bool = False,
        *,
        large_print: bool = False,
    ) -> BenefitsDocument:
        """`by_activity_date` False keeps the member's own setting (received, unless changed)."""
        from coprod_desktop.core.reports.summaries_pdf import BenefitsDocument
        from coprod_desktop.core.services.benefits_report import BenefitsReportService

        with self.ctx.db.read() as s:
            profile = self._profile(s)
        report = BenefitsReportService(self.summaries).report(
            start, end, kind, False if by_activity_date else None
        )
        return BenefitsDocument(
            name=profile.name,
            report=report,
            made_on=self.ctx.clock.today(),
            large_print=large_print,
        )

    def benefits_pdf(
        self,
        start: date,
        end: date,
        kind: str | None = None,
        by_activity_date: bool = False,
        *,
        large_print: bool = False,
    ) -> bytes:
        from coprod_desktop.core.reports.summaries_pdf import render_benefits_pdf

        return render_benefits_pdf(
            self.benefits_document(start, end, kind, by_activity_date, large_print=large_print)
        )

    # -- helpers ------------------------------------------------------------------------------
    @staticmethod
    def _profile(s: object) -> Profile:
        row = s.get(m.ProfileRow, 1)  # type: ignore[attr-defined]
        return convert.profile(row) if row else Profile(name="")
