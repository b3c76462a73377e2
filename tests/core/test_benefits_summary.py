"""The benefits summary (issue 15 item 6, issue 18 item 2): each period once, in plain words, the
weeks that reach outside the dates asked explained, Carer's Allowance in the command, its JSON and
its PDF, and the limits a member watches kept in settings."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from coprod_desktop.cli import main
from coprod_desktop.core.domain.errors import UserError
from coprod_desktop.core.domain.money import Money
from coprod_desktop.core.domain.records import Profile
from coprod_desktop.core.rules.carers import CarersDeductions
from coprod_desktop.core.services import Services
from coprod_desktop.core.services.benefit_watch import BenefitWatch
from coprod_desktop.core.services.benefit_words import hours_words, range_note
from tests.core import helpers as h
from tests.core.documents_samples import pdf_text


def flat(text: str) -> str:
    return " ".join(text.split())


def test_hours_in_plain_words_without_a_double_negative() -> None:
    from decimal import Decimal

    assert hours_words(42 * 60 + 16, Decimal(16)) == "42h 16m of work: over the 16-hour limit"
    assert hours_words(10 * 60, Decimal(16)) == "10h of work: 6h under the 16-hour limit"
    assert "work must stay under it" in hours_words(16 * 60, Decimal(16))


def test_the_weeks_reaching_outside_the_range_are_explained(services: Services) -> None:
    h.member(services)
    report = services.benefits.report(date(2026, 1, 1), date(2026, 3, 31), "esa")
    assert report.figures[0].start == date(2025, 12, 29)
    assert report.range_note == (
        "The weeks run Monday to Sunday and are counted whole, so the first week starts on "
        "29 December 2025 and the last week ends on 5 April 2026: those weeks include days "
        "outside 1 January 2026 to 31 March 2026, and their figures count every day of them."
    )
    # weeks that fit the dates asked need no note
    whole = services.benefits.report(date(2025, 12, 29), date(2026, 4, 5), "esa")
    assert whole.range_note == ""
    assert range_note("esa", date(2026, 1, 1), date(2026, 1, 1), ()) == ""


def test_each_period_is_printed_once_by_the_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COPROD_TODAY", "2026-04-10")
    data = tmp_path / "data"

    def run(*args: str) -> int:
        return main(["--data-dir", str(data), *args])

    assert run("init", "--name", "Dafydd") == 0
    assert run("org", "add", "--name", "Carers Voice", "--code", "CV") == 0
    agreement = ["agreement", "add", "--org", "CV", "--role", "Forum", "--from", "2025-01-01"]
    assert run(*agreement, "--basis", "hourly", "--rate", "30.00") == 0
    for day, minutes in (("2026-01-06", "42h16m"), ("2026-02-10", "2h")):
        add = ["activity", "add", "--org", "CV", "--date", day, "--title", "Work"]
        assert run(*add, "--contact", minutes) == 0
    capsys.readouterr()
    asked = ["--from", "2026-01-01", "--to", "2026-03-31", "--by-activity-date"]
    assert run("summary", "benefits", "--kind", "esa", *asked) == 0
    text = capsys.readouterr().out
    weeks = [line for line in text.splitlines() if line[:4] in ("2025", "2026")]
    starts = [line.split()[0] for line in weeks]
    assert len(starts) == len(set(starts)) == 14  # fourteen weeks, each once
    assert "42h 16m of work: over the 16-hour limit" in text
    assert "not under" not in text
    assert "so the first week starts on 29 December 2025" in text

    # Carer's Allowance, with the member's deductions, in words and as JSON
    assert run("benefits", "watch", "--kind", "carers-allowance", "--care-costs", "30") == 0
    capsys.readouterr()
    assert run("summary", "benefits", *asked) == 0  # the first limit watched
    text = capsys.readouterr().out
    assert text.startswith("Carer's Allowance earnings limit")
    assert "A week over the limit loses that whole week's Carer's Allowance." in text
    assert "report a change of circumstances" in text and "benefits adviser" in text
    assert "Fees count in the week of the work they were for" in text
    assert run("summary", "benefits", *asked, "--json") == 0
    data_json = json.loads(capsys.readouterr().out)
    assert data_json["kind"] == "carers-allowance"
    big = next(p for p in data_json["periods"] if p["start"] == "2026-01-05")
    # £1,268.00 earned: care costs come off (up to half of net): £1,238.00 counts
    assert (big["earnings"], big["deducted"], big["countable"]) == ("1268.00", "30.00", "1238.00")
    assert big["status"] == "over" and big["limit"] == "196.00"
    assert "this week's Carer's Allowance is lost" in big["words"]
    small = next(p for p in data_json["periods"] if p["start"] == "2026-02-09")
    assert small["countable"] == "30.00" and small["status"] == "ok"  # £60 less £30 of care

    pdf = tmp_path / "ca.pdf"
    assert run("report", "benefits", *asked, "--kind", "carers-allowance", "--out", str(pdf)) == 0
    pdf_words = flat(pdf_text(pdf.read_bytes()))
    assert "Carer's Allowance earnings limit (weekly, after deductions)" in pdf_words
    assert "A week over the limit loses that whole week's Carer's Allowance." in pdf_words
    assert "Each week, once" in pdf_words


def test_the_limits_watched_are_kept_in_settings(services: Services) -> None:
    services.profile.save(Profile(name="A", benefits_kind="uc"))
    assert services.benefit_watch.get().kinds == ("uc",)  # before any choice: the profile's
    carers = CarersDeductions(income_tax=Money(500), averaging_weeks=4)
    saved = services.benefit_watch.save(BenefitWatch(("carers-allowance", "esa", "esa"), carers))
    assert saved.kinds == ("carers-allowance", "esa")  # each once
    assert services.benefit_watch.get() == saved
    assert services.profile.get().benefits_kind == "esa"
    with pytest.raises(UserError) as caught:
        services.benefit_watch.save(BenefitWatch(("pip",)))
    assert caught.value.field == "kind"
    with pytest.raises(UserError) as caught:
        services.benefit_watch.save(BenefitWatch((), CarersDeductions(averaging_weeks=60)))
    assert caught.value.field == "averaging_weeks"
    assert services.benefit_watch.get() == saved  # a refusal changes nothing


def test_the_dashboard_position_for_universal_credit_is_the_assessment_period(
    services: Services,
) -> None:
    from dataclasses import replace

    h.member(services)
    profile = services.profile.get()
    services.profile.save(
        replace(profile, uc_period_start_day=15, benefits_count_by_received=False)
    )
    org = h.org(services)
    agreement = h.hourly(services, org.id, "25.00")
    h.activity(services, org.id, agreement.id, date(2026, 11, 16), contact=24 * 60)  # £600
    services.benefit_watch.save(BenefitWatch(("uc",)))
    (position,) = services.summaries.dashboard().benefit_positions
    assert position.period_words == (
        "This assessment period, Sunday 15 November to Monday 14 December 2026"
    )
    assert position.money_words == "£600.00 of £684.00 — £84.00 to go"  # no housing costs
    assert position.status == "near" and position.hours_words == ""
    assert position.counted_words == "Fees count in the assessment period of the work they are for."
