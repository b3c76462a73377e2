"""Getting paid in the window: reminders when the records open, chasing a claim, email drafts,
and the receipts inbox, driven through real widgets."""

from __future__ import annotations

import email
import io
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from coprod_desktop.core.domain.kinds import InboxStatus
from coprod_desktop.core.services import Services
from coprod_desktop.ui.dialogs.chase import ChaseDialog
from coprod_desktop.ui.dialogs.common import from_qdate, value
from coprod_desktop.ui.dialogs.receipts_inbox import open_inbox
from coprod_desktop.ui.dialogs.reminders import RemindersDialog, open_reminders
from coprod_desktop.ui.main_window import ROW, MainWindow
from tests.ui.conftest import Seed


def test_reminders_show_on_open_and_lead_to_the_overdue_claim(
    window: MainWindow, seed: Seed, qtbot: QtBot
) -> None:
    open_reminders(window, only_if_any=True)
    dialog = window.reminders_dialog
    assert isinstance(dialog, RemindersDialog)
    texts = [dialog.ui.reminderList.item(i).text() for i in range(dialog.ui.reminderList.count())]
    assert any(seed.overdue_claim in t and "late" in t for t in texts)
    assert dialog.ui.reminderList.currentRow() == 0  # Enter works at once
    qtbot.keyClick(dialog.ui.reminderList, Qt.Key.Key_Return)
    assert window.ui.pages.currentIndex() == ROW["Claims"]
    assert window.claims.selected_item().claim.number == seed.overdue_claim


def test_snoozing_a_kind_hides_it_and_turning_off_the_dialog_on_open(
    window: MainWindow, seed: Seed, services: Services
) -> None:
    open_reminders(window, only_if_any=True)
    dialog = window.reminders_dialog
    assert isinstance(dialog, RemindersDialog)
    before = dialog.ui.reminderList.count()
    first_kind = dialog.chosen().kind
    dialog.ui.snooze.click()
    kinds = [
        dialog.ui.reminderList.item(i).data(Qt.ItemDataRole.UserRole).kind
        for i in range(dialog.ui.reminderList.count())
    ]
    assert first_kind not in kinds and len(kinds) < before
    dialog.ui.showOnOpen.setChecked(False)
    dialog.close()
    window.reminders_dialog = None
    assert services.reminders.settings().on_open is False
    open_reminders(window, only_if_any=True)
    assert window.reminders_dialog is None  # not shown when the records open
    open_reminders(window, only_if_any=False)  # Help → Reminders… still shows them
    assert isinstance(window.reminders_dialog, RemindersDialog)


def test_chasing_from_the_claims_page_saves_the_letter_and_records_it(
    window: MainWindow,
    seed: Seed,
    services: Services,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window.go_to(ROW["Claims"])
    page = window.claims
    page.select_where(lambda i: i.claim.number == seed.overdue_claim)
    assert page.ui.chaseButton.isEnabled() and page.ui.emailButton.isEnabled()
    page.ui.chaseButton.click()
    dialog = page.open_dialog
    assert isinstance(dialog, ChaseDialog)
    assert "days late" in dialog.ui.summary.text()
    target = tmp_path / "letter.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    dialog.ui.saveLetter.click()
    assert target.read_bytes().startswith(b"%PDF")
    assert "recorded" in dialog.ui.error.text()
    assert len(services.claims.get(seed.overdue_claim).chasers) == 1
    # a cancelled Save records nothing
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", "")))
    dialog.ui.saveLetter.click()
    assert len(services.claims.get(seed.overdue_claim).chasers) == 1


def test_email_draft_of_a_chaser_is_written_for_the_mail_program(
    window: MainWindow,
    seed: Seed,
    services: Services,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window.go_to(ROW["Claims"])
    page = window.claims
    page.select_where(lambda i: i.claim.number == seed.overdue_claim)
    page.chase()
    dialog = page.open_dialog
    assert isinstance(dialog, ChaseDialog)
    saved = tmp_path / "draft.eml"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(saved), ""))
    )
    dialog.ui.emailDraft.click()  # offscreen: no mail program, so it asks where to save
    msg = email.message_from_bytes(saved.read_bytes())
    assert msg["Subject"] == f"Payment of claim {seed.overdue_claim}"
    assert services.claims.get(seed.overdue_claim).chasers[0].method.value == "email"


def _png(colour: str) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (30, 40), colour).save(buffer, "PNG")
    return buffer.getvalue()


def test_the_receipts_inbox_lists_new_photos_and_attaches_one(
    window: MainWindow, seed: Seed, services: Services, tmp_path: Path
) -> None:
    inbox = tmp_path / "phone"
    inbox.mkdir()
    (inbox / "parking.png").write_bytes(_png("white"))
    (inbox / "bad.jpg").write_bytes(b"not a photo")
    services.inbox.set_folder(inbox)
    dialog: Any = open_inbox(window)
    assert dialog is not None
    names = [dialog.ui.receipts.item(i).text() for i in range(dialog.ui.receipts.count())]
    assert len(names) == 1 and names[0].startswith("parking.png")
    status = dialog.ui.status.text()
    assert "1 new receipt" in status and "1 file refused" in status
    assert not dialog.ui.receipts.item(0).icon().isNull()
    dialog.ui.expense.setCurrentIndex(0)
    expense_id = value(dialog.ui.expense)
    dialog.ui.attach.click()
    assert dialog.ui.receipts.count() == 0
    assert len(services.expenses.attachments(expense_id)) == 1
    assert services.inbox.list(InboxStatus.FILED)[0].original_name == "parking.png"
    dialog.close()


