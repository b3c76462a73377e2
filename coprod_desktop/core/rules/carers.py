"""Carer's Allowance: the weekly earnings test, with the deductions the rules allow.

Why a module of its own: unlike ESA's flat limit and Universal Credit's taper, Carer's Allowance
compares a week's earnings *after deductions* with the limit, and a week over the limit by a
penny loses that whole week's allowance (a cliff edge, not a taper). The figures (the limit, the
share of pension contributions taken off, the most care costs may take off) are dated figures in
the locale pack, so a new April's limit is a new entry, not new code.

Choices made here (the app informs, never advises; a benefits adviser has the last word):

* The member's deductions are weekly amounts they enter (income tax, National Insurance, their
  own pension contributions, the cost of care for the person they look after while they work).
  They are taken off only in a week with earnings: a week without paid work has nothing to
  deduct from, and no deduction makes earnings negative.
* Order: income tax and National Insurance first; then the pension share (half) of the
  contributions; what is left is *net earnings*; then care costs, at most the cap share (half)
  of net earnings. The half of net earnings is rounded down to the penny and the pension half
  half-up, so any rounding leaves the countable figure a penny higher, never lower: the cautious
  reading for a cliff edge.
* Averaging: when the member's earnings are irregular the rules allow them to be averaged. The
  member chooses the number of weeks (1 = no averaging); each week is then judged on the average
  of the countable earnings of that week and the weeks just before it (the average rounded
  half-up to the penny). The weeks before the first one shown are read for it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import ROUND_DOWN, Decimal

from coprod_desktop.core.domain.errors import UserError
from coprod_desktop.core.domain.money import Money
from coprod_desktop.core.rules.locale import LocaleRates

MAX_AVERAGING_WEEKS = 52


@dataclass(frozen=True, slots=True)
class CarersDeductions:
    """The member's own weekly figures, taken off a week's earnings as the rules allow."""

    income_tax: Money = field(default_factory=Money.zero)
    national_insurance: Money = field(default_factory=Money.zero)
    pension_contributions: Money = field(default_factory=Money.zero)
    care_costs: Money = field(default_factory=Money.zero)
    averaging_weeks: int = 1

    def check(self) -> CarersDeductions:
        """Refuse a negative amount or an averaging span the rules would not recognise."""
        for name, label in (
            ("income_tax", "income tax"),
            ("national_insurance", "National Insurance"),
            ("pension_contributions", "pension contributions"),
            ("care_costs", "care costs while working"),
        ):
            if getattr(self, name).pence < 0:
                raise UserError(
                    f"The weekly {label} cannot be below zero: write 0 if you pay none.", name
                )
        if not 1 <= self.averaging_weeks <= MAX_AVERAGING_WEEKS:
            raise UserError(
                f"Average earnings over 1 to {MAX_AVERAGING_WEEKS} weeks (1 means no averaging).",
                "averaging_weeks",
            )
        return self


@dataclass(frozen=True, slots=True)
class CarersWeekEarnings:
    """One week's earnings taken apart: what was deducted and what counts."""

    gross: Money
    tax_and_ni: Money
    pension: Money  # the share of pension contributions taken off
    care: Money  # care costs taken off (at most the cap share of net earnings)
    countable: Money

    @property
    def deducted(self) -> Money:
        return self.tax_and_ni + self.pension + self.care


def countable_earnings(
    gross: Money, deductions: CarersDeductions, rates: LocaleRates
) -> CarersWeekEarnings:
    """A week's earnings after the deductions the rules allow (see the module notes)."""
    zero = Money.zero()
    if gross.pence <= 0:
        return CarersWeekEarnings(gross, zero, zero, zero, zero)
    tax_and_ni = min(gross, deductions.income_tax + deductions.national_insurance)
    left = gross - tax_and_ni
    pension_share = deductions.pension_contributions.to_decimal() * rates.ca_pension_share
    pension = min(left, Money.from_decimal(pension_share))
    net = left - pension
    cap_pence = int(
        (Decimal(net.pence) * rates.ca_care_cost_cap_share).quantize(Decimal(1), ROUND_DOWN)
    )
    care = min(deductions.care_costs, Money(cap_pence))
    return CarersWeekEarnings(gross, tax_and_ni, pension, care, net - care)


def averaged(countables: list[Money], weeks: int) -> list[Money]:
    """For each week, the average of its countable earnings and the `weeks - 1` weeks before it
    (fewer at the very start of the list), rounded half-up to the penny."""
    out = []
    for index in range(len(countables)):
        window = countables[max(0, index - weeks + 1) : index + 1]
        total = sum(m.pence for m in window)
        out.append(Money.from_decimal(Decimal(total) / len(window) / 100))
    return out
