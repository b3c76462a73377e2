"""Who the sample member is and whom they work with: the demo's people, as plain data.

Kept apart from the builder in `demo.py` (which plans and writes the records) so the member's
story can be read and changed in one place: Sam, an expert by experience with four roles, one of
them re-classified from paid to voluntary by letter.
"""

from __future__ import annotations

from datetime import date

from coprod_desktop.core.domain.kinds import Basis, Classification, PaymentMethod, TimePart
from coprod_desktop.core.domain.money import Money
from coprod_desktop.core.domain.records import Agreement, Organisation, Profile, Terms

#: (key, organisation, agreement with its terms, one-way miles to the usual venue, the venue,
#: parking in pence low-high, how often the member works with them)
RoleSpec = tuple[str, Organisation, Agreement, int, str, tuple[int, int], int]

#: How long before the first record each role began (days): a member starts keeping records
#: mid-way, so the portfolio's "Roles held" reads like a real person's, not one start date.
ROLE_HELD_BEFORE_DAYS = {"arc": 3 * 365 + 61, "trust": 5 * 365 + 20, "uni": 2 * 365, "charity": 487}


def sample_profile() -> Profile:
    """The sample member's profile, with the "About me" the portfolio opens with."""
    return Profile(
        name="Sam Okafor",
        preferred_name="Sam",
        pronouns="they/them",
        address="14 Wollaton Vale\nBeeston\nNottingham\nNG9 2PQ",
        email="sam.okafor@example.org",
        phone="07700 900123",
        bank_account_name="S Okafor",
        bank_sort_code="608371",
        bank_account_number="31926819",
        statement=(
            "I have lived with bipolar disorder for twenty years and cared for my mother "
            "through dementia. I bring that experience to research, teaching and staff "
            "recruitment, so that services are shaped by the people who use them. I sit "
            "on a research advisory group, interview panels at my local trust and a "
            "carers' forum, and I teach nursing students what good care felt like from "
            "the other side. I am proudest of the discharge leaflet we rewrote together, "
            "which the ward still uses."
        ),
        access_needs=(
            "Papers at least five working days ahead, in a large font. Breaks every hour. "
            "Parking close to the entrance."
        ),
        reference_rate=Money(2000),
        benefits_kind="esa",
    )


def role_specs(start: date, reclassified_on: date) -> list[RoleSpec]:
    """The member's four organisations and roles, from `start` (the first record); the teaching
    role's terms change to voluntary, expenses only, on `reclassified_on`."""
    return [
        (
            "arc",
            Organisation(
                name="Midlands Applied Research Collaboration",
                code="MARC",
                department="Patient and Public Involvement Team",
                contact_name="Dr Priya Natarajan",
                email="ppi@marc.example.ac.uk",
                address="Institute of Health Research\nUniversity Road\nLeicester\nLE1 7RH",
                promised_days=30,
            ),
            Agreement(
                organisation_id=0,
                role_title="Public advisory group member",
                start=start,
                description=(
                    "Member of the public advisory group across the collaboration's themes: "
                    "reviewing documents, attending steering groups and workshops."
                ),
                terms=(
                    Terms(
                        effective_from=start,
                        basis=Basis.HOURLY,
                        hourly_rate=Money(2500),
                        min_minutes=60,
                        round_to_minutes=15,
                        payable_parts=frozenset(
                            {TimePart.PREP, TimePart.CONTACT, TimePart.FOLLOWUP}
                        ),
                        promised_days=30,
                        source="Role description",
                        note="NIHR payment guidance rate; preparation and follow-up payable.",
                    ),
                ),
            ),
            24,
            "University Road car park, Leicester",
            (450, 900),
            38,
        ),
        (
            "trust",
            Organisation(
                name="Riverside NHS Foundation Trust",
                code="RNT",
                department="Recruitment and Patient Experience",
                contact_name="Mark Ellison",
                email="involvement@riverside.example.nhs.uk",
                address="Riverside House\nTrent Bridge Road\nNottingham\nNG2 3DA",
                promised_days=30,
            ),
            Agreement(
                organisation_id=0,
                role_title="Lived-experience interview panel member",
                start=start,
                description="Sitting on staff interview panels; patient experience committee.",
                terms=(
                    Terms(
                        effective_from=start,
                        basis=Basis.SESSION,
                        session_fee=Money(7500),
                        promised_days=30,
                        source="email",
                        note="£75 a panel session, paid within 30 days of a claim.",
                    ),
                ),
            ),
            12,
            "Riverside Hospital multi-storey",
            (350, 700),
            27,
        ),
        (
            "uni",
            Organisation(
                name="University of Eastbridge",
                code="UOE",
                department="School of Health Sciences",
                contact_name="Helen Brooks",
                email="health-involvement@eastbridge.example.ac.uk",
                address="School of Health Sciences\nEastbridge Campus\nDerby\nDE22 1GB",
                promised_days=45,
            ),
            Agreement(
                organisation_id=0,
                role_title="Lived-experience educator",
                start=start,
                description="Co-teaching nursing and allied health modules.",
                terms=(
                    Terms(
                        effective_from=start,
                        basis=Basis.DAILY,
                        day_rate=Money(15000),
                        half_day_rate=Money(8000),
                        promised_days=45,
                        source="Contract letter",
                        note="Day rate £150, half day £80.",
                    ),
                    Terms(
                        effective_from=reclassified_on,
                        basis=Basis.EXPENSES_ONLY,
                        classification=Classification.VOLUNTARY,
                        promised_days=45,
                        source="letter",
                        note=(
                            "Letter from the Head of School: educators with lived experience "
                            "are now 'volunteers' and will be reimbursed expenses only. No "
                            "consultation; the teaching load is the same."
                        ),
                    ),
                ),
            ),
            31,
            "Eastbridge Campus visitor car park",
            (400, 650),
            20,
        ),
        (
            "charity",
            Organisation(
                name="Carers Voice Network",
                code="CVN",
                department="Involvement",
                contact_name="Aisha Rahman",
                email="hello@carersvoice.example.org.uk",
                address="The Old Chapel\nMill Street\nNottingham\nNG1 4FB",
                promised_days=21,
            ),
            Agreement(
                organisation_id=0,
                role_title="Carers' forum co-facilitator",
                start=start,
                description="Co-facilitating the carers' forum and co-design workshops.",
                terms=(
                    Terms(
                        effective_from=start,
                        basis=Basis.VOUCHER,
                        session_fee=Money(2000),
                        payment_method=PaymentMethod.VOUCHER,
                        promised_days=21,
                        source="meeting",
                        note="£20 shopping voucher a session.",
                    ),
                ),
            ),
            9,
            "Mill Street car park",
            (250, 450),
            15,
        ),
    ]
