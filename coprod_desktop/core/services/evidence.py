"""The evidence figures: hours paid, declined and unpaid, value, lateness, terms changes and
what they cost, described level against the member's judgement, and power-sharing.

Why it reads in bulk: an evidence pack covers years (about 10,000 activities and 1,500 claims
for a very active member) and must build in well under two seconds, so each kind of record is
read once, as plain columns, and every fee still comes from the Ledger and `core.rules`.

Choices made here once:

* Activities still marked draft (calendar invites not yet confirmed) are left out: evidence
  counts work the member has confirmed.
* A claim belongs to the period when it was submitted in it; overdue and days late are as of
  today. Fees received are the fee part of payments received in the period; money received
  without a claim has no known fee part and is shown apart.
* A change of terms belongs to the period when it took effect in it. Its cost counts the
  activities in the period under the new version: what they would have earned under the
  version before, less what they earned.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import replace
from datetime import date

from sqlalchemy import Integer, func, select, type_coerce
from sqlalchemy.orm import Session

from coprod_desktop.core.db import models as m
from coprod_desktop.core.domain.errors import NotFound
from coprod_desktop.core.domain.evidence_views import (
    ClaimFigures,
    EvidenceFigures,
    EvidenceOptions,
    Hours,
    OrganisationFigures,
    OverdueClaim,
    OwnWords,
    YearHours,
)
from coprod_desktop.core.domain.kinds import AttendedAs, ClaimStatus
from coprod_desktop.core.domain.money import Money
from coprod_desktop.core.domain.progress import Progress, no_progress
from coprod_desktop.core.domain.records import Activity
from coprod_desktop.core.rules.fees import (
    FeeResult,
    fee_for,
    hours_breakdown,
    payable_minutes,
)
from coprod_desktop.core.rules.lateness import days_late, days_to_pay, due_date, is_overdue
from coprod_desktop.core.rules.tax_year import tax_year_label, tax_year_of
from coprod_desktop.core.services.context import Context
from coprod_desktop.core.services.evidence_tallies import (
    Org,
    hours_of,
    levels_by_org,
    levels_of,
    power_by_org,
    power_of,
    source_kind_of,
    terms_changes,
    without_org,
)
from coprod_desktop.core.services.ledger import Ledger, reference_rate
from coprod_desktop.core.services.validate import check_range


class EvidenceService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def figures(
        self, options: EvidenceOptions | None = None, progress: Progress = no_progress
    ) -> EvidenceFigures:
        """Every figure of the evidence pack for the period and organisation asked for."""
        options = options or EvidenceOptions()
        check_range(options.date_from, options.date_to, "from date", "to date")
        today = self.ctx.clock.today()
        pack = self.ctx.pack()
        with self.ctx.db.read() as s:
            orgs = {
                oid: Org(oid, code, name, days)
                for oid, code, name, days in s.execute(
                    select(
                        m.OrganisationRow.id,
                        m.OrganisationRow.code,
                        m.OrganisationRow.name,
                        m.OrganisationRow.promised_days,
                    )
                )
            }
            only = self._organisation(orgs, options.organisation_code)
            rate = reference_rate(s)
            profile = s.get(m.ProfileRow, 1)
            ledger = Ledger(s, pack, rate)
            progress(1, 5)
            priced, level_counts, power_counts = self._activities(s, ledger, options, only)
            progress(2, 5)
            claims, overdue_claims, received, unallocated = self._claims(
                s, ledger, orgs, options, only, today
            )
            progress(3, 5)
            roles = dict(s.execute(select(m.AgreementRow.id, m.AgreementRow.role_title)).all())
            agreement_org = dict(
                s.execute(select(m.AgreementRow.id, m.AgreementRow.organisation_id)).all()
            )
            kinds = dict(s.execute(select(m.TermsRow.id, m.TermsRow.source_kind)).all())
            changes = terms_changes(ledger, priced, orgs, roles, agreement_org, options, only)
            changes = tuple(
                replace(c, source_kind=source_kind_of(kinds.get(terms_id, ""), c.source))
                for c, terms_id in changes
            )
            progress(4, 5)

        # Hours by organisation and tax year, added up into the other groupings.
        groups: dict[tuple[int, int], list[tuple[Activity, FeeResult]]] = defaultdict(list)
        for activity, result in priced:
            groups[(activity.organisation_id, tax_year_of(activity.date, pack))].append(
                (activity, result)
            )
        cell: dict[tuple[int, int], Hours] = {
            key: hours_of(hours_breakdown(items, rate)) for key, items in groups.items()
        }
        by_org_hours: dict[int, Hours] = defaultdict(Hours)
        by_year_hours: dict[int, Hours] = defaultdict(Hours)
        for (oid, year), hours in cell.items():
            by_org_hours[oid] += hours
            by_year_hours[year] += hours
        total = sum(by_year_hours.values(), Hours())

        org_ids = {oid for oid in by_org_hours} | set(claims) | set(received)
        if only is not None:
            org_ids &= {only.id}
        by_org = tuple(
            sorted(
                (
                    OrganisationFigures(
                        code=orgs[oid].code,
                        name=orgs[oid].name,
                        hours=by_org_hours.get(oid, Hours()),
                        claims=claims.get(oid, ClaimFigures()),
                        fees_received=received.get(oid, Money.zero()),
                    )
                    for oid in org_ids
                ),
                key=lambda o: (-o.hours.total_minutes, o.code),
            )
        )
        all_claims = sum((o.claims for o in by_org), ClaimFigures())
        all_claims = ClaimFigures(
            all_claims.submitted,
            all_claims.paid,
            all_claims.overdue,
            all_claims.days_to_pay,
            all_claims.days_late,
            all_claims.promised_days,
            tuple(sorted(overdue_claims, key=lambda c: (-c.days_late, c.number))),
            all_claims.chasers,
            all_claims.chased,
        )
        label = lambda year: tax_year_label(year, pack)  # noqa: E731
        figures = EvidenceFigures(
            today=today,
            date_from=options.date_from,
            date_to=options.date_to,
            organisation_code=only.code if only else None,
            member_name=profile.name if profile else "",
            members=1,
            reference_rate=rate,
            hours=total,
            by_organisation=by_org,
            by_tax_year=tuple(
                YearHours(label(year), by_year_hours[year]) for year in sorted(by_year_hours)
            ),
            by_organisation_and_year=tuple(
                YearHours(label(year), cell[(oid, year)], orgs[oid].code)
                for oid, year in sorted(cell, key=lambda k: (k[1], orgs[k[0]].code))
            ),
            fees_received=sum(received.values(), Money.zero()),
            unallocated_received=unallocated,
            claims=all_claims,
            terms_changes=changes,
            levels=levels_of(without_org(level_counts)),
            power=power_of(without_org(power_counts)),
            currency_symbol=pack.currency_symbol,
            carer_minutes=sum(
                a.total_minutes for a, _r in priced if a.attended_as is AttendedAs.CARER
            ),
            on_behalf_minutes=sum(
                a.total_minutes for a, _r in priced if a.attended_as is AttendedAs.ON_BEHALF
            ),
            levels_by_organisation=levels_by_org(level_counts, orgs),
            power_by_organisation=power_by_org(power_counts, orgs),
        )
        progress(5, 5)
        return figures

    def pdf(
        self, options: EvidenceOptions | None = None, progress: Progress = no_progress
    ) -> bytes:
        """The evidence pack as a PDF: the same figures as `figures`, laid out with charts,
        in large print when the options ask for it."""
        from coprod_desktop.core.reports.evidence import render_evidence_pdf

        options = options or EvidenceOptions()
        pack = self.ctx.pack()
        return render_evidence_pdf(
            self.figures(options, progress),
            progress=progress,
            large_print=options.large_print,
            year_start=(pack.tax_year_start_month, pack.tax_year_start_day),
        )

    def own_words(self, options: EvidenceOptions | None = None) -> tuple[OwnWords, ...]:
        """Titles, impact and feedback of the activities in the period that have any impact or
        feedback written: what a member may choose to share in a bundle (never private notes).
        """
        options = options or EvidenceOptions()
        check_range(options.date_from, options.date_to, "from date", "to date")
        a = m.ActivityRow
        with self.ctx.db.read() as s:
            orgs = dict(s.execute(select(m.OrganisationRow.id, m.OrganisationRow.code)).all())
            only = None
            if options.organisation_code:
                found = self._organisation(
                    {i: Org(i, c, "", 0) for i, c in orgs.items()}, options.organisation_code
                )
                only = found.id if found else None
            query = select(a.date, a.organisation_id, a.title, a.impact, a.feedback).where(
                a.draft.is_(False), (a.impact != "") | (a.feedback != "")
            )
            if options.date_from:
                query = query.where(a.date >= options.date_from)
            if options.date_to:
                query = query.where(a.date <= options.date_to)
            if only is not None:
                query = query.where(a.organisation_id == only)
            return tuple(
                OwnWords(on, orgs.get(oid, ""), title, impact, feedback)
                for on, oid, title, impact, feedback in s.execute(query.order_by(a.date, a.id))
            )

    def record_span(self, options: EvidenceOptions | None = None) -> tuple[date, date] | None:
        """The first and last day anything evidence counts happened on (confirmed activities,
        claims submitted, new terms), within the options' dates; None when there is nothing.
        A bundle uses it to keep its figures by tax year only for the years that have any."""
        options = options or EvidenceOptions()
        check_range(options.date_from, options.date_to, "from date", "to date")
        a, c, t = m.ActivityRow, m.ClaimRow, m.TermsRow
        found: list[date] = []
        with self.ctx.db.read() as s:
            for column, where in (
                (a.date, a.draft.is_(False)),
                (c.submitted_on, c.submitted_on.is_not(None)),
                (t.effective_from, t.id.is_not(None)),
            ):
                query = select(func.min(column), func.max(column)).where(where)
                if options.date_from:
                    query = query.where(column >= options.date_from)
                if options.date_to:
                    query = query.where(column <= options.date_to)
                found += [d for d in s.execute(query).one() if d is not None]
        return (min(found), max(found)) if found else None

    # -- reading ----------------------------------------------------------------------------
    @staticmethod
    def _organisation(orgs: dict[int, Org], code: str | None) -> Org | None:
        if code is None or not str(code).strip():
            return None
        wanted = str(code).strip().upper()
        for org in orgs.values():
            if org.code.upper() == wanted:
                return org
        raise NotFound(
            f"There is no organisation with the code '{str(code)[:20]}': check the code with "
            "'coprod list orgs'.",
            "org",
        )

    @staticmethod
    def _activities(
        s: Session, ledger: Ledger, options: EvidenceOptions, only: Org | None
    ) -> tuple[list[tuple[Activity, FeeResult]], Counter[tuple], Counter[tuple]]:
        """Each activity with its fee, plus the described/judged pairs and power-sharing
        answers counted as they are read (thousands of activities share a few answers), each
        keyed by the activity's organisation id first."""
        a = m.ActivityRow
        query = select(
            a.id,
            a.organisation_id,
            a.agreement_id,
            a.date,
            a.prep_minutes,
            a.contact_minutes,
            a.travel_minutes,
            a.followup_minutes,
            a.fee_declined,
            a.described_level,
            a.judged_level,
            a.ps_agenda_set_jointly,
            a.ps_papers_in_time,
            a.ps_papers_days_ahead,
            a.ps_present_at_decision,
            a.ps_equal_say,
            a.ps_told_what_changed,
            a.attended_as,
        ).where(a.draft.is_(False))
        if options.date_from:
            query = query.where(a.date >= options.date_from)
        if options.date_to:
            query = query.where(a.date <= options.date_to)
        if only is not None:
            query = query.where(a.organisation_id == only.id)
        priced = []
        levels: Counter[tuple] = Counter()
        power: Counter[tuple] = Counter()
        # `fee_for` reads an activity only through its payable minutes and the declined flag,
        # so activities alike in those under the same terms version share one computation.
        # (The tests check every activity's figure against Ledger.fee.)
        memo: dict[tuple[int, int, bool], FeeResult] = {}
        for row in s.execute(query.order_by(a.date, a.id)):
            activity = Activity(
                id=row[0],
                organisation_id=row[1],
                agreement_id=row[2],
                date=row[3],
                title="",
                prep_minutes=row[4],
                contact_minutes=row[5],
                travel_minutes=row[6],
                followup_minutes=row[7],
                fee_declined=bool(row[8]),
                attended_as=AttendedAs(row[17] or AttendedAs.SELF.value),
            )
            terms = ledger.terms_for(activity.agreement_id, activity.date)
            key = (id(terms), payable_minutes(activity, terms), activity.fee_declined)
            result = memo.get(key)
            if result is None:
                result = memo[key] = fee_for(activity, terms)
            priced.append((activity, result))
            levels[(row[1], row[9], row[10])] += 1
            power[(row[1], *row[11:17])] += 1
        return priced, levels, power

    def _claims(
        self,
        s: Session,
        ledger: Ledger,
        orgs: dict[int, Org],
        options: EvidenceOptions,
        only: Org | None,
        today: date,
    ) -> tuple[dict[int, ClaimFigures], list[OverdueClaim], dict[int, Money], Money]:
        """Claim figures by organisation, the overdue list, fees received by organisation and
        money received without a claim. Each claim's figures follow ClaimService exactly
        (the test suite compares them claim by claim)."""
        c = m.ClaimRow
        query = select(
            c.id, c.organisation_id, c.number, c.status, c.submitted_on, c.created_on
        ).where(c.submitted_on.is_not(None), c.status != ClaimStatus.VOID.value)
        if options.date_from:
            query = query.where(c.submitted_on >= options.date_from)
        if options.date_to:
            query = query.where(c.submitted_on <= options.date_to)
        if only is not None:
            query = query.where(c.organisation_id == only.id)
        claims = s.execute(query).all()
        wanted = {row[0] for row in claims}

        totals = dict(
            s.execute(
                select(
                    m.ClaimLineRow.claim_id, func.sum(type_coerce(m.ClaimLineRow.amount, Integer))
                ).group_by(m.ClaimLineRow.claim_id)
            ).all()
        )
        fee_line_terms: dict[int, list[tuple[int | None, date]]] = defaultdict(list)
        for claim_id, agreement_id, on in s.execute(
            select(m.ClaimLineRow.claim_id, m.ActivityRow.agreement_id, m.ActivityRow.date).join(
                m.ActivityRow, m.ActivityRow.id == m.ClaimLineRow.activity_id
            )
        ):
            if claim_id in wanted:
                fee_line_terms[claim_id].append((agreement_id, on))

        # Every allocation, oldest payment first: what each claim was paid, the date that
        # completed it, and the fee part received in the period.
        paid: dict[int, int] = defaultdict(int)
        completed: dict[int, date] = {}
        received: dict[int, Money] = defaultdict(Money.zero)
        for claim_id, claim_org, fee, expense, on in s.execute(
            select(
                m.AllocationRow.claim_id,
                m.ClaimRow.organisation_id,
                type_coerce(m.AllocationRow.fee_amount, Integer),
                type_coerce(m.AllocationRow.expense_amount, Integer),
                m.PaymentRow.date,
            )
            .join(m.PaymentRow, m.PaymentRow.id == m.AllocationRow.payment_id)
            .join(m.ClaimRow, m.ClaimRow.id == m.AllocationRow.claim_id)
            .order_by(m.PaymentRow.date, m.PaymentRow.id)
        ):
            paid[claim_id] += fee + expense
            completed[claim_id] = on
            in_period = (not options.date_from or on >= options.date_from) and (
                not options.date_to or on <= options.date_to
            )
            if in_period and (only is None or claim_org == only.id):
                received[claim_org] += Money(fee)
        unallocated = Money.zero()
        if only is None:
            p = m.PaymentRow
            loose = select(type_coerce(p.amount, Integer)).where(
                ~select(m.AllocationRow.id).where(m.AllocationRow.payment_id == p.id).exists()
            )
            if options.date_from:
                loose = loose.where(p.date >= options.date_from)
            if options.date_to:
                loose = loose.where(p.date <= options.date_to)
            unallocated = Money(sum(s.scalars(loose)))

        per_org: dict[int, dict[str, list]] = defaultdict(lambda: defaultdict(list))
        counts: dict[int, Counter[str]] = defaultdict(Counter)
        overdue_list: list[OverdueClaim] = []
        chasers = dict(
            s.execute(
                select(m.ClaimChaserRow.claim_id, func.count(m.ClaimChaserRow.id)).group_by(
                    m.ClaimChaserRow.claim_id
                )
            ).all()
        )
        for claim_id, org_id, number, status, submitted_on, created_on in claims:
            if chasers.get(claim_id):
                counts[org_id]["chasers"] += chasers[claim_id]
                counts[org_id]["chased"] += 1
            promised = self._promised_days(
                ledger, fee_line_terms.get(claim_id, ()), submitted_on or created_on, orgs, org_id
            )
            due = due_date(submitted_on, promised)
            fully_paid = status == ClaimStatus.PAID.value
            done = completed.get(claim_id) if fully_paid else None
            overdue = is_overdue(due, today, fully_paid=fully_paid)
            late = days_late(due, done or today)
            counts[org_id]["submitted"] += 1
            per_org[org_id]["late"].append(late)
            per_org[org_id]["promised"].append(promised)
            if fully_paid and done is not None:
                counts[org_id]["paid"] += 1
                per_org[org_id]["to_pay"].append(days_to_pay(submitted_on, done))
            if overdue:
                counts[org_id]["overdue"] += 1
                org = orgs[org_id]
                overdue_list.append(
                    OverdueClaim(
                        number=number,
                        organisation_code=org.code,
                        organisation_name=org.name,
                        due_date=due,
                        days_late=late,
                        outstanding=Money(totals.get(claim_id, 0) - paid.get(claim_id, 0)),
                    )
                )
        figures = {
            oid: ClaimFigures(
                submitted=counts[oid]["submitted"],
                paid=counts[oid]["paid"],
                overdue=counts[oid]["overdue"],
                days_to_pay=tuple(sorted(lists["to_pay"])),
                days_late=tuple(sorted(lists["late"])),
                promised_days=tuple(sorted(lists["promised"])),
                chasers=counts[oid]["chasers"],
                chased=counts[oid]["chased"],
            )
            for oid, lists in per_org.items()
        }
        return figures, overdue_list, dict(received), unallocated

    @staticmethod
    def _promised_days(
        ledger: Ledger,
        fee_lines: Iterable[tuple[int | None, date]],
        on: date,
        orgs: dict[int, Org],
        org_id: int,
    ) -> int:
        """As ClaimService.promised_days: the shortest time to pay promised by the terms the
        claim's fee lines draw on, on the day it was submitted; else the organisation's."""
        promised = []
        for agreement_id, activity_date in fee_lines:
            terms = ledger.terms_for(agreement_id, on)
            if terms is None:
                terms = ledger.terms_for(agreement_id, activity_date)
            if terms is not None and terms.promised_days is not None:
                promised.append(terms.promised_days)
        if promised:
            return min(promised)
        org = orgs.get(org_id)
        return org.promised_days if org else 30
