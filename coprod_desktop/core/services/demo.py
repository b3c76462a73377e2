"""`coprod demo`: a realistic, deterministic member's records in an empty data folder.

Why it exists: the window, the reports and the benchmarks all need data that looks like a real
member's. At scale 1 (what `coprod demo` and the window's sample records make) it is a year of a
typical expert by experience: four organisations, four to ten activities a month, three or four
claims a month, one role re-classified from paid to voluntary, one organisation that pays late.
A larger scale is that many years of a very busy member (15 is the benchmark's heavy set, about
10,000 activities), whose car miles also cross the 10,000-mile band. Both have the awkward
cases the app is for: a paid teaching role re-classified as voluntary by letter, co-production
claimed where the member was only consulted, a claim overdue against the promised days, a part
payment settled fees first, a few highlights picked for the portfolio.

Determinism: everything comes from `random.Random(seed)` and the services' clock (`today()`),
never the wall clock, so two runs with the same seed and day give byte-identical exports. While
the demo runs, the services' clock is moved to each record's own day (a claim made in March is
created, numbered and submitted in March) and put back at the end.

Speed: the bulk of the history is checked with the services' own `validate` methods and written
with bulk inserts in one transaction (per-record transactions would take minutes at scale 15).
The last three weeks go through the public services one record at a time, receipts as
`NewFile`s, and every claim, submission, dispute, void and payment is made through the claim and
payment services, so all their rules apply.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, insert, select, update

from coprod_desktop.core.db import models as m
from coprod_desktop.core.domain.errors import UserError
from coprod_desktop.core.domain.kinds import (
    ActivityKind,
    ExpenseCategory,
    Level,
    PaymentMethod,
    Tri,
    Vehicle,
)
from coprod_desktop.core.domain.money import Money
from coprod_desktop.core.domain.records import (
    Activity,
    Claim,
    Expense,
    Feedback,
    PowerSharing,
    Training,
)
from coprod_desktop.core.rules.tax_year import tax_year_bounds, tax_year_of
from coprod_desktop.core.services import convert, demo_text
from coprod_desktop.core.services.demo_people import (
    ROLE_HELD_BEFORE_DAYS,
    role_specs,
    sample_profile,
)
from coprod_desktop.core.services.demo_receipts import receipt_image
from coprod_desktop.core.services.expenses import NewFile
from coprod_desktop.core.services.validate import EARLIEST

if TYPE_CHECKING:
    from coprod_desktop.core.services import Services

MAX_SCALE = 100  # a century of records: beyond that the dates leave the app's range
RECENT_DAYS = 21  # the last three weeks go through the public services record by record
BAND_TARGET = Decimal(10_400)  # car miles to reach in the main tax year, just past the band
# Activities a weekday (0, 1, 2, ...): a typical member's month has four to ten; a busy one's
# (the heavy sets, scale 2 and up) two or three a day.
TYPICAL_DAY = (72, 25, 3)
BUSY_DAY = (5, 18, 28, 27, 15, 7)
HIGHLIGHTS_A_YEAR = 4  # activities the member picked for the portfolio's highlights

_NOT_EMPTY = (
    "The data folder already has records: run the demo in a new folder with --data-dir, so "
    "nothing you have is mixed with sample records."
)


@dataclass(frozen=True)
class DemoResult:
    """How many records of each kind the demo made."""

    counts: dict[str, int]

    def __str__(self) -> str:
        """One line for the command to print: what was made."""
        keys = ("organisations", "activities", "expenses", "attachments", "claims", "payments")
        return "Demo records made: " + ", ".join(f"{self.counts.get(k, 0)} {k}" for k in keys)


class _DemoClock:
    """A clock the demo moves forward as it goes (today and noon of the current day)."""

    def __init__(self, day: date) -> None:
        self.day = day

    def today(self) -> date:
        return self.day

    def now(self) -> datetime:
        return datetime(self.day.year, self.day.month, self.day.day, 12, 0, 0)


@dataclass
class _Org:
    key: str
    id: int
    code: str
    agreement_id: int
    one_way_miles: int  # to the usual venue
    venue: str
    parking: tuple[int, int]  # pence, low-high
    weight: int


@dataclass
class _PlannedExpense:
    expense: Expense
    receipt: NewFile | None = None


@dataclass
class _Planned:
    activity: Activity
    expenses: list[_PlannedExpense] = field(default_factory=list)
    highlight: bool = False  # picked for the portfolio's highlights (the activities' column)


# -- entry point ------------------------------------------------------------------------------


def make_demo(services: Services, scale: int = 1, seed: int = 1) -> DemoResult:
    """Fill an empty data folder with `scale` years of a realistic member's records."""
    if isinstance(scale, bool) or not isinstance(scale, int) or not 1 <= scale <= MAX_SCALE:
        raise UserError(f"The scale must be a whole number from 1 to {MAX_SCALE}.", "scale")
    if isinstance(seed, bool) or not isinstance(seed, int):
        raise UserError("The seed must be a whole number, for example 1.", "seed")
    with services.db.read() as s:
        used = sum(
            s.scalar(select(func.count()).select_from(model)) or 0
            for model in (m.OrganisationRow, m.ActivityRow, m.ExpenseRow, m.ClaimRow)
        )
    if used:
        raise UserError(_NOT_EMPTY, "data_dir")
    today = services.ctx.clock.today()
    if today.year - scale < 1951:
        raise UserError(
            f"The scale {scale} would start the records before 1950: choose a smaller scale.",
            "scale",
        )
    saved = services.ctx.clock
    clock = _DemoClock(_years_before(today, scale))
    services.ctx.clock = clock
    # Submitting a claim may keep its PDF "as submitted". Not for the demo's history: a hundred
    # PDFs a year would make scale 15 take many minutes, and PDFs carry their making time, which
    # would break the same-seed-same-bytes promise. Any claim's PDF can still be made later.
    keep_pdf = getattr(services.claims, "prepare_submitted_pdf", None)
    if keep_pdf is not None:
        services.claims.prepare_submitted_pdf = None
    try:
        _Builder(services, random.Random(seed), today, scale, clock).run()
    finally:
        services.ctx.clock = saved
        if keep_pdf is not None:
            services.claims.prepare_submitted_pdf = keep_pdf
    return DemoResult(_counts(services))


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years) + timedelta(days=1)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28) + timedelta(days=1)


