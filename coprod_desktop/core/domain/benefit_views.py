"""Plain data for the dashboard's benefit position (worked out in services.benefit_position)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from coprod_desktop.core.domain.money import Money


@dataclass(frozen=True, slots=True)
class BenefitPosition:
    kind: str
    name: str  # "ESA permitted work"
    period_words: str  # "This week, Monday 30 November to Sunday 6 December 2026"
    start: date
    end: date
    amount: Money  # what is judged against the limit (after deductions for Carer's Allowance)
    limit: Money
    money_words: str  # "£120.00 of £195.50 — £75.50 to go"
    money_permille: int  # the bar's filled share, 0..1000
    minutes: int
    hours_words: str  # ESA only, else ""
    hours_permille: int | None
    status: str  # "ok" | "near" | "over"
    status_words: str
    counted_words: str  # which money counts, and when
    detail: str  # deductions, averaging, the cliff edge, the taper: "" when nothing to add

    def description(self) -> str:
        """Every figure in one passage, for a screen reader."""
        parts = [f"{self.name}. {self.period_words}.", f"Earnings: {self.money_words}."]
        if self.hours_words:
            parts.append(f"Hours: {self.hours_words}.")
        parts += [f"{self.status_words}.", self.counted_words, self.detail]
        return " ".join(p for p in parts if p)
