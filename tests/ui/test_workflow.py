"""A member's whole journey through the real window, by mouse and keyboard:

organisation -> agreement -> activity -> mileage expense with a receipt -> edit the activity ->
undo and redo -> build a claim -> submit it -> record a part payment -> the dashboard's figures
equal the core's.
"""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLineEdit,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from coprod_desktop.core.domain.kinds import ClaimStatus, ExpenseCategory
from coprod_desktop.core.domain.money import Money
from coprod_desktop.core.services import Services
from coprod_desktop.ui.main_window import MainWindow
from coprod_desktop.ui.pages.base import ListPage


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
                QApplication.sendEvent(widget, event)


def retype(qtbot: QtBot, widget: QLineEdit, text: str) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(widget, Qt.Key.Key_Backspace)
    type_text(qtbot, widget, text)


def click(qtbot: QtBot, button: QPushButton) -> None:
    assert button.isEnabled(), f"{button.text()} is disabled"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def save_button(dialog: QDialog) -> QPushButton:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    return box.button(QDialogButtonBox.StandardButton.Save)


def open_new(qtbot: QtBot, window: MainWindow, page: ListPage) -> Any:
    window.go_to(window.page_list.index(page))
    click(qtbot, page.ui.newButton)
    dialog = page.open_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_a_members_journey_through_the_window(
    qtbot: QtBot, window: MainWindow, services: Services, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    stack = window.ctx.stack

    # -- an organisation, typed with a Welsh letter ------------------------------------------
    dlg = open_new(qtbot, window, window.organisations)
    type_text(qtbot, dlg.ui.name, "Ysbyty Gwŷr")
    type_text(qtbot, dlg.ui.code, "YG")
    click(qtbot, save_button(dlg))
    (org,) = services.organisations.list()
    assert org.name == "Ysbyty Gwŷr"
    assert window.organisations.model.rowCount() == 1
    assert stack.count() == 1

    # -- an hourly agreement at £25 ------------------------------------------------------------
    dlg = open_new(qtbot, window, window.agreements)
    type_text(qtbot, dlg.ui.roleTitle, "Patient panel member")
    dlg.ui.start.setDate(QDate(2026, 1, 1))
    type_text(qtbot, dlg.terms_editor.ui.hourlyRate, "25")
    click(qtbot, save_button(dlg))
    (agreement,) = services.agreements.list()
    assert agreement.terms[0].hourly_rate == Money(2500)

    # -- an activity: two hours of contact, with the live fee preview --------------------------
    dlg = open_new(qtbot, window, window.activities)
    dlg.ui.date.setDate(QDate(2026, 11, 10))
    type_text(qtbot, dlg.ui.title, "Panel meeting")
    type_text(qtbot, dlg.ui.contact, "2h")
    assert "£50.00" in dlg.ui.feePreview.text()
    click(qtbot, save_button(dlg))
    (item,) = services.activities.list()
    activity = item.activity
    assert item.fee == Money(5000)

    # -- mileage with a receipt picked from a file -------------------------------------------
    photo = tmp_path / "parking.png"
    buffer = io.BytesIO()
    Image.new("RGB", (320, 240), "orange").save(buffer, "PNG")
    photo.write_bytes(buffer.getvalue())
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(photo)], ""))
    )
    dlg = open_new(qtbot, window, window.expenses)
    dlg.ui.date.setDate(QDate(2026, 11, 10))
    assert dlg.ui.category.currentText() == ExpenseCategory.MILEAGE.label
    type_text(qtbot, dlg.ui.miles, "30")
    assert "£13.50" in dlg.ui.figure.text()
    click(qtbot, dlg.ui.addReceipt)
    click(qtbot, save_button(dlg))
    (expense,) = services.expenses.list()
    assert expense.amount == Money(1350)
    assert len(expense.expense.receipt_ids) == 1
    assert "1 receipt" in window.expenses.model.index(0, window.expenses.model.RECEIPTS).data()

    # -- edit the activity from the list with the keyboard, then undo and redo ---------------
    window.go_to(1)
    page = window.activities
    page.ui.tableView.setFocus()
    page.ui.tableView.selectRow(0)
    qtbot.keyClick(page.ui.tableView, Qt.Key.Key_Return)
    dlg = page.open_dialog
    assert dlg is not None and dlg.ui.title.text() == "Panel meeting"
    retype(qtbot, dlg.ui.title, "Panel meeting (recruitment)")
    retype(qtbot, dlg.ui.contact, "3h")
    click(qtbot, save_button(dlg))
    assert services.activities.get(activity.id).title == "Panel meeting (recruitment)"
    assert window.undo_action.text() == "&Undo Edit activity"
    window.undo_action.trigger()
    assert services.activities.get(activity.id).title == "Panel meeting"
    assert services.activities.get(activity.id).contact_minutes == 120
    assert page.model.item_at(0).activity.title == "Panel meeting"  # the list follows
    window.redo_action.trigger()
    assert services.activities.get(activity.id).contact_minutes == 180

    # -- build the claim, then submit it with the page's button -------------------------------
    window.go_to(3)
    claims = window.claims
    click(qtbot, claims.ui.newButton)
    builder = claims.open_dialog
    assert builder is not None
    builder.ui.periodStart.setDate(QDate(2026, 11, 1))
    builder.ui.periodEnd.setDate(QDate(2026, 11, 30))
    click(qtbot, builder.ui.createClaim)
    number = builder.claim_number
    builder.close()
    assert claims.model.rowCount() == 1
    # making the draft is one undoable step: undo deletes it, redo brings it back, same number
    assert window.undo_action.text() == "&Undo Add claim"
    window.undo_action.trigger()
    assert claims.model.rowCount() == 0
    assert services.claims.list() == []
    window.redo_action.trigger()
    assert claims.model.rowCount() == 1
    assert services.claims.get(number).total == Money(7500 + 1350)
    claims.select_where(lambda i: i.claim.number == number)
    assert claims.selected_item().claim.number == number
    assert claims.ui.deleteButton.isEnabled()  # a draft can be deleted (and undone)
    claims.ui.actionDate.setDate(QDate(2026, 11, 22))
    click(qtbot, claims.ui.submitButton)
    claim_item = services.claims.item(number)
    assert claim_item.claim.status is ClaimStatus.SUBMITTED
    assert claim_item.claim.total == Money(7500 + 1350)
    assert "Submitted" in claims.model.index(0, claims.model.STATUS).data()

    # -- a part payment -----------------------------------------------------------------------
    claims.select_where(lambda i: i.claim.number == number)
    click(qtbot, claims.ui.paymentButton)
    pay = claims.open_dialog
    assert pay is not None
    retype(qtbot, pay.ui.amount, "50")
    click(qtbot, save_button(pay))
    claim_item = services.claims.item(number)
    assert claim_item.claim.status is ClaimStatus.PART_PAID
    assert claim_item.outstanding == Money(8850 - 5000)
    assert claims.model.item_at(0).outstanding == Money(3850)
    # recording it is undoable too: the claim goes back to submitted, and forward again
    assert window.undo_action.text() == "&Undo Add payment"
    window.undo_action.trigger()
    assert services.claims.item(number).claim.status is ClaimStatus.SUBMITTED
    assert services.payments.list() == []
    assert claims.model.item_at(0).outstanding == Money(8850)
    window.redo_action.trigger()
    assert services.claims.item(number).claim.status is ClaimStatus.PART_PAID
    assert claims.model.item_at(0).outstanding == Money(3850)

    # -- the dashboard says what the core says ------------------------------------------------
    window.go_to(0)
    dash = services.summaries.dashboard()
    ui = window.dashboard.ui
    assert ui.monthFeesValue.text() == dash.this_month.fees_earned.display() == "£75.00"
    assert ui.monthReceivedValue.text() == dash.this_month.received.display() == "£50.00"
    assert ui.monthOutstandingValue.text() == dash.this_month.outstanding.display()
    assert ui.yearFeesValue.text() == dash.this_tax_year.fees_earned.display()
    assert ui.yearOutstandingValue.text() == "£38.50"
    assert dash.this_month.label in ui.monthBox.title()
    assert window.dashboard.recent_model.item_at(0).activity.id == activity.id
    assert date(2026, 11, 22) == dash.today