def _counts(services: Services) -> dict[str, int]:
    tables = {
        "organisations": m.OrganisationRow,
        "agreements": m.AgreementRow,
        "terms": m.TermsRow,
        "activities": m.ActivityRow,
        "expenses": m.ExpenseRow,
        "attachments": m.AttachmentRow,
        "claims": m.ClaimRow,
        "payments": m.PaymentRow,
        "training": m.TrainingRow,
        "feedback": m.FeedbackRow,
    }
    with services.db.read() as s:
        counts = {
            key: s.scalar(select(func.count()).select_from(model)) or 0
            for key, model in tables.items()
        }
        for status, number in s.execute(
            select(m.ClaimRow.status, func.count()).group_by(m.ClaimRow.status)
        ):
            counts[f"claims_{status}"] = number
    return counts


# -- the builder ------------------------------------------------------------------------------


class _Builder:
    def __init__(
        self, services: Services, rng: random.Random, today: date, scale: int, clock: _DemoClock
    ) -> None:
        self.sv = services
        self.rng = rng
        self.today = today
        self.scale = scale
        self.clock = clock
        self.start = clock.day
        self.reclassified_on = today - timedelta(days=152)  # about five months ago
        self.receipt_counter = 0
        self.orgs: dict[str, _Org] = {}
        self.typical = scale == 1  # a typical member's year; larger scales are a busy member's

    def run(self) -> None:
        self.profile()
        self.organisations()
        self.terms_sources()
        planned = self.plan_activities()
        if not self.typical:
            self.top_up_mileage(planned)
        self.pick_highlights(planned)
        cutoff = self.today - timedelta(days=RECENT_DAYS)
        self.bulk_insert([p for p in planned if p.activity.date < cutoff])
        self.one_by_one([p for p in planned if p.activity.date >= cutoff])
        self.claims()
        self.training_and_feedback()

    # -- who and with whom ----------------------------------------------------------------------
    def profile(self) -> None:
        self.sv.profile.save(sample_profile())

    def organisations(self) -> None:
        start = self.start
        specs = role_specs(start, self.reclassified_on)
        for key, org, agreement, miles, venue, parking, weight in specs:
            saved = self.sv.organisations.create(org)
            assert saved.id is not None
            # The roles began before the records do (see ROLE_HELD_BEFORE_DAYS).
            since = max(EARLIEST, start - timedelta(days=ROLE_HELD_BEFORE_DAYS[key]))
            first, *later = agreement.terms
            agreement = replace(
                agreement, start=since, terms=(replace(first, effective_from=since), *later)
            )
            made = self.sv.agreements.create(replace(agreement, organisation_id=saved.id))
            assert made.id is not None
            self.orgs[key] = _Org(key, saved.id, saved.code, made.id, miles, venue, parking, weight)

    # -- planning the history ---------------------------------------------------------------------
    def plan_activities(self) -> list[_Planned]:
        rng = self.rng
        planned: list[_Planned] = []
        keys = list(self.orgs)
        weights = [self.orgs[k].weight for k in keys]
        day = self.start
        while day <= self.today:
            if day.weekday() < 5:
                weights_a_day = TYPICAL_DAY if self.typical else BUSY_DAY
                count = rng.choices(range(len(weights_a_day)), weights=weights_a_day)[0]
            else:
                count = 1 if rng.random() < (0.02 if self.typical else 0.06) else 0
            for _ in range(count):
                org = self.orgs[rng.choices(keys, weights=weights)[0]]
                planned.append(self.plan_one(org, day))
            day += timedelta(days=1)
        # A few recent ones are drafts (from calendar invites, not yet confirmed).
        recent = [p for p in planned if p.activity.date > self.today - timedelta(days=10)]
        for p in recent[-3:] or planned[-1:]:
            p.activity = replace(p.activity, draft=True)
        if self.typical:
            self.make_sure_of_rare_cases(planned)
        return planned

    def make_sure_of_rare_cases(self, planned: list[_Planned]) -> None:
        """A year of a typical member is too short for every rare case to happen by chance,
        and the sample records must still show each: one fee declined (the benefits limit was
        close), one activity kept out of the portfolio, one journey with a passenger."""
        settled = [p for p in planned if not p.activity.draft]
        if not any(p.activity.fee_declined for p in settled):
            trust = [p for p in settled if p.activity.organisation_id == self.orgs["trust"].id]
            p = (trust or settled)[len(trust or settled) // 2]
            p.activity = replace(
                p.activity,
                fee_declined=True,
                private_notes="Declined the fee: this week's ESA permitted-work limit was close.",
            )
        if all(p.activity.in_portfolio for p in settled):
            p = settled[len(settled) // 3]
            p.activity = replace(p.activity, in_portfolio=False)
        car = [
            e
            for p in settled
            for e in p.expenses
            if e.expense.category is ExpenseCategory.MILEAGE and e.expense.vehicle is Vehicle.CAR
        ]
        if car and not any(e.expense.passengers for e in car):
            e = car[len(car) // 2]
            e.expense = replace(
                e.expense, passengers=1, description=f"{e.expense.description} (with my carer)"
            )

    def plan_one(self, org: _Org, day: date) -> _Planned:
        rng = self.rng
        kind, title, described, judged, contact, prep, followup, remote_p = self.template(org)
        remote = rng.random() < remote_p
        travel = 0 if remote else max(20, int(org.one_way_miles * 2 * rng.uniform(1.6, 2.4)))
        level = Level(rng.choice(judged))
        power = PowerSharing()
        if rng.random() < 0.8:
            power = self.power_for(level)
        declined = (
            org.key == "trust" and kind is ActivityKind.INTERVIEW_PANEL and (rng.random() < 0.04)
        )
        notes = rng.choice(demo_text.PRIVATE_NOTES) if rng.random() < 0.1 else ""
        if declined:
            notes = "Declined the fee: this week's ESA permitted-work limit was close."
        activity = Activity(
            organisation_id=org.id,
            agreement_id=org.agreement_id,
            date=day,
            title=title,
            kind=kind,
            prep_minutes=prep,
            contact_minutes=contact,
            travel_minutes=travel,
            followup_minutes=followup,
            remote=remote,
            described_level=described,
            judged_level=level,
            power=power,
            impact=rng.choice(demo_text.IMPACTS) if rng.random() < 0.4 else "",
            feedback=rng.choice(demo_text.FEEDBACK) if rng.random() < 0.25 else "",
            skills=", ".join(sorted(rng.sample(demo_text.SKILLS, rng.randint(1, 3)))),
            themes=", ".join(sorted(rng.sample(demo_text.THEMES, rng.randint(1, 2)))),
            private_notes=notes,
            in_portfolio=rng.random() > 0.02,
            fee_declined=declined,
        )
        # A member marks as highlights the work where they shared power and it changed
        # something; decided from the record itself, so the sample's other figures stay put.
        activity = replace(
            activity,
            highlight=bool(activity.impact and activity.feedback)
            and level in (Level.CO_PRODUCED, Level.LED)
            and activity.in_portfolio,
        )
        result = _Planned(activity)
        if remote:
            if rng.random() < 0.5:
                result.expenses.append(
                    self.simple(org, day, ExpenseCategory.PHONE_INTERNET, 150, 400, "Phone data")
                )
        else:
            self.plan_travel(result, org, day, org.one_way_miles)
        return result

    def template(
        self, org: _Org
    ) -> tuple[ActivityKind, str, str, tuple[str, ...], int, int, int, float]:
        """(kind, title, described level, judged levels to pick from, contact, prep, follow-up,
        chance it was remote) for one of the organisation's usual kinds of work."""
        rng = self.rng
        r = rng.random()
        study = rng.choice(demo_text.STUDIES)
        topic = rng.choice(demo_text.TOPICS)

        def mins(low: int, high: int) -> int:
            return rng.randrange(low, high + 1, 15) if high > 0 else 0

        if org.key == "arc":
            if r < 0.35:
                return (
                    ActivityKind.ADVISORY_GROUP,
                    f"Public advisory group: {study}",
                    "co-production",
                    ("consulted", "consulted", "involved", "co-produced"),
                    mins(90, 150),
                    mins(30, 90),
                    mins(0, 45),
                    0.4,
                )
            if r < 0.6:
                return (
                    ActivityKind.DOCUMENT_REVIEW,
                    f"Lay review of the participant information sheet: {study}",
                    "involvement",
                    ("involved",),
                    mins(60, 180),
                    0,
                    mins(0, 30),
                    1.0,
                )
            if r < 0.8:
                return (
                    ActivityKind.CO_DESIGN_WORKSHOP,
                    f"Co-design workshop on {topic}",
                    "co-design",
                    ("co-designed", "consulted", "involved"),
                    mins(120, 240),
                    mins(30, 60),
                    mins(15, 60),
                    0.2,
                )
            if r < 0.97:
                return (
                    ActivityKind.MEETING,
                    f"Study steering committee: {study}",
                    "engagement",
                    ("consulted", "informed"),
                    mins(60, 120),
                    mins(30, 60),
                    mins(0, 30),
                    0.5,
                )
            return (
                ActivityKind.CONFERENCE_TALK,
                f"Conference talk: involvement in {topic}",
                "co-production",
                ("co-produced", "led"),
                mins(45, 90),
                mins(120, 240),
                mins(30, 60),
                0.0,
            )
        if org.key == "trust":
            if r < 0.7:
                return (
                    ActivityKind.INTERVIEW_PANEL,
                    f"Interview panel: {rng.choice(demo_text.ROLES)}",
                    "involvement",
                    ("involved", "co-produced"),
                    mins(180, 360),
                    mins(30, 60),
                    mins(0, 30),
                    0.15,
                )
            return (
                ActivityKind.MEETING,
                "Patient experience committee",
                "co-production",
                ("consulted", "consulted", "informed"),
                mins(90, 120),
                mins(30, 60),
                mins(0, 30),
                0.3,
            )
        if org.key == "uni":
            module = rng.choice(demo_text.MODULES)
            if r < 0.6:
                return (
                    ActivityKind.TEACHING,
                    f"Teaching: {module}",
                    "co-production",
                    ("involved", "co-designed"),
                    mins(120, 420),
                    mins(60, 180),
                    mins(0, 45),
                    0.1,
                )
            if r < 0.85:
                return (
                    ActivityKind.MEETING,
                    f"Module planning meeting: {module}",
                    "co-design",
                    ("consulted", "involved"),
                    mins(60, 120),
                    mins(15, 45),
                    mins(0, 30),
                    0.6,
                )
            return (
                ActivityKind.INTERVIEW_PANEL,
                "Student admissions interviews",
                "involvement",
                ("involved",),
                mins(180, 300),
                mins(15, 30),
                0,
                0.2,
            )
        if r < 0.6:
            return (
                ActivityKind.CO_DESIGN_WORKSHOP,
                f"Carers' co-design workshop: {topic}",
                "co-production",
                ("co-produced", "led", "co-designed"),
                mins(120, 180),
                mins(30, 90),
                mins(15, 45),
                0.1,
            )
        return (
            ActivityKind.MEETING,
            "Carers' forum",
            "engagement",
            ("involved", "consulted"),
            mins(90, 120),
            mins(15, 30),
            mins(0, 30),
            0.25,
        )

    def power_for(self, level: Level) -> PowerSharing:
        rng = self.rng
        rank = level.rank
        in_time = rng.random() < 0.7

        def tri(yes_if: bool) -> Tri:
            if rng.random() < 0.1:
                return Tri.UNSURE
            return Tri.YES if yes_if else Tri.NO

        return PowerSharing(
            agenda_set_jointly=tri(rank >= 3),
            papers_in_time=Tri.YES if in_time else Tri.NO,
            papers_days_ahead=rng.randint(5, 10) if in_time else rng.randint(0, 2),
            present_at_decision=tri(rank >= 2),
            equal_say=tri(rank >= 3),
            told_what_changed=tri(rng.random() < 0.5),
        )

    def plan_travel(self, planned: _Planned, org: _Org, day: date, one_way: int) -> None:
        rng = self.rng
        mode = rng.random()
        if mode < 0.83:
            vehicle = Vehicle.MOTORCYCLE if mode > 0.78 else Vehicle.CAR
            passengers = 1 if vehicle is Vehicle.CAR and rng.random() < 0.08 else 0
            for leg in ("outward", "return"):
                miles = Decimal(one_way) + Decimal(rng.randint(-20, 30)) / 10
                planned.expenses.append(
                    _PlannedExpense(
                        Expense(
                            organisation_id=org.id,
                            date=day,
                            category=ExpenseCategory.MILEAGE,
                            miles=max(Decimal(1), miles),
                            vehicle=vehicle,
                            passengers=passengers,
                            description=f"Home to {org.venue.split(',')[-1].strip()}, {leg}"
                            + (" (with my carer)" if passengers else ""),
                        )
                    )
                )
            if rng.random() < 0.5:
                amount = rng.randrange(org.parking[0], org.parking[1] + 1, 50)
                receipt = None
                if rng.random() < 0.4:
                    receipt = self.receipt(
                        "CAR PARK",
                        org.venue,
                        ("Pay and display", f"Bay {rng.randint(1, 400)}"),
                        Money(amount),
                        day,
                        jpeg=False,
                    )
                planned.expenses.append(
                    _PlannedExpense(
                        Expense(
                            organisation_id=org.id,
                            date=day,
                            category=ExpenseCategory.PARKING,
                            amount=Money(amount),
                            description=f"Parking, {org.venue}",
                        ),
                        receipt,
                    )
                )
        elif mode < 0.95:
            fare = rng.randrange(280, 1250, 10)
            for leg in ("outward", "return"):
                planned.expenses.append(
                    self.simple(
                        org,
                        day,
                        ExpenseCategory.PUBLIC_TRANSPORT,
                        fare,
                        fare,
                        f"Bus and tram, {leg}",
                    )
                )
        else:
            for leg in ("outward", "return"):
                planned.expenses.append(
                    self.simple(
                        org, day, ExpenseCategory.TAXI, 1200, 3200, f"Taxi (access needs), {leg}"
                    )
                )
        if rng.random() < 0.45:
            reimbursable = rng.random() > 0.05
            planned.expenses.append(
                replace_expense(
                    self.simple(org, day, ExpenseCategory.SUBSISTENCE, 450, 1280, "Lunch"),
                    reimbursable=reimbursable,
                    description="Lunch" if reimbursable else "Coffee before (not claimed)",
                )
            )
        if rng.random() < 0.15:
            hours = rng.randint(2, 5)
            amount = Money(hours * rng.choice((1450, 1600, 1800)))
            receipt = self.receipt(
                "CARE COVER",
                "Homecare Partners Ltd",
                (f"Sitting service {hours} h", "Invoice for care cover"),
                amount,
                day,
                jpeg=True,
            )
            planned.expenses.append(
                _PlannedExpense(
                    Expense(
                        organisation_id=org.id,
                        date=day,
                        category=ExpenseCategory.CARE_COVER,
                        amount=amount,
                        description=f"Care cover for my mother, {hours} hours",
                    ),
                    receipt,
                )
            )
        if rng.random() < 0.15:
            planned.expenses.append(
                self.simple(org, day, ExpenseCategory.OTHER, 120, 600, "Printing the papers")
            )

    def simple(
        self, org: _Org, day: date, category: ExpenseCategory, low: int, high: int, text: str
    ) -> _PlannedExpense:
        amount = low if high <= low else self.rng.randrange(low, high + 1, 10)
        return _PlannedExpense(
            Expense(
                organisation_id=org.id,
                date=day,
                category=category,
                amount=Money(amount),
                description=text,
            )
        )

    def receipt(
        self,
        heading: str,
        where: str,
        lines: tuple[str, ...],
        amount: Money,
        day: date,
        *,
        jpeg: bool,
    ) -> NewFile:
        self.receipt_counter += 1
        data = receipt_image(heading, where, lines, amount, day, self.receipt_counter, jpeg=jpeg)
        suffix = "jpg" if jpeg else "png"
        name = f"{heading.lower().replace(' ', '-')}-{day.isoformat()}-{self.receipt_counter}"
        return NewFile(f"{name}.{suffix}", data)

    def top_up_mileage(self, planned: list[_Planned]) -> None:
        """Make sure the main tax year's car miles cross the 10,000-mile band.

        A member who drives a lot does, but a one-year demo that straddles two tax years may
        not: add a few long journeys (regional events) in the tax year with the most days in
        the period until it does."""
        pack = self.sv.ctx.pack()
        years: dict[int, int] = {}
        day = self.start
        while day <= self.today:
            year = tax_year_of(day, pack)
            years[year] = years.get(year, 0) + 1
            day += timedelta(days=1)
        main = max(years, key=lambda y: (years[y], y))
        first, last = tax_year_bounds(main, pack)
        first, last = max(first, self.start), min(last, self.today - timedelta(days=RECENT_DAYS))
        car = sum(
            (
                e.expense.miles or Decimal(0)
                for p in planned
                for e in p.expenses
                if e.expense.category is ExpenseCategory.MILEAGE
                and e.expense.vehicle is Vehicle.CAR
                and first <= e.expense.date <= last
            ),
            Decimal(0),
        )
        org = self.orgs["arc"]
        cities = ("Manchester", "London", "Bristol", "Leeds", "Cambridge", "Newcastle")
        while car < BAND_TARGET:
            day = first + timedelta(days=self.rng.randrange(0, (last - first).days + 1))
            city = self.rng.choice(cities)
            one_way = self.rng.randint(90, 160)
            extra = _Planned(
                Activity(
                    organisation_id=org.id,
                    agreement_id=org.agreement_id,
                    date=day,
                    title=f"Regional public involvement network day, {city}",
                    kind=ActivityKind.CONFERENCE_TALK,
                    prep_minutes=120,
                    contact_minutes=300,
                    travel_minutes=one_way * 3,
                    followup_minutes=30,
                    described_level="co-production",
                    judged_level=Level.INVOLVED,
                    skills="public speaking",
                    themes="research",
                )
            )
            for leg in ("outward", "return"):
                extra.expenses.append(
                    _PlannedExpense(
                        Expense(
                            organisation_id=org.id,
                            date=day,
                            category=ExpenseCategory.MILEAGE,
                            miles=Decimal(one_way),
                            description=f"Home to {city}, {leg}",
                        )
                    )
                )
            car += Decimal(one_way * 2)
            planned.append(extra)
        planned.sort(key=lambda p: p.activity.date)

    def terms_sources(self) -> None:
        """Where each version of the terms came from, as the member files it (letter, email,
        meeting): the re-classification came by letter, which is the evidence."""
        kinds = {
            "letter": "letter",
            "contract letter": "letter",
            "email": "email",
            "meeting": "meeting",
        }
        with self.sv.db.write() as s:
            for row in s.scalars(select(m.TermsRow)):
                kind = kinds.get((row.source or "").strip().lower())
                if kind:
                    s.execute(
                        update(m.TermsRow).where(m.TermsRow.id == row.id).values(source_kind=kind)
                    )

    def pick_highlights(self, planned: list[_Planned]) -> None:
        """A few activities a year the member is proudest of: ones with an impact and feedback,
        spread over the years, none of them a draft or kept out of the portfolio."""
        cutoff = self.today - timedelta(days=RECENT_DAYS)
        fit = [
            p
            for p in planned
            if p.activity.impact
            and p.activity.in_portfolio
            and not p.activity.draft
            and p.activity.date < cutoff  # written in bulk, where the column is set
        ]
        years = sorted({p.activity.date.year for p in fit})
        for year in years:
            pool = [p for p in fit if p.activity.date.year == year]
            praised = [p for p in pool if p.activity.feedback]
            pool = praised if len(praised) >= HIGHLIGHTS_A_YEAR else pool
            for p in self.rng.sample(pool, min(HIGHLIGHTS_A_YEAR, len(pool))):
                p.highlight = True

    # -- writing ----------------------------------------------------------------------------------
    def bulk_insert(self, planned: list[_Planned]) -> None:
        """Check each record with the services' own rules, then write them all at once."""
        activities = self.sv.activities
        expenses = self.sv.expenses
        store = self.sv.ctx.store
        act_rows: list[dict[str, Any]] = []
        exp_rows: list[dict[str, Any]] = []
        att_rows: list[dict[str, Any]] = []
        rec_rows: list[dict[str, Any]] = []
        with self.sv.db.write() as s:
            next_act = (s.scalar(select(func.max(m.ActivityRow.id))) or 0) + 1
            next_exp = (s.scalar(select(func.max(m.ExpenseRow.id))) or 0) + 1
            next_att = (s.scalar(select(func.max(m.AttachmentRow.id))) or 0) + 1
            for p in planned:
                act = activities.validate(p.activity, s)
                act_rows.append(
                    {"id": next_act, **convert.activity_fields(act), "highlight": p.highlight}
                )
                for pe in p.expenses:
                    # Linked after the check: the activity row is not written yet.
                    exp = replace(expenses.validate(pe.expense, s), activity_id=next_act)
                    exp_rows.append({"id": next_exp, **convert.expense_fields(exp)})
                    if pe.receipt is not None:
                        stored = store.put(pe.receipt.data, pe.receipt.name)
                        att_rows.append(
                            {
                                "id": next_att,
                                "sha256": stored.sha256,
                                "original_name": stored.original_name,
                                "media_type": stored.media_type,
                                "size": stored.size,
                                "added_at": datetime(
                                    exp.date.year, exp.date.month, exp.date.day, 12, 0, 0
                                ),
                            }
                        )
                        rec_rows.append(
                            {"expense_id": next_exp, "attachment_id": next_att, "position": 0}
                        )
                        next_att += 1
                    next_exp += 1
                next_act += 1
            for table, rows in (
                (m.ActivityRow.__table__, act_rows),
                (m.ExpenseRow.__table__, exp_rows),
                (m.AttachmentRow.__table__, att_rows),
                (m.ExpenseReceiptRow.__table__, rec_rows),
            ):
                if rows:
                    s.execute(insert(table), rows)

    def one_by_one(self, planned: list[_Planned]) -> None:
        """The latest records go in through the public services, as the window would."""
        for p in planned:
            self.clock.day = p.activity.date
            act = self.sv.activities.create(p.activity)
            for pe in p.expenses:
                files = (pe.receipt,) if pe.receipt is not None else ()
                self.sv.expenses.create(replace(pe.expense, activity_id=act.id), files)

    # -- claims and payments -------------------------------------------------------------------
    def claims(self) -> None:
        """Claims for each organisation, fortnightly (monthly for the charity), made, submitted
        and paid on their own days, with one claim in each awkward state near today."""
        rng = self.rng
        today = self.today
        done: dict[str, bool] = {"overdue": False, "part": False, "dispute": False}
        voided_years: set[int] = set()
        events: list[tuple[date, str, date, date]] = []  # (made on, org key, period start, end)
        for key in self.orgs:
            length = 28 if key == "charity" or self.typical else 14
            period_start = self.start
            while True:
                period_end = period_start + timedelta(days=length - 1)
                made = period_end + timedelta(days=rng.randint(1, 5))
                if made > today - timedelta(days=2):
                    break
                events.append((made, key, period_start, period_end))
                period_start = period_end + timedelta(days=1)
        events.sort()
        last_arc = max(e for e in events if e[1] == "arc")
        for made, key, period_start, period_end in events:
            org = self.orgs[key]
            self.clock.day = made
            try:
                claim = self.sv.claims.create(org.id, period_start, period_end)
            except UserError:
                continue  # nothing to claim in that period (a quiet fortnight)
            if (made, key, period_start, period_end) == last_arc:
                continue  # the newest claim stays a draft, not yet sent
            if key == "uni" and made.year not in voided_years and made < today - timedelta(60):
                # Made for the wrong period once a year: voided and made again.
                voided_years.add(made.year)
                self.clock.day = made + timedelta(days=1)
                self.sv.claims.void(claim.number, self.clock.day, "Wrong period: made again.")
                claim = self.sv.claims.create(org.id, period_start, period_end)
            submitted = min(today, self.clock.day + timedelta(days=rng.randint(0, 1)))
            self.clock.day = submitted
            self.sv.claims.submit(claim.number, submitted)
            age = (today - submitted).days
            if key == "trust" and not done["overdue"] and 35 <= age <= 75:
                done["overdue"] = True  # chased twice; still unpaid
                continue
            if key == "charity" and not done["dispute"] and 45 <= age <= 150:
                done["dispute"] = True
                self.sv.claims.dispute(
                    claim.number,
                    submitted + timedelta(days=20),
                    "Finance say the forum was 'voluntary'; I have the email offering a voucher.",
                )
                continue
            if key == "arc" and not done["part"] and 30 <= age <= 90 and claim.expense_total:
                done["part"] = True
                self.pay(claim, org, submitted + timedelta(days=rng.randint(18, 28)), part=True)
                continue
            self.pay(claim, org, submitted + timedelta(days=self.days_to_pay(key)))

    def days_to_pay(self, key: str) -> int:
        low, high = {"arc": (12, 34), "trust": (20, 70), "uni": (25, 75), "charity": (5, 25)}[key]
        return self.rng.randint(low, high)

    def pay(self, claim: Claim, org: _Org, on: date, *, part: bool = False) -> None:
        if on > self.today:
            return  # not paid yet
        amount = claim.total
        if part:
            # Fees plus about half the expenses: the service settles the fees first.
            amount = claim.fee_total + Money(claim.expense_total.pence // 2)
        method = PaymentMethod.VOUCHER if org.key == "charity" else PaymentMethod.BANK
        reference = (
            f"Voucher {self.rng.randint(100000, 999999)}"
            if method is PaymentMethod.VOUCHER
            else f"BACS {org.code} {self.rng.randint(10000, 99999)}"
        )
        self.sv.payments.add(
            on, amount, claim_number=claim.number, method=method, reference=reference
        )

    # -- portfolio records ------------------------------------------------------------------------
    def training_and_feedback(self) -> None:
        rng = self.rng
        courses = demo_text.TRAINING
        for year in range(self.scale):
            for i in range(2):
                title, provider, hours = courses[(year * 2 + i) % len(courses)]
                on = self.start + timedelta(days=rng.randint(year * 365, year * 365 + 360))
                self.sv.training.save(
                    Training(
                        date=min(on, self.today),
                        title=title,
                        provider=provider,
                        hours=Decimal(hours),
                        notes="Certificate kept at home." if rng.random() < 0.5 else "",
                    )
                )
        with self.sv.db.read() as s:
            rows = s.execute(
                select(m.ActivityRow.id, m.ActivityRow.organisation_id, m.ActivityRow.date)
                .where(m.ActivityRow.feedback != "", m.ActivityRow.draft.is_(False))
                .order_by(m.ActivityRow.id)
            ).all()
        org_by_name = {
            "Dr Priya Natarajan, Programme Manager": self.orgs["arc"].id,
            "Helen Brooks, Module Lead": self.orgs["uni"].id,
            "Mark Ellison, Head of Recruitment": self.orgs["trust"].id,
            "Carers Voice Network": self.orgs["charity"].id,
        }
        for year in range(self.scale):
            for quote, who in demo_text.TESTIMONIALS:
                org_id = org_by_name[who]
                candidates = [r for r in rows if r[1] == org_id]
                activity_id = None
                on = self.start + timedelta(days=rng.randint(year * 365, year * 365 + 360))
                if candidates:
                    picked = rng.choice(candidates)
                    activity_id, on = picked[0], picked[2] + timedelta(days=rng.randint(1, 9))
                self.sv.feedback.save(
                    Feedback(
                        date=min(on, self.today),
                        quote=quote,
                        from_whom=who,
                        organisation_id=org_id,
                        activity_id=activity_id,
                        in_portfolio=True,
                    )
                )


def replace_expense(planned: _PlannedExpense, **changes: Any) -> _PlannedExpense:
    return _PlannedExpense(replace(planned.expense, **changes), planned.receipt)


__all__ = ["DemoResult", "make_demo"]