def test_new_expense_from_an_inbox_receipt_files_it_when_saved(
    window: MainWindow, seed: Seed, services: Services, tmp_path: Path
) -> None:
    inbox = tmp_path / "phone"
    inbox.mkdir()
    (inbox / "bus.png").write_bytes(_png("grey"))
    services.inbox.set_folder(inbox)
    dialog: Any = open_inbox(window)
    dialog.ui.newExpense.click()
    form = window.expenses.open_dialog
    assert form is not None and form.ui.receipts.count() == 1
    form.close()
    assert [i.original_name for i in services.inbox.list()] == ["bus.png"]  # not saved: unfiled


def test_a_standing_meeting_from_the_activity_form_and_undo_takes_it_back(
    window: MainWindow, seed: Seed, services: Services, qtbot: QtBot
) -> None:
    from tests.ui.test_dialogs import choose, click, save_button, set_date, type_text

    window.go_to(ROW["Activities"])
    page = window.activities
    before = len(services.activities.list())
    page.ui.newButton.click()
    dlg: Any = page.open_dialog
    assert dlg.ui.repeat.isVisible() and not dlg.ui.repeatUntil.isEnabled()
    choose(qtbot, dlg.ui.organisation, "Riverside")
    set_date(dlg.ui.date, date(2026, 8, 31))
    type_text(qtbot, dlg.ui.title, "Patient panel (monthly)")
    type_text(qtbot, dlg.ui.contact, "2h")
    dlg.ui.repeat.setCurrentIndex(3)  # every month, on the same date
    assert dlg.ui.repeatUntil.isEnabled()
    set_date(dlg.ui.repeatUntil, date(2026, 11, 30))
    click(qtbot, save_button(dlg))
    made = [
        i.activity
        for i in services.activities.list()
        if i.activity.title.startswith("Patient panel")
    ]
    assert sorted((a.date, a.draft) for a in made) == [
        (date(2026, 8, 31), False),
        (date(2026, 9, 30), True),
        (date(2026, 10, 31), True),
        (date(2026, 11, 30), True),
    ]
    window.undo_action.trigger()  # one step takes back the whole standing meeting
    assert len(services.activities.list()) == before


def test_copy_starts_a_new_activity_with_the_same_details(
    window: MainWindow, seed: Seed, services: Services, qtbot: QtBot
) -> None:
    from tests.ui.test_dialogs import click, save_button

    window.go_to(ROW["Activities"])
    page = window.activities
    original = seed.activities[2]
    page.select_where(lambda i: i.activity.id == original.id)
    assert page.ui.copyButton.isVisible() and page.ui.copyButton.isEnabled()
    page.ui.copyButton.click()
    dlg: Any = page.open_dialog
    assert dlg.ui.title.text() == original.title
    assert dlg.record is None  # a new activity, not an edit of the original
    click(qtbot, save_button(dlg))
    copies = [i.activity for i in services.activities.list() if i.activity.title == original.title]
    assert len(copies) == 2
    assert {c.date for c in copies} == {original.date, services.ctx.clock.today()}
    assert not window.expenses.ui.copyButton.isVisible()  # only activities are copied


def test_last_years_paper_claim_through_the_claim_builder(
    window: MainWindow, seed: Seed, services: Services, qtbot: QtBot
) -> None:
    from tests.ui.test_dialogs import choose, click, set_date

    window.go_to(ROW["Claims"])
    page = window.claims
    page.ui.newButton.click()
    dlg: Any = page.open_dialog
    choose(qtbot, dlg.ui.organisation, "Riverside")
    set_date(dlg.ui.periodStart, date(2026, 11, 1))
    set_date(dlg.ui.periodEnd, date(2026, 11, 30))
    set_date(dlg.ui.madeOn, date(2026, 11, 10))  # made on paper on 10 November
    # only the work up to the day it was made: the 4 November panel and its mileage
    assert dlg.ui.previewTable.rowCount() == 2
    click(qtbot, dlg.ui.createClaim)
    claim = services.claims.get(dlg.claim_number)
    assert claim.created_on == date(2026, 11, 10)
    assert from_qdate(dlg.ui.submittedOn.date()) == date(2026, 11, 22)
    set_date(dlg.ui.submittedOn, date(2026, 11, 11))
    click(qtbot, dlg.ui.submitClaim)
    sent = services.claims.item(claim.number)
    assert sent.claim.submitted_on == date(2026, 11, 11)
    assert sent.due_date == date(2026, 12, 11)
