"""Members for the group-evidence tests: Grace's fifteen, who all worked for one trust that
re-classified their paid roles as "voluntary, expenses only" early in April 2018 (each member's
letter dated a day or two apart), paid them late (around 74 days against 30 promised), and
called consultation co-production. Two of them also worked for a small charity, which no
group pack may name (fewer than 3 members).

Claim dates stay clear of 5 and 6 April, the tax-year edges a pack prints, so a test can look
for every claim date in the bundles and the PDF and expect none.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from coprod_desktop.core.domain.kinds import Basis, Classification, Level
from coprod_desktop.core.domain.money import Money
from coprod_desktop.core.domain.records import Activity, Agreement, Organisation, Profile, Terms
from coprod_desktop.core.services import Services, open_services
from coprod_desktop.core.services.clock import FixedClock

TODAY = date(2019, 6, 20)
TRUST = ("NST", "Northshire Health Trust")
SMALL = ("TCH", "Tiny Charity of Hope")


@dataclass(frozen=True)
class ClaimFacts:
    """One claim as the member knows it: what must never leave in a bundle or a pack."""

    number: str
    submitted: date
    due: date
    paid: date | None
    total: Money


def _set_source_kind(sv: Services, agreement_id: int, kind: str) -> None:
    """Record the kind of document the latest terms came in (schema 0002's column), as the
    window's terms dialog will; the record type has no field for it yet."""
    from sqlalchemy import update

    from coprod_desktop.core.db import models as m

    with sv.evidence.ctx.db.write() as s:
        latest = max(
            s.query(m.TermsRow).filter(m.TermsRow.agreement_id == agreement_id),
            key=lambda row: row.effective_from,
        )
        s.execute(update(m.TermsRow).where(m.TermsRow.id == latest.id).values(source_kind=kind))


def make_trust_member(data_dir: Path, n: int) -> tuple[Services, list[ClaimFacts]]:
    clock = FixedClock(TODAY)
    sv = open_services(data_dir, clock)
    sv.profile.save(Profile(name=f"Member {n} Canary", reference_rate=Money(2000 + 50 * n)))
    orgs = [TRUST] + ([SMALL] if n < 2 else [])
    claims: list[ClaimFacts] = []
    for code, name in orgs:
        org = sv.organisations.create(Organisation(name=name, code=code, promised_days=30))
        assert org.id is not None
        start = date(2017, 4, 10)
        terms = [
            Terms(
                effective_from=start,
                basis=Basis.HOURLY,
                hourly_rate=Money(2500 + 25 * (n % 4)),
                promised_days=30,
                source="email",
                note="letter text that must not travel",
            )
        ]
        if code == TRUST[0]:
            terms.append(
                Terms(
                    effective_from=date(2018, 4, 1 + n % 3),
                    basis=Basis.EXPENSES_ONLY,
                    classification=Classification.VOLUNTARY,
                    promised_days=30,
                    source="Letter from the trust's head of engagement",
                    note="the letter's own words",
                )
            )
        agreement = sv.agreements.create(
            Agreement(
                organisation_id=org.id,
                role_title="Lay panel member",
                start=start,
                terms=tuple(terms),
            )
        )
        assert agreement.id is not None
        if code == TRUST[0]:
            _set_source_kind(sv, agreement.id, "letter")
        for i in range(24 if code == TRUST[0] else 6):
            on = date(2017, 4, 20) + timedelta(days=30 * i + n)
            sv.activities.create(
                Activity(
                    organisation_id=org.id,
                    agreement_id=agreement.id,
                    date=on,
                    title=f"Panel meeting {i}",
                    prep_minutes=60,
                    contact_minutes=120 + 15 * (n % 3),
                    travel_minutes=45,
                    described_level="co-production" if i % 4 else "consultation",
                    # Most "co-production" was consultation in the members' own judgement.
                    judged_level=Level.CONSULTED if i % 5 else Level.CO_PRODUCED,
                    private_notes="PRIVATE-CANARY",
                )
            )
        if code != TRUST[0]:
            continue
        # Quarterly claims for the paid year, submitted on the 10th; paid 60 to 88 days later,
        # the last one still unpaid.
        for k, (first, last) in enumerate(
            [
                (date(2017, 4, 10), date(2017, 6, 30)),
                (date(2017, 7, 1), date(2017, 9, 30)),
                (date(2017, 10, 1), date(2017, 12, 31)),
                (date(2018, 1, 1), date(2018, 3, 31)),
            ]
        ):
            submitted = date(last.year, last.month, 10) + timedelta(days=31)
            submitted = submitted.replace(day=10)
            clock.day = submitted
            claim = sv.claims.create(org.id, first, last)
            sv.claims.submit(claim.number, submitted)
            paid_on = None
            if k < 3:
                paid_on = submitted + timedelta(days=60 + 7 * ((n + k) % 5))
                if (paid_on.month, paid_on.day) in ((4, 5), (4, 6)):
                    paid_on += timedelta(days=2)
                clock.day = paid_on
                sv.payments.add(paid_on, claim.total, claim_number=claim.number)
            claims.append(
                ClaimFacts(
                    claim.number, submitted, submitted + timedelta(days=30), paid_on, claim.total
                )
            )
        clock.day = TODAY
    return sv, claims
