"""The benefits summary as plain data: every period once, each in a plain sentence, with the
notes that say which money counts and when, why the periods may reach outside the dates asked,
and (for Carer's Allowance) the deductions, the cliff edge and the change of circumstances.

The command, the PDF and the window all print this one value, so they say the same thing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from coprod_desktop.core.db import models as m
from coprod_desktop.core.rules.benefits import PeriodFigure, PeriodStatus
from coprod_desktop.core.rules.carers import CarersDeductions
from coprod_desktop.core.services import convert
from coprod_desktop.core.services.benefit_watch import check_kind
from coprod_desktop.core.services.benefit_words import (
    BENEFIT_TITLES,
    CARERS_CHANGE,
    NOT_ADVICE_BENEFITS,
    carers_note,
    counted_note,
    period_words,
    range_note,
)
from coprod_desktop.core.services.summaries import SummaryService


@dataclass(frozen=True, slots=True)
class BenefitsReport:
    kind: str  # "esa" | "uc" | "carers-allowance"
    title: str
    start: date
    end: date
    by_received: bool
    figures: tuple[PeriodFigure, ...]
    lines: tuple[str, ...]  # one plain sentence per figure, same order
    range_note: str  # "" when the periods stay inside start..end
    counted_note: str
    rules_note: str  # Carer's Allowance deductions and averaging; UC housing costs; else ""
    closing: tuple[str, ...]  # change of circumstances (Carer's Allowance) and "not advice"
    housing_costs: bool = False
    carers: CarersDeductions | None = None

    @property
    def over_count(self) -> int:
        return sum(1 for f in self.figures if f.status is PeriodStatus.OVER)

    @property
    def near_count(self) -> int:
        return sum(1 for f in self.figures if f.status is PeriodStatus.NEAR)

    def headline(self) -> str:
        """How many periods crossed or came near the limit, in a sentence."""
        unit = "assessment period" if self.kind == "uc" else "week"
        total = len(self.figures)
        plural = "s" if total != 1 else ""
        return (
            f"{total} {unit}{plural}: {self.over_count} over the limit, {self.near_count} near it "
            f"(80% or more), {total - self.over_count - self.near_count} within it."
        )


class BenefitsReportService:
    def __init__(self, summaries: SummaryService) -> None:
        self.summaries = summaries
        self.ctx = summaries.ctx

    def report(
        self,
        start: date,
        end: date,
        kind: str | None = None,
        by_received: bool | None = None,
    ) -> BenefitsReport:
        """`by_received` None keeps the member's own setting (received, unless changed)."""
        watch = self.summaries.watch.get()
        chosen = check_kind(kind) if kind else watch.primary
        with self.ctx.db.read() as s:
            row = s.get(m.ProfileRow, 1)
            profile = convert.profile(row) if row else None
        received = (
            by_received
            if by_received is not None
            else (profile.benefits_count_by_received if profile else True)
        )
        housing = profile.uc_housing_costs if profile else False
        figures = tuple(self.summaries.benefits(start, end, chosen, received, watch.carers))
        rules = ""
        closing: tuple[str, ...] = (NOT_ADVICE_BENEFITS,)
        if chosen == "carers-allowance":
            rules = carers_note(watch.carers)
            closing = (CARERS_CHANGE, NOT_ADVICE_BENEFITS)
        elif chosen == "uc":
            rules = (
                "The work allowance shown is the one "
                + ("with" if housing else "without")
                + " housing costs in your Universal Credit."
            )
        return BenefitsReport(
            kind=chosen,
            title=BENEFIT_TITLES[chosen],
            start=start,
            end=end,
            by_received=received,
            figures=figures,
            lines=tuple(period_words(chosen, f) for f in figures),
            range_note=range_note(chosen, start, end, figures),
            counted_note=counted_note(chosen, received),
            rules_note=rules,
            closing=closing,
            housing_costs=housing,
            carers=watch.carers if chosen == "carers-allowance" else None,
        )
