"""What the portfolio PDF shows, already chosen and worked out by the documents service.

Plain data: the renderer never decides what is private. Private notes, activities kept out of
the portfolio and contact names the member did not choose are simply never put in here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from coprod_desktop.core.domain.money import Money


@dataclass(frozen=True, slots=True)
class RoleHeld:
    organisation: str
    role: str
    start: date
    end: date | None = None
    contact: str = ""  # only when the member chose to include contact names


@dataclass(frozen=True, slots=True)
class Contribution:
    date: date
    title: str
    kind: str  # e.g. "Interview panel"
    organisation: str
    minutes: int
    level: str = ""  # the member's own judgement, e.g. "Co-produced"
    described: str = ""  # how the organisation described it
    impact: str = ""
    feedback: str = ""  # empty unless feedback is included
    attended_as: str = ""  # "as a carer", "on someone's behalf", or "" (for themself)


@dataclass(frozen=True, slots=True)
class ContributionGroup:
    """Contributions under one heading: an organisation, or a theme (the kind of activity)."""

    title: str
    minutes: int
    entries: tuple[Contribution, ...]


@dataclass(frozen=True, slots=True)
class SkillCount:
    skill: str
    count: int  # how many contributions named it


@dataclass(frozen=True, slots=True)
class TrainingItem:
    date: date
    title: str
    provider: str = ""
    hours: str = ""  # e.g. "6.5", empty when not recorded


@dataclass(frozen=True, slots=True)
class Testimonial:
    date: date
    quote: str
    attribution: str = ""  # the person (when chosen) and/or the organisation


@dataclass(frozen=True, slots=True)
class YearHours:
    year: int
    minutes: int


@dataclass(frozen=True, slots=True)
class OrganisationHours:
    organisation: str
    minutes: int
    count: int


@dataclass(frozen=True, slots=True)
class YearOrganisationHours:
    year: int
    organisation: str
    minutes: int
    count: int


@dataclass(frozen=True, slots=True)
class YearOrganisationTotals:
    """One year's work for one organisation, rolled up: the highlights form's line of totals."""

    year: int
    organisation: str
    count: int
    minutes: int
    fees: Money


@dataclass(frozen=True, slots=True)
class PortfolioDocument:
    name: str
    made_on: date
    period_start: date | None
    period_end: date
    preferred_name: str = ""
    pronouns: str = ""
    statement: str = ""
    organisation: str = ""  # the one organisation the portfolio is limited to, if any
    group_by: str = "organisation"  # "organisation" | "theme"
    form: str = "full"  # "summary" | "highlights" | "full"
    show_levels: bool = False  # the level labels are printed only when the member asks
    roles: tuple[RoleHeld, ...] = ()
    groups: tuple[ContributionGroup, ...] = ()  # the full form's listing
    highlights: tuple[Contribution, ...] = ()  # most recent first, already capped
    highlights_basis: str = ""  # "marked" by the member, "impact" (or feedback), "recent"
    highlights_available: int = 0  # how many there were before the cap
    year_totals: tuple[YearOrganisationTotals, ...] = ()  # most recent year first
    total_fees: Money | None = None
    skills: tuple[SkillCount, ...] = ()
    training: tuple[TrainingItem, ...] | None = None  # None: left out by choice
    testimonials: tuple[Testimonial, ...] | None = None  # None: left out by choice
    hours_by_year: tuple[YearHours, ...] = ()
    hours_by_organisation: tuple[OrganisationHours, ...] = ()
    hours_by_year_and_organisation: tuple[YearOrganisationHours, ...] = ()
    total_minutes: int = 0
    contributions_total: int | None = None  # None: count the groups' entries
    first_contribution: date | None = None  # marks the first year on the chart as a part year
    large_print: bool = False

    @property
    def contribution_count(self) -> int:
        if self.contributions_total is not None:
            return self.contributions_total
        return sum(len(g.entries) for g in self.groups)
