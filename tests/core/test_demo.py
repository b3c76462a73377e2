"""`coprod demo`: deterministic, realistic, and showing every awkward case the app is for."""

from __future__ import annotations

import random
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from coprod_desktop.core.db import models as m
from coprod_desktop.core.domain.errors import UserError
from coprod_desktop.core.domain.kinds import Basis, ClaimStatus, Classification, ExpenseCategory
from coprod_desktop.core.domain.records import Organisation
from coprod_desktop.core.io.json_io import export_json
from coprod_desktop.core.rules.tax_year import tax_year_of
from coprod_desktop.core.services import Services, open_services
from coprod_desktop.core.services import demo as demo_module
from coprod_desktop.core.services.clock import FixedClock
from coprod_desktop.core.services.demo import (
    DemoResult,
    _Builder,
    _DemoClock,
    _Planned,
    _years_before,
    make_demo,
)
from tests.conftest import TODAY


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Services, DemoResult]:
    folder = tmp_path_factory.mktemp("demo") / "data"
    sv = open_services(folder, FixedClock(TODAY))
    result = make_demo(sv, scale=1, seed=1)
    yield sv, result
    sv.close()


def test_same_seed_and_day_give_identical_exports(
    demo: tuple[Services, DemoResult], tmp_path: Path
) -> None:
    sv, _ = demo
    again = open_services(tmp_path / "again", FixedClock(TODAY))
    try:
        make_demo(again, scale=1, seed=1)
        assert export_json(again) == export_json(sv)
    finally:
        again.close()


@pytest.fixture(scope="module")
def heavy_plan(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[_Builder, list[_Planned]]]:
    """What `coprod demo --scale 15` (the benchmark's heavy set) would write, planned only:
    writing 10,000 activities takes minutes, and the plan is where the sizes are decided."""
    sv = open_services(tmp_path_factory.mktemp("heavy") / "data", FixedClock(TODAY))
    patch = pytest.MonkeyPatch()
    # Drawing 2,000 receipt photos is most of the planning's time and decides no size.
    patch.setattr(demo_module, "receipt_image", lambda *args, **kwargs: b"receipt")
    try:
        builder = _Builder(sv, random.Random(1), TODAY, 15, _DemoClock(_years_before(TODAY, 15)))
        builder.profile()
        builder.organisations()
        planned = builder.plan_activities()
        builder.top_up_mileage(planned)
        yield builder, planned
    finally:
        patch.undo()
        sv.close()


def test_counts_are_a_year_of_a_typical_member(demo: tuple[Services, DemoResult]) -> None:
    sv, result = demo
    counts = result.counts
    assert counts["organisations"] == 4
    assert 12 * 4 <= counts["activities"] <= 12 * 10  # four to ten a month
    assert counts["expenses"] >= counts["activities"]
    assert counts["attachments"] >= 10
    assert 12 * 2 <= counts["claims"] <= 12 * 5  # a few a month
    months = [i.activity.date.replace(day=1) for i in sv.activities.list()]
    whole = sorted(set(months))[1:-1]  # the first and last months are part months
    assert all(2 <= months.count(month) <= 14 for month in whole)


def test_scale_15_is_the_benchmarks_heavy_set(
    heavy_plan: tuple[_Builder, list[_Planned]],
) -> None:
    _, planned = heavy_plan
    assert 9_000 <= len(planned) <= 11_000  # ~10,000 activities, as the benchmark expects
    expenses = sum(len(p.expenses) for p in planned)
    assert 20_000 <= expenses <= 28_000
    assert sum(1 for p in planned for e in p.expenses if e.receipt) >= 1_500


def test_claims_in_every_status(demo: tuple[Services, DemoResult]) -> None:
    sv, _ = demo
    statuses = {item.claim.status for item in sv.claims.list()}
    assert statuses == set(ClaimStatus)


def test_an_overdue_claim(demo: tuple[Services, DemoResult]) -> None:
    sv, _ = demo
    overdue = [i for i in sv.claims.list() if i.overdue]
    assert overdue
    assert any(i.claim.status is ClaimStatus.SUBMITTED and i.days_late > 0 for i in overdue)


def test_paid_claims_have_days_to_pay(demo: tuple[Services, DemoResult]) -> None:
    sv, _ = demo
    paid = [i for i in sv.claims.list() if i.claim.status is ClaimStatus.PAID]
    assert len(paid) > 15
    assert all(i.days_to_pay is not None and i.days_to_pay > 0 for i in paid)


def test_part_paid_claim_settled_fees_first(demo: tuple[Services, DemoResult]) -> None:
    sv, _ = demo
    part = [i for i in sv.claims.list() if i.claim.status is ClaimStatus.PART_PAID]
    assert len(part) == 1
    item = part[0]
    payments = sv.payments.list(item.claim.number)
    assert len(payments) == 1
    (alloc,) = payments[0].allocations
    amount = payments[0].amount
    assert item.claim.fee_total.pence > 0
    assert alloc.fee_amount == min(amount, item.claim.fee_total)
    assert alloc.expense_amount == amount - alloc.fee_amount
    assert amount < item.claim.total


