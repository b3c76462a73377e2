"""The record dialogs driven through their real widgets, as a member would use them.

Organisation, agreement (hourly £25), an activity whose fee preview shows, an expense whose
mileage amount appears as the miles are typed, with receipts by file picker and by drag and
drop; editing; live errors that hold Save back; a refusal from the services shown next to its
field; a change of terms on the timeline; a claim built and submitted; a part payment.
"""

from __future__ import annotations

import io
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from PySide6.QtCore import QEvent, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from coprod_desktop.core.domain.errors import UserError
from coprod_desktop.core.domain.kinds import (
    Basis,
    ClaimStatus,
    Classification,
    ExpenseCategory,
    Level,
    Tri,
)
from coprod_desktop.core.domain.money import Money
from coprod_desktop.core.domain.records import Activity, Agreement, Expense, Organisation, Terms
from coprod_desktop.core.services import Services
from coprod_desktop.core.services.expenses import NewFile
from coprod_desktop.ui.dialogs.activity import ActivityDialog
from coprod_desktop.ui.dialogs.agreement import AgreementDialog
from coprod_desktop.ui.dialogs.claim_builder import ClaimBuilderDialog
from coprod_desktop.ui.dialogs.common import to_qdate, value
from coprod_desktop.ui.dialogs.expense import ExpenseDialog
from coprod_desktop.ui.dialogs.organisation import OrganisationDialog
from coprod_desktop.ui.dialogs.payment import PaymentDialog


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type like a keyboard. keyClicks aborts on non-ASCII, so é, ŵ, ł go as key events."""
    target = widget.lineEdit() if isinstance(widget, QComboBox) and widget.isEditable() else widget
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(target, ch)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
                QApplication.sendEvent(target, event)


def clear(qtbot: QtBot, widget: QLineEdit | QPlainTextEdit) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(widget, Qt.Key.Key_Backspace)


def retype(qtbot: QtBot, widget: QLineEdit, text: str) -> None:
    clear(qtbot, widget)
    type_text(qtbot, widget, text)


def choose(qtbot: QtBot, combo: QComboBox, text: str) -> None:
    """Pick an item by typing its first letters, as on a closed combo box."""
    combo.setFocus()
    qtbot.keyClicks(combo, text)
    assert combo.currentText().startswith(text), f"{combo.objectName()}: {combo.currentText()}"


def set_date(edit: QDateEdit, on: date) -> None:
    """Offscreen windows never become active, and a date edit only takes typed digits into a
    section with a cursor, so the test sets the date the way the calendar popup does."""
    edit.setDate(to_qdate(on))


def save_button(dialog: QDialog) -> QPushButton:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    return box.button(QDialogButtonBox.StandardButton.Save)


def click(qtbot: QtBot, button: QPushButton) -> None:
    assert button.isEnabled(), f"{button.text()} is disabled"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def shown_error(label: QWidget) -> str:
    """The sentence under a field, or '' when none is shown."""
    return label.text() if label.isVisibleTo(label.window()) else ""


def png_bytes(colour: str = "orange", size: tuple[int, int] = (640, 480)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, "PNG")
    return buffer.getvalue()


def pdf_file(path: Path) -> Path:
    Image.new("RGB", (200, 280), "white").save(path, "PDF")
    return path


# -- fixtures -----------------------------------------------------------------------------


@pytest.fixture
def org(services: Services) -> Organisation:
    return services.organisations.create(
        Organisation(name="Nottingham University Hospitals", code="NUH")
    )


@pytest.fixture
def agreement(services: Services, org: Organisation) -> Agreement:
    return services.agreements.create(
        Agreement(
            org.id,
            "Public contributor",
            date(2026, 1, 1),
            terms=(
                Terms(date(2026, 1, 1), Basis.HOURLY, hourly_rate=Money(2500), source="letter"),
            ),
        )
    )


@pytest.fixture
def activity(services: Services, org: Organisation, agreement: Agreement) -> Activity:
    return services.activities.create(
        Activity(
            org.id,
            date(2026, 10, 14),
            "Research advisory group",
            agreement_id=agreement.id,
            prep_minutes=60,
            contact_minutes=120,
        )
    )


def opened(qtbot: QtBot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


# -- creating records through the forms -----------------------------------------------------


def test_create_organisation_agreement_activity_and_expense_through_the_forms(
    qtbot: QtBot, services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # an organisation, its name typed with Welsh and Polish letters
    dlg = opened(qtbot, OrganisationDialog(services, services.organisations.create))
    assert not save_button(dlg).isEnabled()  # empty form: nothing to save yet
    type_text(qtbot, dlg.ui.name, "Bwrdd Iechyd Prifysgol — ŵ é ł")
    type_text(qtbot, dlg.ui.code, "bip")
    type_text(qtbot, dlg.ui.email, "claims@example.org")
    click(qtbot, save_button(dlg))
    assert dlg.result() == QDialog.DialogCode.Accepted
    (org,) = services.organisations.list()
    assert org.name == "Bwrdd Iechyd Prifysgol — ŵ é ł"
    assert org.code == "BIP"

    # an hourly agreement at £25 with its first terms
    dlg = opened(qtbot, AgreementDialog(services, services.agreements.create))
    assert dlg.ui.organisation.currentText() == org.name  # the only one is chosen for you
    type_text(qtbot, dlg.ui.roleTitle, "Public contributor")
    set_date(dlg.ui.start, date(2026, 1, 1))
    editor = dlg.terms_editor
    assert editor is not None
    assert editor.ui.hourlyRate.isVisibleTo(dlg)
    assert not editor.ui.dayRate.isVisibleTo(dlg)  # only what the basis uses is asked for
    assert not save_button(dlg).isEnabled()  # an hourly role needs its rate
    type_text(qtbot, editor.ui.hourlyRate, "25")
    type_text(qtbot, editor.ui.source, "letter")
    click(qtbot, save_button(dlg))
    assert dlg.result() == QDialog.DialogCode.Accepted
    (agreement,) = services.agreements.list()
    assert agreement.start == date(2026, 1, 1)
    assert agreement.terms[0].hourly_rate == Money(2500)
    assert agreement.terms[0].effective_from == date(2026, 1, 1)
    assert agreement.terms[0].source == "letter"

    # an activity: the fee preview follows the time as it is typed
    dlg = opened(qtbot, ActivityDialog(services, services.activities.create))
    set_date(dlg.ui.date, date(2026, 10, 14))
    assert dlg.ui.agreement.currentText().startswith("Public contributor")  # the running one
    type_text(qtbot, dlg.ui.title, "Research advisory group")
    type_text(qtbot, dlg.ui.prep, "60")
    type_text(qtbot, dlg.ui.contact, "1h30m")
    type_text(qtbot, dlg.ui.travel, "40")
    assert dlg.ui.feePreview.text() == "Fee: £62.50 — 2h 30m payable at £25.00 an hour."
    type_text(qtbot, dlg.ui.followup, "30")
    assert dlg.ui.feePreview.text() == "Fee: £75.00 — 3h payable at £25.00 an hour."
    assert dlg.ui.totalTime.text() == "Total time: 3h 40m"
    choose(qtbot, dlg.ui.judgedLevel, "Consulted")
    choose(qtbot, dlg.ui.papersInTime, "No")
    type_text(qtbot, dlg.ui.privateNotes, "Chair talked over us again.")
    click(qtbot, save_button(dlg))
    assert dlg.result() == QDialog.DialogCode.Accepted
    (item,) = services.activities.list()
    act = item.activity
    assert (act.prep_minutes, act.contact_minutes, act.travel_minutes) == (60, 90, 40)
    assert act.followup_minutes == 30
    assert act.agreement_id == agreement.id
    assert act.judged_level is Level.CONSULTED
    assert act.power.papers_in_time is Tri.NO
    assert act.private_notes == "Chair talked over us again."
    assert item.fee == Money(7500)

    # an expense: mileage worked out live; a receipt by the picker and one dropped on the list
    photo = tmp_path / "parking.png"
    photo.write_bytes(png_bytes())
    ticket = pdf_file(tmp_path / "ticket.pdf")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(photo)], ""))
    )
    dlg = opened(qtbot, ExpenseDialog(services, services.expenses.create))
    assert dlg.ui.miles.isVisibleTo(dlg) and not dlg.ui.amount.isVisibleTo(dlg)
    choose(qtbot, dlg.ui.activity, "14/10/2026")
    assert dlg.ui.date.date() == to_qdate(date(2026, 10, 14))  # follows the activity
    type_text(qtbot, dlg.ui.miles, "40")
    assert dlg.ui.figure.text() == "Amount: 40 mi × 45p = £18.00"
    click(qtbot, dlg.ui.addReceipt)
    drop_files(dlg.ui.receipts.viewport(), [ticket])
    assert [r.name for r in dlg.receipts()] == ["parking.png", "ticket.pdf"]
    icon = dlg.ui.receipts.item(0).icon()
    assert icon.availableSizes() and icon.availableSizes()[0].width() <= 96  # a thumbnail
    type_text(qtbot, dlg.ui.description, "Home to QMC and back")
    click(qtbot, save_button(dlg))
    assert dlg.result() == QDialog.DialogCode.Accepted
    (exp_item,) = services.expenses.list()
    assert exp_item.amount == Money(1800)
    assert exp_item.expense.activity_id == act.id
    names = [a.original_name for a in services.expenses.attachments(exp_item.expense.id)]
    assert names == ["parking.png", "ticket.pdf"]


def test_edit_activity_and_expense_keeps_what_the_form_does_not_show(
    qtbot: QtBot, services: Services, org: Organisation, activity: Activity, tmp_path: Path
) -> None:
    dlg = opened(qtbot, ActivityDialog(services, services.activities.update, activity))
    assert dlg.ui.title.text() == "Research advisory group"
    assert dlg.ui.contact.text() == "2h"
    assert dlg.ui.feePreview.text() == "Fee: £75.00 — 3h payable at £25.00 an hour."
    retype(qtbot, dlg.ui.title, "Research advisory group (extra)")
    retype(qtbot, dlg.ui.contact, "3h")
    assert dlg.ui.feePreview.text() == "Fee: £100.00 — 4h payable at £25.00 an hour."
    dlg.ui.feeDeclined.click()
    assert dlg.ui.feePreview.text().startswith("Fee: none — declined by me")
    click(qtbot, save_button(dlg))
    saved = services.activities.get(activity.id)
    assert saved.title == "Research advisory group (extra)"
    assert saved.contact_minutes == 180 and saved.fee_declined
    assert saved.id == activity.id

    # an expense with a stored receipt opens with its thumbnail; one removed, one added
    expense = services.expenses.create(
        Expense(org.id, date(2026, 10, 14), ExpenseCategory.PARKING, amount=Money(450)),
        [NewFile("car park.png", png_bytes("green"))],
    )
    dlg = opened(qtbot, ExpenseDialog(services, services.expenses.update, expense))
    assert dlg.ui.amount.text() == "4.50" and not dlg.ui.miles.isVisibleTo(dlg)
    assert [r.name for r in dlg.receipts()] == ["car park.png"]
    assert not dlg.ui.receipts.item(0).icon().isNull()
    dlg.ui.receipts.item(0).setSelected(True)
    click(qtbot, dlg.ui.removeReceipt)
    drop_files(dlg.ui.receipts.viewport(), [pdf_file(tmp_path / "new.pdf")])
    retype(qtbot, dlg.ui.amount, "5.20")
    click(qtbot, save_button(dlg))
    names = [a.original_name for a in services.expenses.attachments(expense.id)]
    assert names == ["new.pdf"]
    assert services.expenses.get(expense.id).amount == Money(520)


# -- errors ---------------------------------------------------------------------------------


def test_invalid_input_holds_save_back_and_says_why_next_to_the_field(
    qtbot: QtBot, services: Services, org: Organisation, tmp_path: Path
) -> None:
    dlg = opened(qtbot, ActivityDialog(services, services.activities.create))
    save = save_button(dlg)
    assert not save.isEnabled()
    assert shown_error(dlg.ui.titleError) == ""  # untouched: not shouted at...
    assert "title is empty" in dlg.ui.saveHint.text()  # ...but told what Save waits for
    type_text(qtbot, dlg.ui.title, "Panel")
    assert save.isEnabled()
    clear(qtbot, dlg.ui.title)
    assert not save.isEnabled()
    assert shown_error(dlg.ui.titleError) == "⚠ The title is empty: type a title."
    assert dlg.ui.title.accessibleDescription() == "Problem: The title is empty: type a title."
    type_text(qtbot, dlg.ui.title, "Panel")
    type_text(qtbot, dlg.ui.contact, "abc")
    assert not save.isEnabled()
    assert "is not a length of time" in shown_error(dlg.ui.contactError)
    assert dlg.ui.feePreview.text() == "Fee: fix the time above to see the fee."
    retype(qtbot, dlg.ui.contact, "2h")
    assert save.isEnabled() and shown_error(dlg.ui.contactError) == ""

    dlg = opened(qtbot, ExpenseDialog(services, services.expenses.create))
    type_text(qtbot, dlg.ui.miles, "abc")
    assert not save_button(dlg).isEnabled()
    assert shown_error(dlg.ui.milesError) == (
        "⚠ The miles 'abc' is not a number: write it like 12.5."
    )
    retype(qtbot, dlg.ui.miles, "12.5")
    assert save_button(dlg).isEnabled()
    # a file that is not a receipt is refused at once, under the list, and not added
    fake = tmp_path / "notes.png"
    fake.write_text("not a picture")
    drop_files(dlg.ui.receipts.viewport(), [fake])
    assert "is not a PNG, JPEG or PDF" in shown_error(dlg.ui.receiptError)
    assert dlg.receipts() == [] and save_button(dlg).isEnabled()


def test_a_refusal_from_the_services_is_shown_next_to_its_field(
    qtbot: QtBot, services: Services, org: Organisation
) -> None:
    dlg = opened(qtbot, OrganisationDialog(services, services.organisations.create))
    type_text(qtbot, dlg.ui.name, "Another trust")
    type_text(qtbot, dlg.ui.code, "NUH")  # already used
    click(qtbot, save_button(dlg))
    assert dlg.result() != QDialog.DialogCode.Accepted and dlg.isVisible()
    assert "already used by another organisation" in shown_error(dlg.ui.codeError)
    retype(qtbot, dlg.ui.code, "AT")
    assert shown_error(dlg.ui.codeError) == ""  # the member fixed it
    click(qtbot, save_button(dlg))
    assert dlg.result() == QDialog.DialogCode.Accepted

    def refuse(activity: Activity) -> Activity:
        raise UserError("The chosen agreement no longer exists: choose another.", "agreement")

    dlg = opened(qtbot, ActivityDialog(services, refuse))
    choose(qtbot, dlg.ui.organisation, "Nottingham")
    type_text(qtbot, dlg.ui.title, "Panel")
    click(qtbot, save_button(dlg))
    assert dlg.isVisible()
    assert shown_error(dlg.ui.agreementError) == (
        "⚠ The chosen agreement no longer exists: choose another."
    )


# -- terms over time ------------------------------------------------------------------------


def test_change_of_terms_goes_on_the_timeline(
    qtbot: QtBot, services: Services, agreement: Agreement
) -> None:
    dlg = opened(qtbot, AgreementDialog(services, services.agreements.update, agreement))
    assert dlg.timeline() == [
        "From 2026-01-01: Paid role: £25.00 an hour; paid for preparation, contact, follow-up"
        " — source: letter"
    ]

    click(qtbot, dlg.ui.addTerms)
    change = dlg.terms_dialog
    assert change is not None and change.isVisible()
    editor = change.editor
    assert editor.ui.hourlyRate.text() == "25.00"  # starts from the terms in force
    set_date(editor.ui.effectiveFrom, date(2026, 6, 1))
    choose(qtbot, editor.ui.classification, "Voluntary")
    assert value(editor.ui.basis) is Basis.EXPENSES_ONLY  # one choice sets both
    assert not editor.ui.hourlyRate.isVisibleTo(change)
    type_text(qtbot, editor.ui.source, "letter")
    click(qtbot, save_button(change))
    assert change.result() == QDialog.DialogCode.Accepted
    assert dlg.timeline()[-1] == (
        "From 2026-06-01: Voluntary, expenses only (was Paid role): Expenses only — source: letter"
    )
    stored = services.agreements.get(agreement.id).terms
    assert [t.classification for t in stored] == [Classification.PAID, Classification.VOLUNTARY]

    # a second change on the same date is refused next to the date, and the dialog stays open
    click(qtbot, dlg.ui.addTerms)
    again = dlg.terms_dialog
    assert again is not None
    set_date(again.editor.ui.effectiveFrom, date(2026, 6, 1))
    click(qtbot, save_button(again))
    assert again.isVisible()
    message = shown_error(again.editor.ui.effectiveFromError)
    assert "already have a version from 2026-06-01" in message
    again.reject()
    assert len(dlg.timeline()) == 2


# -- claims and payments --------------------------------------------------------------------


def test_build_submit_and_part_pay_a_claim(
    qtbot: QtBot, services: Services, org: Organisation, activity: Activity
) -> None:
    services.expenses.create(
        Expense(
            org.id,
            date(2026, 10, 14),
            ExpenseCategory.MILEAGE,
            miles=Decimal(40),
            activity_id=activity.id,
        )
    )
    dlg = ClaimBuilderDialog(services)
    opened(qtbot, dlg)
    # last month by default (today is 2026-11-22)
    assert dlg.ui.periodStart.date() == to_qdate(date(2026, 10, 1))
    assert dlg.ui.periodEnd.date() == to_qdate(date(2026, 10, 31))
    assert dlg.ui.previewTable.rowCount() == 2
    assert dlg.ui.totals.text() == "Fees £75.00 + expenses £18.00 = total £93.00 (2 lines)"
    set_date(dlg.ui.periodStart, date(2026, 10, 20))  # the period moves the preview
    assert dlg.ui.previewTable.rowCount() == 0 and not dlg.ui.createClaim.isEnabled()
    set_date(dlg.ui.periodStart, date(2026, 10, 1))
    click(qtbot, dlg.ui.createClaim)
    number = dlg.claim_number
    assert number == "NUH-2026-001"
    assert services.claims.item(number).claim.status is ClaimStatus.DRAFT
    assert not dlg.ui.createClaim.isEnabled()
    set_date(dlg.ui.submittedOn, date(2026, 11, 20))  # before it was made: refused, said
    click(qtbot, dlg.ui.submitClaim)
    assert "before the claim was made" in shown_error(dlg.ui.submittedOnError)
    assert services.claims.item(number).claim.status is ClaimStatus.DRAFT
    set_date(dlg.ui.submittedOn, date(2026, 11, 22))
    click(qtbot, dlg.ui.submitClaim)
    assert shown_error(dlg.ui.submittedOnError) == ""
    claim = services.claims.item(number).claim
    assert claim.status is ClaimStatus.SUBMITTED and claim.submitted_on == date(2026, 11, 22)
    assert "marked as submitted on 22/11/2026" in dlg.ui.claimStatus.text()

    pay = PaymentDialog(services, number)
    opened(qtbot, pay)
    assert pay.ui.amount.text() == "93.00"  # what is still owed
    assert "still owed £93.00" in pay.ui.summary.text()
    retype(qtbot, pay.ui.amount, "0")
    assert not save_button(pay).isEnabled()
    assert "more than zero" in shown_error(pay.ui.amountError)
    retype(qtbot, pay.ui.amount, "500")  # more than owed: the services say so
    click(qtbot, save_button(pay))
    assert "still owed on claim NUH-2026-001" in shown_error(pay.ui.amountError)
    retype(qtbot, pay.ui.amount, "50")
    type_text(qtbot, pay.ui.reference, "BACS 1234")
    click(qtbot, save_button(pay))
    assert pay.result() == QDialog.DialogCode.Accepted
    item = services.claims.item(number)
    assert item.outstanding == Money(4300)
    assert item.claim.status is ClaimStatus.PART_PAID
    assert item.fee_paid == Money(5000)  # fees are settled first
    assert pay.payment is not None and pay.payment.reference == "BACS 1234"


def drop_files(target: QWidget, paths: list[Path]) -> None:
    """Drag files from a file manager and drop them on `target`."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    pos = QPointF(10, 10)
    actions = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(
        pos, actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted()
    drop = QDropEvent(pos, actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, drop)
    assert drop.isAccepted()


def test_a_change_of_terms_from_the_agreements_page_is_undoable(
    qtbot: QtBot, window: Any, services: Services, agreement: Agreement
) -> None:
    window.go_to(4)
    page = window.agreements
    page.select_where(lambda a: a.id == agreement.id)
    page.edit_selected()
    dlg = page.open_dialog
    assert isinstance(dlg, AgreementDialog)
    click(qtbot, dlg.ui.addTerms)
    change = dlg.terms_dialog
    assert change is not None
    set_date(change.editor.ui.effectiveFrom, date(2026, 6, 1))
    choose(qtbot, change.editor.ui.classification, "Voluntary")
    click(qtbot, save_button(change))
    assert len(dlg.timeline()) == 2
    added = services.agreements.get(agreement.id).terms[-1]
    assert added.classification is Classification.VOLUNTARY

    assert window.undo_action.text() == "&Undo Add change of terms"
    window.undo_action.trigger()
    assert [t.effective_from for t in services.agreements.get(agreement.id).terms] == [
        date(2026, 1, 1)
    ]
    window.redo_action.trigger()
    again = services.agreements.get(agreement.id).terms[-1]
    assert again == added  # the same version, id included


def test_saving_a_draft_from_a_meeting_invite_confirms_it(
    qtbot: QtBot, window: Any, services: Services, org: Organisation
) -> None:
    from dataclasses import replace as _replace

    draft = services.activities.create(
        Activity(org.id, date(2026, 11, 30), "Invite: research advisory group", draft=True)
    )
    assert draft.draft
    window.go_to(1)
    page = window.activities
    page.refresh()
    assert page.select_where(lambda i: i.activity.id == draft.id)
    page.edit_selected()
    dlg = page.open_dialog
    assert isinstance(dlg, ActivityDialog)
    assert "confirm a draft" in dlg.windowTitle()
    assert save_button(dlg).text() == "Save and &confirm"
    type_text(qtbot, dlg.ui.contact, "2h")
    click(qtbot, save_button(dlg))
    saved = services.activities.get(draft.id)
    assert not saved.draft and saved.contact_minutes == 120
    window.undo_action.trigger()  # undo puts the draft back as it was
    assert services.activities.get(draft.id) == _replace(draft)
