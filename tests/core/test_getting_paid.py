"""Getting paid: claims typed in afterwards, chasing letters, email drafts, reminders, standing
meetings and the receipts inbox, through the services and the `coprod` command."""

from __future__ import annotations

import email
import io
import json
import os
import sqlite3
from dataclasses import replace
from datetime import date
from email import policy
from pathlib import Path

import pytest
from pypdf import PdfReader

from coprod_desktop.cli import main
from coprod_desktop.core.domain.errors import UserError
from coprod_desktop.core.domain.kinds import Basis, InboxStatus, PaymentMethod
from coprod_desktop.core.domain.money import Money
from coprod_desktop.core.domain.records import Agreement, Terms
from coprod_desktop.core.rules.repeats import Every, MonthlyBy, repeat_dates
from coprod_desktop.core.services import Services
from coprod_desktop.core.services.reminders import ReminderKind
from tests.core.helpers import activity, hourly, member, org, parking


def png(colour: str = "white") -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (40, 60), colour).save(buffer, "PNG")
    return buffer.getvalue()


def pdf_text(data: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def run(data: Path, *args: str) -> int:
    return main(["--data-dir", str(data), *args])


# -- the past, as it happened ---------------------------------------------------------------------
def test_a_claim_made_submitted_and_paid_last_year_counts_from_its_own_dates(
    services: Services,
) -> None:
    member(services)
    o = org(services, promised=30)
    a = hourly(services, o.id)
    activity(services, o.id, a.id, date(2025, 6, 10), contact=120)
    activity(services, o.id, a.id, date(2025, 7, 5), contact=60)  # after the claim was made
    claim = services.claims.create(o.id, made_on=date(2025, 6, 30))
    assert claim.created_on == date(2025, 6, 30)
    assert claim.number == "NUH-2025-001"
    assert [ln.date for ln in claim.lines] == [date(2025, 6, 10)]  # nothing after the day made
    services.claims.submit(claim.number, date(2025, 7, 1))
    services.payments.add(
        date(2025, 9, 1), Money.parse("50.00"), claim_number=claim.number, method=PaymentMethod.BANK
    )
    item = services.claims.item(claim.number)
    assert item.due_date == date(2025, 7, 31)
    assert item.completed_on == date(2025, 9, 1)
    assert item.days_to_pay == 62
    assert item.days_late == 32
    assert not item.overdue


def test_a_claim_cannot_be_made_in_the_future_or_before_its_period(services: Services) -> None:
    member(services)
    o = org(services)
    a = hourly(services, o.id)
    activity(services, o.id, a.id, date(2025, 6, 10))
    with pytest.raises(UserError, match="in the future"):
        services.claims.create(o.id, made_on=date(2026, 12, 1))
    with pytest.raises(UserError, match="before its period starts"):
        services.claims.create(o.id, start=date(2025, 7, 1), made_on=date(2025, 6, 30))
    assert services.claims.list() == []


def test_backfilling_through_the_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COPROD_TODAY", "2026-10-20")
    data = tmp_path / "data"
    for step in (
        ["init", "--name", "Rukhsana"],
        ["org", "add", "--name", "Trust", "--code", "NUH", "--promised-days", "30"],
        ["agreement", "add", "--org", "NUH", "--role", "Panel", "--from", "2025-01-01",
         "--basis", "hourly", "--rate", "25.00"],
        ["activity", "add", "--org", "NUH", "--date", "2025-06-10", "--title", "Panel",
         "--contact", "2h"],
    ):  # fmt: skip
        assert run(data, *step) == 0
    capsys.readouterr()
    assert run(data, "claim", "create", "--org", "NUH", "--date", "2025-06-30") == 0
    assert capsys.readouterr().out.strip() == "NUH-2025-001"
    assert run(data, "claim", "submit", "NUH-2025-001", "--date", "2025-07-01") == 0
    assert run(data, "payment", "add", "--date", "2025-08-15", "--amount", "50.00",
               "--claim", "NUH-2025-001") == 0  # fmt: skip
    capsys.readouterr()
    assert run(data, "claim", "show", "NUH-2025-001", "--json") == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["created_on"] == "2025-06-30"
    assert shown["submitted_on"] == "2025-07-01"
    assert shown["status"] == "paid"
    assert shown["days_late"] == 15
    # out of order: paid before it was submitted is refused, and nothing changes
    assert run(data, "claim", "create", "--org", "NUH", "--date", "2027-01-01") == 1
    assert "in the future" in capsys.readouterr().err


# -- chasing --------------------------------------------------------------------------------------
@pytest.fixture
def overdue(services: Services) -> Services:
    """A claim of £75 submitted on 1 Sep 2026, promised in 30 days, £25 paid: 52 days late on
    22 Nov 2026 (the test clock)."""
    member(services)
    o = org(services, promised=30)
    services.organisations.update(
        replace(o, email="claims@trust.example", contact_name="Jo Bloggs")
    )
    a = hourly(services, o.id)
    activity(services, o.id, a.id, date(2026, 8, 10), contact=180)
    parking(services, o.id, date(2026, 8, 10))
    claim = services.claims.create(o.id, made_on=date(2026, 8, 31))
    services.claims.submit(claim.number, date(2026, 9, 1))
    services.payments.add(date(2026, 10, 1), Money.parse("25.00"), claim_number=claim.number)
    return services


def test_a_chasing_letter_says_what_is_owed_and_carries_the_claim(overdue: Services) -> None:
    made = overdue.chasers.chase("NUH-2026-001", date(2026, 11, 22), "post")
    pages = pdf_text(made.pdf)
    letter = pages[0]
    assert "NUH-2026-001" in letter
    assert "1 Sep 2026" in letter
    assert "30 days" in letter
    assert "52 days late" in letter
    assert "£54.50 is still outstanding" in letter  # 75.00 + 4.50 − 25.00
    claim_pages = overdue.claim_documents.pdf("NUH-2026-001")
    assert len(pages) == 1 + len(PdfReader(io.BytesIO(claim_pages)).pages)
    assert "NUH-2026-001" in pages[1]
    # the chaser is in the claim's history, and a second letter names the first
    claim = overdue.claims.get("NUH-2026-001")
    assert [(c.sent_on, c.method.value) for c in claim.chasers] == [(date(2026, 11, 22), "post")]
    second = pdf_text(overdue.chasers.pdf("NUH-2026-001", date(2026, 11, 22)))[0]
    assert "already asked" in second and "22 Nov 2026" in second


def test_a_claim_that_is_paid_or_not_sent_cannot_be_chased(overdue: Services) -> None:
    o = overdue.organisations.list()[0]
    activity(overdue, o.id, None, date(2026, 11, 1))
    with pytest.raises(UserError, match="before the claim was submitted"):
        overdue.chasers.chase("NUH-2026-001", date(2026, 8, 1))
    overdue.payments.add(date(2026, 11, 20), Money.parse("54.50"), claim_number="NUH-2026-001")
    with pytest.raises(UserError, match="paid"):
        overdue.chasers.chase("NUH-2026-001")
    assert overdue.claims.get("NUH-2026-001").chasers == ()


def test_email_drafts_parse_with_the_pdf_attached(overdue: Services) -> None:
    made = overdue.chasers.chase("NUH-2026-001", method="email")
    for raw, subject in (
        (overdue.chasers.chaser_email(made), "Payment of claim NUH-2026-001"),
        (overdue.chasers.claim_email("NUH-2026-001"), "Claim NUH-2026-001"),
    ):
        msg = email.message_from_bytes(raw, policy=policy.default)
        assert msg["To"] == "Jo Bloggs <claims@trust.example>"
        assert msg["Subject"] == subject
        assert msg["X-Unsent"] == "1"
        (pdf,) = list(msg.iter_attachments())
        assert pdf.get_content_type() == "application/pdf"
        assert pdf.get_content().startswith(b"%PDF")
        assert "NUH-2026-001" in msg.get_body(("plain",)).get_content()


def test_chase_command_writes_letter_and_draft(
    tmp_path: Path, overdue: Services, capsys: pytest.CaptureFixture[str]
) -> None:
    data = overdue.paths.root
    overdue.close()
    os.environ["COPROD_TODAY"] = "2026-11-22"
    try:
        out, eml = tmp_path / "chase.pdf", tmp_path / "chase.eml"
        assert (
            run(data, "claim", "chase", "NUH-2026-001", "--out", str(out), "--eml", str(eml)) == 0
        )
        assert "52 days late" in pdf_text(out.read_bytes())[0]
        assert email.message_from_bytes(eml.read_bytes())["Subject"]
        capsys.readouterr()
        assert run(data, "claim", "show", "NUH-2026-001", "--json") == 0
        assert json.loads(capsys.readouterr().out)["chasers"] == [
            {"date": "2026-11-22", "method": "email"}
        ]
        # a folder that does not exist: nothing is recorded
        assert (
            run(data, "claim", "chase", "NUH-2026-001", "--out", str(tmp_path / "no" / "x.pdf"))
            == 1
        )
        assert "does not exist" in capsys.readouterr().err
        with sqlite3.connect(data / "coprod.sqlite3") as conn:
            assert conn.execute("SELECT count(*) FROM claim_chasers").fetchone() == (1,)
    finally:
        del os.environ["COPROD_TODAY"]


# -- reminders ------------------------------------------------------------------------------------
def test_reminders_of_each_kind_on_a_pinned_day(overdue: Services) -> None:
    sv = overdue
    o = sv.organisations.list()[0]
    a = sv.agreements.list()[0]
    # unclaimed work older than 30 days, and a draft to confirm
    activity(sv, o.id, a.id, date(2026, 9, 20), contact=60)
    activity(sv, o.id, a.id, date(2026, 11, 1), contact=60, draft=True)
    # a claim due within a week: submitted on 25 Oct, due 24 Nov
    activity(sv, o.id, a.id, date(2026, 10, 20), contact=60)
    due_soon = sv.claims.create(
        o.id, start=date(2026, 10, 1), end=date(2026, 10, 31), made_on=date(2026, 10, 24)
    )
    sv.claims.submit(due_soon.number, date(2026, 10, 25))
    # an agreement with no terms in force
    sv.agreements.create(
        Agreement(
            organisation_id=o.id,
            role_title="Lay reviewer",
            start=date(2026, 1, 1),
            terms=(Terms(effective_from=date(2027, 1, 1), basis=Basis.SESSION,
                         session_fee=Money.parse("50.00")),),
        )
    )  # fmt: skip
    kinds = {r.kind: r for r in sv.reminders.due()}
    assert set(kinds) == {
        ReminderKind.OVERDUE,
        ReminderKind.DUE_SOON,
        ReminderKind.UNCLAIMED,
        ReminderKind.NO_TERMS,
        ReminderKind.DRAFTS,
    }
    assert kinds[ReminderKind.OVERDUE].target == ("claim", "NUH-2026-001")
    assert "52 days late" in kinds[ReminderKind.OVERDUE].message
    assert kinds[ReminderKind.DUE_SOON].target == ("claim", due_soon.number)
    assert "in 2 days" in kinds[ReminderKind.DUE_SOON].message
    assert "20 Sep 2026" in kinds[ReminderKind.UNCLAIMED].message
    assert "Lay reviewer" in kinds[ReminderKind.NO_TERMS].message
    # snoozed and turned off kinds are hidden, and come back
    sv.reminders.snooze(ReminderKind.OVERDUE, 7)
    sv.reminders.turn(ReminderKind.DRAFTS, on=False)
    shown = {r.kind for r in sv.reminders.due()}
    assert ReminderKind.OVERDUE not in shown and ReminderKind.DRAFTS not in shown
    assert {r.kind for r in sv.reminders.due(include_hidden=True)} >= set(kinds)
    sv.reminders.turn(ReminderKind.DRAFTS, on=True)
    assert ReminderKind.DRAFTS in {r.kind for r in sv.reminders.due()}


def test_a_benefit_limit_near_is_a_reminder(services: Services) -> None:
    member(services)
    profile = services.profile.get()
    o = org(services)
    a = hourly(services, o.id, rate="40.00")
    activity(services, o.id, a.id, date(2026, 11, 17), contact=290)  # £193.33 earned this week
    services.profile.save(replace(profile, benefits_kind="esa", benefits_count_by_received=False))
    limit = [r for r in services.reminders.due() if r.kind is ReminderKind.LIMIT]
    assert limit and "ESA" in limit[0].message


# -- standing meetings ----------------------------------------------------------------------------
def test_repeats_across_a_month_end_and_a_leap_year() -> None:
    assert repeat_dates(date(2028, 1, 31), Every.MONTHLY, date(2028, 4, 30)) == [
        date(2028, 2, 29),
        date(2028, 3, 31),
        date(2028, 4, 30),
    ]
    assert repeat_dates(date(2027, 1, 31), Every.MONTHLY, date(2027, 3, 1)) == [date(2027, 2, 28)]
    # the fifth Thursday becomes the month's last Thursday; the second Tuesday stays second
    assert repeat_dates(date(2026, 1, 29), Every.MONTHLY, date(2026, 3, 31), MonthlyBy.WEEKDAY) == [
        date(2026, 2, 26),
        date(2026, 3, 26),
    ]
    assert repeat_dates(date(2026, 1, 13), Every.MONTHLY, date(2026, 2, 28), MonthlyBy.WEEKDAY) == [
        date(2026, 2, 10)
    ]
    assert repeat_dates(date(2026, 12, 24), Every.FORTNIGHTLY, date(2027, 1, 21)) == [
        date(2027, 1, 7),
        date(2027, 1, 21),
    ]
    assert len(repeat_dates(date(2026, 1, 1), Every.WEEKLY, date(2026, 12, 31))) == 52
    with pytest.raises(UserError, match="after the first meeting"):
        repeat_dates(date(2026, 1, 1), Every.WEEKLY, date(2026, 1, 1))
    with pytest.raises(UserError, match="three years"):
        repeat_dates(date(2026, 1, 1), Every.WEEKLY, date(2030, 1, 1))


def test_a_standing_meeting_makes_drafts_that_count_once_confirmed(services: Services) -> None:
    member(services)
    o = org(services)
    a = hourly(services, o.id)
    first = activity(services, o.id, a.id, date(2026, 1, 31), contact=120)
    services.activities.delete(first.id)
    made = services.activities.create_repeating(
        replace(first, id=None), "monthly", date(2026, 4, 30)
    )
    assert [(x.date, x.draft) for x in made] == [
        (date(2026, 1, 31), False),
        (date(2026, 2, 28), True),
        (date(2026, 3, 31), True),
        (date(2026, 4, 30), True),
    ]
    claim = services.claims.create(o.id, start=date(2026, 1, 1), end=date(2026, 4, 30))
    assert len(claim.lines) == 1  # drafts are in no claim until confirmed
    services.activities.confirm(made[1].id)
    copy = services.activities.copy(made[0].id, date(2026, 5, 5))
    assert copy.id is None and copy.date == date(2026, 5, 5) and copy.title == made[0].title


def test_repeat_through_the_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COPROD_TODAY", "2026-10-20")
    data = tmp_path / "data"
    assert run(data, "init", "--name", "R") == 0
    assert run(data, "org", "add", "--name", "Trust", "--code", "NUH") == 0
    capsys.readouterr()
    weekly = ["--repeat", "weekly", "--until", "2026-10-27"]
    assert run(data, "activity", "add", "--org", "NUH", "--date", "2026-10-06", "--title",
               "Group", "--contact", "2h", *weekly) == 0  # fmt: skip
    assert capsys.readouterr().out.split() == ["1", "2", "3", "4"]
    assert run(data, "activity", "add", "--org", "NUH", "--date", "2026-10-06", "--title",
               "Group", "--repeat", "weekly") == 1  # fmt: skip
    assert "--until" in capsys.readouterr().err


# -- the receipts inbox ---------------------------------------------------------------------------
def test_the_inbox_picks_up_each_new_file_once_and_refuses_a_bad_one(
    services: Services, tmp_path: Path
) -> None:
    member(services)
    o = org(services)
    inbox = tmp_path / "Phone" / "Receipts"
    (inbox / "Camera").mkdir(parents=True)
    (inbox / "car-park.png").write_bytes(png())
    (inbox / "Camera" / "bus.png").write_bytes(png("grey"))  # a different photo
    (inbox / "notes.txt").write_text("not a receipt")  # not picked up at all
    (inbox / "broken.jpg").write_bytes(b"this is not a photo")
    os.mkfifo(inbox / "pipe.png")  # must not hang the scan
    before = {p: p.read_bytes() for p in inbox.rglob("*") if p.is_file() and p.name != "pipe.png"}
    with pytest.raises(UserError, match="No receipts inbox folder"):
        services.inbox.scan()
    services.inbox.set_folder(inbox)
    result = services.inbox.scan()
    assert sorted(i.original_name for i in result.new) == ["bus.png", "car-park.png"]
    refused = {i.original_name: i.note for i in result.refused}
    assert set(refused) == {"broken.jpg", "pipe.png"}
    assert "not an ordinary file" in refused["pipe.png"]
    again = services.inbox.scan()
    assert again.new == () and again.refused == ()
    (inbox / "copy-of-car-park.png").write_bytes(png())  # the same photo synced twice
    assert services.inbox.scan().new == ()
    assert {p: p.read_bytes() for p in before} == before  # originals untouched
    # file one with a new expense
    unfiled = services.inbox.list()
    assert len(unfiled) == 2 and all(i.status is InboxStatus.UNFILED for i in unfiled)
    expense = parking(services, o.id, date(2026, 11, 1))
    services.inbox.attach(unfiled[0].id, expense.id)
    assert len(services.expenses.attachments(expense.id)) == 1
    services.inbox.set_aside(unfiled[1].id)
    assert services.inbox.list() == []
    with pytest.raises(UserError, match="only unfiled"):
        services.inbox.attach(unfiled[0].id, expense.id)
    # the receipt builds into a claim PDF
    claim = services.claims.create(o.id, made_on=date(2026, 11, 20))
    assert "R1" in "".join(pdf_text(services.claim_documents.pdf(claim.number)))


def test_the_inbox_folder_must_exist_and_not_be_the_records(
    services: Services, tmp_path: Path
) -> None:
    with pytest.raises(UserError, match="does not exist"):
        services.inbox.set_folder(tmp_path / "nowhere")
    with pytest.raises(UserError, match="records' own folder"):
        services.inbox.set_folder(services.paths.root)
    assert services.inbox.folder() is None


def test_a_large_print_chaser_is_large_on_every_page(overdue: Services) -> None:
    from tests.core.test_large_print_everywhere import spans

    pdf = overdue.chasers.pdf("NUH-2026-001", large_print=True)
    found = spans(pdf)
    assert any("52 days late" in s.text for s in found)
    assert [(s.page, s.text[:30], s.size) for s in found if s.size < 16 - 0.01] == []
    assert len(PdfReader(io.BytesIO(pdf)).pages) >= 2  # the claim follows, in large print too


def test_the_evidence_pack_counts_chasers(overdue: Services) -> None:
    from coprod_desktop.core.domain.evidence_views import EvidenceOptions

    overdue.chasers.chase("NUH-2026-001", date(2026, 11, 1))
    overdue.chasers.chase("NUH-2026-001", date(2026, 11, 22), "email")
    claims = overdue.evidence.figures(EvidenceOptions()).claims
    assert (claims.chased, claims.chasers) == (1, 2)
    text = "".join(pdf_text(overdue.evidence.pdf(EvidenceOptions())))
    assert "Claims chased (chasing letters sent)" in text and "1 (2)" in text
