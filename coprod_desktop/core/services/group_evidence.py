"""Combining members' evidence bundles into the group's figures: the case per organisation.

Choices made here once (each is said in the pack, under the table it shapes):

* Organisations are matched by their short code (members are asked to use the same codes).
* A tax year counts when it overlaps the dates asked for: bundles keep figures by tax year, so
  the pack covers whole tax years and prints their first and last days. A change of terms
  counts when its month overlaps them.
* Median days to pay: each member's median for an organisation in a tax year, counted once
  per claim it stands for (a bundle holds no claim's own figures). Worst: the longest any
  member waited.
* Re-classifications: the same organisation and the same change (kind of terms before and
  after) taking effect within `SPAN_MONTHS` of the one before is one row.
* Small cells (`SMALLEST_GROUP`): an organisation named by fewer than 3 members is merged with
  the other small ones (and left out if those together are still fewer than 3); a change,
  a described level or a band of days late standing for fewer than 3 members is merged or
  left out; every such step is a sentence in `GroupFigures.withheld`.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from datetime import date

from coprod_desktop.core.domain.errors import UserError
from coprod_desktop.core.domain.evidence_views import POWER_CHECKS, Hours, PowerCheck, PowerSharing
from coprod_desktop.core.domain.group_views import (
    DAYS_LATE_BANDS,
    JUDGED_GROUPS,
    SMALLEST_GROUP,
    BundleChange,
    GroupFigures,
    LatenessBand,
    LevelRow,
    MemberBundle,
    MergedChange,
    OrgCase,
    band_label,
)
from coprod_desktop.core.domain.money import Money
from coprod_desktop.core.rules.levels import described_above_judged
from coprod_desktop.core.services.group_tally import (
    Cell,
    OrgTally,
    add_year,
    terms_words,
    weighted_median,
)

#: Changes this many months apart or closer (31 days, to the month) are one re-classification.
SPAN_MONTHS = 1
CALLED_COPRODUCTION = frozenset({"co-production", "co-design"})
CONSULTATION_OR_LESS = JUDGED_GROUPS[0][1]
OTHER_NAME = "Other organisations, each named by fewer than 3 members"


def _overlaps(starts: date, ends: date, asked_from: date | None, asked_to: date | None) -> bool:
    return (asked_from is None or ends >= asked_from) and (asked_to is None or starts <= asked_to)


def combine(
    bundles: Sequence[MemberBundle],
    *,
    organisations: Sequence[str] = (),
    date_from: date | None = None,
    date_to: date | None = None,
    currency_symbol: str = "£",
) -> GroupFigures:
    """The group's figures from members' bundles, for the organisations and dates asked."""
    if not bundles:
        raise UserError("Give at least one evidence bundle to combine.", "bundle")
    if date_from and date_to and date_from > date_to:
        raise UserError("The from date is after the to date: swap them or change one.", "from")
    wanted = {c.strip().upper() for c in organisations if c.strip()}
    named = {code.upper() for b in bundles for code, _ in b.organisations}
    missing = sorted(wanted - named)
    if missing:
        raise UserError(
            f"No bundle names the organisation '{missing[0][:20]}': check the code (bundles name "
            f"{', '.join(sorted(named)[:12]) or 'none'}).",
            "org",
        )
    orgs: dict[str, OrgTally] = {}
    starts: list[date] = []
    ends: list[date] = []
    for index, bundle in enumerate(bundles):
        names = {code.upper(): name for code, name in bundle.organisations}
        for y in bundle.years:
            code = y.code.upper()
            if (wanted and code not in wanted) or not _overlaps(
                y.starts, y.ends, date_from, date_to
            ):
                continue
            starts.append(y.starts)
            ends.append(y.ends)
            org = orgs.setdefault(code, OrgTally(code, names.get(code, code)))
            add_year(org, index, y)
        for change in bundle.changes:
            code = change.code.upper()
            month_end = date(
                change.month.year + change.month.month // 12, change.month.month % 12 + 1, 1
            )
            if (wanted and code not in wanted) or not _overlaps(
                change.month, month_end, date_from, date_to
            ):
                continue
            org = orgs.setdefault(code, OrgTally(code, names.get(code, code)))
            org.members.add(index)
            org.changes.append((index, change))
    withheld: list[str] = []
    big = [o for o in orgs.values() if len(o.members) >= SMALLEST_GROUP]
    small = [o for o in orgs.values() if len(o.members) < SMALLEST_GROUP]
    other = None
    if small:
        other = OrgTally("", OTHER_NAME)
        for o in small:
            other.merge(o)
        hidden = sum(len(o.changes) for o in small)
        if len(other.members) >= SMALLEST_GROUP:
            withheld.append(
                f"{len(small)} organisation{'s' if len(small) != 1 else ''} named by fewer than "
                f"{SMALLEST_GROUP} members {'are' if len(small) != 1 else 'is'} merged into one "
                "row, 'Other organisations', unnamed"
                + (f"; their {hidden} changes of terms are not shown" if hidden else "")
                + "."
            )
        else:
            withheld.append(
                f"{len(small)} organisation{'s' if len(small) != 1 else ''} named by fewer than "
                f"{SMALLEST_GROUP} members, even together, {'are' if len(small) != 1 else 'is'} "
                "left out of this pack."
            )
            other = None
    cases = [_case(o, withheld) for o in big]
    cases.sort(
        key=lambda c: (-c.affected, -c.reclassification_cost.pence, -c.hours.total_minutes, c.code)
    )
    if other is not None:
        cases.append(_case(other, withheld, merged=True))
    shown = big + ([other] if other else [])
    return GroupFigures(
        members=len(bundles),
        period_start=min(starts, default=None),
        period_end=max(ends, default=None),
        asked_from=date_from,
        asked_to=date_to,
        organisations_asked=tuple(sorted(wanted)),
        cases=tuple(cases),
        hours=sum((c.hours for c in cases), Hours()),
        fees_received=sum((c.fees_received for c in cases), Money.zero()),
        power=_power(shown),
        withheld=tuple(withheld),
        own_words=tuple(
            w
            for b in bundles
            for w in b.own_words
            if any(w.organisation_code.upper() == o.code for o in big)
            and _overlaps(w.date, w.date, date_from, date_to)
        ),
        currency_symbol=currency_symbol,
    )


def _case(o: OrgTally, withheld: list[str], *, merged: bool = False) -> OrgCase:
    changes = [] if merged else _merged_changes(o, withheld)
    reclassified = set()
    if not merged:
        reclassified = {m for m, c in o.changes if c.lowered}
    overstated = {
        m
        for (described, judged), cell in o.levels.items()
        if described_above_judged(described, judged)
        for m in cell.members
    }
    called = [cell for (d, _j), cell in o.levels.items() if d in CALLED_COPRODUCTION]
    called_low = [
        cell
        for (d, j), cell in o.levels.items()
        if d in CALLED_COPRODUCTION and j in CONSULTATION_OR_LESS
    ]
    called_members = set().union(*(c.members for c in called)) if called else set()
    low_members = set().union(*(c.members for c in called_low)) if called_low else set()
    counted = {
        **{name: len(members) for name, members in o.contributors.items()},
        "affected": len(reclassified | o.late_members | overstated),
        "reclassified": len(reclassified),
        "late": len(o.late_members),
        "overstated": len(overstated),
        "called_low": len(low_members),
    }
    few = frozenset(name for name, n in counted.items() if 0 < n < SMALLEST_GROUP)
    lateness_shown = len(o.paid_members) >= SMALLEST_GROUP
    label = o.name if not merged else "Other organisations"
    if o.submitted and not lateness_shown:
        withheld.append(
            f"{label}: days to pay are not shown, as fewer than {SMALLEST_GROUP} members had a "
            "claim paid."
        )
    if few:
        withheld.append(
            f"{label}: {len(few)} figure{'s' if len(few) != 1 else ''} standing for fewer than "
            f"{SMALLEST_GROUP} members {'are' if len(few) != 1 else 'is'} shown as 'fewer than "
            f"{SMALLEST_GROUP}' or '*'."
        )
    return OrgCase(
        code=o.code,
        name=o.name,
        members=len(o.members),
        affected=len(reclassified | o.late_members | overstated),
        reclassified_members=len(reclassified),
        late_members=len(o.late_members),
        overstated_members=len(overstated),
        hours=o.hours,
        fees_received=o.fees_received,
        submitted=o.submitted,
        paid=o.paid,
        overdue=o.overdue,
        outstanding=o.outstanding,
        paid_members=len(o.paid_members),
        median_days_to_pay=weighted_median(o.medians) if lateness_shown else None,
        worst_days_to_pay=o.worst if lateness_shown else None,
        median_promised_days=weighted_median(o.promised),
        bands=_bands(o, label, withheld),
        changes=tuple(changes),
        called_coproduction=sum(c.count for c in called),
        called_judged_consultation=sum(c.count for c in called_low),
        called_members=len(called_members),
        levels=_level_rows(o, label, withheld),
        power=_power([o]),
        few=few,
    )


def _merged_changes(o: OrgTally, withheld: list[str]) -> list[MergedChange]:
    """Changes of terms at one organisation, the same change close in time as one row."""
    by_kind: dict[tuple[str, str, str, str], list[tuple[int, BundleChange]]] = defaultdict(list)
    for member, c in o.changes:
        key = (c.before_basis, c.before_classification, c.after_basis, c.after_classification)
        by_kind[key].append((member, c))
    rows: list[MergedChange] = []
    hidden = 0
    for key, items in by_kind.items():
        items.sort(key=lambda mc: mc[1].month)
        runs: list[list[tuple[int, BundleChange]]] = []
        for item in items:
            last = runs[-1][-1][1].month if runs else None
            gap = (
                None
                if last is None
                else (item[1].month.year - last.year) * 12 + item[1].month.month - last.month
            )
            if gap is not None and gap <= SPAN_MONTHS:
                runs[-1].append(item)
            else:
                runs.append([item])
        for run in runs:
            members = {m for m, _ in run}
            if len(members) < SMALLEST_GROUP:
                hidden += 1
                continue
            changes = [c for _, c in run]
            sources = Counter(c.source_kind or "not said" for c in changes)
            rows.append(
                MergedChange(
                    code=o.code,
                    name=o.name,
                    first_month=changes[0].month,
                    last_month=changes[-1].month,
                    before=terms_words(key[0], key[1]),
                    after=terms_words(key[2], key[3]),
                    members=len(members),
                    sources=tuple(sorted(sources.items(), key=lambda kv: (-kv[1], kv[0]))),
                    reclassified=any(c.reclassified for c in changes),
                    activities=sum(c.activities for c in changes),
                    earned=sum((c.earned for c in changes), Money.zero()),
                    old_terms_fees=sum((c.old_terms_fees for c in changes), Money.zero()),
                    cost=sum((c.cost for c in changes), Money.zero()),
                )
            )
    if hidden:
        withheld.append(
            f"{o.name}: {hidden} change{'s' if hidden != 1 else ''} of terms reported by fewer "
            f"than {SMALLEST_GROUP} members {'are' if hidden != 1 else 'is'} not shown."
        )
    rows.sort(key=lambda r: (-r.cost.pence, r.first_month))
    return rows


def _bands(o: OrgTally, label: str, withheld: list[str]) -> tuple[LatenessBand, ...]:
    """Bands of days late, a band standing for fewer than 3 members merged with the next
    (the last with the one before it); nothing when all of them stand for fewer than 3."""
    groups: list[tuple[int, int | None, Cell]] = []
    pending: tuple[int, int | None, Cell] | None = None
    for (first, last), cell in zip(DAYS_LATE_BANDS, o.bands, strict=True):
        if pending is None:
            pending = (first, last, Cell(cell.count, set(cell.members)))
        else:
            pending[2].merge(cell)
            pending = (pending[0], last, pending[2])
        if pending[2].count == 0 or len(pending[2].members) >= SMALLEST_GROUP:
            groups.append(pending)
            pending = None
    if pending is not None:
        # Left over at the top: merged down into the nearest band with claims (and the empty
        # bands between), so "181 days late or more" becomes "31 days late or more".
        if pending[2].count and any(g[2].count for g in groups):
            cell = pending[2]
            while True:
                first, _, below = groups.pop()
                cell.merge(below)
                if below.count:
                    break
            groups.append((first, pending[1], cell))
        else:
            groups.append(pending)
    counted = [g for g in groups if g[2].count]
    if any(len(g[2].members) < SMALLEST_GROUP for g in counted):
        if o.submitted:
            withheld.append(
                f"{label}: bands of days late are not shown, as fewer than {SMALLEST_GROUP} "
                "members had claims."
            )
        return ()
    if len(groups) < len(DAYS_LATE_BANDS) and counted:
        withheld.append(
            f"{label}: bands of days late standing for fewer than {SMALLEST_GROUP} members are "
            "merged with the next band."
        )
    return tuple(
        LatenessBand(band_label(first, last), cell.count, len(cell.members))
        for first, last, cell in groups
    )


def _level_rows(o: OrgTally, label: str, withheld: list[str]) -> tuple[LevelRow, ...]:
    """Described against judged for one organisation; a description standing for fewer than 3
    members joins 'other descriptions'; a cell standing for fewer than 3 is left out."""
    by_described: dict[str, dict[str, Cell]] = defaultdict(lambda: defaultdict(Cell))
    for (described, judged), cell in o.levels.items():
        column = next(name for name, judged_set in JUDGED_GROUPS if judged in judged_set)
        by_described[described][column].merge(cell)
    merged_rows = 0
    rest: dict[str, Cell] = defaultdict(Cell)
    rows: list[tuple[str, dict[str, Cell]]] = []
    for described, cells in by_described.items():
        members = set().union(*(c.members for c in cells.values()))
        if len(members) >= SMALLEST_GROUP:
            rows.append((described, cells))
        else:
            merged_rows += 1
            for column, cell in cells.items():
                rest[column].merge(cell)
    if merged_rows:
        rest_members = set().union(*(c.members for c in rest.values()))
        if len(rest_members) >= SMALLEST_GROUP:
            rows.append(("other descriptions", rest))
    out = []
    cut = 0
    for described, cells in rows:
        shown: list[int | None] = []
        for name, _ in JUDGED_GROUPS:
            cell = cells.get(name, Cell())
            small = cell.count and len(cell.members) < SMALLEST_GROUP
            cut += bool(small)
            shown.append(None if small else cell.count)
        out.append(
            LevelRow(
                described=described,
                cells=tuple(shown),
                total=sum(c.count for c in cells.values()),
                members=len(set().union(*(c.members for c in cells.values()))),
            )
        )
    if merged_rows or cut:
        withheld.append(
            f"{label}: in how work was described and judged, descriptions given to fewer than "
            f"{SMALLEST_GROUP} members are added up as 'other descriptions', and counts standing "
            f"for fewer than {SMALLEST_GROUP} members are left out (shown as '*'; the row's "
            "total still counts them)."
        )
    order = {
        d: i
        for i, d in enumerate(
            (
                "co-production",
                "co-design",
                "involvement",
                "engagement",
                "consultation",
                "information",
                "other",
                "",
            )
        )
    }
    out.sort(key=lambda r: (order.get(r.described, 8), -r.total))
    return tuple(out)


def _power(orgs: Sequence[OrgTally]) -> PowerSharing:
    tallies = [Counter() for _ in POWER_CHECKS]
    papers: Counter[int] = Counter()
    for o in orgs:
        for mine, theirs in zip(tallies, o.power, strict=True):
            mine.update(theirs)
        papers.update(o.papers)
    return PowerSharing(
        tuple(
            PowerCheck(key, label, t["yes"], t["no"], t["unsure"], t[""])
            for (key, label), t in zip(POWER_CHECKS, tallies, strict=True)
        ),
        tuple(sorted(papers.items())),
    )
