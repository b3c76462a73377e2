"""The tallies a group's figures are added up in: a count with the members it stands for, and
one organisation's running totals (which the small organisations are merged by), plus the two
small calculations both the tallies and the pack need.

Apart from `core.services.group_evidence` so each module reads in one sitting.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from coprod_desktop.core.domain.evidence_views import POWER_CHECKS, Hours
from coprod_desktop.core.domain.group_views import DAYS_LATE_BANDS, BundleChange, OrgYear
from coprod_desktop.core.domain.kinds import Basis, Classification
from coprod_desktop.core.domain.money import Money


@dataclass
class Cell:
    """A count and the members it stands for."""

    count: int = 0
    members: set[int] = field(default_factory=set)

    def add(self, n: int, member: int) -> None:
        if n:
            self.count += n
            self.members.add(member)

    def merge(self, other: Cell) -> None:
        self.count += other.count
        self.members |= other.members


@dataclass
class OrgTally:
    """One organisation's figures being added up (or the small ones merged)."""

    code: str
    name: str
    members: set[int] = field(default_factory=set)
    hours: Hours = field(default_factory=Hours)
    fees_received: Money = field(default_factory=Money.zero)
    submitted: int = 0
    paid: int = 0
    overdue: int = 0
    outstanding: Money = field(default_factory=Money.zero)
    medians: list[tuple[Decimal, int]] = field(default_factory=list)  # (median, claims)
    promised: list[tuple[Decimal, int]] = field(default_factory=list)
    worst: int | None = None
    paid_members: set[int] = field(default_factory=set)
    late_members: set[int] = field(default_factory=set)
    bands: list[Cell] = field(default_factory=lambda: [Cell() for _ in DAYS_LATE_BANDS])
    levels: dict[tuple[str, str], Cell] = field(default_factory=lambda: defaultdict(Cell))
    power: list[Counter[str]] = field(default_factory=lambda: [Counter() for _ in POWER_CHECKS])
    papers: Counter[int] = field(default_factory=Counter)
    changes: list[tuple[int, BundleChange]] = field(default_factory=list)
    #: For each figure of CONTRIBUTED: the members whose bundles add to it (a figure only one
    #: or two members add to would point at them).
    contributors: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))

    def merge(self, o: OrgTally) -> None:
        self.members |= o.members
        self.hours += o.hours
        self.fees_received += o.fees_received
        self.submitted += o.submitted
        self.paid += o.paid
        self.overdue += o.overdue
        self.outstanding += o.outstanding
        self.medians += o.medians
        self.promised += o.promised
        if o.worst is not None:
            self.worst = max(self.worst or 0, o.worst)
        self.paid_members |= o.paid_members
        self.late_members |= o.late_members
        for mine, theirs in zip(self.bands, o.bands, strict=True):
            mine.merge(theirs)
        for key, cell in o.levels.items():
            self.levels[key].merge(cell)
        for mine_c, theirs_c in zip(self.power, o.power, strict=True):
            mine_c.update(theirs_c)
        self.papers.update(o.papers)
        for name, members in o.contributors.items():
            self.contributors[name] |= members


def weighted_median(values: Iterable[tuple[Decimal, int]]) -> Decimal | None:
    """The median of values each counted `weight` times (exact; x.5 between two)."""
    ordered = sorted((v, w) for v, w in values if w > 0)
    total = sum(w for _, w in ordered)
    if not total:
        return None

    def at(position: int) -> Decimal:
        seen = 0
        for value, weight in ordered:
            seen += weight
            if position < seen:
                return value
        return ordered[-1][0]

    if total % 2:
        return at(total // 2)
    return (at(total // 2 - 1) + at(total // 2)) / 2


def terms_words(basis: str, classification: str) -> str:
    """A side of a change for people, without the member's rate: "Paid role (hourly)"."""
    try:
        kind = Classification(classification).label
    except ValueError:
        kind = classification or "Terms"
    try:
        how = Basis(basis)
    except ValueError:
        return kind
    if how in (Basis.EXPENSES_ONLY, Basis.UNPAID):
        return kind
    return f"{kind} ({how.value.replace('-', ' ')})"


#: The figures whose contributors are counted, by name.
CONTRIBUTED = ("paid", "declined", "unpaid", "fees_earned", "unpaid_value", "overdue")


def add_year(org: OrgTally, member: int, y: OrgYear) -> None:
    c = y.claims
    h = y.hours
    amounts = (
        h.paid_minutes,
        h.declined_minutes,
        h.unpaid_minutes,
        h.fees_earned.pence,
        h.unpaid_value.pence,
        c.overdue,
    )
    for name, amount in zip(CONTRIBUTED, amounts, strict=True):
        if amount:
            org.contributors[name].add(member)
    org.members.add(member)
    org.hours += y.hours
    org.fees_received += y.fees_received
    org.submitted += c.submitted
    org.paid += c.paid
    org.overdue += c.overdue
    org.outstanding += c.outstanding
    if c.median_days_to_pay is not None and c.paid:
        org.medians.append((c.median_days_to_pay, c.paid))
        org.paid_members.add(member)
    if c.median_promised_days is not None and c.submitted:
        org.promised.append((c.median_promised_days, c.submitted))
    if c.worst_days_to_pay is not None:
        org.worst = max(org.worst or 0, c.worst_days_to_pay)
    for cell, n in zip(org.bands, c.days_late_bands, strict=True):
        cell.add(n, member)
    if c.overdue or any(c.days_late_bands[1:]):
        org.late_members.add(member)
    for lv in y.levels:
        org.levels[(lv.described, lv.judged)].add(lv.count, member)
    for tally, p in zip(org.power, y.power.checks, strict=True):
        tally.update({"yes": p.yes, "no": p.no, "unsure": p.unsure, "": p.not_recorded})
    org.papers.update(dict(y.power.papers_days_ahead))
