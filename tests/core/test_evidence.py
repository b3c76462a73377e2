"""The evidence figures: each one recomputed here from listed records and the rules, never
through EvidenceService, on the demo member; the university's re-classification and its cost;
and the `report evidence` command."""

from __future__ import annotations

import json
import statistics
from collections import Counter
from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from coprod_desktop.cli import main
from coprod_desktop.core.domain.errors import NotFound, UserError
from coprod_desktop.core.domain.evidence_views import EvidenceOptions
from coprod_desktop.core.domain.jsonable import hours_text
from coprod_desktop.core.domain.kinds import ClaimStatus, Classification
from coprod_desktop.core.domain.money import Money
from coprod_desktop.core.domain.views import ActivityFilter
from coprod_desktop.core.reports.evidence_json import evidence_json
from coprod_desktop.core.rules.fees import fee_for, terms_in_force
from coprod_desktop.core.rules.levels import described_above_judged, normalise_described
from coprod_desktop.core.services import Services, open_services
from coprod_desktop.core.services.clock import FixedClock
from coprod_desktop.core.services.demo import make_demo

TODAY = date(2026, 11, 22)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    sv = open_services(tmp_path_factory.mktemp("demo") / "data", FixedClock(TODAY))
    make_demo(sv, scale=1, seed=1)
    yield sv
    sv.close()


def money(total: int) -> str:
    return str(Money(total))


def expected(sv: Services, start: date | None = None, end: date | None = None) -> dict:
    """The fixed figures, straight from the listed records and the rules."""
    items = [
        i
        for i in sv.activities.list(ActivityFilter(date_from=start, date_to=end))
        if not i.activity.draft
    ]
    minutes = Counter()
    values = Counter()
    for item in items:
        minutes[item.fee_status] += item.activity.total_minutes
        values[item.fee_status] += item.value.pence
    claims = [
        c
        for c in sv.claims.list()
        if c.claim.submitted_on is not None
        and c.claim.status is not ClaimStatus.VOID
        and (start is None or c.claim.submitted_on >= start)
        and (end is None or c.claim.submitted_on <= end)
    ]
    paid = [c for c in claims if c.claim.status is ClaimStatus.PAID]
    received = 0
    for payment in sv.payments.list():
        if (start is None or payment.date >= start) and (end is None or payment.date <= end):
            received += sum(a.fee_amount.pence for a in payment.allocations)
    median = statistics.median([c.days_to_pay for c in paid]) if paid else None
    levels = Counter(
        (normalise_described(i.activity.described_level), i.activity.judged_level.value)
        for i in items
        if i.activity.judged_level
    )
    return {
        "hours": {
            "total": hours_text(sum(minutes.values())),
            "paid": hours_text(minutes["paid"]),
            "declined": hours_text(minutes["declined"]),
            "unpaid": hours_text(minutes["unpaid"]),
        },
        "value_of_time": money(sum(values.values())),
        "fees_earned": money(sum(i.fee.pence for i in items)),
        "fees_received": money(received),
        "unpaid_value": money(values["unpaid"]),
        "claims": {
            "submitted": len(claims),
            "paid": len(paid),
            "overdue": sum(1 for c in claims if c.overdue),
            "median_days_to_pay": None
            if median is None
            else format(Decimal(str(median)).normalize(), "f"),
            "worst_days_late": max((c.days_late for c in claims), default=0),
        },
        "overdue": sorted(
            (c.claim.number, c.due_date.isoformat(), c.days_late) for c in claims if c.overdue
        ),
        "levels": levels,
    }


def test_demo_figures_equal_an_independent_count(demo: Services) -> None:
    data = evidence_json(demo.evidence.figures())
    want = expected(demo)
    for key in ("hours", "value_of_time", "fees_earned", "fees_received", "unpaid_value"):
        assert data[key] == want[key], key
    claims = {k: data["claims"][k] for k in want["claims"]}
    assert claims == want["claims"]
    assert want["claims"]["submitted"] > 25 and want["claims"]["overdue"] >= 1  # a typical year
    got_overdue = sorted((o["number"], o["due_date"], o["days_late"]) for o in data["overdue"])
    assert got_overdue == want["overdue"]
    got_levels = Counter(
        {
            (c["described"], c["judged"]): c["count"]
            for c in data["levels"]["described_vs_judged"]
            if c["judged"]
        }
    )
    assert got_levels == want["levels"]
    # Paid + declined + unpaid = total, overall and for every organisation and year.
    for block in [data, *data["by_organisation"], *data["by_tax_year"]]:
        m = block["minutes"]
        assert m["paid"] + m["declined"] + m["unpaid"] == m["total"]
    assert sum(o["minutes"]["total"] for o in data["by_organisation"]) == data["minutes"]["total"]
    assert sum(Money.parse(y["fees_earned"]) for y in data["by_tax_year"]) == Money.parse(
        data["fees_earned"]
    )
    overstated = sum(n for (d, j), n in want["levels"].items() if described_above_judged(d, j))
    assert data["levels"]["overstated"] == overstated > 0


