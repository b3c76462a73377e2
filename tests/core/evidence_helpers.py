"""Small members for the evidence tests: a few organisations, roles with dated terms,
activities with levels and power-sharing answers, claims submitted and paid.

`CANARIES` go into every personal field a bundle must never carry, so a test can look for them
in the bundle's bytes and the group PDF's text.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from coprod_desktop.core.domain.errors import UserError
from coprod_desktop.core.domain.kinds import Basis, Classification, Level, Tri
from coprod_desktop.core.domain.money import Money
from coprod_desktop.core.domain.records import (
    Activity,
    Agreement,
    Organisation,
    PowerSharing,
    Profile,
    Terms,
)
from coprod_desktop.core.services import Services, open_services
from coprod_desktop.core.services.clock import FixedClock

TODAY = date(2026, 11, 22)

CANARIES = {
    "name": "Zebedee Quillfeather",
    "address": "7 Canary Wharf Lane, Nowhereton NW1 7QQ",
    "email": "zebedee.canary@example.org",
    "phone": "07700 955555",
    "bank_name": "Z Quillfeather Canary",
    "sort_code": "402716",
    "account": "91827364",
    "private_note": "PRIVATE-CANARY-NOTE about my health",
    "org_note": "ORG-CANARY-NOTE",
    "org_contact": "Dr Canary Contactperson",
    "org_email": "canary.contact@trust.example.nhs.uk",
    "org_address": "1 Canary Hospital Road",
    "terms_note": "TERMS-CANARY-NOTE from the letter",
    "title": "TITLE-CANARY workshop",
    "impact": "IMPACT-CANARY changed the leaflet",
    "feedback": "FEEDBACK-CANARY thank you",
    "role": "ROLE-CANARY panel member",
    "described": "described-canary words",
}


def make_member(
    data_dir: Path,
    *,
    seed: int,
    org_names: dict[str, str] | None = None,
    role_title: str = CANARIES["role"],
    described: str = CANARIES["described"],
) -> Services:
    """A member with activities at two or three organisations, a re-classification, claims
    submitted and paid (some late) and one overdue. `seed` varies the amounts."""
    clock = FixedClock(TODAY)
    sv = open_services(data_dir, clock)
    sv.profile.save(
        Profile(
            name=CANARIES["name"],
            address=CANARIES["address"],
            email=CANARIES["email"],
            phone=CANARIES["phone"],
            bank_account_name=CANARIES["bank_name"],
            bank_sort_code=CANARIES["sort_code"],
            bank_account_number=CANARIES["account"],
            reference_rate=Money(2000 + 100 * seed),
        )
    )
    names = org_names or {"NUH": "Nottingham Hospitals", "UNI": "University of Eastbridge"}
    if seed % 2 == 0 and org_names is None:
        names = {**names, "CVN": "Carers Voice Network"}
    start = date(2025, 1, 6)
    change = date(2026, 3, 1)
    for n, (code, name) in enumerate(names.items()):
        org = sv.organisations.create(
            Organisation(
                name=name,
                code=code,
                promised_days=30,
                notes=CANARIES["org_note"],
                contact_name=CANARIES["org_contact"],
                email=CANARIES["org_email"],
                address=CANARIES["org_address"],
            )
        )
        assert org.id is not None
        terms = [
            Terms(
                effective_from=start,
                basis=Basis.HOURLY,
                hourly_rate=Money(2500 + 50 * seed),
                promised_days=30,
                note=CANARIES["terms_note"],
                source="letter",
            )
        ]
        if n == 1:  # the second organisation re-classifies the role as voluntary
            terms.append(
                Terms(
                    effective_from=change,
                    basis=Basis.EXPENSES_ONLY,
                    classification=Classification.VOLUNTARY,
                    promised_days=30,
                    note=CANARIES["terms_note"],
                    source="letter",
                )
            )
        agreement = sv.agreements.create(
            Agreement(
                organisation_id=org.id, role_title=role_title, start=start, terms=tuple(terms)
            )
        )
        levels = list(Level)
        for i in range(20 + seed):
            on = start + timedelta(days=28 * i + 3 * n + seed)
            if on > TODAY - timedelta(days=20):
                break
            sv.activities.create(
                Activity(
                    organisation_id=org.id,
                    agreement_id=agreement.id,
                    date=on,
                    title=CANARIES["title"],
                    prep_minutes=30 + 5 * seed,
                    contact_minutes=90 + 15 * (i % 3),
                    travel_minutes=40,
                    followup_minutes=15 * (i % 2),
                    described_level=["co-production", described, "consultation"][i % 3],
                    judged_level=levels[(i + seed) % len(levels)],
                    power=PowerSharing(
                        agenda_set_jointly=[Tri.YES, Tri.NO, Tri.UNSURE, None][i % 4],
                        papers_in_time=Tri.NO if i % 2 else Tri.YES,
                        papers_days_ahead=i % 6,
                        equal_say=Tri.NO,
                    ),
                    impact=CANARIES["impact"],
                    feedback=CANARIES["feedback"],
                    private_notes=CANARIES["private_note"],
                    fee_declined=(i == 4 and n == 0),
                )
            )
        # Claims: one per half-year, submitted at its end; the older ones paid (late).
        for k, (first, last) in enumerate(
            [
                (date(2025, 1, 1), date(2025, 6, 30)),
                (date(2025, 7, 1), date(2025, 12, 31)),
                (date(2026, 1, 1), date(2026, 8, 31)),
            ]
        ):
            submitted = last + timedelta(days=5)
            clock.day = submitted  # the claim is made on the day it is sent
            try:
                claim = sv.claims.create(org.id, first, last)
            except UserError:  # nothing to claim in that period for this organisation
                continue
            sv.claims.submit(claim.number, submitted)
            if k < 2:
                paid_on = submitted + timedelta(days=20 + 15 * seed + 10 * n + 7 * k)
                sv.payments.add(paid_on, claim.total, claim_number=claim.number)
        clock.day = TODAY
    return sv
