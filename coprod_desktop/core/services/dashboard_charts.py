"""The figures behind the dashboard's two small charts, worked out here and only here.

Why a service of its own: the window draws, it never adds up. Fees earned by month use the
same ledger as every other fee figure, and money received is the payments' own amounts, so a
bar on the chart matches what the tax-year and claim pages say for that month.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select

from coprod_desktop.core.db import models as m
from coprod_desktop.core.domain.kinds import ClaimStatus
from coprod_desktop.core.domain.money import Money
from coprod_desktop.core.services import convert
from coprod_desktop.core.services.context import Context
from coprod_desktop.core.services.ledger import Ledger, reference_rate


@dataclass(frozen=True)
class MonthMoney:
    start: date
    label: str  # "Dec 2026"
    earned: Money
    received: Money


@dataclass(frozen=True)
class StatusCount:
    status: ClaimStatus
    label: str
    count: int


def month_starts(today: date, months: int) -> list[date]:
    """The first day of each of the last `months` months, oldest first, this month last."""
    first = today.replace(day=1)
    starts = [first]
    for _ in range(months - 1):
        first = (first - timedelta(days=1)).replace(day=1)
        starts.append(first)
    return starts[::-1]


class ChartService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def money_by_month(self, months: int = 12) -> list[MonthMoney]:
        """Fees earned (by activity date) and money received (by payment date), each month."""
        today = self.ctx.clock.today()
        starts = month_starts(today, months)
        end = (today.replace(day=1) + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        earned = {start: Money.zero() for start in starts}
        received = {start: Money.zero() for start in starts}
        with self.ctx.db.read() as s:
            ledger = Ledger(s, self.ctx.pack(), reference_rate(s))
            for row in s.scalars(
                select(m.ActivityRow).where(
                    m.ActivityRow.date >= starts[0],
                    m.ActivityRow.date <= end,
                    m.ActivityRow.draft.is_(False),
                )
            ):
                activity = convert.activity(row)
                earned[activity.date.replace(day=1)] += ledger.fee(activity).amount
            for day, amount in s.execute(
                select(m.PaymentRow.date, m.PaymentRow.amount).where(
                    m.PaymentRow.date >= starts[0], m.PaymentRow.date <= end
                )
            ):
                received[day.replace(day=1)] += amount
        return [
            MonthMoney(start, start.strftime("%b %Y"), earned[start], received[start])
            for start in starts
        ]

    def claims_by_status(self) -> list[StatusCount]:
        """How many claims are in each status (every status listed, in the order claims move)."""
        with self.ctx.db.read() as s:
            counts = dict(
                s.execute(select(m.ClaimRow.status, func.count()).group_by(m.ClaimRow.status)).all()
            )
        return [
            StatusCount(status, status.label, int(counts.get(status.value, 0)))
            for status in ClaimStatus
        ]


__all__ = ["ChartService", "MonthMoney", "StatusCount", "month_starts"]
