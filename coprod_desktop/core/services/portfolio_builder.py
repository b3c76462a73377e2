"""What a portfolio shows, chosen from the records: the one place privacy and selection are
decided for it (the renderer never decides either).

Three forms, because ten years of records listed in full come to hundreds of pages and a panel
reads for minutes:
- **summary**: one page (about me, roles, totals, top skills, three to five highlights);
- **highlights** (what the window and `coprod` make unless asked otherwise): the contributions
  the member marked as highlights or, where none are marked, those with impact or feedback,
  most recent first and capped, with every year and organisation rolled up into one line of
  totals (contributions, hours, fees);
- **full**: every contribution, grouped by organisation or theme.

A portfolio speaks for the member, not as evidence: level labels ("described as", "my
judgement") are left out unless asked for, and a quote is printed once however many records
carry it.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING, Literal

from sqlalchemy import select

from coprod_desktop.core.db import models as m
from coprod_desktop.core.domain.errors import UserError
from coprod_desktop.core.domain.kinds import ActivityKind
from coprod_desktop.core.domain.money import Money
from coprod_desktop.core.domain.records import (
    Activity,
    Agreement,
    Feedback,
    Organisation,
    Profile,
    Training,
)
from coprod_desktop.core.services import convert
from coprod_desktop.core.services.context import Context
from coprod_desktop.core.services.organisations import OrganisationService
from coprod_desktop.core.services.validate import check_date, check_range

if TYPE_CHECKING:
    from coprod_desktop.core.reports.portfolio_data import (
        Contribution,
        PortfolioDocument,
        Testimonial,
        TrainingItem,
    )

GroupBy = Literal["organisation", "theme"]
Form = Literal["summary", "highlights", "full"]
FORMS: tuple[str, ...] = ("summary", "highlights", "full")
#: How many highlights the highlights form lists unless the member says otherwise: ten years
#: with this many come to about eight pages (see the tests on `demo --scale 10`).
DEFAULT_HIGHLIGHTS = 40
#: The most highlights a member may ask for (more is the full listing).
MOST_HIGHLIGHTS = 500
#: The one-page summary names at most this many highlights (three when space is short).
SUMMARY_HIGHLIGHTS = 5


#: How a portfolio line says in whose right the member took part (the person is never named).
ATTENDED_AS_PHRASES = {"carer": "as a carer", "on_behalf": "on someone's behalf"}


@dataclass(frozen=True, slots=True)
class PortfolioOptions:
    """What the member chose for a portfolio. Dates are inclusive; `organisation` is a code.

    `form` defaults to "full" here so older callers keep their listing; the window and
    `coprod report portfolio` start from "highlights", the form a panel reads.
    """

    date_from: date | None = None
    date_to: date | None = None
    organisation: str | None = None
    group_by: GroupBy = "organisation"
    large_print: bool = False
    include_contact_names: bool = False
    include_feedback: bool = True
    include_training: bool = True
    form: Form = "full"
    highlight_limit: int = DEFAULT_HIGHLIGHTS
    show_levels: bool = False


def check_options(options: PortfolioOptions) -> None:
    """One sentence naming the choice to fix; nothing is read before this passes."""
    if options.form not in FORMS:
        raise UserError("Choose the portfolio's form: summary, highlights or full.", "form")
    if options.group_by not in ("organisation", "theme"):
        raise UserError("Group the portfolio by organisation or by theme.", "group_by")
    limit = options.highlight_limit
    if isinstance(limit, bool) or not isinstance(limit, int) or not 1 <= limit <= MOST_HIGHLIGHTS:
        raise UserError(
            f"The number of highlights must be a whole number from 1 to {MOST_HIGHLIGHTS}.",
            "highlight_limit",
        )
    if options.date_from is not None:
        check_date(options.date_from, "from date")
    if options.date_to is not None:
        check_date(options.date_to, "to date")


def quote_key(text: str) -> str:
    """Two quotes are the same when they differ only in case, spaces or quote marks."""
    return " ".join(text.replace("“", "").replace("”", "").replace('"', "").split()).casefold()


def training_for(training: list[Training], org: Organisation | None) -> list[Training]:
    """Training a portfolio for `org` keeps.

    A training record has no organisation of its own (the schema holds only a free-text
    provider), so a course counts as the organisation's when its provider names it (its name
    or its code, in any case). With no organisation chosen, all training is kept; with one, a
    course given by someone else is left out, as every other section leaves out other
    organisations' work.
    """
    if org is None:
        return training
    names = {org.name.casefold().strip(), org.code.casefold().strip()} - {""}
    return [t for t in training if t.provider.casefold().strip() in names]


class PortfolioBuilder:
    """Reads the records once and builds a `PortfolioDocument` for one set of options."""

    def __init__(self, ctx: Context, organisations: OrganisationService) -> None:
        self.ctx = ctx
        self.organisations = organisations

    def scope(self, options: PortfolioOptions) -> tuple[date | None, date, Organisation | None]:
        check_options(options)
        end = options.date_to or self.ctx.clock.today()
        check_range(options.date_from, end, "from date", "to date")
        org = (
            self.organisations.by_code(options.organisation)
            if options.organisation is not None and str(options.organisation).strip()
            else None
        )
        return options.date_from, end, org

    def build(self, options: PortfolioOptions) -> PortfolioDocument:
        from coprod_desktop.core.reports.portfolio_data import (
            OrganisationHours,
            PortfolioDocument,
            YearHours,
        )
        from coprod_desktop.core.services.ledger import Ledger, reference_rate

        start, end, org = self.scope(options)
        with self.ctx.db.read() as s:
            row = s.get(m.ProfileRow, 1)
            profile = convert.profile(row) if row else Profile(name="")
            orgs = {r.id: convert.organisation(r) for r in s.scalars(select(m.OrganisationRow))}
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
            activities = [convert.activity(r) for r in s.scalars(query)]
            agreements = [
                convert.agreement(r)
                for r in s.scalars(select(m.AgreementRow).order_by(m.AgreementRow.start))
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
            fees: dict[int, Money] = {}
            if options.form != "full":
                ledger = Ledger(s, self.ctx.pack(), reference_rate(s))
                fees = {a.id or 0: ledger.fee(a).amount for a in activities}

        def in_period(on: date) -> bool:
            return (start is None or on >= start) and on <= end

        by_year: Counter[int] = Counter()
        by_org: Counter[int] = Counter()
        count_org: Counter[int] = Counter()
        for a in activities:
            by_year[a.date.year] += a.total_minutes
            by_org[a.organisation_id] += a.total_minutes
            count_org[a.organisation_id] += 1
        first_year = start.year if start is not None else min(by_year, default=end.year)
        testimonials = (
            None
            if feedback is None
            else self._testimonials(feedback, orgs, org, options, in_period)
        )
        shown_quotes = {quote_key(t.quote) for t in testimonials or ()}
        picked, basis, available = self._highlights(activities, options, shown_quotes)
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
            form=options.form,
            show_levels=options.show_levels,
            roles=self._roles(agreements, orgs, org, start, end, options),
            groups=self._groups(activities, orgs, options) if options.form == "full" else (),
            highlights=tuple(self._contribution(a, orgs, options) for a in picked),
            highlights_basis=basis,
            highlights_available=available,
            year_totals=self._year_totals(activities, orgs, fees) if options.form != "full" else (),
            total_fees=sum(fees.values(), Money.zero()) if options.form != "full" else None,
            skills=_skills(activities),
            training=None
            if training is None
            else tuple(
                _training_item(t)
                for t in sorted(training_for(training, org), key=lambda t: t.date, reverse=True)
                if in_period(t.date)
            ),
            testimonials=testimonials,
            # Every year in range, those without contributions too: a gap is part of the story.
            hours_by_year=tuple(YearHours(y, by_year[y]) for y in range(first_year, end.year + 1))
            if by_year
            else (),
            hours_by_organisation=tuple(
                OrganisationHours(orgs[k].name, by_org[k], count_org[k])
                for k in sorted(by_org, key=lambda k: (-by_org[k], orgs[k].name.casefold()))
            ),
            hours_by_year_and_organisation=self._year_org_hours(activities, orgs),
            total_minutes=sum(a.total_minutes for a in activities),
            contributions_total=len(activities),
            first_contribution=activities[-1].date if activities else None,
            large_print=options.large_print,
        )

    # -- sections -----------------------------------------------------------------------------
    @staticmethod
    def _roles(
        agreements: list[Agreement],
        orgs: dict[int, Organisation],
        org: Organisation | None,
        start: date | None,
        end: date,
        options: PortfolioOptions,
    ) -> tuple:
        from coprod_desktop.core.reports.portfolio_data import RoleHeld

        return tuple(
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

    @staticmethod
    def _contribution(
        a: Activity,
        orgs: dict[int, Organisation],
        options: PortfolioOptions,
    ) -> Contribution:
        from coprod_desktop.core.reports.portfolio_data import Contribution

        return Contribution(
            date=a.date,
            title=a.title,
            kind=a.kind.label,
            organisation=orgs[a.organisation_id].name,
            minutes=a.total_minutes,
            level=a.judged_level.label if a.judged_level and options.show_levels else "",
            described=a.described_level if options.show_levels else "",
            impact=a.impact,
            feedback=a.feedback if options.include_feedback else "",
            attended_as=ATTENDED_AS_PHRASES.get(a.attended_as.value, ""),
        )

    def _groups(
        self, activities: list[Activity], orgs: dict[int, Organisation], options: PortfolioOptions
    ) -> tuple:
        from coprod_desktop.core.reports.portfolio_data import ContributionGroup

        grouped: dict[object, list[Activity]] = defaultdict(list)
        for a in activities:
            grouped[a.organisation_id if options.group_by == "organisation" else a.kind].append(a)
        if options.group_by == "organisation":
            keys = sorted(grouped, key=lambda k: (orgs[k].name.casefold(), k))  # type: ignore[index]
            titles = {k: orgs[k].name for k in keys}  # type: ignore[index]
        else:
            keys = [kind for kind in ActivityKind if kind in grouped]
            titles = {k: k.label for k in keys}  # type: ignore[attr-defined]
        return tuple(
            ContributionGroup(
                title=titles[k],
                minutes=sum(a.total_minutes for a in grouped[k]),
                entries=tuple(self._contribution(a, orgs, options) for a in grouped[k]),
            )
            for k in keys
        )

    def _highlights(
        self, activities: list[Activity], options: PortfolioOptions, shown_quotes: set[str]
    ) -> tuple[list[Activity], str, int]:
        """(the highlights, most recent first and capped; "marked", "impact" or "recent"; how
        many there
        were before the cap). A feedback quote already shown (as a testimonial or in an
        earlier highlight) is not printed again under a later one."""
        if options.form == "full":
            return [], "", 0
        marked = [a for a in activities if a.highlight]
        if marked:
            pool, basis = marked, "marked"
        else:
            pool = [a for a in activities if a.impact.strip() or a.feedback.strip()]
            basis = "impact"
        if not pool:
            # Nothing marked and nothing with impact or feedback: the most recent work
            # stands for itself rather than an empty section.
            pool, basis = activities, "recent"
        limit = SUMMARY_HIGHLIGHTS if options.form == "summary" else options.highlight_limit
        if options.form == "summary" and basis == "impact":
            # A one-page summary names what changed: impact first, then feedback alone.
            pool = sorted(pool, key=lambda a: 0 if a.impact.strip() else 1)
        picked = []
        seen = set(shown_quotes)
        for a in pool[:limit]:
            key = quote_key(a.feedback)
            if key and key in seen:
                a = replace(a, feedback="")
            elif key:
                seen.add(key)
            picked.append(a)
        return picked, basis, len(pool)

    @staticmethod
    def _year_totals(
        activities: list[Activity], orgs: dict[int, Organisation], fees: dict[int, Money]
    ) -> tuple:
        from coprod_desktop.core.reports.portfolio_data import YearOrganisationTotals

        count: Counter[tuple[int, int]] = Counter()
        minutes: Counter[tuple[int, int]] = Counter()
        money: dict[tuple[int, int], Money] = defaultdict(Money.zero)
        for a in activities:
            key = (a.date.year, a.organisation_id)
            count[key] += 1
            minutes[key] += a.total_minutes
            money[key] = money[key] + fees.get(a.id or 0, Money.zero())
        keys = sorted(count, key=lambda k: (-k[0], orgs[k[1]].name.casefold()))
        return tuple(
            YearOrganisationTotals(y, orgs[o].name, count[(y, o)], minutes[(y, o)], money[(y, o)])
            for y, o in keys
        )

    @staticmethod
    def _year_org_hours(activities: list[Activity], orgs: dict[int, Organisation]) -> tuple:
        from coprod_desktop.core.reports.portfolio_data import YearOrganisationHours

        minutes: Counter[tuple[int, int]] = Counter()
        count: Counter[tuple[int, int]] = Counter()
        for a in activities:
            minutes[(a.date.year, a.organisation_id)] += a.total_minutes
            count[(a.date.year, a.organisation_id)] += 1
        return tuple(
            YearOrganisationHours(y, orgs[k].name, minutes[(y, k)], count[(y, k)])
            for y, k in sorted(minutes, key=lambda yk: (yk[0], orgs[yk[1]].name.casefold()))
        )

    @staticmethod
    def _testimonials(
        feedback: list[Feedback],
        orgs: dict[int, Organisation],
        org: Organisation | None,
        options: PortfolioOptions,
        in_period: Callable[[date], bool],
    ) -> tuple[Testimonial, ...]:
        """The quotes the member chose for the portfolio, most recent first, each once: the
        same words recorded against several meetings are one testimonial, not forty."""
        from coprod_desktop.core.reports.portfolio_data import Testimonial

        chosen: list[Testimonial] = []
        seen: set[str] = set()
        for f in sorted(feedback, key=lambda f: (f.date, f.id or 0), reverse=True):
            if not f.in_portfolio or not in_period(f.date):
                continue
            if org is not None and f.organisation_id != org.id:
                continue
            key = quote_key(f.quote)
            if not key or key in seen:
                continue
            seen.add(key)
            chosen.append(
                Testimonial(
                    date=f.date,
                    quote=f.quote,
                    attribution=_attribution(
                        f.from_whom if options.include_contact_names else "",
                        orgs.get(f.organisation_id) if f.organisation_id else None,
                    ),
                )
            )
        return tuple(chosen)


def _training_item(t: Training) -> TrainingItem:
    from coprod_desktop.core.reports.portfolio_data import TrainingItem

    return TrainingItem(
        date=t.date,
        title=t.title,
        provider=t.provider,
        hours="" if t.hours is None else format(t.hours.normalize(), "f"),
    )


def _skills(activities: list[Activity]) -> tuple:
    """Skills named across contributions, counted once per contribution, most used first.
    Spelling and case differ between entries; the first spelling met is the one shown."""
    import re

    from coprod_desktop.core.reports.portfolio_data import SkillCount

    split = re.compile(r"[,;\n]+")
    counts: Counter[str] = Counter()
    shown: dict[str, str] = {}
    for a in activities:
        seen = set()
        for part in split.split(a.skills or ""):
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