def test_teaching_role_reclassified_from_paid_to_voluntary(
    demo: tuple[Services, DemoResult],
) -> None:
    sv, _ = demo
    changed = [a for a in sv.agreements.list() if len(a.terms) == 2]
    assert len(changed) == 1
    before, after = changed[0].terms
    assert before.classification is Classification.PAID and before.basis is Basis.DAILY
    assert after.classification is Classification.VOLUNTARY
    assert after.basis is Basis.EXPENSES_ONLY
    assert after.source == "letter" and after.note
    assert 120 <= (TODAY - after.effective_from).days <= 180


def test_typical_members_miles_stay_under_the_band(demo: tuple[Services, DemoResult]) -> None:
    sv, _ = demo
    miles = [Decimal(sv.summaries.tax_year(y).car_miles) for y in (TODAY.year - 1, TODAY.year)]
    assert sum(miles) > 0 and max(miles) < 5_000


def test_busy_members_mileage_crosses_the_band_in_one_tax_year(
    heavy_plan: tuple[_Builder, list[_Planned]],
) -> None:
    builder, planned = heavy_plan
    pack = builder.sv.ctx.pack()
    by_year: dict[int, Decimal] = {}
    for p in planned:
        for e in p.expenses:
            if e.expense.category is ExpenseCategory.MILEAGE and e.expense.vehicle.value == "car":
                year = tax_year_of(e.expense.date, pack)
                by_year[year] = by_year.get(year, Decimal(0)) + (e.expense.miles or 0)
    assert max(by_year.values()) > 10_000  # the 25p band is reached in some tax year


def test_receipts_attached_to_parking_and_care_cover(demo: tuple[Services, DemoResult]) -> None:
    sv, _ = demo
    with sv.db.read() as s:
        categories = set(
            s.scalars(
                select(m.ExpenseRow.category)
                .join(m.ExpenseReceiptRow, m.ExpenseReceiptRow.expense_id == m.ExpenseRow.id)
                .distinct()
            )
        )
        media = set(s.scalars(select(m.AttachmentRow.media_type).distinct()))
        biggest = s.scalar(select(func.max(m.AttachmentRow.size)))
    assert {ExpenseCategory.PARKING.value, ExpenseCategory.CARE_COVER.value} <= categories
    assert media == {"image/png", "image/jpeg"}
    assert biggest is not None and biggest < 20_000
    sha = sv.expenses.attachments(
        next(i.expense.id for i in sv.expenses.list() if i.expense.receipt_ids)  # type: ignore[arg-type]
    )[0].sha256
    assert sv.ctx.store.read(sha).startswith((b"\x89PNG", b"\xff\xd8\xff"))


def test_realistic_records(demo: tuple[Services, DemoResult]) -> None:
    sv, _ = demo
    items = sv.activities.list()
    acts = [i.activity for i in items]
    assert any(a.fee_declined for a in acts)
    assert any(not a.in_portfolio for a in acts)
    assert any(a.draft for a in acts)
    assert any(a.private_notes for a in acts)
    assert any(
        a.described_level == "co-production"
        and a.judged_level
        and a.judged_level.value == "consulted"
        for a in acts
    )
    assert any(a.power.agenda_set_jointly is not None for a in acts)
    assert {i.fee_status for i in items} == {"paid", "declined", "unpaid"}
    assert max(a.date for a in acts) <= TODAY
    expenses = [i.expense for i in sv.expenses.list()]
    assert any(e.vehicle.value == "motorcycle" for e in expenses)
    assert any(e.passengers for e in expenses)
    assert sv.profile.get().benefits_kind == "esa"
    assert sv.training.list() and sv.feedback.list()


def test_highlights_about_me_and_where_terms_came_from(demo: tuple[Services, DemoResult]) -> None:
    sv, _ = demo
    with sv.db.read() as s:
        highlighted = s.execute(
            select(m.ActivityRow.impact, m.ActivityRow.in_portfolio, m.ActivityRow.draft).where(
                m.ActivityRow.highlight.is_(True)
            )
        ).all()
        kinds = dict(s.execute(select(m.TermsRow.source, m.TermsRow.source_kind)).all())
    assert 2 <= len(highlighted) <= 8  # a few a year
    assert all(impact and shown and not draft for impact, shown, draft in highlighted)
    assert "About me" not in sv.profile.get().statement
    assert len(sv.profile.get().statement) > 300  # the portfolio's "About me"
    assert kinds["letter"] == "letter" and kinds["email"] == "email"
    assert kinds["meeting"] == "meeting"


def test_demo_refused_on_a_folder_with_records(services: Services) -> None:
    services.organisations.create(Organisation(name="Mine", code="MINE"))
    with pytest.raises(UserError, match="already has records"):
        make_demo(services)
    assert len(services.organisations.list()) == 1


def test_bad_scale_refused(services: Services) -> None:
    with pytest.raises(UserError, match="scale"):
        make_demo(services, scale=0)
