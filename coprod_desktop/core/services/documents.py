"""The documents a member sends on their own terms, other than claims: the portfolio, "my terms
of involvement", and the tax-year and benefits summaries; and the member's terms record itself.

This is where privacy is decided, once: the portfolio data is built here from the records, and
private notes, activities kept out of the portfolio, draft activities and (unless chosen)
contact names are never put into it, so no renderer can print them by mistake.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING, Literal

from sqlalchemy import select

from coprod_desktop.core.db import models as m
from coprod_desktop.core.domain.errors import UserError
from coprod_desktop.core.domain.kinds import ActivityKind, Basis
from coprod_desktop.core.domain.my_terms import (
    MY_TERMS_KEY,
    TEXT_FIELDS,
    MyTerms,
    from_json,
    to_json,
)
from coprod_desktop.core.domain.progress import Progress, no_progress
from coprod_desktop.core.domain.records import Activity, Organisation, Profile
from coprod_desktop.core.services import convert
from coprod_desktop.core.services.context import Context
from coprod_desktop.core.services.organisations import OrganisationService
from coprod_desktop.core.services.summaries import SummaryService
from coprod_desktop.core.services.validate import check_amount, check_date, check_range, clean_text

if TYPE_CHECKING:
    from coprod_desktop.core.reports.portfolio_data import PortfolioDocument
    from coprod_desktop.core.reports.summaries_pdf import BenefitsDocument, TaxYearDocument
    from coprod_desktop.core.reports.terms_statement import TermsStatementDocument

GroupBy = Literal["organisation", "theme"]
#: Most characters kept in one free-text field of the member's terms.
TERMS_TEXT_LIMIT = 50_000
#: How a portfolio line says in whose right the member took part (the person is never named).
ATTENDED_AS_PHRASES = {"carer": "as a carer", "on_behalf": "on someone's behalf"}
_SKILL_SPLIT = re.compile(r"[,;\n]+")


@dataclass(frozen=True, slots=True)
class PortfolioOptions:
    """What the member chose for a portfolio. Dates are inclusive; `organisation` is a code."""

    date_from: date | None = None
    date_to: date | None = None
    organisation: str | None = None
    group_by: GroupBy = "organisation"
    large_print: bool = False
    include_contact_names: bool = False
    include_feedback: bool = True
    include_training: bool = True


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
        """Everything the portfolio shows, chosen here (see the module notes on privacy)."""
        from coprod_desktop.core.reports.portfolio_data import (
            Contribution,
            ContributionGroup,
            OrganisationHours,
            PortfolioDocument,
            RoleHeld,
            Testimonial,
            TrainingItem,
            YearHours,
            YearOrganisationHours,
        )

        start, end, org = self._portfolio_scope(options)
        with self.ctx.db.read() as s:
            profile = self._profile(s)
            orgs = {
                row.id: convert.organisation(row) for row in s.scalars(select(m.OrganisationRow))
            }
            query = select(m.ActivityRow).where(
                m.ActivityRow.date <= end,
                m.ActivityRow.in_portfolio.is_(True),
                m.ActivityRow.draft.is_(False),
            )
            if start is not None:
                query = query.where(m.ActivityRow.date >= start)
            if org is not None:
                query = query.where(m.ActivityRow.organisation_id == org.id)
            query = query.order_by(m.ActivityRow.date.desc(), m.ActivityRow.id.desc())
            activities = [convert.activity(row) for row in s.scalars(query)]
            agreements = [
                convert.agreement(row)
                for row in s.scalars(select(m.AgreementRow).order_by(m.AgreementRow.start))
            ]
            training = (
                [convert.training(r) for r in s.scalars(select(m.TrainingRow))]
                if options.include_training
                else None
            )
            feedback = (
                [convert.feedback(r) for r in s.scalars(select(m.FeedbackRow))]
                if options.include_feedback
                else None
            )

        def in_period(on: date) -> bool:
            return (start is None or on >= start) and on <= end

        roles = tuple(
            RoleHeld(
                organisation=orgs[a.organisation_id].name,
                role=a.role_title,
                start=a.start,
                end=a.end,
                contact=(
                    orgs[a.organisation_id].contact_name if options.include_contact_names else ""
                ),
            )
            for a in agreements
            if (org is None or a.organisation_id == org.id)
            and a.start <= end
            and (start is None or a.end is None or a.end >= start)
        )

        def contribution(a: Activity) -> Contribution:
            return Contribution(
                date=a.date,
                title=a.title,
                kind=a.kind.label,
                organisation=orgs[a.organisation_id].name,
                minutes=a.total_minutes,
                level=a.judged_level.label if a.judged_level else "",
                described=a.described_level,
                impact=a.impact,
                feedback=a.feedback if options.include_feedback else "",
                attended_as=ATTENDED_AS_PHRASES.get(a.attended_as.value, ""),
            )

        grouped: dict[object, list[Activity]] = defaultdict(list)
        for a in activities:
            grouped[a.organisation_id if options.group_by == "organisation" else a.kind].append(a)
        if options.group_by == "organisation":
            keys = sorted(grouped, key=lambda k: (orgs[k].name.casefold(), k))  # type: ignore[index]
            titles = {k: orgs[k].name for k in keys}  # type: ignore[index]
        else:
            keys = [kind for kind in ActivityKind if kind in grouped]
            titles = {k: k.label for k in keys}  # type: ignore[attr-defined]
        groups = tuple(
            ContributionGroup(
                title=titles[k],
                minutes=sum(a.total_minutes for a in grouped[k]),
                entries=tuple(contribution(a) for a in grouped[k]),
            )
            for k in keys
        )

        by_year: Counter[int] = Counter()
        by_org: Counter[int] = Counter()
        count_org: Counter[int] = Counter()
        by_year_org: Counter[tuple[int, int]] = Counter()
        count_year_org: Counter[tuple[int, int]] = Counter()
        for a in activities:
            by_year[a.date.year] += a.total_minutes
            by_org[a.organisation_id] += a.total_minutes
            count_org[a.organisation_id] += 1
            by_year_org[(a.date.year, a.organisation_id)] += a.total_minutes
            count_year_org[(a.date.year, a.organisation_id)] += 1

        return PortfolioDocument(
            name=profile.name,
            preferred_name=profile.preferred_name,
            pronouns=profile.pronouns,
            statement=profile.statement,
            made_on=self.ctx.clock.today(),
            period_start=start,
            period_end=end,
            organisation=org.name if org else "",
            group_by=options.group_by,
            roles=roles,
            groups=groups,
            skills=_skills(activities),
            training=None
            if training is None
            else tuple(
                TrainingItem(
                    date=t.date,
                    title=t.title,
                    provider=t.provider,
                    hours="" if t.hours is None else format(t.hours.normalize(), "f"),
                )
                for t in sorted(training, key=lambda t: t.date, reverse=True)
                if in_period(t.date)
            ),
            testimonials=None
            if feedback is None
            else tuple(
                Testimonial(
                    date=f.date,
                    quote=f.quote,
                    attribution=_attribution(
                        f.from_whom if options.include_contact_names else "",
                        orgs.get(f.organisation_id) if f.organisation_id else None,
                    ),
                )
                for f in sorted(feedback, key=lambda f: f.date, reverse=True)
                if f.in_portfolio
                and in_period(f.date)
                and (org is None or f.organisation_id == org.id)
            ),
            hours_by_year=tuple(YearHours(y, by_year[y]) for y in sorted(by_year)),
            hours_by_organisation=tuple(
                OrganisationHours(orgs[k].name, by_org[k], count_org[k])
                for k in sorted(by_org, key=lambda k: (-by_org[k], orgs[k].name.casefold()))
            ),
            hours_by_year_and_organisation=tuple(
                YearOrganisationHours(y, orgs[k].name, by_year_org[(y, k)], count_year_org[(y, k)])
                for y, k in sorted(by_year_org, key=lambda yk: (yk[0], orgs[yk[1]].name.casefold()))
            ),
            total_minutes=sum(a.total_minutes for a in activities),
            large_print=options.large_print,
        )

    def _portfolio_scope(
        self, options: PortfolioOptions
    ) -> tuple[date | None, date, Organisation | None]:
        if options.group_by not in ("organisation", "theme"):
            raise UserError("Group the portfolio by organisation or by theme.", "group_by")
        if options.date_from is not None:
            check_date(options.date_from, "from date")
        if options.date_to is not None:
            check_date(options.date_to, "to date")
        end = options.date_to or self.ctx.clock.today()
        check_range(options.date_from, end, "from date", "to date")
        org = (
            self.organisations.by_code(options.organisation)
            if options.organisation is not None and str(options.organisation).strip()
            else None
        )
        return options.date_from, end, org

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


def _skills(activities: list[Activity]) -> tuple:
    """Skills named across contributions, counted once per contribution, most used first.
    Spelling and case differ between entries; the first spelling met is the one shown."""
    from coprod_desktop.core.reports.portfolio_data import SkillCount

    counts: Counter[str] = Counter()
    shown: dict[str, str] = {}
    for a in activities:
        seen = set()
        for part in _SKILL_SPLIT.split(a.skills or ""):
            word = " ".join(part.split())
            key = word.casefold()
            if not word or key in seen:
                continue
            seen.add(key)
            shown.setdefault(key, word[:1].upper() + word[1:])
            counts[key] += 1
    ordered = sorted(counts, key=lambda k: (-counts[k], k))
    return tuple(SkillCount(shown[k], counts[k]) for k in ordered)


def _attribution(person: str, organisation: Organisation | None) -> str:
    parts = [p for p in (person.strip(), organisation.name if organisation else "") if p]
    return ", ".join(parts)
