"""Where the member stands this week (or this assessment period) against each limit they watch:
the dashboard shows it always, not only once a limit is crossed.

Plain data only: the words and the filled share of each bar (in thousandths) are worked out here,
so the window draws what it is given and computes nothing.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from coprod_desktop.core.db import models as m
from coprod_desktop.core.domain.benefit_views import BenefitPosition
from coprod_desktop.core.domain.money import Money
from coprod_desktop.core.domain.parsing import format_minutes
from coprod_desktop.core.rules.benefits import PeriodFigure, PeriodStatus
from coprod_desktop.core.services.benefit_watch import KIND_NAMES
from coprod_desktop.core.services.benefit_words import CARERS_CLIFF, hours_limit_text

if TYPE_CHECKING:
    from coprod_desktop.core.services.summaries import SummaryService

STATUS_WORDS = {
    PeriodStatus.OK: "Within the limit",
    PeriodStatus.NEAR: "Near the limit (80% or more)",
    PeriodStatus.OVER: "Over the limit",
}


def positions(summaries: SummaryService, today: date) -> tuple[BenefitPosition, ...]:
    """One position per limit watched, in the member's order; none when none is watched."""
    watch = summaries.watch.get()
    out = []
    for kind in watch.kinds:
        figure = summaries.benefits(today, today, kind)[0]
        out.append(_position(kind, figure, summaries))
    return tuple(out)


def _position(kind: str, f: PeriodFigure, summaries: SummaryService) -> BenefitPosition:
    unit = "This assessment period" if kind == "uc" else "This week"
    span = f"{f.start:%A} {f.start.day} {f.start:%B} to {f.end:%A} {f.end.day} {f.end:%B %Y}"
    amount = f.judged
    what = "work allowance" if kind == "uc" else "limit"
    hours_words = ""
    hours_permille = None
    if f.hours_limit is not None:
        limit_minutes = int(f.hours_limit * 60)
        hours_words = _gap_words(
            format_minutes(f.minutes),
            f"the {hours_limit_text(f.hours_limit)} limit",
            limit_minutes - f.minutes,
            format_minutes(abs(limit_minutes - f.minutes)),
            at_limit="at the limit: work must stay under it",
        )
        hours_permille = _permille(f.minutes, limit_minutes)
    money_words = _gap_words(
        amount.display(),
        f.limit.display(),
        f.limit.pence - amount.pence,
        Money(abs(f.limit.pence - amount.pence)).display(),
        at_limit=f"exactly the {what}, which is allowed",
    )
    with summaries.ctx.db.read() as s:
        row = s.get(m.ProfileRow, 1)
        by_received = row.benefits_count_by_received if row else True
    unit_word = "assessment period" if kind == "uc" else "week"
    counted = (
        f"Fees count in the {unit_word} you receive them."
        if by_received
        else f"Fees count in the {unit_word} of the work they are for."
    )
    return BenefitPosition(
        kind=kind,
        name=KIND_NAMES[kind],
        period_words=f"{unit}, {span}",
        start=f.start,
        end=f.end,
        amount=amount,
        limit=f.limit,
        money_words=money_words,
        money_permille=_permille(amount.pence, f.limit.pence),
        minutes=f.minutes,
        hours_words=hours_words,
        hours_permille=hours_permille,
        status=f.status.value,
        status_words=STATUS_WORDS[f.status],
        counted_words=counted,
        detail=_detail(kind, f),
    )


def _gap_words(amount: str, limit: str, gap: int, gap_text: str, *, at_limit: str) -> str:
    if gap > 0:
        return f"{amount} of {limit} — {gap_text} to go"
    if gap == 0:
        return f"{amount} of {limit} — {at_limit}"
    return f"{amount} of {limit} — {gap_text} over"


def _permille(amount: int, limit: int) -> int:
    if limit <= 0:
        return 1000 if amount > 0 else 0
    return max(0, min(1000, amount * 1000 // limit))


def _detail(kind: str, f: PeriodFigure) -> str:
    if kind == "carers-allowance":
        text = f"Earned {f.earnings.display()}"
        if f.deducted:
            text += f", less {f.deducted.display()} of allowed deductions"
        text += f": {(f.countable or Money.zero()).display()} counts."
        if f.averaged is not None:
            text += f" Averaged over {f.averaging_weeks} weeks: {f.averaged.display()}."
        return f"{text} {CARERS_CLIFF}"
    if kind == "uc" and f.reduction:
        return f"The taper could reduce Universal Credit by {f.reduction.display()}."
    if kind == "esa" and f.hours_limit is not None:
        return (
            f"Both tests apply: under {f.hours_limit.normalize():f} hours and at most "
            f"{f.limit.display()} a week."
        )
    return ""
