"""Getting paid in the window: reminders when the records open, chasing a claim, email drafts,
and the receipts inbox, driven through real widgets."""

from __future__ import annotations

import email
import io
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
from coprod_desktop.ui.dialogs.common import value
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
    page.chase()
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
