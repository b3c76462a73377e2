"""A claim's total equals the sum of its lines, exact to the penny, always."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coprod_desktop.core.domain.kinds import Basis, LineKind
from coprod_desktop.core.domain.money import Money
from coprod_desktop.core.domain.records import Activity, Claim, ClaimLine, Terms
from coprod_desktop.core.rules.fees import fee_for
from coprod_desktop.core.services import open_services
from coprod_desktop.core.services.clock import FixedClock
from tests.core import helpers as h

pence = st.integers(min_value=1, max_value=500_000)
minutes = st.integers(min_value=0, max_value=600)


@settings(max_examples=5000, deadline=None)
@given(
    rate=pence,
    parts=st.lists(st.tuples(minutes, minutes, minutes, minutes), min_size=1, max_size=40),
    expenses=st.lists(pence, max_size=40),
)
def test_claim_total_is_sum_of_lines(
    rate: int, parts: list[tuple[int, ...]], expenses: list[int]
) -> None:
    terms = Terms(effective_from=date(2020, 1, 1), basis=Basis.HOURLY, hourly_rate=Money(rate))
    lines = []
    expected = Decimal(0)
    for i, (p, c, t, f) in enumerate(parts):
        act = Activity(
            organisation_id=1,
            date=date(2026, 1, 1),
            title=f"a{i}",
            prep_minutes=p,
            contact_minutes=c,
            travel_minutes=t,
            followup_minutes=f,
        )
        fee = fee_for(act, terms)
        independent = (Decimal(rate) * (p + c + f) / 60).quantize(Decimal(1), ROUND_HALF_UP)
        assert fee.amount.pence == int(independent)
        expected += independent
        lines.append(ClaimLine(kind=LineKind.FEE, date=act.date, description="", amount=fee.amount))
    for amount in expenses:
        expected += amount
        lines.append(
            ClaimLine(
                kind=LineKind.EXPENSE, date=date(2026, 1, 1), description="", amount=Money(amount)
            )
        )
    claim = Claim(
        organisation_id=1, number="X-2026-001", created_on=date(2026, 1, 2), lines=tuple(lines)
    )
    assert claim.total.pence == int(expected)
    assert claim.total == claim.fee_total + claim.expense_total


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    rate=st.integers(min_value=100, max_value=500_000),
    contacts=st.lists(st.integers(min_value=1, max_value=480), min_size=1, max_size=8),
    parking=st.lists(st.integers(min_value=1, max_value=5000), max_size=5),
)
def test_saved_claim_total_is_sum_of_lines(
    tmp_path_factory: object, rate: int, contacts: list[int], parking: list[int]
) -> None:
    folder = tmp_path_factory.mktemp("claim")  # type: ignore[attr-defined]
    sv = open_services(folder, FixedClock(date(2026, 11, 22)))
    try:
        org = h.org(sv)
        agr = h.hourly(sv, org.id, str(Money(rate)))
        for i, c in enumerate(contacts):
            h.activity(sv, org.id, agr.id, date(2026, 1, 1) + timedelta(days=i), contact=c)
        for i, p in enumerate(parking):
            h.parking(sv, org.id, date(2026, 2, 1) + timedelta(days=i), str(Money(p)))
        claim = sv.claims.create(org.id)
        shown = sv.claims.item(claim.number)
        line_sum = sum(ln.amount.pence for ln in claim.lines)
        assert shown.claim.total.pence == line_sum
        fees = sum(sv.activities.fee_preview(i.activity).amount.pence for i in sv.activities.list())
        assert shown.claim.fee_total.pence == fees
        assert shown.claim.expense_total.pence == sum(parking)
    finally:
        sv.close()