def test_a_period_and_one_organisation(demo: Services) -> None:
    start, end = TODAY - timedelta(days=200), TODAY - timedelta(days=10)
    data = evidence_json(demo.evidence.figures(EvidenceOptions(start, end)))
    want = expected(demo, start, end)
    for key in ("hours", "value_of_time", "fees_earned", "fees_received", "unpaid_value"):
        assert data[key] == want[key], key
    assert {k: data["claims"][k] for k in want["claims"]} == want["claims"]
    one = demo.evidence.figures(EvidenceOptions(organisation_code="uoe"))
    assert [o.code for o in one.by_organisation] == ["UOE"]
    assert one.hours == one.by_organisation[0].hours
    with pytest.raises(NotFound, match="'NOPE'"):
        demo.evidence.figures(EvidenceOptions(organisation_code="NOPE"))
    with pytest.raises(UserError, match="before the from date"):
        demo.evidence.figures(EvidenceOptions(TODAY, TODAY - timedelta(days=1)))


def test_university_reclassification_and_what_it_cost(demo: Services) -> None:
    figures = demo.evidence.figures()
    changes = [c for c in figures.terms_changes if c.organisation_code == "UOE"]
    assert len(changes) == 1
    change = changes[0]
    assert change.date == TODAY - timedelta(days=152)
    assert change.reclassified and change.lowered
    assert change.before.classification == "paid" and change.after.classification == "voluntary"
    assert change.role == "Lived-experience educator" and change.source == "letter"
    # Independently: every UOE activity since the letter, priced at the old and new terms.
    uoe = demo.organisations.by_code("UOE")
    (agreement,) = demo.agreements.list(uoe.id)
    old, new = agreement.terms
    assert new.classification is Classification.VOLUNTARY
    after = [
        i.activity
        for i in demo.activities.list(ActivityFilter(organisation_id=uoe.id))
        if i.activity.date >= new.effective_from and not i.activity.draft
    ]
    would = sum((fee_for(a, old).amount for a in after), Money.zero())
    did = sum(
        (fee_for(a, terms_in_force(agreement.terms, a.date)).amount for a in after), Money.zero()
    )
    assert change.activities_affected == len(after) > 0
    assert change.cost == would - did > Money.zero()
    assert figures.reclassification_cost == change.cost
    data = evidence_json(figures)
    (entry,) = [c for c in data["terms_changes"] if c["organisation_code"] == "UOE"]
    assert entry["date"] == change.date.isoformat()
    assert entry["organisation"] == "University of Eastbridge"
    assert entry["from"].startswith("Paid role: £150.00 a day")
    assert entry["to"].startswith("Voluntary, expenses only")
    assert entry["cost"] == str(would - did)


# -- the command ----------------------------------------------------------------------------
@pytest.fixture
def small(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    from tests.core.evidence_helpers import make_member

    monkeypatch.setenv("COPROD_TODAY", TODAY.isoformat())
    data = tmp_path / "data"
    make_member(data, seed=1).close()
    return data


def test_report_evidence_json_has_the_fixed_shape(
    small: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--data-dir", str(small), "report", "evidence", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    fixed = [
        "hours",
        "value_of_time",
        "fees_earned",
        "fees_received",
        "unpaid_value",
        "claims",
        "terms_changes",
        "levels",
    ]
    assert list(data)[: len(fixed)] == fixed
    assert set(data["hours"]) == {"total", "paid", "declined", "unpaid"}
    assert all(
        isinstance(v, str) and v.count(".") == 1 and len(v.split(".")[1]) == 2
        for v in data["hours"].values()
    )
    for key in ("value_of_time", "fees_earned", "fees_received", "unpaid_value"):
        Money.parse(data[key])
        assert len(data[key].split(".")[1]) == 2
    assert {"submitted", "paid", "overdue", "median_days_to_pay", "worst_days_late"} <= set(
        data["claims"]
    )
    change = data["terms_changes"][0]
    assert {"date", "organisation", "from", "to"} <= set(change)
    date.fromisoformat(change["date"])
    assert isinstance(data["levels"]["described_vs_judged"], list)
    assert {"by_organisation", "power_sharing", "reclassification_cost"} <= set(data)


def test_report_evidence_pdf_and_its_refusals(
    small: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "evidence.pdf"
    assert (
        main(
            [
                "--data-dir",
                str(small),
                "report",
                "evidence",
                "--out",
                str(out),
                "--from",
                "2025-06-01",
                "--org",
                "NUH",
            ]
        )
        == 0
    )
    assert out.read_bytes().startswith(b"%PDF")
    capsys.readouterr()
    assert main(["--data-dir", str(small), "report", "evidence"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("coprod: ") and "--out" in err and err.count("\n") == 1
    assert main(["--data-dir", str(small), "report", "evidence", "--json", "--org", "XX"]) == 1
    assert "'XX'" in capsys.readouterr().err
