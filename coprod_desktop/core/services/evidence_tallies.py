"""The evidence figures' smaller calculations: changes of terms and what they cost, and the
tallies of levels and power-sharing answers (all organisations, and by organisation).

Apart from `core.services.evidence` (the reading) so each module reads in one sitting.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from datetime import date

from coprod_desktop.core.domain.evidence_views import (
    POWER_CHECKS,
    EvidenceOptions,
    Hours,
    LevelCount,
    PowerCheck,
    PowerSharing,
    TermsChange,
    TermsSide,
)
from coprod_desktop.core.domain.kinds import Basis, Classification, SourceKind, Tri
from coprod_desktop.core.domain.money import Money
from coprod_desktop.core.domain.records import Activity, Terms
from coprod_desktop.core.rules.fees import (
    FeeResult,
    HoursBreakdown,
    describe_terms,
    fee_for,
)
from coprod_desktop.core.rules.levels import normalise_described
from coprod_desktop.core.services.ledger import Ledger


@dataclass(frozen=True, slots=True)
class Org:
    id: int
    code: str
    name: str
    promised_days: int


def terms_changes(
    ledger: Ledger,
    priced: list[tuple[Activity, FeeResult]],
    orgs: dict[int, Org],
    roles: dict[int, str],
    agreement_org: dict[int, int],
    options: EvidenceOptions,
    only: Org | None,
) -> tuple[tuple[TermsChange, int | None], ...]:
    """Each change of terms in the period, with the id of the version it brought in."""
    by_version: dict[tuple[int, int], list[tuple[Activity, FeeResult]]] = defaultdict(list)
    for activity, result in priced:
        if activity.agreement_id is None:
            continue
        versions = ledger.terms_by_agreement.get(activity.agreement_id, ())
        position = version_index(versions, activity.date)
        if position is not None:
            by_version[(activity.agreement_id, position)].append((activity, result))
    changes = []
    for agreement_id, versions in ledger.terms_by_agreement.items():
        org = orgs.get(agreement_org.get(agreement_id, -1))
        if org is None or (only is not None and org.id != only.id):
            continue
        for position in range(1, len(versions)):
            before, after = versions[position - 1], versions[position]
            on = after.effective_from
            if (options.date_from and on < options.date_from) or (
                options.date_to and on > options.date_to
            ):
                continue
            affected = by_version.get((agreement_id, position), [])
            earned = sum((r.amount for _, r in affected), Money.zero())
            old = sum((fee_for(a, before).amount for a, _ in affected), Money.zero())
            reclassified = (
                before.classification is Classification.PAID
                and after.classification is not Classification.PAID
            )
            changes.append(
                (
                    TermsChange(
                        date=on,
                        organisation_code=org.code,
                        organisation_name=org.name,
                        role=roles.get(agreement_id, ""),
                        before=terms_side(before),
                        after=terms_side(after),
                        source=after.source,
                        reclassified=reclassified,
                        lowered=reclassified or old > earned,
                        activities_affected=len(affected),
                        earned=earned,
                        old_terms_fees=old,
                    ),
                    after.id,
                )
            )
    return tuple(sorted(changes, key=lambda c: (c[0].date, c[0].organisation_code, c[0].role)))


def version_index(versions: tuple[Terms, ...], on: date) -> int | None:
    """Position of the version in force on `on` (the same choice as `terms_in_force`)."""
    chosen = None
    for index, version in enumerate(versions):
        if version.effective_from <= on and (
            chosen is None or version.effective_from >= versions[chosen].effective_from
        ):
            chosen = index
    return chosen


def terms_side(terms: Terms) -> TermsSide:
    rate = {
        Basis.HOURLY: terms.hourly_rate,
        Basis.SESSION: terms.session_fee,
        Basis.VOUCHER: terms.session_fee,
        Basis.DAILY: terms.day_rate,
    }.get(terms.basis)
    return TermsSide(
        basis=terms.basis.value,
        classification=terms.classification.value,
        rate=rate,
        text=describe_terms(terms),
    )


def hours_of(b: HoursBreakdown) -> Hours:
    return Hours(
        total_minutes=b.total_minutes,
        paid_minutes=b.paid_minutes,
        declined_minutes=b.declined_minutes,
        unpaid_minutes=b.unpaid_minutes,
        activities=b.activities,
        fees_earned=b.fees_earned,
        value_of_time=b.value_of_time,
        unpaid_value=b.unpaid_value,
        declined_value=b.declined_value,
    )


def without_org(raw: Counter[tuple]) -> Counter[tuple]:
    """Counts keyed (organisation id, ...) added up over every organisation."""
    out: Counter[tuple] = Counter()
    for key, n in raw.items():
        out[key[1:]] += n
    return out


def levels_by_org(raw: Counter[tuple], orgs: dict[int, Org]) -> tuple[LevelCount, ...]:
    by_org: dict[int, Counter[tuple]] = defaultdict(Counter)
    for (oid, described, judged), n in raw.items():
        by_org[oid][(described, judged)] += n
    return tuple(
        replace(count, organisation_code=orgs[oid].code)
        for oid in sorted(by_org, key=lambda i: orgs[i].code)
        for count in levels_of(by_org[oid])
    )


def power_by_org(raw: Counter[tuple], orgs: dict[int, Org]) -> tuple[tuple[str, PowerSharing], ...]:
    by_org: dict[int, Counter[tuple]] = defaultdict(Counter)
    for (oid, *answers), n in raw.items():
        by_org[oid][tuple(answers)] += n
    return tuple(
        (orgs[oid].code, power_of(by_org[oid]))
        for oid in sorted(by_org, key=lambda i: orgs[i].code)
    )


def source_kind_of(kind: str, source: str) -> str:
    """The kind of document a change came in. Older records have only the member's words in
    `source`; where those words are just a kind ("Letter"), that is the kind."""
    if kind:
        return kind
    words = source.strip().lower()
    return words if words in {k.value for k in SourceKind if k.value} else ""


def levels_of(raw: Counter[tuple]) -> tuple[LevelCount, ...]:
    counts: Counter[tuple[str, str]] = Counter()
    for (described, judged), n in raw.items():
        counts[(normalise_described(described or ""), judged or "")] += n
    return tuple(
        LevelCount(described, judged, n)
        for (described, judged), n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    )


def power_of(raw: Counter[tuple]) -> PowerSharing:
    """Tallies from (agenda, papers in time, papers days ahead, present, equal say, told)."""
    positions = {
        "agenda_set_jointly": 0,
        "papers_in_time": 1,
        "present_at_decision": 3,
        "equal_say": 4,
        "told_what_changed": 5,
    }
    tallies: dict[str, Counter[str]] = {key: Counter() for key, _ in POWER_CHECKS}
    days: Counter[int] = Counter()
    for answers, n in raw.items():
        for key, _ in POWER_CHECKS:
            value = answers[positions[key]]
            tallies[key][value if value in (Tri.YES, Tri.NO, Tri.UNSURE) else ""] += n
        if answers[2] is not None:
            days[answers[2]] += n
    return PowerSharing(
        checks=tuple(
            PowerCheck(
                key=key,
                label=label,
                yes=tallies[key]["yes"],
                no=tallies[key]["no"],
                unsure=tallies[key]["unsure"],
                not_recorded=tallies[key][""],
            )
            for key, label in POWER_CHECKS
        ),
        papers_days_ahead=tuple(sorted(days.items())),
    )
