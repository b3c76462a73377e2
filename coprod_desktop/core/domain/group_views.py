"""Group evidence as plain data: one member's anonymised bundle as read, and the group's figures
combined from many.

Why shapes of their own rather than the member's `EvidenceFigures`: a bundle holds less than a
member's pack (no per-claim dates or amounts, dates to the month, figures by organisation and
tax year), and a group pack says more about each organisation (how many members each figure
stands for, what was merged or left out so that no member can be picked out).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from coprod_desktop.core.domain.evidence_views import Hours, LevelCount, OwnWords, PowerSharing
from coprod_desktop.core.domain.money import Money

#: Bands of days late, (first day, last day or None for "or more"), the same in every bundle.
DAYS_LATE_BANDS: tuple[tuple[int, int | None], ...] = (
    (0, 0),
    (1, 30),
    (31, 60),
    (61, 90),
    (91, 180),
    (181, None),
)
#: The member's judgement, in the columns of the described-against-judged tables.
JUDGED_GROUPS: tuple[tuple[str, frozenset[str]], ...] = (
    ("Consultation or less", frozenset({"informed", "consulted"})),
    ("Involved", frozenset({"involved"})),
    ("Co-designed or co-produced", frozenset({"co-designed", "co-produced"})),
    ("Led by members", frozenset({"led"})),
    ("Not judged", frozenset({""})),
)
#: A figure standing for fewer members than this is merged into a larger group or left out.
SMALLEST_GROUP = 3


def band_key(first: int, last: int | None) -> str:
    """The band's key in a bundle: "0", "1-30", "181+"."""
    if last is None:
        return f"{first}+"
    return str(first) if first == last else f"{first}-{last}"


def band_label(first: int, last: int | None) -> str:
    """The band for people: "On time", "1 to 30 days late", "181 days late or more"."""
    if last == 0:
        return "On time"
    if last is None:
        if not first:
            return "Any time"
        return f"{first} day{'s' if first != 1 else ''} late or more"
    if first == 0:
        return f"On time to {last} days late"
    return f"{first} to {last} days late"


def band_of(days_late: int) -> int:
    """The index of the band a claim's days late fall in."""
    for index, (first, last) in enumerate(DAYS_LATE_BANDS):
        if days_late >= first and (last is None or days_late <= last):
            return index
    return len(DAYS_LATE_BANDS) - 1


@dataclass(frozen=True, slots=True)
class ClaimSummary:
    """One member's claims at one organisation in one tax year: counts, a total, medians and
    bands only (a claim's own date or amount would let the organisation find the member)."""

    submitted: int = 0
    paid: int = 0
    overdue: int = 0
    outstanding: Money = field(default_factory=Money.zero)  # still owed on overdue claims
    median_days_to_pay: Decimal | None = None
    worst_days_to_pay: int | None = None
    median_promised_days: Decimal | None = None
    days_late_bands: tuple[int, ...] = (0,) * len(DAYS_LATE_BANDS)


@dataclass(frozen=True, slots=True)
class OrgYear:
    """One member's figures for one organisation in one tax year."""

    code: str
    tax_year: str
    starts: date
    ends: date
    hours: Hours
    fees_received: Money
    claims: ClaimSummary
    levels: tuple[LevelCount, ...]
    power: PowerSharing


@dataclass(frozen=True, slots=True)
class BundleChange:
    """A change of terms as a bundle keeps it: the month, the kinds of terms on each side
    (never the member's rate or words) and the kind of document it came in."""

    month: date  # the first day of the month it took effect
    code: str
    before_basis: str
    before_classification: str
    after_basis: str
    after_classification: str
    source_kind: str
    reclassified: bool
    lowered: bool
    activities: int
    earned: Money
    old_terms_fees: Money

    @property
    def cost(self) -> Money:
        lost = self.old_terms_fees - self.earned
        return lost if self.lowered and lost.pence > 0 else Money.zero()


@dataclass(frozen=True, slots=True)
class MemberBundle:
    """One member's bundle as read: everything that left the member's PC."""

    period_from: date | None  # first day of a month
    period_to: date | None  # first day of a month
    organisations: tuple[tuple[str, str], ...]  # (code, name)
    years: tuple[OrgYear, ...]
    changes: tuple[BundleChange, ...]
    own_words: tuple[OwnWords, ...] = ()  # dated to the month; only when the member chose
    include_text: bool = False


@dataclass(frozen=True, slots=True)
class MergedChange:
    """The same change of terms at one organisation, reported by several members within a
    short span: one row with its months, its members and the kinds of source counted."""

    code: str
    name: str
    first_month: date
    last_month: date
    before: str  # "Paid role (hourly)"
    after: str  # "Voluntary, expenses only"
    members: int
    sources: tuple[tuple[str, int], ...]  # (kind, members' changes that came in it)
    reclassified: bool
    activities: int
    earned: Money
    old_terms_fees: Money
    cost: Money


@dataclass(frozen=True, slots=True)
class LevelRow:
    """How work one organisation described one way was judged by the members who did it.
    A cell is None when it stands for fewer than 3 members (left out, and the pack says so)."""

    described: str
    cells: tuple[int | None, ...]  # one per JUDGED_GROUPS
    total: int
    members: int


@dataclass(frozen=True, slots=True)
class LatenessBand:
    label: str
    claims: int
    members: int


@dataclass(frozen=True, slots=True)
class OrgCase:
    """Everything the group pack says about one organisation (or the merged small ones)."""

    code: str  # "" for the organisations each named by fewer than 3 members, merged
    name: str
    members: int  # members whose bundles name it
    affected: int  # members re-classified, paid late or whose work was over-described
    reclassified_members: int
    late_members: int
    overstated_members: int
    hours: Hours
    fees_received: Money
    submitted: int
    paid: int
    overdue: int
    outstanding: Money
    paid_members: int  # members with a paid claim: medians are shown only from 3
    median_days_to_pay: Decimal | None
    worst_days_to_pay: int | None
    median_promised_days: Decimal | None
    bands: tuple[LatenessBand, ...]
    changes: tuple[MergedChange, ...]
    called_coproduction: int  # activities it called co-production or co-design
    called_judged_consultation: int  # of those, judged consultation or less by the member
    called_members: int
    levels: tuple[LevelRow, ...]
    power: PowerSharing
    #: Figures (by name: "declined", "overdue", "late", ...) standing for 1 or 2 members: the
    #: pack shows them as "fewer than 3" or "*".
    few: frozenset[str] = frozenset()

    def hides(self, name: str) -> bool:
        return name in self.few

    @property
    def reclassification_cost(self) -> Money:
        return sum((c.cost for c in self.changes), Money.zero())

    @property
    def merged(self) -> bool:
        return not self.code


@dataclass(frozen=True, slots=True)
class GroupFigures:
    """The group pack's figures: the case per organisation, largest harm first."""

    members: int
    period_start: date | None  # the first day of the first tax year counted
    period_end: date | None  # the last day of the last
    asked_from: date | None
    asked_to: date | None
    organisations_asked: tuple[str, ...]
    cases: tuple[OrgCase, ...]  # the merged small organisations last, if shown
    hours: Hours
    fees_received: Money
    power: PowerSharing
    withheld: tuple[str, ...]  # sentences: what was merged or left out, and why
    own_words: tuple[OwnWords, ...] = ()
    currency_symbol: str = "£"

    @property
    def reclassification_cost(self) -> Money:
        return sum((c.reclassification_cost for c in self.cases), Money.zero())
