"""Tax-year, benefits and dashboard figures, each computed as "Figures, defined" says."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from coprod_desktop.core.db import models as m
from coprod_desktop.core.domain.errors import UserError
from coprod_desktop.core.domain.kinds import ClaimStatus, ExpenseCategory, Vehicle
from coprod_desktop.core.domain.money import Money
from coprod_desktop.core.domain.views import (
    ActivityFilter,
    ActivityItem,
    BenefitsWarning,
    ClaimItem,
    Dashboard,
    PeriodFigures,
    TaxYearSummary,
)
from coprod_desktop.core.rules.benefits import (
    EarningEvent,
    PeriodFigure,
    benefits_summary,
    reach_back,
)
from coprod_desktop.core.rules.carers import CarersDeductions
from coprod_desktop.core.rules.tax_year import tax_year_bounds, tax_year_label, tax_year_of
from coprod_desktop.core.services import convert
from coprod_desktop.core.services.activities import ActivityService
from coprod_desktop.core.services.benefit_position import positions
from coprod_desktop.core.services.benefit_watch import KIND_NAMES, BenefitWatchService, check_kind
from coprod_desktop.core.services.benefit_words import period_words
from coprod_desktop.core.services.claims import ClaimService
from coprod_desktop.core.services.context import Context
from coprod_desktop.core.services.ledger import Ledger, reference_rate


class SummaryService:
    def __init__(self, ctx: Context, claims: ClaimService, activities: ActivityService) -> None:
        self.ctx = ctx
        self.claims = claims
        self.activities = activities
        self.watch = BenefitWatchService(ctx)

    def _ledger(self, s: Session) -> Ledger:
        return Ledger(s, self.ctx.pack(), reference_rate(s))

    # -- tax year ---------------------------------------------------------------------------
    def tax_year(self, year: int) -> TaxYearSummary:
        if not 1950 <= year <= 2100:
            raise UserError("The tax year must be a year such as 2025.", "year")
        pack = self.ctx.pack()
        start, end = tax_year_bounds(year, pack)
        with self.ctx.db.read() as s:
            ledger = self._ledger(s)
            fee = payroll = voucher = Money.zero()
            rows = s.scalars(
                select(m.ActivityRow).where(
                    m.ActivityRow.date >= start,
                    m.ActivityRow.date <= end,
                    m.ActivityRow.draft.is_(False),  # drafts count once confirmed
                )
            )
            for row in rows:
                result = ledger.fee(convert.activity(row))
                if result.via_payroll:
                    payroll += result.amount
                    continue
                fee += result.amount
                if result.via_voucher:
                    voucher += result.amount
            car_miles = Decimal(0)
            approved = paid = excess = Money.zero()
            for row in s.scalars(
                select(m.ExpenseRow).where(
                    m.ExpenseRow.category == ExpenseCategory.MILEAGE.value,
                    m.ExpenseRow.date >= start,
                    m.ExpenseRow.date <= end,
                )
            ):
                res = ledger.mileage_in_year(year).get(row.id)  # the band counts per tax year
                if res is None:
                    continue
                if row.vehicle == Vehicle.CAR.value:
                    car_miles += row.miles or Decimal(0)
                approved += res.approved
                paid += res.paid
                excess += res.excess
        rates = pack.rates_on(start)
        return TaxYearSummary(
            tax_year=tax_year_label(year, pack),
            start=start,
            end=end,
            fee_income=fee,
            payroll_income=payroll,
            voucher_income=voucher,
            trading_allowance=rates.trading_allowance,
            car_miles=format(car_miles.normalize(), "f") if car_miles else "0",
            mileage_approved=approved,
            mileage_paid=paid,
            mileage_excess=excess,
        )

    # -- benefits ---------------------------------------------------------------------------
    def tax_years(self) -> list[tuple[int, str]]:
        """The tax years the records reach, newest first, as (year, label such as "2025-26"):
        from the earliest activity's year to this one, so a summary can be asked for each."""
        from sqlalchemy import func

        pack = self.ctx.pack()
        current = tax_year_of(self.ctx.clock.today(), pack)
        with self.ctx.db.read() as s:
            first = s.scalar(select(func.min(m.ActivityRow.date)))
        earliest = min(tax_year_of(first, pack), current) if first else current
        return [(year, tax_year_label(year, pack)) for year in range(current, earliest - 1, -1)]

    def earning_events(
        self, s: Session, start: date, end: date, by_received: bool
    ) -> list[EarningEvent]:
        """Money counted for benefits: fees when received (or by activity date), and minutes
        worked by activity date."""
        ledger = self._ledger(s)
        events: list[EarningEvent] = []
        for row in s.scalars(
            select(m.ActivityRow).where(
                m.ActivityRow.date >= start,
                m.ActivityRow.date <= end,
                m.ActivityRow.draft.is_(False),  # drafts count once confirmed
            )
        ):
            activity = convert.activity(row)
            amount = Money.zero() if by_received else ledger.fee(activity).amount
            events.append(EarningEvent(activity.date, amount, activity.total_minutes))
        if by_received:
            for pay in s.scalars(
                select(m.PaymentRow).where(m.PaymentRow.date >= start, m.PaymentRow.date <= end)
            ):
                if pay.allocations:
                    fee = sum((a.fee_amount for a in pay.allocations), Money.zero())
                    if fee.pence:
                        events.append(EarningEvent(pay.date, fee, 0))
                else:
                    events.append(EarningEvent(pay.date, pay.amount, 0))
        return events

    def benefits(
        self,
        start: date,
        end: date,
        kind: str | None = None,
        by_received: bool | None = None,
        carers: CarersDeductions | None = None,
    ) -> list[PeriodFigure]:
        """Each period's figures. `kind` None: the first limit the member watches (else ESA);
        `carers` None: the member's own Carer's Allowance deductions from Settings."""
        if end < start:
            raise UserError("The to date is before the from date: swap them.", "to")
        if (end - start).days > 3700:
            raise UserError("Choose a span of ten years or less for a benefits summary.", "to")
        watch = self.watch.get()
        chosen = check_kind(kind) if kind else watch.primary
        if carers is None:
            carers = watch.carers
        with self.ctx.db.read() as s:
            profile_row = s.get(m.ProfileRow, 1)
            profile = convert.profile(profile_row) if profile_row else None
            received = (
                by_received
                if by_received is not None
                else (profile.benefits_count_by_received if profile else True)
            )
            first = reach_back(chosen, start, carers)
            # whole periods reach up to a month either side of the dates asked for
            events = self.earning_events(
                s, first - timedelta(days=31), end + timedelta(days=31), received
            )
        return benefits_summary(
            chosen,  # type: ignore[arg-type]
            events,
            start,
            end,
            self.ctx.pack(),
            housing_costs=profile.uc_housing_costs if profile else False,
            start_day=profile.uc_period_start_day if profile else 1,
            carers=carers,
        )

    # -- dashboard --------------------------------------------------------------------------
    def period(
        self, label: str, start: date, end: date, open_claims: list[ClaimItem] | None = None
    ) -> PeriodFigures:
        """Hours, fees earned and received in a period, and what is still owed on the claims
        made in it.
        `open_claims` (ClaimService.open_items) may be passed in to read them only once."""
        with self.ctx.db.read() as s:
            ledger = self._ledger(s)
            minutes = 0
            earned = Money.zero()
            for row in s.scalars(
                select(m.ActivityRow).where(
                    m.ActivityRow.date >= start,
                    m.ActivityRow.date <= end,
                    m.ActivityRow.draft.is_(False),  # drafts count once confirmed
                )
            ):
                activity = convert.activity(row)
                minutes += activity.total_minutes
                earned += ledger.fee(activity).amount
            received = sum(
                s.scalars(
                    select(m.PaymentRow.amount).where(
                        m.PaymentRow.date >= start, m.PaymentRow.date <= end
                    )
                ),
                Money.zero(),
            )
        if open_claims is None:
            open_claims = self.claims.open_items()
        outstanding = sum(
            (
                item.outstanding
                for item in open_claims
                if item.claim.status
                in (ClaimStatus.SUBMITTED, ClaimStatus.PART_PAID, ClaimStatus.DISPUTED)
                # this period's own claims: those made in it (a month shows its month only)
                and start <= item.claim.created_on <= end
            ),
            Money.zero(),
        )
        return PeriodFigures(label, start, end, minutes, earned, received, outstanding)

    def dashboard(self) -> Dashboard:
        today = self.ctx.clock.today()
        pack = self.ctx.pack()
        month_start = today.replace(day=1)
        next_month = (month_start + timedelta(days=32)).replace(day=1)
        year = tax_year_of(today, pack)
        ty_start, ty_end = tax_year_bounds(year, pack)
        # Only sent, unsettled claims can be outstanding or overdue: read those once.
        open_claims = self.claims.open_items()
        this_month = self.period(
            today.strftime("%B %Y"), month_start, next_month - timedelta(1), open_claims
        )
        this_year = self.period(
            f"Tax year {tax_year_label(year, pack)}", ty_start, ty_end, open_claims
        )
        tax = self.tax_year(year)
        overdue = tuple(
            sorted(
                (i for i in open_claims if i.overdue),
                key=lambda i: i.days_late,
                reverse=True,
            )
        )
        # this week's (or period's) position is shown whole by benefit_positions: warn of the
        # others (the week just gone, the weeks ahead) so no period is said twice
        warnings = tuple(
            w for w in self.benefit_warnings(today) if not w.period_start <= today <= w.period_end
        )
        recent = tuple(self.recent_activities(today, 8))
        return Dashboard(
            today=today,
            this_month=this_month,
            this_tax_year=this_year,
            trading_allowance=tax.trading_allowance,
            tax_year_fee_income=tax.fee_income,
            overdue=overdue,
            benefits_warnings=warnings,
            recent=recent,
            benefit_positions=positions(self, today),
        )

    def recent_activities(self, today: date, count: int) -> list[ActivityItem]:
        """The newest `count` activities up to today, as the activities list orders them.

        Why the date bound: listing all 10,000 activities to keep 8 cost most of a second; the
        database finds the day of the count-th newest, and only the days from it are listed."""
        with self.ctx.db.read() as s:
            since = s.scalar(
                select(m.ActivityRow.date)
                .where(m.ActivityRow.date <= today)
                .order_by(m.ActivityRow.date.desc(), m.ActivityRow.id.desc())
                .offset(count - 1)
                .limit(1)
            )
        return self.activities.list(ActivityFilter(date_from=since, date_to=today))[:count]

    def benefit_warnings(self, today: date) -> tuple[BenefitsWarning, ...]:
        """Warn on the current and next period of each limit the member watches."""
        out = []
        for kind in self.watch.get().kinds:
            figures = self.benefits(today - timedelta(days=35), today + timedelta(days=35), kind)
            for fig in figures:
                if fig.status.value == "ok" or fig.end < today - timedelta(days=7):
                    continue
                out.append(
                    BenefitsWarning(
                        kind=kind,
                        period_start=fig.start,
                        period_end=fig.end,
                        earnings=fig.judged,
                        limit=fig.limit,
                        status=fig.status.value,
                        message=(
                            f"{KIND_NAMES[kind]}, {fig.start:%d %b} to {fig.end:%d %b}: "
                            f"{period_words(kind, fig)} This is information, not advice: talk "
                            "to a benefits adviser or the Benefits Advice Service for "
                            "involvement."
                        ),
                    )
                )
        return tuple(out)
