"""The evidence figures as plain data: what the evidence pack, its JSON and the anonymised
bundle are made from.

Minutes and pence are kept whole, not only as rounded figures, so a bundle's totals (made
from these, by organisation and tax year) add up exactly in a group pack. What a bundle may
carry, and the group's own shapes, are in `core.io.evidence_bundle` and
`core.domain.group_views`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from coprod_desktop.core.domain.money import Money

#: The power-sharing checks, in the order the domain lists them: (key, label).
POWER_CHECKS: tuple[tuple[str, str], ...] = (
    ("agenda_set_jointly", "Agenda set jointly"),
    ("papers_in_time", "Papers received in time"),
    ("present_at_decision", "Present when the decision was made"),
    ("equal_say", "Had a vote or an equal say"),
    ("told_what_changed", "Told afterwards what changed (or why nothing did)"),
)


@dataclass(frozen=True, slots=True)
class EvidenceOptions:
    """What the member asks the pack to cover: a date range and, optionally, one organisation;
    and how the PDF looks (`large_print`: 16 pt text or larger; the figures are the same)."""

    date_from: date | None = None
    date_to: date | None = None
    organisation_code: str | None = None
    large_print: bool = False


@dataclass(frozen=True, slots=True)
class Hours:
    """Hours and money of a set of activities, as "Figures, defined" says.

    paid + declined + unpaid minutes == total minutes, always."""

    total_minutes: int = 0
    paid_minutes: int = 0
    declined_minutes: int = 0
    unpaid_minutes: int = 0
    activities: int = 0
    fees_earned: Money = field(default_factory=Money.zero)
    value_of_time: Money = field(default_factory=Money.zero)
    unpaid_value: Money = field(default_factory=Money.zero)
    declined_value: Money = field(default_factory=Money.zero)

    def __add__(self, other: Hours) -> Hours:
        return Hours(
            self.total_minutes + other.total_minutes,
            self.paid_minutes + other.paid_minutes,
            self.declined_minutes + other.declined_minutes,
            self.unpaid_minutes + other.unpaid_minutes,
            self.activities + other.activities,
            self.fees_earned + other.fees_earned,
            self.value_of_time + other.value_of_time,
            self.unpaid_value + other.unpaid_value,
            self.declined_value + other.declined_value,
        )


@dataclass(frozen=True, slots=True)
class OverdueClaim:
    number: str  # empty in an anonymised bundle: a claim number leads back to the member
    organisation_code: str
    organisation_name: str
    due_date: date
    days_late: int
    outstanding: Money


@dataclass(frozen=True, slots=True)
class ClaimFigures:
    """Claims submitted (and not void) in the period, and how late they were paid."""

    submitted: int = 0
    paid: int = 0
    overdue: int = 0
    days_to_pay: tuple[int, ...] = ()  # one per fully paid claim
    days_late: tuple[int, ...] = ()  # one per submitted claim (completion or today − due)
    promised_days: tuple[int, ...] = ()  # one per submitted claim
    overdue_list: tuple[OverdueClaim, ...] = ()
    chasers: int = 0  # chasing letters or messages sent about these claims
    chased: int = 0  # claims chased at least once

    @property
    def median_days_to_pay(self) -> Decimal | None:
        from coprod_desktop.core.rules.lateness import median_days

        return median_days(self.days_to_pay)

    @property
    def median_promised_days(self) -> Decimal | None:
        from coprod_desktop.core.rules.lateness import median_days

        return median_days(self.promised_days)

    @property
    def worst_days_late(self) -> int:
        return max(self.days_late, default=0)

    def __add__(self, other: ClaimFigures) -> ClaimFigures:
        return ClaimFigures(
            self.submitted + other.submitted,
            self.paid + other.paid,
            self.overdue + other.overdue,
            self.days_to_pay + other.days_to_pay,
            self.days_late + other.days_late,
            self.promised_days + other.promised_days,
            self.overdue_list + other.overdue_list,
            self.chasers + other.chasers,
            self.chased + other.chased,
        )


@dataclass(frozen=True, slots=True)
class OrganisationFigures:
    code: str
    name: str
    hours: Hours
    claims: ClaimFigures
    fees_received: Money
    members: int = 1  # in a group pack: how many members' bundles name this organisation


@dataclass(frozen=True, slots=True)
class YearHours:
    """Hours of one tax year, for one organisation ("" = every organisation)."""

    tax_year: str  # "2025-26"
    hours: Hours
    organisation_code: str = ""


@dataclass(frozen=True, slots=True)
class TermsSide:
    """One side of a change of terms, as structured data and as a line for people."""

    basis: str
    classification: str
    rate: Money | None  # the hourly rate, session fee or day rate; None for no fee
    text: str  # e.g. "Paid role: £150.00 a day (half day £80.00); pays within 45 days"


@dataclass(frozen=True, slots=True)
class TermsChange:
    """A new version of a role's terms, and what it cost the member where it lowered fees."""

    date: date
    organisation_code: str
    organisation_name: str
    role: str  # empty in an anonymised bundle
    before: TermsSide
    after: TermsSide
    source: str  # the member's own words for where it came from (never in a bundle)
    reclassified: bool  # paid became voluntary or unpaid
    lowered: bool  # a re-classification, or the affected activities earned less
    activities_affected: int  # activities in the period under these terms
    earned: Money  # what they earned under the new terms
    old_terms_fees: Money  # what they would have earned under the old terms
    members: int = 1  # in a group pack: members reporting the same change
    source_kind: str = ""  # letter, email, meeting, other (kinds.SourceKind): kept in bundles

    @property
    def cost(self) -> Money:
        """What the change cost the member; zero unless it lowered the fee."""
        lost = self.old_terms_fees - self.earned
        return lost if self.lowered and lost.pence > 0 else Money.zero()


@dataclass(frozen=True, slots=True)
class LevelCount:
    """How many activities the organisation described one way and the member judged another."""

    described: str  # normalised words, "" when not recorded
    judged: str  # a Level value, "" when not judged
    count: int
    organisation_code: str = ""  # in `levels_by_organisation`; "" in the all-organisation list


@dataclass(frozen=True, slots=True)
class PowerCheck:
    key: str
    label: str
    yes: int = 0
    no: int = 0
    unsure: int = 0
    not_recorded: int = 0


@dataclass(frozen=True, slots=True)
class PowerSharing:
    checks: tuple[PowerCheck, ...]
    papers_days_ahead: tuple[tuple[int, int], ...] = ()  # (days, how many activities)

    @property
    def papers_days_median(self) -> Decimal | None:
        from coprod_desktop.core.rules.lateness import median_days

        return median_days(d for d, n in self.papers_days_ahead for _ in range(n))


@dataclass(frozen=True, slots=True)
class OwnWords:
    """An activity's title, impact and feedback: only in bundles made with --include-text."""

    date: date
    organisation_code: str
    title: str
    impact: str
    feedback: str


@dataclass(frozen=True, slots=True)
class EvidenceFigures:
    """Every figure of the evidence pack, for one member or (combined) for a group."""

    today: date
    date_from: date | None
    date_to: date | None
    organisation_code: str | None
    member_name: str  # empty in a bundle and in a group pack
    members: int  # 1 for a member's own pack
    reference_rate: Money | None  # None in a group pack (each member sets their own)
    hours: Hours
    by_organisation: tuple[OrganisationFigures, ...]
    by_tax_year: tuple[YearHours, ...]
    by_organisation_and_year: tuple[YearHours, ...]
    fees_received: Money
    unallocated_received: Money  # payments not linked to any claim: fee part unknown
    claims: ClaimFigures
    terms_changes: tuple[TermsChange, ...]
    levels: tuple[LevelCount, ...]
    power: PowerSharing
    own_words: tuple[OwnWords, ...] = ()
    currency_symbol: str = "£"
    # A member's own pack only: minutes of the work done as a carer or on someone's behalf
    # (kinds.AttendedAs); the person supported is never named. Bundles leave them out.
    carer_minutes: int = 0
    on_behalf_minutes: int = 0
    #: The same counts as `levels` and `power`, kept apart by organisation code, so a group
    #: pack can say how each organisation's work was described and judged.
    levels_by_organisation: tuple[LevelCount, ...] = ()
    power_by_organisation: tuple[tuple[str, PowerSharing], ...] = ()

    @property
    def reclassification_cost(self) -> Money:
        return sum((c.cost for c in self.terms_changes), Money.zero())

    @property
    def overstated(self) -> int:
        """Activities the organisation described as more than the member judged them."""
        from coprod_desktop.core.rules.levels import described_above_judged

        return sum(c.count for c in self.levels if described_above_judged(c.described, c.judged))
